"""What the training thread tells the rest of the world: frozen, plain-valued dataclasses.

They are safe to hand across threads (the GUI gets them through queued Qt signals): every field
is a number, a string, None, a tuple, or a TestReport of plain values. Numbering is 1-based:
epoch 1 is the first epoch, batch 1 the first batch of an epoch, step 1 the first batch ever.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

from netstudio.core.train.metrics import TestReport


class Status(str, Enum):
    """Where a Trainer is. The last four are final: fit() has returned (or is returning)."""

    IDLE = "idle"          # constructed, fit() not called yet
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"    # stop() was called (or Ctrl-C); results so far are kept
    FINISHED = "finished"  # all epochs ran, or early stopping ended the run
    DIVERGED = "diverged"  # the loss became NaN or infinite
    FAILED = "failed"      # an error (out of memory, a shape mismatch, ...); see message

    @property
    def final(self) -> bool:
        return self in (Status.STOPPED, Status.FINISHED, Status.DIVERGED, Status.FAILED)


@dataclass(frozen=True)
class BatchEnd:
    """Sent at most ~20 times a second (TrainConfig.report_hz), on the last batch of every
    epoch, and after every batch run by step(). loss/accuracy are means over the batches since
    the previous BatchEnd (accuracy None when the task has no labels)."""

    epoch: int
    batch: int
    batches_per_epoch: int
    step: int                    # global batch count since the start (resumes continue it)
    loss: float
    accuracy: float | None
    samples_per_second: float    # training throughput in this epoch so far
    eta_seconds: float           # until the last epoch ends (excluding validation and test)
    lr: float


@dataclass(frozen=True)
class EpochEnd:
    """One line of the history: sent after each epoch's validation pass."""

    epoch: int
    epochs: int
    train_loss: float
    train_accuracy: float | None
    val_loss: float | None       # None when there is no validation split
    val_accuracy: float | None
    seconds: float               # wall time of this epoch, validation included
    lr: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RunResult:
    """What fit() returns and on_fit_end receives. It always comes, whatever happened."""

    status: Status
    message: str                 # one sentence for a learner: what happened, what to do
    history: tuple[EpochEnd, ...]
    test: TestReport | None      # None when the run failed or there is no test split
    seconds: float
    device: str
    train_samples_per_second: float = 0.0
    best_epoch: int | None = None  # the epoch whose weights the model holds (early stopping)

    @property
    def ok(self) -> bool:
        return self.status in (Status.FINISHED, Status.STOPPED)

