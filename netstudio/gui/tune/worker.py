"""The search in the background: a QThread running one core Search (netstudio.core.tune).

SearchWorker lives in the thread and turns the search's events into signals carrying frozen
records (TrialStarted, TrialEpoch, TrialEnded, StudyState); SearchController owns the thread's
life on the GUI thread, like gui/training/controller.py: explicit queued connections to bound
@Slot methods, ``done -> quit``, stop through a thread-safe flag.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from netstudio.core.tune import results
from netstudio.gui.i18n import error_text
from netstudio.gui.worker_thread import quit_and_wait, release, worker_thread

IDLE, RUNNING, STOPPING = "idle", "running", "stopping"


class SearchWorker(QObject):
    opened = Signal(str)  # the study's name
    trial_started = Signal(object)  # TrialStarted
    trial_epoch = Signal(object)  # TrialEpoch
    trial_ended = Signal(object)  # TrialEnded
    study_updated = Signal(object)  # StudyState
    failed = Signal(str, object)  # message, diagnostics
    refused = Signal(str, str)  # study, changed settings: it trained its trials otherwise
    done = Signal()

    def __init__(self, project_dict: dict[str, Any], path: Any, store_path: Any,
                 study: str | None = None, run_trials: bool = True) -> None:
        super().__init__()
        self.project_dict, self.path, self.store_path = project_dict, path, store_path
        self.study = study  # resume this study when it searches the same space, unfinished
        self.run_trials = run_trials  # False: only read the study and report its state
        self.search: Any = None
        self._stop_requested = False

    @Slot()
    def run(self) -> None:
        from netstudio.core.project import Project
        from netstudio.core.runs import RunStore
        from netstudio.core.tune.search import Search, SearchError
        from netstudio.core.tune.storage import StudyError, StudySettingsChanged

        try:
            project = Project.from_dict(self.project_dict, str(self.path))
            project.path = self.path
            search = Search(project, store=RunStore(self.store_path), study=self.study,
                            resume=not self.run_trials, listener=self._on_event,
                            tensorboard=False, live_state=True)
            self.search = search
            if self._stop_requested:
                return
            if not self._open(search):
                return
            self.study_updated.emit(search.state())
            if self.run_trials:
                self.study_updated.emit(search.run())
        except SearchError as e:
            self.failed.emit(error_text(e), tuple(e.diagnostics))
        except StudySettingsChanged as e:
            self.refused.emit(e.study, e.changes)
        except StudyError as e:
            self.failed.emit(error_text(e), ())
        except Exception as e:  # noqa: BLE001 - a sentence in the tab, never a dead thread
            self.failed.emit(f"{type(e).__name__}: {e}", ())
        finally:
            self.done.emit()

    def _open(self, search: Any) -> bool:
        """Resume ``study`` when it is unfinished and searches this space; else a new one
        (only when trials are to run). Only reading with no ``study``: the latest one."""
        from netstudio.core.tune.storage import StudyError, StudySettingsChanged

        if self.study is not None or not self.run_trials:
            try:
                name = search.open(for_trials=False)
                state = search.state(importance=False)
                if not self.run_trials or state.done < state.planned or any(
                        r.state == "waiting" for r in state.rows):
                    if self.run_trials:  # resuming: only with the study's own settings
                        search.open(for_trials=True)
                    self.opened.emit(name)
                    return True
            except StudySettingsChanged:
                raise  # never mix trials trained otherwise: the tab says so (refused)
            except StudyError:
                if not self.run_trials:
                    return False
            search.study_name = None
        if not self.run_trials:
            return False
        self.opened.emit(search.open())
        return True

    def stop(self) -> None:
        """Any thread: the running trial stops after its batch and is queued again."""
        self._stop_requested = True
        search = self.search
        if search is not None:
            search.stop()

    def _on_event(self, event: Any) -> None:  # in the search thread
        if isinstance(event, results.TrialStarted):
            self.trial_started.emit(event)
        elif isinstance(event, results.TrialEpoch):
            self.trial_epoch.emit(event)
        elif isinstance(event, results.TrialEnded):
            self.trial_ended.emit(event)
        elif isinstance(event, results.StudyState):
            self.study_updated.emit(event)


class SearchController(QObject):
    state_changed = Signal(str)
    opened = Signal(str)
    trial_started = Signal(object)
    trial_epoch = Signal(object)
    trial_ended = Signal(object)
    study_updated = Signal(object)
    failed = Signal(str, object)
    refused = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = IDLE
        self.thread: QThread | None = None
        self.worker: SearchWorker | None = None

    @property
    def busy(self) -> bool:
        return self.state != IDLE

    def start(self, project: Any, store_path: Any, study: str | None = None,
              run_trials: bool = True) -> bool:
        """Search ``project`` (copied now: later edits do not change this search), resuming
        ``study`` if it is unfinished; with ``run_trials`` False only read ``study``."""
        if self.busy:
            return False
        worker = SearchWorker(project.to_dict(), project.path, store_path, study, run_trials)
        thread = worker_thread(self, worker, "netstudio-search", (
            (worker.opened, self._on_opened),
            (worker.trial_started, self._on_trial_started),
            (worker.trial_epoch, self._on_trial_epoch),
            (worker.trial_ended, self._on_trial_ended),
            (worker.study_updated, self._on_study_updated),
            (worker.failed, self._on_failed),
            (worker.refused, self.refused)), self._on_thread_finished)
        self.thread, self.worker = thread, worker
        self._set_state(RUNNING)
        thread.start()
        return True

    @Slot()
    def stop(self) -> None:
        if self.worker is not None and self.state == RUNNING:
            self.worker.stop()
            self._set_state(STOPPING)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Stop the search and wait for its thread (window close)."""
        if self.worker is not None:
            self.worker.stop()
        quit_and_wait(self.thread, timeout_ms)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    @Slot(str)
    def _on_opened(self, name: str) -> None:
        self.opened.emit(name)

    @Slot(object)
    def _on_trial_started(self, event: Any) -> None:
        self.trial_started.emit(event)

    @Slot(object)
    def _on_trial_epoch(self, event: Any) -> None:
        self.trial_epoch.emit(event)

    @Slot(object)
    def _on_trial_ended(self, event: Any) -> None:
        self.trial_ended.emit(event)

    @Slot(object)
    def _on_study_updated(self, state: Any) -> None:
        self.study_updated.emit(state)

    @Slot(str, object)
    def _on_failed(self, message: str, diagnostics: Any) -> None:
        self.failed.emit(message, diagnostics)

    @Slot()
    def _on_thread_finished(self) -> None:
        release(self.thread, self.worker)
        self.thread = self.worker = None
        self._set_state(IDLE)
