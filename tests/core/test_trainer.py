"""The Trainer on tiny synthetic data and plain nn.Modules (no project files needed)."""

from __future__ import annotations

import math
import threading
import time

import pytest
import torch
from torch import nn

from netstudio.core.data.catalog import DatasetInfo
from netstudio.core.data.splits import Splits
from netstudio.core.settings.training import ConfigError, parse_config
from netstudio.core.train import checkpoint as ckpt
from netstudio.core.train.callbacks import Callback
from netstudio.core.train.events import BatchEnd, EpochEnd, RunResult, Status
from netstudio.core.train.trainer import Trainer

INFO = DatasetInfo("toy", "toy quadrants", (1, 8, 8), 4, ("tl", "tr", "bl", "br"))


def quadrant_data(n: int = 400, seed: int = 0) -> Splits:
    """The class is the bright quadrant of an 8x8 image, plus noise: easy to learn."""
    g = torch.Generator().manual_seed(seed)
    y = torch.randint(0, 4, (n,), generator=g)
    x = torch.randint(0, 60, (n, 1, 8, 8), generator=g, dtype=torch.uint8)
    for cls, (r, c) in enumerate(((0, 0), (0, 4), (4, 0), (4, 4))):
        sel = y == cls
        x[sel, :, r:r + 4, c:c + 4] += 180
    a, b = int(n * 0.7), int(n * 0.85)
    return Splits(INFO, x[:a], y[:a], x[a:b], y[a:b], x[b:], y[b:])


def mlp(out: int = 4, last: nn.Module | None = None) -> nn.Module:
    torch.manual_seed(0)
    layers = [nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, out)]
    return nn.Sequential(*layers, *([last] if last is not None else []))


class Recorder(Callback):
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.batches: list[BatchEnd] = []
        self.epochs: list[EpochEnd] = []
        self.result: RunResult | None = None
        self.exc: BaseException | None = None

    def on_fit_start(self, trainer):
        self.calls.append("fit_start")

    def on_epoch_start(self, trainer, epoch):
        self.calls.append(f"epoch_start {epoch}")

    def on_batch_end(self, trainer, event):
        self.batches.append(event)

    def on_epoch_end(self, trainer, event):
        self.calls.append(f"epoch_end {event.epoch}")
        self.epochs.append(event)

    def on_fit_end(self, trainer, result):
        self.calls.append("fit_end")
        self.result = result

    def on_exception(self, trainer, exc):
        self.calls.append("exception")
        self.exc = exc


def config(**kw):
    base = {"epochs": 2, "batch_size": 32, "lr": 0.01, "device": "cpu"}
    base.update(kw)
    return base


def test_learns_and_reports_in_order():
    rec = Recorder()
    data = quadrant_data()
    before = data.train_x.clone()
    result = Trainer(mlp(), config(epochs=3), data, [rec]).fit()
    assert result.status == Status.FINISHED and result.ok
    assert rec.calls == ["fit_start", "epoch_start 1", "epoch_end 1", "epoch_start 2",
                         "epoch_end 2", "epoch_start 3", "epoch_end 3", "fit_end"]
    assert rec.result is result
    assert [h.epoch for h in result.history] == [1, 2, 3]
    assert result.history[-1].train_loss < result.history[0].train_loss
    assert result.test is not None and result.test.accuracy > 0.9
    assert result.test.samples == len(data.test_x)
    assert result.test.confusion.sum() == len(data.test_x)
    # every epoch's last batch is reported, steps count up across epochs
    per_epoch = math.ceil(len(data.train_x) / 32)
    last = [b for b in rec.batches if b.batch == b.batches_per_epoch]
    assert [b.epoch for b in last] == [1, 2, 3]
    assert last[-1].step == 3 * per_epoch
    assert all(b.samples_per_second > 0 and b.lr == 0.01 for b in rec.batches)
    assert rec.batches[-1].eta_seconds == 0
    assert torch.equal(data.train_x, before)  # the caller's tensors are untouched
    assert result.train_samples_per_second > 0 and result.device == "cpu"


def test_report_rate_is_throttled():
    rec = Recorder()
    data = quadrant_data(2000)
    Trainer(mlp(), config(epochs=1, batch_size=8, report_hz=1.0), data, [rec]).fit()
    batches = math.ceil(len(data.train_x) / 8)
    assert len(rec.batches) < batches / 4  # throttled, yet the last batch is always there
    assert rec.batches[-1].batch == batches


