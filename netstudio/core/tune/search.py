"""A search: one worker process (or the app's search thread) running trials of a study.

    search = Search(project, storage=None, study=None, resume=False,
                    overrides={"trials": 5}, listener=print)   # raises SearchError
    search.open()          # create or join the study (StudyError); returns its name
    state = search.run()   # trials until the study has its planned number; StudyState
    search.stop()          # from any thread: the running trial stops, is queued again

Several workers (processes on this machine or others) can run one study at once: each
takes the next trial only while the study has fewer than planned (on one machine under a
shared lock, so none runs too many), a trial whose process died is failed and queued again
(netstudio.core.tune.workers), and a stopped or killed search resumes where it was when a
worker opens the same study again: only the remaining trials run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from netstudio.core.diagnostics import ERROR, DiagnosticError
from netstudio.core.text import QT_TRANSLATE_NOOP
from netstudio.core.tune import results, storage, workers
from netstudio.core.tune import storage_messages as msg
from netstudio.core.tune.space import SearchSpec, split_path
from netstudio.core.tune.trained import trained_settings
from netstudio.core.tune.trial import (
    STOPPED,
    TrialFailed,
    TrialInterrupted,
    TrialSetup,
    internal_error,
    keep_reason,
    run_trial,
)

NO_SECTION = QT_TRANSLATE_NOOP("Search", "The project has no search section: nothing to "
                               "search.")
ADD_SECTION = QT_TRANSLATE_NOOP("Search", "add a \"search\" section (docs/tuning.md), or "
                                "right-click a setting in the app and choose Search this")


class SearchError(DiagnosticError):
    """The search cannot start. ``kind``: "search" (the section), "graph" (the network has
    errors no searched value changes), "settings" or "data" (cannot be loaded)."""

    def __init__(self, problems: Any, kind: str = "search") -> None:
        super().__init__(problems)
        self.kind = kind


def read_spec(project: Any, overrides: dict[str, Any] | None = None) -> SearchSpec:
    """The project's search, checked like ``netstudio check`` does (with ``overrides`` of
    the section's keys, e.g. {"trials": 5} from the command line). Raises SearchError."""
    from netstudio.core.analysis import analyze
    from netstudio.core.diagnostics import diagnostic
    from netstudio.core.tune.section import read_search

    raw = project.search
    if raw is None:
        raise SearchError(diagnostic(ERROR, "search-missing", NO_SECTION, ADD_SECTION,
                                     field="search"))
    if overrides and isinstance(raw, dict):
        raw = {**raw, **{k: v for k, v in overrides.items() if v is not None}}
    checked = project
    if raw is not project.search:
        from netstudio.core.project import Project

        checked = Project.from_dict({**project.to_dict(), "search": raw})
        checked.path = project.path
    analysis = analyze(checked)
    errors = [d for d in analysis.diagnostics if d.severity == ERROR]
    search_errors = [d for d in errors if d.is_search]
    if search_errors:
        raise SearchError(search_errors)
    spec, _found = read_search(checked)
    assert spec is not None
    own = [d for d in errors if not _searched(d, spec)]
    if own:
        kind = "settings" if all(d.is_setting for d in own) else "graph"
        raise SearchError(own, kind)
    return spec


def _searched(d: Any, spec: SearchSpec) -> bool:
    """Whether a searched value sets the field this problem is about."""
    for path in spec.paths:
        section, where, key = split_path(path)
        if section == "nodes" and d.node == where and d.field == key:
            return True
        if section == "blocks" and d.field == key:  # a layer in every use of the block
            return True
        if section in ("training", "data") and d.field == path:
            return True
    return False


