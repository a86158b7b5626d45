"""One trial: the sampled values applied to a copy of the project, trained by the normal
engine (prepare_run) and recorded in the run store like any run, its epochs reported to the
pruner.

What happens to a trial, and the state optuna keeps:
- trained to the end: "complete", its value the metric of its last epoch (or of the epoch
  whose weights early stopping kept);
- stopped by the pruner after an epoch, diverged (NaN loss), or values that break the
  network's shapes or settings: "pruned", with the reason (the sampler learns to avoid them);
- an error while training: "failed", with the reason;
- stopped by the user (Stop, Ctrl-C): "failed" and queued again (netstudio.core.tune.search).
The run folder's run.json has ``"trial": {"study", "number", "params", "state", "value"}``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from netstudio.core.text import QT_TRANSLATE_NOOP, Text, text_to_dict
from netstudio.core.train.callbacks import Callback
from netstudio.core.tune.results import TrialEpoch, TrialStarted
from netstudio.core.tune.space import Dimension, SearchSpec, apply_params

PRUNED = QT_TRANSLATE_NOOP("Search", "Pruned after epoch {epoch}: {metric} {value} was worse "
                           "than the other trials at that epoch.")
DIVERGED = QT_TRANSLATE_NOOP("Search", "Diverged: {message}")
BREAKS = QT_TRANSLATE_NOOP("Search", "These values cannot train: {problem}")
FAILED = QT_TRANSLATE_NOOP("Search", "Failed: {message}")
ABANDONED = QT_TRANSLATE_NOOP("Search", "the search stopped this trial unexpectedly")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Search", "could not write the run ({reason})")
NO_METRIC = QT_TRANSLATE_NOOP("Search", "The run finished without a {metric} to compare (is "
                              "there a validation set?).")
STOPPED = QT_TRANSLATE_NOOP("Search", "Stopped; it runs again when the search resumes.")
INTERNAL = QT_TRANSLATE_NOOP("Search", "Failed unexpectedly ({error}). Please report this "
                             "with your project file.")


class TrialFailed(Exception):
    """The trial ends "failed" with ``reason``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TrialInterrupted(Exception):
    """The search was stopped during this trial: it is queued again."""


@dataclass
class TrialSetup:
    """What every trial of one worker shares."""

    project: Any  # the project (its search section is not trained)
    spec: SearchSpec
    study: str
    store: Any  # RunStore
    splits: Any  # the loaded data, shared by every trial
    source: str | None = None  # the project file, for run.json
    tensorboard: bool = True
    device: str | None = None
    listener: Callable[[Any], None] = lambda _event: None
    stopping: Callable[[], bool] = lambda: False


def suggest(trial: Any, dim: Dimension) -> Any:
    """The value optuna's sampler picks for one dimension."""
    if dim.kind == "categorical":
        return trial.suggest_categorical(dim.path, list(dim.choices))
    if dim.kind == "int":
        return trial.suggest_int(dim.path, int(dim.low), int(dim.high),  # type: ignore[arg-type]
                                 step=int(dim.step or 1), log=dim.log)
    return trial.suggest_float(dim.path, float(dim.low), float(dim.high),  # type: ignore[arg-type]
                               step=dim.step, log=dim.log)


def metric_of(event: Any, metric: str) -> float | None:
    """The metric in one epoch's history line (EpochEnd or its dict)."""
    value = getattr(event, metric, None)
    return None if value is None or value != value else float(value)


class PruningCallback(Callback):
    """Reports the metric after every epoch; stops the trainer when the pruner says so."""

    def __init__(self, trial: Any, setup: TrialSetup) -> None:
        self.trial, self.setup = trial, setup
        self.pruned_at: int | None = None
        self.value: float | None = None

    def on_epoch_end(self, trainer: Any, event: Any) -> None:
        value = metric_of(event, self.setup.spec.metric)
        self.setup.listener(TrialEpoch(self.trial.number, event.epoch, event.epochs, value))
        if value is None:
            return
        self.trial.report(value, event.epoch)
        if event.epoch < event.epochs and self.trial.should_prune():
            self.pruned_at, self.value = event.epoch, value
            trainer.stop()
        if self.setup.stopping():
            trainer.stop()

    def on_batch_end(self, trainer: Any, event: Any) -> None:
        if self.setup.stopping():
            trainer.stop()


def run_trial(trial: Any, setup: TrialSetup) -> float:
    """Train one trial; returns its metric. Raises optuna.TrialPruned, TrialFailed or
    TrialInterrupted (each with the reason in the trial's "reason" attribute)."""
    params = {d.path: suggest(trial, d) for d in setup.spec.dimensions}
    setup.listener(TrialStarted(trial.number, tuple(params.items())))
    return _train(trial, setup, params)  # its duration: optuna's start and end times