def test_divergence_stops_at_once_with_advice():
    rec = Recorder()
    data = quadrant_data()
    result = Trainer(nn.Sequential(nn.Flatten(), nn.Linear(64, 4)),
                     config(epochs=5, optimizer="SGD", lr=1e6, loss="MSELoss"), data,
                     [rec]).fit()
    assert result.status == Status.DIVERGED
    assert "lr" in result.message and "NaN" in result.message
    assert len(result.history) == 0 and result.test is None
    assert rec.calls[-1] == "fit_end"


class OutOfMemoryNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(64, 4)

    def forward(self, x):
        # what torch raises on a GPU (matched by its type, not its words)
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")


def test_out_of_memory_is_a_failed_run_not_a_crash():
    rec = Recorder()
    result = Trainer(OutOfMemoryNet(), config(batch_size=256), quadrant_data(), [rec]).fit()
    assert result.status == Status.FAILED
    assert "batch" in result.message and "256" in result.message
    assert isinstance(rec.exc, RuntimeError)
    assert rec.calls[-2:] == ["exception", "fit_end"]


def test_shape_mismatch_names_the_input():
    bad = nn.Sequential(nn.Flatten(), nn.Linear(100, 4))
    result = Trainer(bad, config(), quadrant_data()).fit()
    assert result.status == Status.FAILED
    assert "Input" in result.message and "[1, 8, 8]" in result.message


class SlowNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = nn.Linear(64, 4)

    def forward(self, x):
        time.sleep(0.01)
        return self.fc(x.flatten(1))


def _run_in_thread(trainer):
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("result", trainer.fit()))
    t.start()
    return t, box


def _wait(cond, timeout=5.0):
    end = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.01)


def test_stop_from_another_thread_within_a_second():
    trainer = Trainer(SlowNet(), config(epochs=50, batch_size=4), quadrant_data())
    t, box = _run_in_thread(trainer)
    _wait(lambda: trainer.global_step >= 3)
    asked = time.monotonic()
    trainer.stop()
    t.join(timeout=3)
    assert not t.is_alive() and time.monotonic() - asked < 1.0
    assert box["result"].status == Status.STOPPED
    assert trainer.global_step < 50 * 70
    assert box["result"].test is None and box["result"].history == ()  # mid-epoch stop
    assert trainer.evaluate_test().samples == 60  # still available on request


def test_pause_step_resume():
    rec = Recorder()
    trainer = Trainer(SlowNet(), config(epochs=1, batch_size=16, report_hz=0.01),
                      quadrant_data(), [rec])
    t, box = _run_in_thread(trainer)
    _wait(lambda: trainer.global_step >= 1)
    trainer.pause()
    _wait(lambda: trainer.status == Status.PAUSED)
    paused_at = trainer.global_step
    time.sleep(0.1)
    assert trainer.global_step == paused_at  # really waiting
    trainer.step()
    _wait(lambda: trainer.global_step == paused_at + 1)
    _wait(lambda: rec.batches and rec.batches[-1].step == paused_at + 1)  # a stepped batch reports
    time.sleep(0.1)
    assert trainer.global_step == paused_at + 1 and trainer.status == Status.PAUSED
    trainer.resume()
    t.join(timeout=10)
    assert box["result"].status == Status.FINISHED


def test_time_paused_counts_in_neither_samples_per_second_nor_eta():
    rec = Recorder()
    trainer = Trainer(SlowNet(), config(epochs=1, batch_size=4, report_hz=1000),
                      quadrant_data(), [rec])
    t, box = _run_in_thread(trainer)
    _wait(lambda: len(rec.batches) >= 2)
    trainer.pause()
    _wait(lambda: trainer.status == Status.PAUSED)
    before = rec.batches[-1]
    time.sleep(1.0)  # ~100 batches' worth of waiting
    trainer.step()
    _wait(lambda: rec.batches[-1].step > before.step)
    after = rec.batches[-1]
    trainer.resume()
    t.join(timeout=20)
    assert box["result"].status == Status.FINISHED
    assert after.samples_per_second > 0.3 * before.samples_per_second
    assert after.eta_seconds < 3 * before.eta_seconds


def test_stop_while_paused():
    trainer = Trainer(SlowNet(), config(epochs=5, batch_size=16), quadrant_data())
    t, box = _run_in_thread(trainer)
    _wait(lambda: trainer.global_step >= 1)
    trainer.pause()
    _wait(lambda: trainer.status == Status.PAUSED)
    trainer.stop()
    t.join(timeout=2)
    assert box["result"].status == Status.STOPPED


