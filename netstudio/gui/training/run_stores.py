"""Which run store the open project uses, and the scratch store of untitled projects.

A saved project keeps its runs in ``foo.runs/`` beside its file. An untitled one (New, a sample)
records into a scratch store under the app's data folder, owned by this window; the first Save
moves the runs into the new file's store. Save As of a saved project under a new name copies its
runs into the new file's store (the old file keeps its own): the new store's ledger is written
at once (core.runs.plan_carry), the copying runs in a background thread (RunCopier) with its
progress above the run table. A run still training (here or in another process) is copied when
it ends; one the window could not copy before it closed is copied when the project is opened
again. Runs in a scratch store count as unsaved work (the window is marked modified, so closing
asks); a window that crashed leaves its scratch store behind, and the next start offers to
recover it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QStandardPaths, QTimer, Slot

from netstudio.core.runs import (
    CarryProgress,
    CarryResult,
    Listing,
    RunError,
    RunStore,
    ScratchSession,
    carry_ready,
    orphaned_stores,
    pending_carries,
    plan_carry,
)
from netstudio.gui.crash_recovery import Leftover
from netstudio.gui.i18n import core_text, error_text, plural
from netstudio.gui.training.run_copier import CopyStrip, RunCopier

CARRY_POLL_MS = 2000  # how often a run still training elsewhere is looked at (a lock probe)


def scratch_root() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "scratch-runs"


class RunStores(QObject):
    def __init__(self, dash: Any) -> None:
        super().__init__(dash)
        self.dash = dash
        self.host = dash.host
        self.scratch: ScratchSession | None = None
        self._move_to: Path | None = None  # saved while a scratch run was live: move after
        self._drop_scratch = False  # the untitled project was left while its run was live
        # Save As: runs copied in the background; the strip above the table shows it
        self.copier = RunCopier(self)
        self.copier.progress.connect(self._on_copy_progress)
        self.copier.finished.connect(self._on_copy_finished)
        self.strip = CopyStrip()
        dash.runs_panel.layout().insertWidget(0, self.strip)
        self._waiting: set[str] = set()  # run ids the ledger waits for: still training
        self._failed: Path | None = None  # a store whose copy failed: not retried by itself
        self._busy_until = 0.0  # (monotonic) another process was copying into the store
        self._carry_poll = QTimer(self)
        self._carry_poll.setInterval(CARRY_POLL_MS)
        self._carry_poll.timeout.connect(self.check_carries)
        self.host.project_saved.connect(self._on_project_saved)
        self.host.about_to_close.connect(self._on_about_to_close)
        # runs added or deleted by another window or `netstudio train`: show them
        self._watcher = QFileSystemWatcher(self)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(300)
        self._reload.timeout.connect(self._on_store_changed)
        self._watcher.directoryChanged.connect(self._reload.start)

    def watch(self, listing: Listing | None = None) -> None:
        """Follow the current store's folder (called whenever the table is re-read) and the
        folders of the runs other processes are recording in it (a run that ends rewrites its
        run.json inside its own folder, which the store's folder does not see), and copy the
        runs the store's ledger still waits for."""
        self.check_carries()
        store = self.current
        wanted = [str(store.path)] if store is not None and store.exists() else []
        live = self.dash.live if self.dash.busy else None
        own = live.id if live is not None else None  # this window's run: its own signals
        wanted += [str(r.path) for r in (listing.runs if listing is not None else [])
                   if r.record.status == "running" and r.live and r.id != own]
        if self._watcher.directories() != wanted:
            if self._watcher.directories():
                self._watcher.removePaths(self._watcher.directories())
            if wanted:
                self._watcher.addPaths(wanted)

    @Slot()
    def _on_store_changed(self) -> None:
        self.dash.reload_runs()

    # ---- which store ------------------------------------------------------------------------
    @property
    def project_path(self) -> Path | None:
        path = self.host.project.path
        return Path(path) if path else None

    @property
    def current(self) -> RunStore | None:
        path = self.project_path
        if path is not None:
            return RunStore.for_project(path)
        return self.scratch.store if self.scratch is not None else None

    def listing(self) -> Listing:
        store = self.current
        return store.list() if store is not None else Listing()

    def path_for_new_run(self) -> Path:
        """The store the next run goes into (a scratch store is made for an untitled
        project). Raises RunError when it cannot be made."""
        path = self.project_path
        if path is not None:
            return RunStore.for_project(path).path
        if self.scratch is None:
            self.scratch = ScratchSession.new(scratch_root())
        return self.scratch.store.path

    # ---- events -----------------------------------------------------------------------------
    def run_finished(self) -> None:
        self.check_carries()  # it may be a run the new file of a Save As waits for
        if self._move_to is not None:
            target, self._move_to = self._move_to, None
            self._move_scratch(target)
        elif self._drop_scratch:
            self._drop_scratch = False
            self._discard()
        elif self.project_path is None and self.scratch is not None:
            self.host.undo_stack.resetClean()  # the runs are unsaved work: closing asks

    def project_left(self) -> None:
        """Another project replaced an untitled one whose runs the learner did not save (the
        unsaved-changes question came first)."""
        self._failed, self._waiting = None, set()  # opening a project tries its copies again
        if self.dash.busy and self.scratch is not None:
            self._drop_scratch = True  # its run is still writing there
            return
        self._discard()

    @Slot(object, object)
    def _on_project_saved(self, old_path: Any, new_path: Any) -> None:
        if old_path is None and self.scratch is not None:
            target = RunStore.for_project(new_path).path
            if self.dash.busy:
                self._move_to = target  # the live run moves when it ends
            else:
                self._move_scratch(target)
        elif old_path is not None and Path(old_path) != Path(new_path):
            self._plan_copy(Path(old_path), Path(new_path))
        self.dash.reload_runs()

    # ---- Save As: runs copied in the background ---------------------------------------------
    def _plan_copy(self, old_path: Path, new_path: Path) -> None:
        """Save As under a new name: the new store's ledger lists the old store's runs (fast);
        the copier then copies them (check_carries, from the table's reload)."""
        self._failed = None
        try:
            plan_carry(old_path, new_path)
        except (RunError, OSError) as e:
            self.dash.panel.show_banner(self.tr("The runs could not all be copied next to {0} "
                                                "({1}); they stay with {2}.").format(
                new_path.name, error_text(e), old_path.name), "error")

    @Slot()
    def check_carries(self) -> None:
        """Start the copier when the current store's ledger lists runs that can be copied
        now; otherwise say which are still training and look again in a while."""
        store = self.current
        if self.copier.running:
            return
        if store is None or self.project_path is None:
            self._carry_poll.stop()
            self.strip.clear()
            return
        try:
            pending = [i for ids in pending_carries(store).values() for i in ids]
        except OSError:
            pending = []
        if not pending:
            self._carry_poll.stop()
            self.strip.clear()
            return
        if time.monotonic() < self._busy_until:  # another process copies into it: later
            self._carry_poll.start()
            return
        if self._failed == store.path:  # not again by itself: only a run that ends now
            ready = bool(self._waiting) and carry_ready(store, self._waiting)
            waiting = [i for i in pending if i in self._waiting]
        else:
            ready = carry_ready(store)
            waiting = pending  # (when none is ready, all are still training)
        if ready and self.copier.start(store):
            self._carry_poll.stop()
            return
        if waiting:
            self.strip.show_waiting(store, len(waiting))
            self._carry_poll.start()
        else:
            self.strip.clear()
            self._carry_poll.stop()

    @Slot(object)
    def _on_copy_progress(self, progress: CarryProgress) -> None:
        if self.copier.target is not None:
            self.strip.show_progress(self.copier.target, progress)

    @Slot(object, object)
    def _on_copy_finished(self, target: RunStore, result: CarryResult) -> None:
        self.strip.clear()
        if result.busy:  # another window or process is copying into that store right now
            self._busy_until = time.monotonic() + CARRY_POLL_MS / 1000
            self._carry_poll.start()
            return
        self._waiting = set(result.waiting)
        if result.failed:
            self._failed = target.path
            more = len(result.failed) - 1
            self.dash.panel.show_banner(
                core_text(result.failed[0])
                + (self.tr(" ({0} more run(s) could not be copied either.)").format(more)
                   if more > 0 else "")
                + self.tr(" Opening the project again tries once more."), "error")
        if result.copied:
            self.dash._status(self.tr("{0} run(s) copied to {1}.").format(
                len(result.copied), target.path))
        if self.current is not None and self.current.path == target.path:
            self.dash.reload_runs()  # (also checks the ledger again)
        else:
            self.check_carries()

    def _move_scratch(self, target: Path) -> None:
        scratch = self.scratch
        if scratch is None:
            return
        try:
            moved = scratch.store.move_runs_to(RunStore(target))
        except (RunError, OSError) as e:
            self.dash.panel.show_banner(self.tr("The runs could not be moved next to the "
                                                "project ({0}); they stay in {1}.").format(
                error_text(e), scratch.store.path), "error")
            return
        self.scratch = None
        scratch.discard()
        self.dash._status(self.tr("{0} run(s) moved to {1}.").format(len(moved), target))
        self.dash.reload_runs()

    @Slot()
    def _on_about_to_close(self) -> None:
        """The window closes after the unsaved-changes question: scratch runs go with it; a
        copy stops (what it did not copy stays in the new store's ledger: copied the next time
        the project is opened)."""
        self._carry_poll.stop()
        self.copier.stop_and_wait()
        self._discard()

    def _discard(self) -> None:
        scratch, self.scratch = self.scratch, None
        if scratch is not None:
            with contextlib.suppress(OSError):
                scratch.discard()

    # ---- crash recovery ---------------------------------------------------------------------
    def leftover(self) -> Leftover | None:
        """The runs an untitled project left in scratch stores when netstudio crashed, for the
        start-up question (gui/crash_recovery.py)."""
        found = orphaned_stores(scratch_root())
        if not found or self.dash.busy:
            return None
        runs = [r for store in found for r in store.runs()]
        newest = max((r.created_time for r in runs), default=0.0)
        when = dt.datetime.fromtimestamp(newest).strftime("%Y-%m-%d %H:%M")
        text = plural(len(runs),
                      self.tr("{0} training run of an untitled project, from {1}"),
                      self.tr("{0} training runs of an untitled project, the last from {1}"))
        return Leftover(text.format(len(runs), when), lambda: self._recover(found, runs),
                        lambda: self._discard_found(found))

    def _discard_found(self, found: list[RunStore]) -> None:
        for store in found:
            with contextlib.suppress(RunError, OSError):
                ScratchSession.adopt(store).discard()

    def _recover(self, found: list[RunStore], runs: list[Any]) -> bool:
        """Take the crashed stores over as this window's scratch store; True if done."""
        if self.project_path is not None and not self.host.undo_stack.isClean():
            # the restored backup of a saved file is open: these runs belong to another,
            # untitled project, so they wait for the next start
            self.dash.panel.show_banner(self.tr(
                "The kept runs of an untitled project were not opened over the restored "
                "changes to {0}; the next start offers them again.").format(
                self.project_path.name), "warning")
            return False
        try:
            session = ScratchSession.adopt(found[0])
            for other in found[1:]:
                extra = ScratchSession.adopt(other)
                extra.store.move_runs_to(session.store)
                extra.discard()
        except (RunError, OSError) as e:
            self.dash.panel.show_banner(error_text(e), "error")
            return False
        self._adopt(session, runs)
        return True

    def _adopt(self, session: ScratchSession, runs: list[Any]) -> None:
        stack = self.host.undo_stack
        untouched = stack.isClean()
        if self.project_path is not None or untouched:
            latest = max(runs, key=lambda r: (r.created_time, r.record.number or 0)) if runs else None
            if latest is not None:  # the network they trained, as an untitled project
                with contextlib.suppress(RunError):
                    project = latest.project()
                    project.path = None
                    self.host.set_project(project)
        self._discard()
        self.scratch = session
        stack.resetClean()
        self.dash.reload_runs()
