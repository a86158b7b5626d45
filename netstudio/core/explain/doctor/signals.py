"""What the doctor watches while a network trains: the run's own signals, collected cheaply.

``SignalRecorder`` is a Trainer callback. It keeps every reported batch loss (the Trainer
reports them anyway), the epoch history, the training loss as it goes (below), and now and
then a *sample* of per-layer statistics:

- the L2 norm of each layer's weight gradients and of its weights (gradients of the last
  batch, read in the optimizer's step pre-hook, after any clipping);
- the update ratio ||W_after - W_before|| / ||W_before|| of that one optimizer step;
- on a fixed probe batch (forward only, eval mode): the share of dead units of every ReLU
  and of saturated units of every Sigmoid/Tanh.

The loss as it goes is read from a hook on the loss function, not from the reports: a report
averages however many batches its interval let pass (one on a slow machine, a whole epoch of a
tiny subset on a fast one), and an average hides a spike. Each batch's loss moves a running
mean over about the last ``SMOOTH_IMAGES`` images (one batch of 32 or more; many single-image
batches, whose losses alone are noise); the recorder keeps its highest value between reports
(``loss_peaks``) and the mean loss of the first images (``first_loss``). Both stay on the
device between reports (no sync per batch).

Samples are taken only while they cost under ``budget`` (1%) of the training time so far,
measured, so the doctor adds about that much to any network; at least one sample is taken
per epoch. The optimizer hooks stay installed but do nothing between samples (one flag test
per step). Everything kept is plain floats, so the recorder can be read from another thread.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch
from torch import nn

from netstudio.core.train.callbacks import Callback

if TYPE_CHECKING:
    from netstudio.core.train.events import BatchEnd, EpochEnd, RunResult
    from netstudio.core.train.trainer import Trainer

SMOOTH_IMAGES = 32  # the running training loss spans about this many images
PROBE_SIZE = 64  # images in the probe batch (activations): a third of a training step
SATURATION = {"Sigmoid": (0.01, 0.99), "Tanh": (-0.99, 0.99)}  # outside: saturated


@dataclass(frozen=True)
class LayerSample:
    """One layer at one sampled step. None where the statistic does not apply."""

    node: str
    grad_norm: float | None = None
    weight_norm: float | None = None
    update_ratio: float | None = None
    dead_share: float | None = None  # ReLU: units that are 0 for every probe image
    saturated_share: float | None = None  # Sigmoid/Tanh: outputs within 1% of the bounds


@dataclass(frozen=True)
class StepSample:
    step: int
    epoch: int
    layers: tuple[LayerSample, ...]

    def layer(self, node: str) -> LayerSample | None:
        return next((s for s in self.layers if s.node == node), None)


@dataclass
class RunSignals:
    """Everything the rules read. Plain values; filled by SignalRecorder (or by hand)."""

    config: Any = None  # TrainConfig
    node_types: dict[str, str] = field(default_factory=dict)  # node id -> module class name
    order: tuple[str, ...] = ()  # run order of the nodes
    plan: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (node, its inputs), from CompiledNet
    output_id: str = ""
    batch_losses: list[tuple[int, int, float]] = field(default_factory=list)  # step, epoch, loss
    # step, epoch and the highest running loss (over ~SMOOTH_IMAGES images) since the
    # previous report; empty when not recorded (signals made by hand)
    loss_peaks: list[tuple[int, int, float]] = field(default_factory=list)
    first_loss: float | None = None  # mean loss of the first ~SMOOTH_IMAGES training images
    batch_accuracy: list[float | None] = field(default_factory=list)
    batches_per_epoch: int = 0
    history: list[Any] = field(default_factory=list)  # EpochEnd
    samples: list[StepSample] = field(default_factory=list)
    input_mean: float | None = None  # of what the network sees (after scaling)
    input_std: float | None = None
    normalize: str = ""
    augmented: bool = False
    widths: dict[str, int] = field(default_factory=dict)  # Linear node -> out_features
    class_counts: tuple[int, ...] = ()
    class_names: tuple[str, ...] = ()
    status: str = "running"
    final_step: int = 0
    seconds_spent: float = 0.0  # time the recorder itself took


class SignalRecorder(Callback):
    def __init__(self, budget: float = 0.01, min_interval_steps: int = 5) -> None:
        self.budget = budget
        self.min_interval = min_interval_steps
        self.signals = RunSignals()
        self._probe: torch.Tensor | None = None
        self._params: dict[str, list[nn.Parameter]] = {}
        self._armed = False
        self._before: dict[str, torch.Tensor] = {}
        self._grads: dict[str, float] = {}
        self._ratios: dict[str, float] = {}
        self._hooks: list[Any] = []
        self._t0 = 0.0
        self._last_sample_step = -10**9
        self._sampled_epochs: set[int] = set()
        self._cost = 0.0  # the latest sample's cost (seconds), to plan the next one
        self._pending: tuple[int, int] | None = None  # (step, epoch) armed for
        # the loss as it goes, on the device until the next report
        self._running: torch.Tensor | None = None
        self._peak: torch.Tensor | None = None
        self._first_sum: torch.Tensor | None = None
        self._first_images = 0
        self._model: nn.Module | None = None

    # ---- callback hooks (training thread) -------------------------------------------------
    def on_fit_start(self, trainer: Trainer) -> None:
        t = time.perf_counter()
        self._t0 = t
        s = self.signals
        model = trainer.model
        s.config = trainer.config
        s.normalize = trainer.preprocessing.mode
        s.augmented = trainer.augment is not None
        layers = getattr(model, "layers", None)
        if isinstance(layers, nn.ModuleDict):
            s.node_types = {k: type(m).__name__ for k, m in layers.items()}
            s.widths = {k: int(m.out_features) for k, m in layers.items()
                        if isinstance(m, nn.Linear)}
            self._params = {k: [p for p in m.parameters() if p.requires_grad and p.dim() > 1]
                            for k, m in layers.items()}
            self._params = {k: v for k, v in self._params.items() if v}
        s.order = tuple(getattr(model, "order", ()))
        s.plan = tuple(getattr(model, "plan", ()))
        s.output_id = str(getattr(model, "output_id", ""))
        data = trainer.data
        s.class_names = tuple(data.info.class_names)
        if trainer.config.task == "classification" and data.train_y is not None:
            counts = torch.bincount(data.train_y.flatten().to(torch.int64).cpu(),
                                    minlength=len(s.class_names))
            s.class_counts = tuple(int(c) for c in counts)
        try:
            self._probe = trainer.sample(PROBE_SIZE)
        except ValueError:
            self._probe = None
        if self._probe is not None and self._probe.numel():
            p = self._probe.float()
            s.input_mean, s.input_std = float(p.mean()), float(p.std())
        opt = trainer.optimizer
        if opt is not None and self._params:
            self._hooks = [opt.register_step_pre_hook(self._pre_step),
                           opt.register_step_post_hook(self._post_step)]
        self._model = model
        loss_fn = getattr(trainer, "loss_fn", None)
        if isinstance(loss_fn, nn.Module):
            self._hooks.append(loss_fn.register_forward_hook(self._on_loss))
        s.seconds_spent += time.perf_counter() - t

    def on_batch_end(self, trainer: Trainer, event: BatchEnd) -> None:
        s = self.signals
        s.batch_losses.append((event.step, event.epoch, event.loss))
        if self._peak is not None:  # read at a report (where the Trainer syncs too)
            s.loss_peaks.append((event.step, event.epoch, float(self._peak)))
            self._peak = None
            if self._first_sum is not None:  # until SMOOTH_IMAGES images are in
                s.first_loss = float(self._first_sum) / self._first_images
                if self._first_images >= SMOOTH_IMAGES:
                    self._first_sum = None
        s.batch_accuracy.append(event.accuracy)
        s.batches_per_epoch = event.batches_per_epoch
        s.final_step = event.step
        if self._pending is not None and not self._armed:
            self._finish_sample(trainer)
        if self._want_sample(event):
            self._pending = (event.step + 1, event.epoch)
            self._armed = True

    def on_epoch_end(self, trainer: Trainer, event: EpochEnd) -> None:
        self.signals.history.append(event)

    def on_fit_end(self, trainer: Trainer, result: RunResult) -> None:
        for h in self._hooks:
            h.remove()
        self._hooks = []
        self._armed = False
        self.signals.status = result.status.value
        self.signals.history = list(result.history) or self.signals.history

    def _on_loss(self, module: nn.Module, args: Any, output: Any) -> None:
        """Every training batch's loss (evaluation, in eval mode without gradients, is not
        training) moves the running loss; device operations only, no sync."""
        if (self._model is None or not self._model.training or not torch.is_grad_enabled()
                or not isinstance(output, torch.Tensor)):
            return
        loss = output.detach().float()
        if loss.dim():
            loss = loss.mean()
        first = args[0] if args else None
        images = int(first.shape[0]) if isinstance(first, torch.Tensor) and first.dim() else 1
        if self._running is None:
            self._running = loss.clone()
            self._first_sum = loss * images
            self._first_images = images
        else:
            self._running.lerp_(loss, min(1.0, images / SMOOTH_IMAGES))
            if self._first_sum is not None and self._first_images < SMOOTH_IMAGES:
                self._first_sum = self._first_sum + loss * images
                self._first_images += images
        if self._peak is None:
            self._peak = self._running.clone()
        else:
            torch.maximum(self._peak, self._running, out=self._peak)

    # ---- sampling -------------------------------------------------------------------------
    def _want_sample(self, event: BatchEnd) -> bool:
        if not self._params and self._probe is None:
            return False
        if self._armed or event.step - self._last_sample_step < self.min_interval:
            return False
        if event.epoch not in self._sampled_epochs:
            return True  # at least one sample per epoch, whatever it costs
        elapsed = time.perf_counter() - self._t0
        return self.signals.seconds_spent + self._cost <= self.budget * elapsed

    def _pre_step(self, optimizer: Any, args: Any, kwargs: Any) -> None:
        if not self._armed:
            return
        t = time.perf_counter()
        with torch.no_grad():
            for node, params in self._params.items():
                grads = [p.grad for p in params if p.grad is not None]
                self._grads[node] = _norm(grads) if grads else math.nan
                self._before[node] = torch.cat([p.detach().flatten() for p in params]).clone()
        self.signals.seconds_spent += time.perf_counter() - t

    def _post_step(self, optimizer: Any, args: Any, kwargs: Any) -> None:
        if not self._armed:
            return
        t = time.perf_counter()
        with torch.no_grad():
            for node, params in self._params.items():
                before = self._before.get(node)
                if before is None:
                    continue
                after = torch.cat([p.detach().flatten() for p in params])
                w = float(before.norm())
                self._ratios[node] = float((after - before).norm()) / w if w > 0 else math.nan
        self._before = {}
        self._armed = False
        self.signals.seconds_spent += time.perf_counter() - t

    def _finish_sample(self, trainer: Trainer) -> None:
        t = time.perf_counter()
        step, epoch = self._pending or (trainer.global_step, trainer.epoch)
        self._pending = None
        acts = self._activation_stats(trainer)
        layers = []
        for node in self.signals.order:
            params = self._params.get(node)
            weight = _norm([p.detach() for p in params]) if params else None
            dead, sat = acts.get(node, (None, None))
            if params is None and dead is None and sat is None:
                continue
            layers.append(LayerSample(node, self._grads.get(node) if params else None, weight,
                                      self._ratios.get(node) if params else None, dead, sat))
        self._grads, self._ratios = {}, {}
        self.signals.samples.append(StepSample(step, epoch, tuple(layers)))
        self._sampled_epochs.add(epoch)
        self._last_sample_step = step
        spent = time.perf_counter() - t
        self.signals.seconds_spent += spent
        self._cost = spent

    def _activation_stats(self, trainer: Trainer) -> dict[str, tuple[float | None, float | None]]:
        from netstudio.core.train.capture import eval_mode

        types = self.signals.node_types
        ids = [k for k, t in types.items() if t == "ReLU" or t in SATURATION]
        model = trainer.model
        if not ids or self._probe is None or not hasattr(model, "forward_capture"):
            return {}
        out: dict[str, tuple[float | None, float | None]] = {}
        with eval_mode(model):
            _, acts = model.forward_capture(self._probe, ids)
            for node, a in acts.items():
                a = a.float()
                if types[node] == "ReLU":
                    out[node] = (dead_share(a), None)
                else:
                    lo, hi = SATURATION[types[node]]
                    out[node] = (None, float(((a <= lo) | (a >= hi)).float().mean()))
        return out


def dead_share(a: torch.Tensor) -> float:
    """Share of units that are zero for every probe image. A convolution's unit is a whole
    channel (its border pixels see the same blank margin in every image, so counting pixels
    would call them dead); a dense layer's unit is one feature."""
    if a.dim() < 2 or a.shape[0] == 0:
        return 0.0
    positive = a > 0
    alive = positive.transpose(0, 1).reshape(a.shape[1], -1).any(dim=1) if a.dim() > 2 \
        else positive.any(dim=0)
    return float(1.0 - alive.float().mean())


def _norm(tensors: list[torch.Tensor]) -> float:
    return float(torch.sqrt(sum((t.detach().float() ** 2).sum() for t in tensors)))
