"""Which run store the open project uses, and the scratch store of untitled projects.

A saved project keeps its runs in ``foo.runs/`` beside its file. An untitled one (New, a sample)
records into a scratch store under the app's data folder, owned by this window; the first Save
moves the runs into the new file's store. Save As of a saved project under a new name copies its
runs into the new file's store (the old file keeps its own). Runs in a scratch store count as unsaved work (the
window is marked modified, so closing asks); a window that crashed leaves its scratch store
behind, and the next start offers to recover it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QStandardPaths, QTimer, Slot
from PySide6.QtWidgets import QMessageBox

from netstudio.core.runs import (
    Listing,
    RunError,
    RunStore,
    ScratchSession,
    carry_runs,
    orphaned_stores,
)
from netstudio.gui.i18n import error_text


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
        # saved as a new name while a run was live: (old file, new file, live run ids)
        self._copy_after: tuple[Path, Path, list[str]] | None = None
        self.host.project_saved.connect(self._on_project_saved)
        self.host.about_to_close.connect(self._on_about_to_close)
        # runs added or deleted by another window or `netstudio train`: show them
        self._watcher = QFileSystemWatcher(self)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(300)
        self._reload.timeout.connect(self._on_store_changed)
        self._watcher.directoryChanged.connect(self._reload.start)

    def watch(self) -> None:
        """Follow the current store's folder (called whenever the table is re-read)."""
        store = self.current
        wanted = [str(store.path)] if store is not None and store.exists() else []
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
        if self._copy_after is not None:
            (old_path, new_path, ids), self._copy_after = self._copy_after, None
            self._copy_runs(old_path, new_path, ids)
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
            live = [r.id for r in RunStore.for_project(old_path).runs() if r.live]
            self._copy_runs(Path(old_path), Path(new_path))
            if self.dash.busy and live:  # the live run is copied too once it has ended
                self._copy_after = (Path(old_path), Path(new_path), live)
        self.dash.reload_runs()

    def _copy_runs(self, old_path: Path, new_path: Path, ids: list[str] | None = None) -> None:
        """Save As under a new name: the new file gets the runs too (copied: the old file
        keeps its own; core.runs.carry_runs)."""
        try:
            copied = carry_runs(old_path, new_path, ids)
        except (RunError, OSError) as e:
            self.dash.panel.show_banner(self.tr("The runs could not all be copied next to {0} "
                                                "({1}); they stay with {2}.").format(
                new_path.name, error_text(e), old_path.name), "error")
            return
        if copied:
            self.dash._status(self.tr("{0} run(s) copied to {1}.").format(
                len(copied), RunStore.for_project(new_path).path))

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
        """The window closes after the unsaved-changes question: scratch runs go with it."""
        self._discard()

    def _discard(self) -> None:
        scratch, self.scratch = self.scratch, None
        if scratch is not None:
            with contextlib.suppress(OSError):
                scratch.discard()

    # ---- crash recovery ---------------------------------------------------------------------
    def offer_recovery(self, ask: Any = None) -> bool:
        """After a crash: offer the runs an untitled project left in a scratch store.
        ``ask(count, when) -> "recover" | "discard" | "later"`` (a dialog by default).
        True if runs were recovered."""
        found = orphaned_stores(scratch_root())
        if not found or self.dash.busy:
            return False
        runs = [r for store in found for r in store.runs()]
        newest = max((r.created_time for r in runs), default=0.0)
        answer = (ask or self._ask_recover)(len(runs), dt.datetime.fromtimestamp(newest))
        if answer == "discard":
            for store in found:
                with contextlib.suppress(OSError):
                    ScratchSession.adopt(store).discard()
            return False
        if answer != "recover":
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

    def _ask_recover(self, count: int, when: dt.datetime) -> str:
        if not self.host.interactive:
            return "later"
        box = QMessageBox(self.host.as_widget())
        box.setWindowTitle(self.tr("Recover training runs?"))
        box.setText(self.tr("netstudio did not close normally. {0} training run(s) of an "
                            "untitled project, the last from {1}, were kept. Recover them?")
                    .format(count, when.strftime("%Y-%m-%d %H:%M")))
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "recover" if clicked is recover else "discard" if clicked is discard else "later"
