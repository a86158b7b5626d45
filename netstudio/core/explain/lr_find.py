"""The learning-rate range test (Smith 2017; the "lr finder" of fastai and others).

    result = find_lr(project, subset=2000)       # raises run.SetupError like prepare_run
    result.suggested_lr, result.lrs, result.losses

The project's own network, data, loss and optimizer train for up to ``steps`` batches while
the learning rate grows exponentially from ``start_lr`` to ``end_lr``; the loss of each batch
is recorded. It stops early once the (smoothed) loss has blown up to ``blowup`` times its best.
The suggestion is where the smoothed loss falls fastest (the steepest descent on a log-lr
axis) before its minimum, but at most a tenth of the rate at the minimum: big enough to learn
quickly, still well below the blow-up.

It reuses the Trainer (no second training loop): a callback sets the learning rate before each
batch and reads each batch's loss; the run stops itself. Nothing is saved and the project is
not changed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from netstudio.core.explain import explain_messages as msg
from netstudio.core.optim.recipes import RECIPES
from netstudio.core.settings.training import with_recipe
from netstudio.core.train.callbacks import Callback

START_LR, END_LR, STEPS = 1e-7, 10.0, 200
BLOWUP = 3.0
MAX_STEPS = 100_000  # far more than a range test needs; keeps its curve small
SMOOTH = 0.9  # exponential moving average of the loss (bias-corrected)


@dataclass(frozen=True)
class LRFindResult:
    lrs: tuple[float, ...]
    losses: tuple[float, ...]  # raw batch losses
    smoothed: tuple[float, ...]
    suggested_lr: float | None  # None when the loss never went down
    stopped_early: bool  # the loss blew up before the last step
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"suggested_lr": self.suggested_lr, "lrs": list(self.lrs),
                "losses": list(self.losses), "smoothed": list(self.smoothed),
                "stopped_early": self.stopped_early, "message": self.message}


class _RangeTest(Callback):
    def __init__(self, start: float, end: float, steps: int,
                 progress: Callable[[int, int], Any] | None,
                 should_stop: Callable[[], bool] | None) -> None:
        self.start, self.end, self.steps = start, end, steps
        self.factor = (end / start) ** (1.0 / max(1, steps - 1))
        self.lrs: list[float] = []
        self.losses: list[float] = []
        self.best = math.inf
        self.avg = 0.0
        self.blew_up = False
        self.progress, self.should_stop = progress, should_stop
        self.on_point: Callable[[float, float], Any] | None = None

    def _set(self, trainer: Any, lr: float) -> None:
        for group in trainer.optimizer.param_groups:
            group["lr"] = lr
            if "initial_lr" in group:
                group["initial_lr"] = lr

    def on_fit_start(self, trainer: Any) -> None:
        self._set(trainer, self.start)

    def on_batch_end(self, trainer: Any, event: Any) -> None:
        i = len(self.losses)
        lr = self.start * self.factor ** i  # the rate that batch trained with
        self.lrs.append(lr)
        self.losses.append(float(event.loss))
        if math.isfinite(event.loss):
            self.avg = SMOOTH * self.avg + (1 - SMOOTH) * event.loss
            smooth = self.avg / (1 - SMOOTH ** (i + 1))
            self.best = min(self.best, smooth)
        else:
            smooth = math.inf
        if self.on_point is not None:
            self.on_point(lr, float(event.loss))
        if self.progress is not None:
            self.progress(i + 1, self.steps)
        if i + 1 >= self.steps or smooth > BLOWUP * self.best or (
                self.should_stop is not None and self.should_stop()):
            self.blew_up = i + 1 < self.steps and smooth > BLOWUP * self.best
            trainer.stop()
            return
        self._set(trainer, self.start * self.factor ** (i + 1))


def find_lr(project: Any, *, subset: int | None = None, steps: int = STEPS,
            start_lr: float = START_LR, end_lr: float = END_LR, device: str | None = None,
            splits: Any = None, download: bool = False, reuse_data: bool = False,
            on_point: Callable[[float, float], Any] | None = None, progress: Callable[[int, int], Any] | None = None,
            should_stop: Callable[[], bool] | None = None) -> LRFindResult:
    """Run the range test on a copy of the project's settings (no schedule, no early
    stopping, a batch report after every batch). ``on_point(lr, loss)`` after each batch
    (live plots); ``reuse_data`` keeps the loaded data for the next run (the app)."""
    from netstudio.core.project import Project
    from netstudio.core.train.run import SetupError, prepare_run

    if not (0 < start_lr < end_lr) or not (math.isfinite(start_lr) and math.isfinite(end_lr)):
        raise SetupError(msg.LEARNING_RATES_GROW_START(start_lr=start_lr, end_lr=end_lr), "config")
    if not 10 <= steps <= MAX_STEPS:
        raise SetupError(msg.RANGE_TEST_STEPS(steps=steps, max_steps=MAX_STEPS), "config")
    copy = Project.from_dict(project.to_dict())
    copy.path = getattr(project, "path", None)
    # a recipe ("fast") is resolved first: left in, it would bring back its one-cycle
    # schedule, which overrides the test's rates after every batch
    raw = copy.training if isinstance(copy.training, dict) else {}
    resolved = with_recipe(raw, _device_type(device or raw.get("device")))
    dropped = ["schedule", "early_stopping", "epochs"]
    recipe = raw.get("recipe")
    dropped += ["recipe"] if isinstance(recipe, str) and recipe in RECIPES else []
    training = {k: v for k, v in resolved.items() if k not in dropped}
    copy.training = {**training, "report_hz": 1e9}  # a report (the loss) after every batch
    test = _RangeTest(start_lr, end_lr, steps, progress, should_stop)
    # every epoch has at least one batch, so ``steps`` epochs are enough; the test stops the
    # run itself after its last step
    test.on_point = on_point
    trainer = prepare_run(copy, callbacks=[test], subset=subset, device=device, splits=splits,
                          epochs=steps, download=download, reuse_data=reuse_data)
    trainer.fit()
    return _result(test)


def _device_type(name: Any) -> str:
    """Where the test trains ("cuda" or "cpu"): a recipe's batch size depends on it."""
    import torch

    wants_gpu = name in (None, "auto", "cuda")
    return "cuda" if wants_gpu and torch.cuda.is_available() else "cpu"


