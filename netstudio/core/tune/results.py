"""What a search tells the world: frozen, plain-valued records of trials and of the study.

They cross threads (the app's search worker sends them through queued signals) and become
the JSON of ``netstudio tune --json``. Trial states: "running", "waiting" (queued, e.g. the
retry of a trial whose process died), "complete", "pruned", "failed", and "retried" (failed,
then queued again with the same values: not counted).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from netstudio.core.text import QT_TRANSLATE_NOOP, text_from_dict

NEEDS_TWO = QT_TRANSLATE_NOOP("Search", "Which setting mattered shows once 2 trials are "
                              "complete.")
NOT_YET = QT_TRANSLATE_NOOP("Search", "The complete trials do not differ enough yet to tell "
                            "which setting mattered.")
NO_IMPORTANCE = QT_TRANSLATE_NOOP("Search", "Importance cannot be computed yet ({error}).")

STATE_NAMES = {"COMPLETE": "complete", "PRUNED": "pruned", "FAIL": "failed",
               "RUNNING": "running", "WAITING": "waiting"}


@dataclass(frozen=True)
class TrialRow:
    number: int
    state: str
    value: float | None  # the metric, for a complete trial
    params: tuple[tuple[str, Any], ...]  # (path, value) in the space's order
    run: str | None  # the run's id in the run store
    reason: str  # why it was pruned or failed ("" otherwise)
    seconds: float | None
    pruned_at: int | None  # the epoch after which it was pruned
    curve: tuple[tuple[int, float], ...]  # (epoch, metric) as reported to the pruner

    @property
    def params_dict(self) -> dict[str, Any]:
        return dict(self.params)

    @property
    def counted(self) -> bool:
        return self.state not in ("retried", "waiting")

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "state": self.state,
                "values": None if self.value is None else [self.value],
                "params": self.params_dict, "run": self.run, "reason": self.reason or None,
                "seconds": self.seconds, "pruned_at": self.pruned_at}


@dataclass(frozen=True)
class TrialStarted:
    number: int
    params: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class TrialEpoch:
    number: int
    epoch: int
    epochs: int
    value: float | None


@dataclass(frozen=True)
class TrialEnded:
    row: TrialRow


@dataclass(frozen=True)
class StudyState:
    """The whole study at a moment: every trial, the best, which settings mattered."""

    study: str
    storage: str
    metric: str
    direction: str
    planned: int
    rows: tuple[TrialRow, ...]
    best: TrialRow | None
    importance: tuple[tuple[str, float], ...]  # (path, share), most important first
    importance_note: str  # why there is no importance yet ("" when there is)

    @property
    def complete(self) -> int:
        return sum(r.state == "complete" for r in self.rows)

    @property
    def done(self) -> int:
        return sum(r.counted and r.state != "running" for r in self.rows)

    def to_json(self) -> dict[str, Any]:
        best = None
        if self.best is not None:
            best = {**self.best.to_json(), "value": self.best.value, "metric": self.metric}
        return {"study": self.study, "storage": self.storage, "metric": self.metric,
                "direction": self.direction, "best": best,
                "trials": [r.to_json() for r in self.rows],
                "importance": dict(self.importance) if self.importance else None}


def row_of(trial: Any, retried: set[int] | frozenset[int] = frozenset(),
           order: tuple[str, ...] = ()) -> TrialRow:
    """One optuna FrozenTrial as a TrialRow."""
    state = STATE_NAMES.get(trial.state.name, trial.state.name.lower())
    if state == "failed" and trial.number in retried:
        state = "retried"
    names = [p for p in order if p in trial.params] + [p for p in trial.params
                                                       if p not in order]
    attrs = trial.user_attrs
    value = trial.value if state == "complete" else None
    seconds = attrs.get("seconds")
    if seconds is None and trial.datetime_start and trial.datetime_complete:
        seconds = (trial.datetime_complete - trial.datetime_start).total_seconds()
    curve = tuple((int(k), float(v)) for k, v in sorted(trial.intermediate_values.items())
                  if v is not None and math.isfinite(v))
    return TrialRow(number=trial.number, state=state,
                    value=None if value is None or not math.isfinite(value) else float(value),
                    params=tuple((p, trial.params[p]) for p in names),
                    run=attrs.get("run"),
                    reason=text_from_dict(attrs.get("reason_text"), str(attrs.get("reason") or "")),
                    seconds=None if seconds is None else round(float(seconds), 2),
                    pruned_at=attrs.get("pruned_at"), curve=curve)


def retried_numbers(trials: list[Any]) -> set[int]:
    """Trials that failed and were queued again (their retry names them in its history)."""
    out: set[int] = set()
    for t in trials:
        history = t.system_attrs.get("retry_history")
        if isinstance(history, list):
            out.update(n for n in history if isinstance(n, int))
    return out


def rows_of(study: Any, order: tuple[str, ...] = ()) -> tuple[TrialRow, ...]:
    trials = study.get_trials(deepcopy=False)
    retried = retried_numbers(trials)
    return tuple(row_of(t, retried, order) for t in trials)


def study_state(study: Any, storage_url: str, metric: str, planned: int,
                order: tuple[str, ...] = (), importance: bool = True) -> StudyState:
    rows = rows_of(study, order)
    direction = study.direction.name.lower()
    done = [r for r in rows if r.state == "complete" and r.value is not None]
    best = None
    if done:
        pick = max if direction == "maximize" else min
        best = pick(done, key=lambda r: (r.value, -r.number))
    shares, note = param_importance(study, order) if importance else ((), "")
    return StudyState(study=study.study_name, storage=storage_url, metric=metric,
                      direction=direction, planned=planned, rows=rows, best=best,
                      importance=shares, importance_note=note)


def param_importance(study: Any, order: tuple[str, ...] = ()
                     ) -> tuple[tuple[tuple[str, float], ...], str]:
    """Which searched values mattered most for the metric: optuna's importance evaluator
    (PED-ANOVA) over the complete trials; ((), why not) while it cannot tell yet."""
    import optuna
    from optuna.trial import TrialState

    complete = study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
    if len(complete) < 2:
        return (), NEEDS_TWO()
    try:
        shares = optuna.importance.get_param_importances(study)
    except (ValueError, RuntimeError, ZeroDivisionError) as e:
        return (), NO_IMPORTANCE(error=str(e).splitlines()[0][:160] if str(e)
                                 else type(e).__name__)
    if not shares:
        return (), NOT_YET()
    ranked = sorted(shares.items(), key=lambda kv: (-kv[1], order.index(kv[0])
                                                    if kv[0] in order else len(order)))
    return tuple((k, float(v)) for k, v in ranked), ""
