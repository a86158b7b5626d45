"""The training doctor: recognises classic training problems from a run's own signals.

    doctor = Doctor(on_findings=print)        # a Trainer callback
    trainer = prepare_run(project, callbacks=[doctor, ...]); trainer.fit()
    doctor.findings                           # tuple[Finding, ...], most serious first

signals.py collects (cheaply, on a measured time budget), rules.py decides, findings.py holds
the codes and texts, fixes.py turns a finding's fix into one project edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from netstudio.core.explain.doctor.findings import TEMPLATES, Finding, Fix
from netstudio.core.explain.doctor.rules import CODES, diagnose
from netstudio.core.explain.doctor.signals import RunSignals, SignalRecorder

if TYPE_CHECKING:
    from netstudio.core.train.events import BatchEnd, EpochEnd, RunResult
    from netstudio.core.train.trainer import Trainer

__all__ = ["CODES", "TEMPLATES", "Doctor", "Finding", "Fix", "RunSignals", "diagnose"]


class Doctor(SignalRecorder):
    """SignalRecorder that diagnoses after every epoch, at the end of the run, and every
    ``every`` seconds in between (the rules are cheap; a diverging loss shows in seconds).

    ``on_findings(tuple_of_findings)`` is called (in the training thread) after each epoch,
    at the end, and in between when the findings changed; the findings are frozen values,
    safe to hand to another thread."""

    def __init__(self, on_findings: Callable[[tuple[Finding, ...]], Any] | None = None,
                 budget: float = 0.01, every: float = 2.0) -> None:
        super().__init__(budget=budget)
        self.on_findings = on_findings
        self.every = every
        self.findings: tuple[Finding, ...] = ()
        self._next = 0.0

    @classmethod
    def of(cls, trainer: Any) -> Doctor | None:
        """The Doctor among a trainer's callbacks, if any."""
        callbacks = getattr(getattr(trainer, "callbacks", None), "callbacks", ())
        return next((c for c in callbacks if isinstance(c, cls)), None)

    def metrics_extra(self) -> dict[str, Any]:
        """What metrics.json gains (core/runs/metrics.py asks every callback)."""
        return {"findings": [f.to_dict() for f in self.findings]}

    def on_batch_end(self, trainer: Trainer, event: BatchEnd) -> None:
        super().on_batch_end(trainer, event)
        now = time.monotonic()
        if self.on_findings is not None and now >= self._next:
            self._next = now + self.every
            before = [(f.code, f.node) for f in self.findings]
            self.findings = self._diagnosed()
            if [(f.code, f.node) for f in self.findings] != before:
                self.on_findings(self.findings)

    def on_epoch_end(self, trainer: Trainer, event: EpochEnd) -> None:
        super().on_epoch_end(trainer, event)
        self._diagnose()

    def on_fit_end(self, trainer: Trainer, result: RunResult) -> None:
        super().on_fit_end(trainer, result)
        self._diagnose()

    def _diagnose(self) -> None:
        self.findings = self._diagnosed()
        if self.on_findings is not None:
            self.on_findings(self.findings)

    def _diagnosed(self) -> tuple[Finding, ...]:
        """The rules over the signals so far. They run inside the training loop, on whatever
        the sampling (on a time budget) happened to record: a rule that failed there failed
        the run itself (no test result) or silenced the doctor. Here a failing rule is left
        out and the others still speak (``diagnose``, strict as the rules' tests call it,
        raises); should the rest fail, the findings stay as they were."""
        try:
            return tuple(diagnose(self.signals, strict=False))
        except Exception:  # noqa: BLE001 - advice never ends a training run
            return self.findings
