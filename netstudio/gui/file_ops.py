"""File menu work: New, Open, Save, Save As, recent files, samples, the unsaved-changes prompt
and crash recovery. Problems with a file are shown as a sentence naming the file (the
ProjectError message), never as a traceback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from netstudio.core.project import Project, ProjectError
from netstudio.core.starter import starter_project
from netstudio.gui import autosave, resources
from netstudio.gui import settings as app_settings
from netstudio.gui.crash_recovery import Leftover
from netstudio.gui.i18n import core_text, error_text

# translated where it is used: self.tr(FILE_FILTER) in FileOps
FILE_FILTER = QT_TRANSLATE_NOOP("FileOps", "netstudio projects (*.nsproj.json *.json);;All "
                                "files (*)")


class FileOps(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        # Replaceable in tests: (autosave path, its time) -> restore it?
        self.ask_restore = self._ask_restore
        window.autosaver.failed.connect(self._on_autosave_failed)
        window.recovery.add_finder(self.backup_leftover)

    # ---- new / open ----------------------------------------------------------------------
    def new_project(self) -> bool:
        if not self.maybe_save():
            return False
        # A network that checks clean (Input -> Flatten -> Linear), not a lone red Input.
        self.window.set_project(starter_project(self.tr("Untitled")))
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        start = str(self.window.project.path.parent) if self.window.project.path else ""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open project"), start,
                                              self.tr(FILE_FILTER))
        return bool(name) and self.open_path(Path(name), check_unsaved=False)

    def open_path(self, path: Path, check_unsaved: bool = True,
                  offer_backup: bool = True) -> bool:
        """Open a project file; returns False (after saying why) if it cannot be used.
        ``offer_backup=False``: a crash backup of it is left for the start-up question."""
        project = self._load(path, self.tr("Cannot open project"), check_unsaved)
        if project is None:
            return False
        if self._show(project, project.path, offer_backup):
            self.window.show_status(self.tr("Restored unsaved changes to %1.").replace(
                "%1", str(path)))
        else:
            self.window.show_status(self.tr("Opened %1").replace("%1", str(path)), 4000)
        app_settings.add_recent_file(path)
        self._warn_unknown_keys(project)
        return True

    def open_sample(self, path: Path, check_unsaved: bool = True,
                    offer_backup: bool = True) -> bool:
        """Open a sample as a new, untitled copy (Save asks where, the sample stays intact)."""
        project = self._load(path, self.tr("Cannot open sample"), check_unsaved)
        if project is None:
            return False
        project.path = None
        self._show(project, None, offer_backup)
        return True

    def _load(self, path: Path, title: str, check_unsaved: bool) -> Project | None:
        if check_unsaved and not self.maybe_save():
            return None
        try:
            return Project.load(path)
        except ProjectError as e:
            self.report(title, error_text(e))
            return None

    def _show(self, project: Project, backup_key: Path | None, offer_backup: bool = True) -> bool:
        """Show ``project``, or its crash backup if the user restores it; True if restored."""
        restored = self._maybe_restore(backup_key) if offer_backup else None
        shown = restored if restored is not None else project
        self.window.set_project(shown, modified=restored is not None)
        return restored is not None

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self.report(self.tr("Cannot open project"),
                        self.tr("%1: no such file. It was moved or deleted.").replace(
                            "%1", str(path)))
            return False
        return self.open_path(path)

    # ---- save ----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.window.project.path is None:
            return self.save_as()
        return self.save_to(self.window.project.path)

    def save_as(self) -> bool:
        project = self.window.project
        suggested = (str(project.path) if project.path else
                     str(_documents() / f"{_slug(project.name)}.nsproj.json"))
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save project as"),
                                              suggested, self.tr(FILE_FILTER))
        if not name:
            return False
        if not name.endswith(".json"):
            name += ".nsproj.json"
        return self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        project = self.window.project
        old_path = project.path
        if project.name in ("", "Untitled", self.tr("Untitled")):
            project.name = path.name.split(".")[0]
        try:
            project.save(path)  # atomic: temp file + rename
        except Exception as e:  # noqa: BLE001 - whatever it is, the user must learn of it
            reason = (core_text(e.strerror) if isinstance(e, OSError) and e.strerror
                      else f"{type(e).__name__}: {e}")
            self.report(self.tr("Cannot save project"),
                        self.tr("%1: cannot be written (%2). Choose another folder.").replace(
                            "%1", str(path)).replace("%2", reason))
            return False
        autosave.discard(old_path)
        autosave.discard(path)
        self.window.undo_stack.setClean()
        self.window.update_title()
        app_settings.add_recent_file(path)
        self.window.show_status(self.tr("Saved %1").replace("%1", str(path)), 4000)
        self.window.project_saved.emit(old_path, path)  # an untitled project's runs move
        return True

    # ---- prompts -------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True if the caller may drop the current project (saved, discarded or unchanged)."""
        if self.window.undo_stack.isClean():
            return True
        if not self.window.interactive:
            self.forget_autosave()
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("“%1” has changes that are not saved. Save them?").replace(
                "%1", self.window.project.name), buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.forget_autosave()
            return True
        return False

    def forget_autosave(self) -> None:
        self.window.autosaver.timer.stop()
        autosave.discard(self.window.project.path)

    def report(self, title: str, message: str) -> None:
        self.window.show_status(message.replace("\n", " "), 15000)
        if self.window.interactive:
            QMessageBox.warning(self.window, title, message)

    def _maybe_restore(self, source: Path | None) -> Project | None:
        found = autosave.find_recovery(source)
        if found is None:
            return None
        when = dt.datetime.fromtimestamp(found.stat().st_mtime)
        if not self.ask_restore(found, when):
            autosave.discard(source)
            return None
        return self._load_backup(found, source)

    def _load_backup(self, found: Path, source: Path | None) -> Project | None:
        try:
            restored = Project.load(found)
        except ProjectError as e:
            self.report(self.tr("Cannot restore"), error_text(e))
            return None
        restored.path = source  # it belongs to the original file (None: untitled)
        return restored

    def backup_leftover(self) -> Leftover | None:
        """The open project's crash backup, for the start-up question (crash_recovery.py)."""
        source = self.window.project.path
        found = autosave.find_recovery(source)
        if found is None:
            return None
        when = dt.datetime.fromtimestamp(found.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        name = str(source) if source is not None else autosave.backup_name(source) \
            or self.tr("Untitled")
        text = self.tr("unsaved changes to “%1”, backed up automatically at %2").replace(
            "%1", name).replace("%2", when)

        def restore() -> None:
            restored = self._load_backup(found, source)
            if restored is not None:
                self.window.set_project(restored, modified=True)
                self.window.show_status(self.tr("Restored unsaved changes to %1.").replace(
                    "%1", name))

        return Leftover(text, restore, lambda: autosave.discard(source))

    def _ask_restore(self, found: Path, when: dt.datetime) -> bool:
        if not self.window.interactive:
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Restore unsaved changes?"),
            self.tr("netstudio did not close normally. An automatic backup from %1 has "
                    "changes that were never saved. Restore them?").replace(
                "%1", when.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def _on_autosave_failed(self, message: str) -> None:
        self.window.show_status(message, 15000)

    def _warn_unknown_keys(self, project: Project) -> None:
        if project.load_notes:  # repaired while loading: say what, once, before anything else
            shown = "\n".join(f"• {core_text(n)}" for n in project.load_notes[:8])
            more = len(project.load_notes) - 8
            if more > 0:
                shown += "\n" + self.tr("(and %1 more)").replace("%1", str(more))
            self.report(self.tr("Repaired while opening"),
                        self.tr("%1 had problems that netstudio repaired while opening it; "
                                "save to keep the repairs:\n%2").replace(
                            "%1", str(project.path)).replace("%2", shown))
            return
        unknown = project.unknown_keys()
        if unknown:
            keys = ", ".join(f"{n}: {k}" if n else k for n, k in unknown[:5])
            self.window.show_status(self.tr("Kept keys this version does not use: %1").replace(
                "%1", keys), 10000)

    def samples(self) -> list[tuple[str, Path]]:
        return resources.list_samples()


def _documents() -> Path:
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where and Path(where).is_dir() else Path.home()


def _slug(name: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name.strip())
    return keep.strip("_").lower() or "project"
