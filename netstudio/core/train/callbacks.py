"""Callback base class: override the hooks you need; every hook runs in the training thread.

Hooks must be quick (the loop waits for them) and must not keep references to tensors they
read from ``trainer.model``: copy what they need (``.detach().cpu().numpy()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netstudio.core.train.events import BatchEnd, EpochEnd, RunResult
    from netstudio.core.train.trainer import Trainer


class Callback:
    def on_fit_start(self, trainer: Trainer) -> None:
        """Before the first epoch (after the model moved to trainer.device)."""

    def on_epoch_start(self, trainer: Trainer, epoch: int) -> None:
        """Before each epoch; epoch is 1-based."""

    def on_batch_end(self, trainer: Trainer, event: BatchEnd) -> None:
        """At the reporting rate (about 20 times a second), not necessarily every batch."""

    def on_epoch_end(self, trainer: Trainer, event: EpochEnd) -> None:
        """After each epoch's validation pass."""

    def on_fit_end(self, trainer: Trainer, result: RunResult) -> None:
        """Always called once, whatever the outcome (finished, stopped, diverged, failed)."""

    def on_exception(self, trainer: Trainer, exc: BaseException) -> None:
        """An error ended the run; on_fit_end follows with status FAILED."""


class CallbackList(Callback):
    """Calls several callbacks in order. A callback that raises fails the run (reported)."""

    def __init__(self, callbacks: list[Callback] | tuple[Callback, ...] = ()) -> None:
        self.callbacks = list(callbacks)

    def on_fit_start(self, trainer: Trainer) -> None:
        for c in self.callbacks:
            c.on_fit_start(trainer)

    def on_epoch_start(self, trainer: Trainer, epoch: int) -> None:
        for c in self.callbacks:
            c.on_epoch_start(trainer, epoch)

    def on_batch_end(self, trainer: Trainer, event: BatchEnd) -> None:
        for c in self.callbacks:
            c.on_batch_end(trainer, event)

    def on_epoch_end(self, trainer: Trainer, event: EpochEnd) -> None:
        for c in self.callbacks:
            c.on_epoch_end(trainer, event)

    def on_fit_end(self, trainer: Trainer, result: RunResult) -> None:
        """Every callback's, even after one of them raised (the run store must still write
        the run's end, the doctor its last findings); then the first error is raised."""
        first: Exception | None = None
        for c in self.callbacks:
            try:
                c.on_fit_end(trainer, result)
            except Exception as e:  # noqa: BLE001 - raised again below
                first = first or e
        if first is not None:
            raise first

    def on_exception(self, trainer: Trainer, exc: BaseException) -> None:
        for c in self.callbacks:
            c.on_exception(trainer, exc)