def test_checkpoint_loads_safely_and_resume_matches_a_straight_run(tmp_path):
    data = quadrant_data()
    straight = mlp()
    Trainer(straight, config(epochs=2, schedule={"type": "step", "gamma": 0.5}), data).fit()

    path = tmp_path / "ck.pt"
    first = mlp()
    Trainer(first, config(epochs=1, schedule={"type": "step", "gamma": 0.5}), data,
            checkpoint_path=path).fit()
    state = torch.load(path, weights_only=True)
    assert state["epoch"] == 1 and len(state["history"]) == 1
    assert set(state) >= {"model", "optimizer", "scheduler", "config", "step"}
    assert not list(tmp_path.glob("*.tmp"))  # atomic write left no temp file

    resumed = mlp()
    rec = Recorder()
    result = Trainer(resumed, config(epochs=2, schedule={"type": "step", "gamma": 0.5}), data,
                     [rec], resume_from=path).fit()
    assert [h.epoch for h in result.history] == [1, 2]
    assert rec.calls[1] == "epoch_start 2"
    assert result.history[1].lr == pytest.approx(0.005)  # the schedule continued
    for a, b in zip(straight.state_dict().values(), resumed.state_dict().values(), strict=True):
        assert torch.allclose(a, b, atol=1e-6)


def test_resume_from_another_network_says_so(tmp_path):
    path = tmp_path / "ck.pt"
    Trainer(mlp(), config(epochs=1), quadrant_data(), checkpoint_path=path).fit()
    other = nn.Sequential(nn.Flatten(), nn.Linear(64, 4))
    result = Trainer(other, config(), quadrant_data(), resume_from=path).fit()
    assert result.status == Status.FAILED and "different network" in result.message
    missing = Trainer(mlp(), config(), quadrant_data(), resume_from=tmp_path / "no.pt").fit()
    assert missing.status == Status.FAILED and "no such checkpoint" in missing.message
    with pytest.raises(ckpt.CheckpointError):
        ckpt.load(tmp_path / "no.pt")


def test_early_stopping_keeps_the_best_weights(monkeypatch):
    trainer = Trainer(mlp(), config(epochs=10, early_stopping={"patience": 2}), quadrant_data())
    losses = iter([1.0, 0.5, 0.6, 0.7, 0.4, 0.3])
    monkeypatch.setattr(trainer, "_validate", lambda: (next(losses), 0.5))
    saved = {}

    class Keep(Callback):
        def on_epoch_end(self, tr, event):
            saved[event.epoch] = {k: v.clone() for k, v in tr.model.state_dict().items()}

    trainer.callbacks.callbacks.append(Keep())
    result = trainer.fit()
    assert result.status == Status.FINISHED
    assert len(result.history) == 4 and result.best_epoch == 2
    assert "Early stopping" in result.message
    for k, v in trainer.model.state_dict().items():
        assert torch.equal(v, saved[2][k])


@pytest.mark.parametrize("schedule", [{"type": "step", "step_size": 1, "gamma": 0.1},
                                      {"type": "cosine"}, {"type": "onecycle"},
                                      {"type": "plateau", "patience": 0, "factor": 0.5}])
def test_schedules_change_the_lr(schedule, monkeypatch):
    trainer = Trainer(mlp(), config(epochs=3, schedule=schedule), quadrant_data())
    if schedule["type"] == "plateau":
        monkeypatch.setattr(trainer, "_validate", lambda: (1.0, 0.5))  # never improves
    result = trainer.fit()
    assert result.status == Status.FINISHED
    lrs = [h.lr for h in result.history]
    assert lrs[-1] < 0.01 and len(set(lrs)) > 1


@pytest.mark.parametrize("opt,extra", [("SGD", {"momentum": 0.9, "nesterov": True}),
                                       ("Adam", {}), ("AdamW", {"weight_decay": 0.1}),
                                       ("RMSprop", {})])
def test_optimizers(opt, extra):
    result = Trainer(mlp(), config(epochs=2, optimizer=opt, **extra), quadrant_data()).fit()
    assert result.status == Status.FINISHED
    assert result.history[-1].train_loss < result.history[0].train_loss * 1.05


@pytest.mark.parametrize("loss,last", [("CrossEntropyLoss", None),
                                       ("NLLLoss", nn.LogSoftmax(dim=1)),
                                       ("MSELoss", None), ("L1Loss", None),
                                       ("BCEWithLogitsLoss", None), ("BCELoss", nn.Sigmoid())])
def test_losses(loss, last):
    result = Trainer(mlp(last=last), config(loss=loss, epochs=3), quadrant_data()).fit()
    assert result.status == Status.FINISHED, result.message
    assert math.isfinite(result.test.loss)
    assert all(0 <= m.confidence <= 1 for m in result.test.misclassified)
    assert result.test.accuracy > 0.4  # better than chance (0.25)


