"""The Trainer: a plain, synchronous training loop over in-memory tensors.

Contract (the GUI's worker thread and the CLI both rely on it):

    trainer = Trainer(model, config, splits, callbacks=[...], checkpoint_path=None,
                      resume_from=None, augment=None, normalize="auto", distributed=None)
    result = trainer.fit()          # blocks; runs in the caller's thread; never raises;
                                    # once per Trainer
                                    # (errors become RunResult(status=FAILED, message=...))

    From any other thread:
    trainer.stop()      cooperative; checked between batches (also between evaluation
                        batches), so the run ends within a fraction of a second
    trainer.pause()     the loop waits after the current batch (status PAUSED)
    trainer.resume()    continue
    trainer.step()      while paused: run exactly one training batch, report it
                        (on_batch_end), pause again
    trainer.status      a Status (events.py): idle, running, paused, stopped, finished,
                        diverged, failed

    From callbacks (training thread only):
    trainer.model       the nn.Module being trained, on trainer.device (read, do not keep)
    trainer.device      torch.device
    trainer.config      TrainConfig;  trainer.data: Splits;  trainer.history: list[EpochEnd]
    trainer.sample(n)   the first n test (else validation) images, normalized, on the device:
                        the input for feature maps

    After fit() (same thread): trainer.evaluate_test() -> TestReport. fit() evaluates the test
    set itself when the run finishes; a stopped run returns at once without it.

Callbacks receive frozen dataclasses (events.py): BatchEnd at most ``config.report_hz`` times a
second (and on each epoch's last batch), EpochEnd after validation, RunResult at the end.
The loop accumulates loss and accuracy on the device and reads them only when it reports, so
it costs no more than a hand-written loop.

Under torchrun, ``distributed=distributed.from_env()`` makes this process one rank of a
data-parallel run (distributed.py): each rank trains on its shard of every epoch, the model is
wrapped in DDP (``trainer.model`` stays the plain module), reports and validation are summed
over the ranks at fixed batches, stop/divergence are agreed there, and only rank 0 evaluates the
test set. ``config.batch_size`` is per process.

Data: images are moved to the device once and scaled there by ``trainer.preprocessing``
(core/data/preprocess.py). ``normalize``: "standardize" ((x/255 - mean) / std per channel; the
default for classification), "unit" (x/255, in [0, 1]; the default for reconstruction, whose
targets are the input images), or "auto".
"""

from __future__ import annotations

import contextlib
import copy
import math
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

from netstudio.core.data.preprocess import Preprocessing
from netstudio.core.data.splits import Splits
from netstudio.core.optim.advice import lower_lr
from netstudio.core.settings.training import ConfigError, TrainConfig, parse_config
from netstudio.core.train import checkpoint as ckpt
from netstudio.core.train import messages as msg
from netstudio.core.train.callbacks import Callback, CallbackList
from netstudio.core.train.distributed import DistContext, report_batches
from netstudio.core.train.events import BatchEnd, EpochEnd, RunResult, Status
from netstudio.core.train.failures import explain, is_out_of_memory
from netstudio.core.train.metrics import (
    ConfusionAccumulator,
    TestReport,
    classification_report,
    misclassified_from,
    probabilities,
)
from netstudio.core.train.optim import build_optimizer, build_scheduler
from netstudio.core.train.speed import (
    COMPILED,
    NO_GPU,
    Acceleration,
    accelerate,
    compile_failed_note,
)


class _Diverged(Exception):
    pass


class _Stopped(Exception):
    pass