def _train(trial: Any, setup: TrialSetup, params: dict[str, Any]) -> float:
    from netstudio.core.runs.recorder import RunRecorder
    from netstudio.core.train.run import SetupError, prepare_run

    spec = setup.spec
    project = apply_params(setup.project, params)
    pruning = PruningCallback(trial, setup)
    try:
        trainer = prepare_run(project, callbacks=[pruning], epochs=spec.epochs_per_trial,
                              subset=spec.subset, splits=setup.splits, device=setup.device)
    except SetupError as e:
        first = e.diagnostics[0] if e.diagnostics else None
        problem = (f"{first.node}: {first.message}" if first is not None and first.node
                   and not first.message.startswith(first.node) else
                   first.message if first is not None else e.message)
        raise _pruned(trial, BREAKS(problem=problem)) from None
    if setup.stopping():
        raise TrialInterrupted()
    record = {"study": setup.study, "number": trial.number, "params": params}
    extra: dict[str, Any] = {"trial": record}
    if spec.subset:
        extra["subset"] = spec.subset
    run = setup.store.create(project, name=f"{setup.study} #{trial.number}",
                             source=setup.source, extra=extra,
                             training={"epochs": trainer.config.epochs})
    trial.set_user_attr("run", run.id)
    recorder = RunRecorder(run, project_path=setup.source, finish_on_fit_end=False,
                           tensorboard=setup.tensorboard).attach(trainer)
    try:
        return _outcome(trial, setup, trainer, recorder, pruning, record)
    finally:
        if not recorder.finished:  # an error of our own: the run must not stay "running"
            recorder.abandon(ABANDONED())


def _outcome(trial: Any, setup: TrialSetup, trainer: Any, recorder: Any,
             pruning: PruningCallback, record: dict[str, Any]) -> float:
    spec = setup.spec
    result = trainer.fit()
    status = result.status.value
    if pruning.pruned_at is not None and status == "stopped":
        reason: Text = PRUNED(epoch=pruning.pruned_at, metric=spec.metric,
                              value=f"{pruning.value:.4g}")
        trial.set_user_attr("pruned_at", pruning.pruned_at)
        _finish(recorder, trainer, dataclasses.replace(result, message=str(reason)), record,
                "pruned")
        raise _pruned(trial, reason)
    if status == "stopped":
        _finish(recorder, trainer, result, record, "stopped")
        raise TrialInterrupted()
    if status == "diverged":
        _finish(recorder, trainer, result, record, "pruned")
        raise _pruned(trial, DIVERGED(message=result.message))
    if status != "finished":
        _finish(recorder, trainer, result, record, "failed")
        raise _failed(trial, FAILED(message=result.message))
    history = result.history
    line = next((h for h in history if h.epoch == result.best_epoch), None) if (
        result.best_epoch is not None) else (history[-1] if history else None)
    value = metric_of(line, spec.metric) if line is not None else None
    if value is None:
        _finish(recorder, trainer, result, record, "failed")
        raise _failed(trial, NO_METRIC(metric=spec.metric))
    _finish(recorder, trainer, result, record, "complete", value)
    return value


def _finish(recorder: Any, trainer: Any, result: Any, record: dict[str, Any], state: str,
            value: float | None = None) -> None:
    try:
        recorder.finish(trainer, result)
        recorder.run.update(trial={**record, "state": state, "value": value})
    except OSError as e:
        raise TrialFailed(NOT_WRITTEN(reason=e.strerror or str(e))) from None


def keep_reason(trial: Any, reason: str) -> None:
    """Why the trial ended, in English ("reason") and as its template ("reason_text"), so that
    the Tune tab shows a resumed study's reasons in the app's language (results.row_of)."""
    trial.set_user_attr("reason", str(reason))
    kept = text_to_dict(reason)
    if kept is not None:
        trial.set_user_attr("reason_text", kept)


def _pruned(trial: Any, reason: Text) -> Exception:
    import optuna

    keep_reason(trial, reason)
    error = optuna.TrialPruned(str(reason))
    error.text = reason  # type: ignore[attr-defined]
    return error


def _failed(trial: Any, reason: Text) -> TrialFailed:
    keep_reason(trial, reason)
    error = TrialFailed(str(reason))
    error.text = reason  # type: ignore[attr-defined]
    return error


def internal_error(trial: Any, exc: BaseException) -> Text:
    reason = INTERNAL(error=f"{type(exc).__name__}: {exc}")
    keep_reason(trial, reason)
    return reason