def test_reconstruction_uses_unit_inputs_and_reports_loss():
    torch.manual_seed(0)
    ae = nn.Sequential(nn.Flatten(), nn.Linear(64, 16), nn.ReLU(), nn.Linear(16, 64),
                       nn.Sigmoid(), nn.Unflatten(1, (1, 8, 8)))
    trainer = Trainer(ae, config(task="reconstruction", loss="MSELoss", epochs=3),
                      quadrant_data())
    result = trainer.fit()
    assert result.status == Status.FINISHED
    assert trainer.preprocessing.mode == "unit"
    assert float(trainer.sample(4).min()) >= 0.0 and float(trainer.sample(4).max()) <= 1.0
    assert result.test.task == "reconstruction" and result.test.accuracy is None
    assert result.history[-1].train_accuracy is None
    assert result.test.loss < result.history[0].train_loss


def test_l1_penalty_shrinks_weights():
    def weight_sum(l1):
        m = mlp()
        Trainer(m, config(l1=l1, epochs=2), quadrant_data()).fit()
        return sum(p.abs().sum().item() for p in m.parameters() if p.dim() > 1)

    assert weight_sum(0.01) < weight_sum(0.0)


def test_grad_clip_limits_the_update():
    def moved(clip):
        m = mlp()
        start = [p.detach().clone() for p in m.parameters()]
        Trainer(m, config(epochs=1, optimizer="SGD", lr=0.5, grad_clip=clip), quadrant_data()
                ).fit()
        return sum((p - s).norm().item() for p, s in zip(m.parameters(), start, strict=True))

    assert moved(1e-4) < moved(None) / 10


def test_augment_is_applied_to_batches():
    seen = []

    def augment(x):
        seen.append(x.shape)
        return x

    Trainer(mlp(), config(epochs=1), quadrant_data(), augment=augment).fit()
    assert len(seen) == math.ceil(280 / 32)


def test_broken_callback_fails_the_run_cleanly():
    class Broken(Callback):
        def on_epoch_end(self, trainer, event):
            raise ValueError("plot went wrong")

    result = Trainer(mlp(), config(), quadrant_data(), [Broken()]).fit()
    assert result.status == Status.FAILED and "plot went wrong" in result.message


@pytest.mark.parametrize("raw,key", [({"lr": -1}, "training.lr"),
                                     ({"optimizer": "Adagradd"}, "training.optimizer"),
                                     ({"optimizer": "SGD", "nesterov": True}, "training.nesterov"),
                                     ({"batch_size": 0}, "training.batch_size"),
                                     ({"schedule": {"type": "warp"}}, "training.schedule"),
                                     ({"task": "reconstruction", "loss": "NLLLoss"},
                                      "training.loss"),
                                     ({"early_stopping": 3}, "training.early_stopping")])
def test_config_errors_name_the_key(raw, key):
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        parse_config(raw)


def test_config_defaults_and_overrides():
    cfg = parse_config({"lr": 0.1, "custom": 1}, epochs=7)
    assert cfg.epochs == 7 and cfg.lr == 0.1 and cfg.optimizer == "Adam"
    assert cfg.extra == {"custom": 1}
    assert parse_config({"task": "reconstruction"}).loss == "MSELoss"


def test_one_run_per_trainer():
    trainer = Trainer(mlp(), config(epochs=1), quadrant_data())
    assert trainer.fit().status == Status.FINISHED
    again = trainer.fit()
    assert again.status == Status.FAILED and "already run" in again.message


@pytest.mark.skipif(torch.cuda.is_available(), reason="needs a machine without CUDA")
def test_cuda_without_a_gpu_falls_back_to_the_cpu_with_a_note():
    trainer = Trainer(mlp(), config(device="cuda", epochs=1), quadrant_data())
    assert trainer.device.type == "cpu"
    assert any("no CUDA GPU" in n for n in trainer.notes)
    assert trainer.fit().ok
    assert Trainer(mlp(), config(device="auto", amp=True), quadrant_data()).fit().ok


def test_a_callback_that_fails_at_the_end_does_not_skip_the_others():
    # the run store's recorder comes after the app's bridge: it must still write the end
    class Broken(Callback):
        def on_fit_end(self, trainer, result):
            raise RuntimeError("a view could not take its last frame")

    rec = Recorder()
    result = Trainer(mlp(), config(epochs=1), quadrant_data(), [Broken(), rec]).fit()
    assert result.status == Status.FINISHED and result.test is not None
    assert rec.calls[-1] == "fit_end" and rec.result is result