def _result(test: _RangeTest) -> LRFindResult:
    lrs = np.asarray(test.lrs, np.float64)
    losses = np.asarray(test.losses, np.float64)
    smoothed = _smooth(losses)
    suggested, message = suggest(lrs, smoothed)
    return LRFindResult(tuple(float(x) for x in lrs), tuple(float(x) for x in losses),
                        tuple(float(x) for x in smoothed), suggested, test.blew_up, message)


def _smooth(losses: np.ndarray) -> np.ndarray:
    out = np.empty_like(losses)
    avg = 0.0
    for i, loss in enumerate(losses):
        if not math.isfinite(loss):
            out[i:] = np.inf
            break
        avg = SMOOTH * avg + (1 - SMOOTH) * loss
        out[i] = avg / (1 - SMOOTH ** (i + 1))
    return out


def suggest(lrs: np.ndarray, smoothed: np.ndarray) -> tuple[float | None, str]:
    """The lr where the smoothed loss falls fastest before its minimum, at most a tenth of
    the lr at the minimum (skipping the first points: the moving average's warm-up)."""
    finite = np.isfinite(smoothed)
    if finite.sum() < 10:
        return None, "too few batches ran to suggest a learning rate"
    lo = 3  # the first steps are the warm-up of the moving average
    best = int(np.nanargmin(np.where(finite, smoothed, np.inf)))
    if best <= lo + 1:
        return None, "the loss never went down: check the network and the data"
    if smoothed[best] >= smoothed[lo] * 0.98:
        return None, "the loss hardly went down over the whole range"
    x = np.log10(lrs[lo:best + 1])
    y = smoothed[lo:best + 1]
    slope = np.gradient(y, x)
    steepest = float(lrs[lo + int(np.argmin(slope))])
    # a noisy curve can put its steepest point near the blow-up: never suggest more than a
    # tenth of the rate at the minimum (the classic rule of thumb)
    return min(steepest, float(lrs[best]) / 10), ""