def resolve_device(name: str, notes: list[str] | None = None) -> torch.device:
    """The device for training.device. "cuda" without a GPU falls back to the CPU, with a
    note appended to ``notes`` (the run still happens; the note says why it is slower)."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        if notes is not None:
            notes.append(NO_GPU())
        return torch.device("cpu")
    return torch.device(name)


class Trainer:
    def __init__(self, model: nn.Module, config: TrainConfig | dict[str, Any], data: Splits,
                 callbacks: Sequence[Callback] = (), *,
                 checkpoint_path: str | os.PathLike[str] | None = None,
                 resume_from: str | os.PathLike[str] | None = None,
                 augment: Callable[[torch.Tensor], torch.Tensor] | None = None,
                 normalize: str = "auto", distributed: DistContext | None = None) -> None:
        # what the run decided for the user to read (device, speed): core.text Texts
        self.notes: list[str] = []
        if isinstance(config, TrainConfig):
            self.config = config
        else:  # a recipe's batch size depends on the device
            probe = parse_config(config)
            kind = resolve_device(probe.device).type
            self.config = parse_config(config, device_type=kind) if kind != "cpu" else probe
        self.model = model
        self.data = data
        self.callbacks = CallbackList(list(callbacks))
        self.device = resolve_device(self.config.device, self.notes)
        self.speed = Acceleration()  # amp/channels_last/compile, as fit() decides them
        # torchrun (distributed.py): this rank's device; None when training alone
        self.dist = distributed
        if distributed is not None and self.device.type == "cuda":
            self.device = torch.device("cuda", distributed.local_rank)
        self._world = distributed.world_size if distributed is not None else 1
        self.checkpoint_path = Path(checkpoint_path) if checkpoint_path else None
        self.resume_from = Path(resume_from) if resume_from else None
        self.augment = augment
        # how images become the network's input (data.normalize, checked by the settings)
        self.preprocessing = Preprocessing.for_data(normalize, self.config.task, data.mean,
                                                    data.std, data.info.input_shape)
        self.status = Status.IDLE
        self.history: list[EpochEnd] = []
        self.epoch = 0
        self.global_step = 0
        self.optimizer: torch.optim.Optimizer | None = None
        self.scheduler: Any = None
        self._stop = threading.Event()
        # stop() sets the request; the loop reads _stop. They are one Event when training
        # alone; with torchrun, _stop is set only when the ranks agree (at a report)
        self._stop_request = self._stop
        self._cond = threading.Condition()
        self._paused = False
        self._step_budget = 0
        self._tensors: dict[str, torch.Tensor | None] = {}

    # ---- control (any thread) -------------------------------------------------------------
    def stop(self) -> None:
        self._stop_request.set()
        with self._cond:
            self._cond.notify_all()

    def pause(self) -> None:
        with self._cond:
            self._paused = True

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._step_budget = 0
            self._cond.notify_all()

    def step(self) -> None:
        with self._cond:
            if self._paused:
                self._step_budget = 1
                self._cond.notify_all()

    @property
    def stop_requested(self) -> bool:
        return self._stop_request.is_set()

    # ---- helpers for callbacks ------------------------------------------------------------
    def sample(self, n: int = 1) -> torch.Tensor:
        for key in ("test_x", "val_x", "train_x"):
            t = self._tensors.get(key)
            if t is not None and len(t):
                return t[:n]
        raise ValueError("no data loaded yet: call sample() from a callback")

    # ---- the run --------------------------------------------------------------------------
    def fit(self) -> RunResult:
        cfg = self.config
        start = time.perf_counter()
        if self.status != Status.IDLE:  # one run per Trainer: its state belongs to that run
            return RunResult(Status.FAILED, msg.ALREADY_RAN(),
                             tuple(self.history), None, 0.0, str(self.device))
        self.status = Status.RUNNING
        status, message = Status.FINISHED, ""
        test: TestReport | None = None
        self._train_seconds = 0.0
        self._train_samples = 0
        self._best_epoch: int | None = None
        try:
            torch.manual_seed(cfg.seed)
            self.model.to(self.device)
            self.speed = accelerate(self.model, self.device, cfg, self.notes)
            self._net: nn.Module = self.model  # what the training loop calls (DDP: a wrapper)
            self._prepare_data()
            batches = self._batches_per_epoch()
            self.optimizer = build_optimizer(self.model, cfg)
            self.scheduler = build_scheduler(self.optimizer, cfg, batches)
            self.loss_fn = _loss(cfg.loss)
            first_epoch = 1
            if self.resume_from is not None:
                first_epoch = self._load_resume()
            if self.dist is not None:
                self._start_distributed()
            if self.speed.compiled:  # compiled lazily, on the first step (_first_step)
                self._net = torch.compile(self._net)
            self.callbacks.on_fit_start(self)
            status, message = self._epochs(first_epoch, batches)
            # a stopped run returns at once (stop() promises well under a second); whoever
            # stopped it may still call evaluate_test()
            if status == Status.FINISHED and self.has_test_data and (
                    self.dist is None or self.dist.is_main):  # torchrun: rank 0 tests
                test = self.evaluate_test()
        except _Diverged:
            status, message = Status.DIVERGED, msg.DIVERGED(  # the doctor's rate too
                step=self.global_step, epoch=self.epoch, lr=f"{lower_lr(cfg.lr, cfg.optimizer):g}")
        except _Stopped:
            status, message = Status.STOPPED, msg.STOPPED()
        except KeyboardInterrupt:
            status, message = Status.STOPPED, msg.INTERRUPTED()
        except Exception as exc:  # every error becomes a result a learner can read
            status, message = Status.FAILED, (  # torchrun: name a lost peer plainly
                self.dist is not None and self.dist.explain(exc)) or explain(exc, cfg, self.data)
            with contextlib.suppress(Exception):
                self.callbacks.on_exception(self, exc)
        if status == Status.STOPPED and not message.startswith("Stopped"):
            message = msg.STOPPED_BECAUSE(reason=message)
        self.status = status
        sps = self._train_samples / self._train_seconds if self._train_seconds > 0 else 0.0
        result = RunResult(status=status, message=message, history=tuple(self.history),
                           test=test, seconds=time.perf_counter() - start,
                           device=str(self.device), train_samples_per_second=sps,
                           best_epoch=self._best_epoch)
        with contextlib.suppress(Exception):  # a broken callback must not hide the result
            self.callbacks.on_fit_end(self, result)
        return result

    # ---- data -----------------------------------------------------------------------------
    def _prepare_data(self) -> None:
        d = self.data
        for name in ("train", "val", "test"):
            x, y = getattr(d, f"{name}_x"), getattr(d, f"{name}_y")
            self._tensors[f"{name}_x"] = None if x is None else self._scale(x)
            self._tensors[f"{name}_y"] = None if y is None else y.to(self.device, torch.int64)
        if self._tensors["train_x"] is None or len(self._tensors["train_x"]) == 0:
            raise ConfigError(msg.EMPTY_SPLIT())

    def _scale(self, x: torch.Tensor) -> torch.Tensor:
        # once per run, on the device: the whole split stays there (GPU included)
        x = x.to(self.device)
        if x.dim() == 4 and self.speed.channels_last:
            x = x.contiguous(memory_format=torch.channels_last)  # the float copy keeps it
        return self.preprocessing.apply(x)

    def _batches_per_epoch(self) -> int:
        n, bs = len(self._tensors["train_x"]) // self._world, self.config.batch_size
        return max(1, n // bs if n % bs == 1 and n > bs else math.ceil(n / bs))

    def _targets(self, x: torch.Tensor, y: torch.Tensor, out: torch.Tensor) -> torch.Tensor:
        cfg = self.config
        if cfg.task == "reconstruction":
            return x.reshape(out.shape) if x.numel() == out.numel() else x
        if cfg.loss in ("CrossEntropyLoss", "NLLLoss"):
            return y
        return nn.functional.one_hot(y, out.shape[-1]).to(out.dtype)

    # ---- epochs and batches ---------------------------------------------------------------
    def _epochs(self, first_epoch: int, batches: int) -> tuple[Status, str]:
        cfg = self.config
        early = cfg.early_stopping
        best_loss, bad_epochs, best_state = math.inf, 0, None
        for epoch in range(first_epoch, cfg.epochs + 1):
            self.epoch = epoch
            self.callbacks.on_epoch_start(self, epoch)
            t0 = time.perf_counter()
            train_loss, train_acc = self._train_epoch(epoch, batches)
            if self._stop.is_set():  # mid-epoch: keep the history of whole epochs only
                return Status.STOPPED, msg.STOPPED_IN_EPOCH(
                    epoch=epoch, step=self.global_step, done=len(self.history))
            val_loss, val_acc = self._validate()
            lr = self._lr()
            event = EpochEnd(epoch=epoch, epochs=cfg.epochs, train_loss=train_loss,
                             train_accuracy=train_acc, val_loss=val_loss, val_accuracy=val_acc,
                             seconds=time.perf_counter() - t0, lr=lr)
            self.history.append(event)
            self._step_epoch_schedule(val_loss if val_loss is not None else train_loss)
            if self.checkpoint_path is not None:
                ckpt.save(self.checkpoint_path, self)
            self.callbacks.on_epoch_end(self, event)
            if early is not None and val_loss is not None:
                if val_loss < best_loss - early["min_delta"]:
                    best_loss, bad_epochs, self._best_epoch = val_loss, 0, epoch
                    if cfg.restore_best:
                        best_state = copy.deepcopy(self.model.state_dict())
                else:
                    bad_epochs += 1
                    if bad_epochs >= early["patience"]:
                        if best_state is not None:
                            self.model.load_state_dict(best_state)
                            self._restored_epoch = self._best_epoch
                        return Status.FINISHED, msg.EARLY_STOPPING(
                            epoch=epoch, epochs=bad_epochs, best=self._best_epoch)
            if self._stop.is_set():
                return Status.STOPPED, msg.STOPPED_AFTER(epoch=epoch)
        if best_state is not None and self._best_epoch != self.epoch:
            self.model.load_state_dict(best_state)
            self._restored_epoch = self._best_epoch
        n = len(self.history)
        return Status.FINISHED, msg.FINISHED_ONE() if n == 1 else msg.FINISHED(count=n)

    def _train_epoch(self, epoch: int, batches: int) -> tuple[float, float | None]:
        cfg, dev = self.config, self.device
        x_all, y_all = self._tensors["train_x"], self._tensors["train_y"]
        n = len(x_all)
        classify = cfg.task == "classification"
        g = torch.Generator().manual_seed(cfg.seed * 100003 + epoch)
        perm = torch.randperm(n, generator=g).to(dev)
        if self.dist is not None:  # this rank's slice of the permutation every rank draws
            perm = self.dist.shard(perm)
        world, net = self._world, self._net
        bs = cfg.batch_size
        self._l1_params = [p for p in self.model.parameters() if p.requires_grad and p.dim() > 1
                           ] if cfg.l1 > 0 else []
        per_batch_sched = getattr(self.scheduler, "_netstudio_per_batch", False)
        zero = torch.zeros((), device=dev)
        # sums since the last report live on the device (no sync per batch); the epoch's
        # totals are Python numbers, added up at each report
        epoch_loss, epoch_correct, epoch_seen = 0.0, 0, 0
        win_loss, win_correct, win_seen = zero.clone(), zero.clone(), 0
        interval = 1.0 / cfg.report_hz
        t_epoch = time.perf_counter()
        next_report = t_epoch + interval
        # when to report besides the clock: the last batch; with torchrun a fixed set of
        # batches instead of the clock, the same on every rank (reports all_reduce)
        report_at = frozenset((batches - 1,))
        if self.dist is not None:
            interval, report_at = math.inf, report_batches(batches)
            next_report = math.inf
        self.model.train()
        for b in range(batches):
            idx = perm[b * bs:(b + 1) * bs] if b < batches - 1 else perm[b * bs:]
            x, y = x_all[idx], y_all[idx]
            if self.augment is not None:
                x = self.augment(x)
            if self._first_step:
                out, loss = self._first_train_step(x, y)
                net = self._net
            else:
                out, loss = self._train_step(net, x, y)
            if per_batch_sched:
                self.scheduler.step()
            self.global_step += 1
            m = len(idx)
            win_loss.add_(loss.detach(), alpha=m)
            if classify:
                win_correct.add_((out.detach().argmax(dim=1) == y).sum())
            win_seen += m
            epoch_seen += m
            stepped = self._consume_step()
            now = time.perf_counter()
            if now >= next_report or b in report_at or stepped:
                next_report = now + interval
                if self.dist is not None:  # sums over all ranks, and the agreed stop flag
                    loss_sum, correct_sum, seen_sum, stop = self.dist.reduce_sums(
                        [win_loss, win_correct, win_seen, self._stop_request.is_set()], dev)
                    correct, win_seen = int(correct_sum), int(seen_sum)
                    if stop:
                        self._stop.set()
                else:
                    loss_sum = win_loss.item()
                    correct = int(win_correct.item()) if classify else 0
                loss_v = loss_sum / win_seen
                if not math.isfinite(loss_v):
                    raise _Diverged()
                elapsed = now - t_epoch
                sps = epoch_seen * world / elapsed if elapsed > 0 else 0.0
                left = (batches - b - 1) + (cfg.epochs - epoch) * batches
                eta = left * (elapsed / (b + 1))
                acc = correct / win_seen if classify else None
                epoch_loss += loss_sum
                epoch_correct += correct
                self.callbacks.on_batch_end(self, BatchEnd(
                    epoch=epoch, batch=b + 1, batches_per_epoch=batches,
                    step=self.global_step, loss=loss_v, accuracy=acc,
                    samples_per_second=sps, eta_seconds=eta, lr=self._lr()))
                win_loss.zero_()
                win_correct.zero_()
                win_seen = 0
            if self._stop.is_set():
                break
            # time spent paused is not training: samples/s and the ETA leave it out
            waited = self._wait_while_paused()
            t_epoch += waited
            next_report += waited
            if self._stop.is_set():
                break
        self._train_seconds += time.perf_counter() - t_epoch
        epoch_seen *= world  # all ranks saw equally many samples (equal shards)
        self._train_samples += epoch_seen
        if win_seen:  # stopped between reports (never with torchrun): count those batches
            epoch_loss += win_loss.item()
            epoch_correct += int(win_correct.item()) if classify else 0
        mean_loss = epoch_loss / max(1, epoch_seen)
        if not math.isfinite(mean_loss):
            raise _Diverged()
        return mean_loss, (epoch_correct / max(1, epoch_seen) if classify else None)

    def _forward(self, net: nn.Module, x: torch.Tensor, y: torch.Tensor
                 ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(output, loss, loss + penalties). The loss is computed in float32, outside
        autocast (some losses, BCELoss, refuse bf16)."""
        with self.speed.autocast(self.device):
            out = net(x)
        if out.dtype != torch.float32 and out.is_floating_point():
            out = out.float()
        loss = self.loss_fn(out, self._targets(x, y, out))
        total = loss
        if self._l1_params:
            total = loss + self.config.l1 * sum(p.abs().sum() for p in self._l1_params)
        return out, loss, total

    def _train_step(self, net: nn.Module, x: torch.Tensor, y: torch.Tensor
                    ) -> tuple[torch.Tensor, torch.Tensor]:
        """One optimizer step on a batch; nothing here waits for the device."""
        out, loss, total = self._forward(net, x, y)
        opt, clip = self.optimizer, self.config.grad_clip
        opt.zero_grad(set_to_none=True)
        total.backward()
        if clip is not None:
            nn.utils.clip_grad_norm_(self.model.parameters(), clip)
        if getattr(opt, "_netstudio_closure", False):  # LBFGS evaluates the batch again
            def closure() -> torch.Tensor:
                opt.zero_grad(set_to_none=True)
                again = self._forward(net, x, y)[2]
                again.backward()
                if clip is not None:
                    nn.utils.clip_grad_norm_(self.model.parameters(), clip)
                return again
            opt.step(closure)
        else:
            opt.step()
        return out, loss

    @property
    def _first_step(self) -> bool:
        return self.speed.compiled and self.speed.compile_seconds is None

    def _first_train_step(self, x: torch.Tensor, y: torch.Tensor
                          ) -> tuple[torch.Tensor, torch.Tensor]:
        """The first step of a compiled network compiles it: time that, and train without
        compiling if it fails (no compiler, an unsupported layer)."""
        t0 = time.perf_counter()
        try:
            result = self._train_step(self._net, x, y)
        except Exception as exc:
            if is_out_of_memory(exc):
                raise
            self.notes.append(compile_failed_note(exc))
            self.speed.compiled = False
            self._net = self._net._orig_mod if hasattr(self._net, "_orig_mod") else self.model
            self.optimizer.zero_grad(set_to_none=True)
            return self._train_step(self._net, x, y)
        self.speed.compile_seconds = time.perf_counter() - t0
        self.notes.append(COMPILED(seconds=f"{self.speed.compile_seconds:.1f}"))
        return result

    def _consume_step(self) -> bool:
        if not self._paused:
            return False
        with self._cond:
            if self._step_budget > 0:
                self._step_budget -= 1
                return True
        return False

    def _wait_while_paused(self) -> float:
        """Wait while paused (a step or resume ends it); returns the seconds waited."""
        if not self._paused:
            return 0.0
        start = time.perf_counter()
        with self._cond:
            while self._paused and self._step_budget == 0 and not self._stop.is_set():
                self.status = Status.PAUSED
                self._cond.wait(0.25)
        self.status = Status.RUNNING
        return time.perf_counter() - start

    def _lr(self) -> float:
        return float(self.optimizer.param_groups[0]["lr"]) if self.optimizer else 0.0

    def _start_distributed(self) -> None:
        """torchrun: join the process group and wrap the model in DDP (which copies rank 0's
        weights to every rank and averages the gradients in backward()). The stop flag
        becomes one the ranks agree on, and each rank gets its own random stream (dropout,
        augmentation); the shuffling has its own generator, the same on every rank."""
        from torch.nn.parallel import DistributedDataParallel

        n, world = len(self._tensors["train_x"]), self.dist.world_size
        if n < world:
            raise ConfigError(msg.FEWER_THAN_PROCESSES(samples=n, processes=world))
        self.device = self.dist.setup(self.device)
        ids = [self.device.index] if self.device.type == "cuda" else None
        self._net = DistributedDataParallel(self.model, device_ids=ids)
        self._stop = threading.Event()
        if self._stop_request.is_set():
            self._stop.set()  # stopped before the start: every rank asked (CLI, Ctrl-C)
        torch.manual_seed(self.config.seed + 1_000_003 * self.dist.rank)

    def _step_epoch_schedule(self, monitored: float) -> None:
        s = self.scheduler
        if s is None or getattr(s, "_netstudio_per_batch", False):
            return
        if isinstance(s, torch.optim.lr_scheduler.ReduceLROnPlateau):
            s.step(monitored)
        else:
            s.step()

    # ---- evaluation -----------------------------------------------------------------------
    @torch.no_grad()
    def _run_eval(self, x_all: torch.Tensor, y_all: torch.Tensor, *, report: bool = False
                  ) -> tuple[float, float | None, dict[str, Any]]:
        cfg = self.config
        classify = cfg.task == "classification"
        was_training = self.model.training
        self.model.eval()
        loss_sum = torch.zeros((), device=self.device, dtype=torch.float64)
        correct = torch.zeros((), device=self.device, dtype=torch.int64)
        extra: dict[str, Any] = {}
        preds, confs = [], []
        cm = None
        try:
            for s in range(0, len(x_all), cfg.eval_batch_size):
                if self._stop.is_set() and not report:
                    raise _Stopped()
                x, y = x_all[s:s + cfg.eval_batch_size], y_all[s:s + cfg.eval_batch_size]
                with self.speed.autocast(self.device):
                    out = self.model(x)
                if out.is_floating_point():
                    out = out.float()
                loss = self.loss_fn(out, self._targets(x, y, out))
                loss_sum += loss.detach().double() * len(x)
                if classify:
                    pred = out.argmax(dim=1)
                    correct += (pred == y).sum()
                    if report:
                        if cm is None:
                            cm = ConfusionAccumulator(max(out.shape[1], self.data.info.num_classes),
                                                      self.device)
                        cm.update(pred, y)
                        preds.append(pred)
                        confs.append(probabilities(out, cfg.loss).gather(1, pred[:, None])[:, 0])
        finally:
            self.model.train(was_training)
        n = max(1, len(x_all))
        loss_v = loss_sum.item() / n
        acc = correct.item() / n if classify else None
        if report and classify and cm is not None:
            p = torch.cat(preds)
            extra["confusion"] = cm.matrix()
            extra["misclassified"] = misclassified_from(p, y_all, torch.cat(confs).float())
        return loss_v, acc, extra

    def _validate(self) -> tuple[float | None, float | None]:
        x, y = self._tensors.get("val_x"), self._tensors.get("val_y")
        if x is None or len(x) == 0:
            return None, None
        if self.dist is not None:  # torchrun: each rank checks a slice, the sums are added up
            lo, hi = (len(x) * r // self._world for r in (self.dist.rank, self.dist.rank + 1))
            loss, acc, _ = self._run_eval(x[lo:hi], y[lo:hi])
            k = hi - lo
            loss_sum, correct, n = self.dist.reduce_sums([loss * k, (acc or 0.0) * k, k],
                                                         self.device)
            loss, acc = loss_sum / n, (correct / n if acc is not None else None)
        else:
            loss, acc, _ = self._run_eval(x, y)
        if not math.isfinite(loss):
            raise _Diverged()
        return loss, acc

    def weights_info(self) -> dict[str, Any]:
        """Which weights the model holds now (what evaluate_test tests): ``{"epoch", "step",
        "mid_epoch", "whole_epochs"}``. After a stop in the middle of an epoch they are that
        epoch's weights at that step, not those of the last whole epoch (checkpoint.pt)."""
        whole = len(self.history)
        restored = getattr(self, "_restored_epoch", None)
        mid = restored is None and self.epoch > whole
        return {"epoch": restored or (self.epoch if mid else whole),
                "step": None if restored else self.global_step, "mid_epoch": mid,
                "whole_epochs": whole}

    @property
    def has_test_data(self) -> bool:
        t = self._tensors.get("test_x")
        return t is not None and len(t) > 0

    def evaluate_test(self) -> TestReport:
        """The test-set report for the model as it is now (call after fit() or from a
        callback in the training thread)."""
        x, y = self._tensors["test_x"], self._tensors["test_y"]
        loss, acc, extra = self._run_eval(x, y, report=True)
        if self.config.task != "classification":
            return TestReport(task="reconstruction", loss=loss, samples=len(x))
        return classification_report(extra["confusion"], self.data.info.class_names, loss,
                                     extra["misclassified"])

    # ---- resume ---------------------------------------------------------------------------
    def _load_resume(self) -> int:
        state = ckpt.load(self.resume_from)
        try:
            self.model.load_state_dict(state["model"])
        except RuntimeError:
            raise ckpt.CheckpointError(
                f"{self.resume_from}: this checkpoint was saved from a different network "
                "(its layers or sizes differ); resume with the project that made it.") from None
        if state.get("optimizer"):
            self.optimizer.load_state_dict(state["optimizer"])
            if self.scheduler is None:  # the project's settings win over the saved ones
                cfg = self.config
                for group in self.optimizer.param_groups:
                    group["lr"] = cfg.lr
                    for key, value in cfg.optimizer_params.items():
                        if key in group:
                            group[key] = tuple(value) if isinstance(value, list) else value
        if self.scheduler is not None and state.get("scheduler"):
            self.scheduler.load_state_dict(state["scheduler"])
        self.history = [EpochEnd(**h) for h in state.get("history", [])]
        self.global_step = int(state.get("step", 0))
        if self.dist is None:  # torchrun reseeds each rank (_start_distributed)
            ckpt.restore_rng(state.get("rng"))  # last: the set-up above draws nothing more
        return int(state["epoch"]) + 1


def _loss(name: str) -> nn.Module:
    return getattr(nn, name)()