class Search:
    def __init__(self, project: Any, *, storage_url: str | None = None,
                 study: str | None = None, resume: bool = False,
                 overrides: dict[str, Any] | None = None, store: Any = None,
                 listener: Callable[[Any], None] | None = None, tensorboard: bool = True,
                 device: str | None = None, download: bool = False,
                 live_state: bool = False) -> None:
        from netstudio.core.runs import RunStore

        self.project = project
        self.spec = read_spec(project, overrides)
        if store is None:
            if getattr(project, "path", None) is None:
                raise ValueError("an unsaved project needs a run store to search into")
            store = RunStore.for_project(project.path)
        self.store = store
        self.storage_url = storage_url or storage.default_storage_url(store.path)
        self.study_name = study
        self.resume = resume
        self.listener = listener or (lambda _event: None)
        self.tensorboard = tensorboard
        self.device = device
        self.download = download
        self.live_state = live_state  # emit a StudyState (with importance) after each trial
        self._storage: Any = None
        self._study: Any = None
        self._stop = threading.Event()
        self._current: Any = None  # the optuna Trial running now
        self._claim: Any = None
        self._reasons: dict[int, Any] = {}  # this worker's reasons, as translatable Texts

    # ---- the study ----------------------------------------------------------------------------
    def open(self, for_trials: bool = True) -> str:
        """Create the study, or join/resume it (``study`` given and existing, or
        ``resume``: the latest one). Returns its name; raises storage.StudyError, and
        StudySettingsChanged when ``for_trials`` and this process would train trials
        otherwise than the study did (``for_trials`` False: only to read it)."""
        from netstudio.core.runs import RunError

        try:
            self.store._ensure()  # foo.runs may be a file, or a folder that cannot be made
        except RunError as e:
            raise storage.StudyError(str(e)) from None
        self._storage = storage.open_storage(self.storage_url)
        name = self.study_name
        if name is not None and not name.strip():
            raise storage.StudyError("the study name is empty; give --study a name, or leave "
                                     "it out for a new study.")
        if name is None and self.resume:
            names = storage.study_names(self._storage)
            if not names:
                raise storage.StudyError(msg.THERE_SEARCH_RESUME_STORAGE())
            name = names[-1]
        if name is None:
            stem = Path(self.store.path).name.removesuffix(".runs") or "search"
            name = storage.new_study_name(self._storage, stem)
        given = trained_settings(self.spec, self.project) if for_trials else None
        storage.open_study(self._storage, name, self.spec, create=not self.resume,
                           trained=given)
        self.study_name = name
        return name

    def stop(self) -> None:
        """Stop soon (any thread): the running trial stops after its current batch and is
        queued again for the next run of this study; no new trial starts."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # ---- running ------------------------------------------------------------------------------
    def run(self) -> results.StudyState:
        """Run trials until the study has its planned number (or the timeout, or stop()).
        Raises SearchError when the data cannot be loaded."""
        import optuna

        if self._storage is None:
            self.open()
        assert self.study_name is not None
        splits = self._load_data()
        folder = workers.study_dir(self.store.path, self.study_name)
        try:
            slot = workers.WorkerSlot(folder).acquire()
        except OSError as e:  # e.g. foo.runs/.search is a file
            raise storage.StudyError(f"{folder}: the search cannot keep its worker files there "
                                     f"({e.strerror or e}); move away what is in the way."
                                     ) from None
        try:
            probe = optuna.load_study(study_name=self.study_name, storage=self._storage)
            seed = self.spec.seed
            # each worker (and each resumption) draws its own random values; a grid's order
            # of points follows its seed, which must be the same in every worker
            if seed is not None and self.spec.sampler != "grid":
                seed += 10007 * slot.index + len(probe.trials)
            self._study = optuna.load_study(
                study_name=self.study_name, storage=self._storage,
                sampler=storage.make_sampler(self.spec, seed),
                pruner=storage.make_pruner(self.spec))
            setup = TrialSetup(project=self.project, spec=self.spec, study=self.study_name,
                               store=self.store, splits=splits,
                               source=str(self.project.path) if self.project.path else None,
                               tensorboard=self.tensorboard, device=self.device,
                               listener=self.listener, stopping=self._stop.is_set)
            self._loop(setup, slot)
        finally:
            slot.release()
        return self.state()

    def _loop(self, setup: TrialSetup, slot: workers.WorkerSlot) -> None:
        deadline = (time.monotonic() + self.spec.timeout_s) if self.spec.timeout_s else None
        while not self._stop.is_set():
            if deadline is not None and time.monotonic() > deadline:
                break
            claim = slot.claim()
            claim.acquire()
            self._claim = claim
            try:
                workers.reap(self._study, slot)
                if not self._room():
                    break
                self._current = None
                self._study.optimize(lambda t: self._objective(t, setup, slot), n_trials=1,
                                     catch=(Exception,), gc_after_trial=False)
            finally:
                self._release_claim()
            trial = self._current
            if trial is None:
                continue
            frozen = self._study._storage.get_trial(trial._trial_id)
            if self._stop.is_set() and frozen.state.name == "FAIL" and frozen.user_attrs.get(
                    "interrupted"):
                workers.retry(self._study, frozen)  # resumes with the same values
            self.listener(results.TrialEnded(self._row(frozen)))
            if self.live_state:
                self.listener(self.state())

    def _objective(self, trial: Any, setup: TrialSetup, slot: workers.WorkerSlot) -> float:
        self._current = trial
        trial.set_user_attr("worker", slot.attrs())
        self._release_claim()  # the trial exists: the next worker may ask for its own
        try:
            return run_trial(trial, setup)
        except TrialInterrupted:
            trial.set_user_attr("interrupted", True)
            self._reasons[trial.number] = STOPPED()
            keep_reason(trial, self._reasons[trial.number])
            raise
        except TrialFailed as e:
            self._reasons[trial.number] = getattr(e, "text", e.reason)
            keep_reason(trial, self._reasons[trial.number])
            raise
        except Exception as e:
            import optuna

            if isinstance(e, optuna.TrialPruned):
                self._reasons[trial.number] = getattr(e, "text", str(e))
                raise
            self._reasons[trial.number] = internal_error(trial, e)
            raise

    def _room(self) -> bool:
        """Whether this study still wants a trial: one is queued, or fewer than planned have
        been started (failed trials that were queued again do not count)."""
        from optuna.trial import TrialState

        trials = self._study.get_trials(deepcopy=False)
        if any(t.state == TrialState.WAITING for t in trials):
            return True
        retried = results.retried_numbers(trials)
        started = sum(t.number not in retried for t in trials)
        return started < self.spec.planned_trials()

    def _release_claim(self) -> None:
        claim, self._claim = self._claim, None
        if claim is not None and claim.is_locked:
            claim.release()

    def _load_data(self) -> Any:
        from netstudio.core.data.errors import DataError
        from netstudio.core.data.loading import load_splits_cached

        project = self.project
        seed = project.training.get("seed", 0) if isinstance(project.training, dict) else 0
        base = Path(project.path).parent if project.path else None
        try:
            return load_splits_cached(project.data, seed if isinstance(seed, int) else 0,
                                      base_dir=base, download=self.download)
        except DataError as e:
            raise SearchError(e.diagnostics or e.message, "data") from None

    # ---- results ------------------------------------------------------------------------------
    def _row(self, frozen: Any) -> results.TrialRow:
        trials = self._study.get_trials(deepcopy=False)
        row = results.row_of(frozen, results.retried_numbers(trials), self.spec.paths)
        text = self._reasons.get(frozen.number)
        if text is not None and str(text) == row.reason:
            import dataclasses

            row = dataclasses.replace(row, reason=text)  # the app translates it
        return row

    def state(self, importance: bool = True) -> results.StudyState:
        """The whole study now (every worker's trials)."""
        import optuna

        study = self._study or optuna.load_study(study_name=self.study_name,
                                                 storage=self._storage)
        return results.study_state(study, self.storage_url, self.spec.metric,
                                   self.spec.planned_trials(), self.spec.paths, importance)
