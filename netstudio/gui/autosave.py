"""Crash recovery: unsaved changes are written to the app data folder
(QStandardPaths.AppDataLocation/autosave) DELAY_MS after the last change, and never later than
MAX_WAIT_MS after the first unsaved one, however the editing goes on: a crash (even kill -9)
loses at most MAX_WAIT_MS of edits. On the next start, an autosave newer than the file it
belongs to is offered for restore. Saving or closing cleanly removes it. A failed autosave is
announced (``failed``) and retried at the next change.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from netstudio.core.files import atomic_write
from netstudio.core.project import Project
from netstudio.gui.i18n import core_text, error_text

DELAY_MS = 2000  # after the last change: a burst of edits is written once
MAX_WAIT_MS = 5000  # after the first unsaved change, whatever happens next
UNTITLED = "untitled"


def autosave_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def _key(source: Path | None) -> str:
    if source is None:
        return UNTITLED
    return hashlib.sha1(str(Path(source).resolve()).encode("utf-8")).hexdigest()[:16]


def autosave_path(source: Path | None) -> Path:
    return autosave_dir() / f"{_key(source)}.nsproj.json"


def find_recovery(source: Path | None) -> Path | None:
    """The autosave of ``source`` (None: an untitled project) if it is newer than the file."""
    auto = autosave_path(source)
    if not auto.exists():
        return None
    if (source is not None and Path(source).exists()
            and auto.stat().st_mtime <= Path(source).stat().st_mtime):
        return None
    return auto


def backup_name(source: Path | None) -> str:
    """The project name the backup of ``source`` was written with ("" if unknown)."""
    try:
        name = json.loads(_meta_path(source).read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        return ""
    return name if isinstance(name, str) else ""


def discard(source: Path | None) -> None:
    for path in (autosave_path(source), _meta_path(source)):
        path.unlink(missing_ok=True)


def _meta_path(source: Path | None) -> Path:
    return autosave_dir() / f"{_key(source)}.meta.json"


class Autosaver(QObject):
    """Writes the project DELAY_MS after the last change, at most MAX_WAIT_MS after the first
    unsaved one (one single-shot QTimer, re-armed with the shorter of the two)."""

    failed = Signal(str)  # a sentence naming the autosave file and why it was not written

    def __init__(self, get_project, is_clean, parent: QObject | None = None,  # noqa: ANN001
                 delay_ms: int = DELAY_MS, max_wait_ms: int = MAX_WAIT_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._get_project = get_project
        self._is_clean = is_clean
        self.delay_ms, self.max_wait_ms = delay_ms, max_wait_ms
        self._clock = clock
        self._first_unsaved: float | None = None  # clock() at the first change not written
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        self.last_path: Path | None = None

    def schedule(self) -> None:
        if self._is_clean():
            self.timer.stop()
            self._first_unsaved = None
            if self.last_path is not None:  # our own backup of a state since undone: drop it
                discard(self._get_project().path)
                self.last_path = None
            # (Never here otherwise: at start-up the stack is clean while a backup left by a
            # crash is still waiting to be offered.)
            return
        now = self._clock()
        if self._first_unsaved is None:
            self._first_unsaved = now
        left_ms = self.max_wait_ms - (now - self._first_unsaved) * 1000
        self.timer.start(int(max(0, min(self.delay_ms, left_ms))))

    def save_now(self) -> Path | None:
        self.timer.stop()
        project: Project = self._get_project()
        if self._is_clean():
            self._first_unsaved = None
            return None
        target = autosave_path(project.path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, project.dumps())
            meta = {"source": str(project.path) if project.path else None, "name": project.name}
            atomic_write(_meta_path(project.path), json.dumps(meta))
        except Exception as e:  # a full disk must not interrupt editing; the next change retries
            self.failed.emit(self.tr("Autosave failed: %1").replace(
                "%1", _reason(target, e)))
            return None
        self._first_unsaved = None
        self.last_path = target
        return target


def _reason(target: Path, e: Exception) -> str:
    if isinstance(e, OSError):
        if str(e).startswith(str(target)):
            return error_text(e)
        return f"{target}: {core_text(e.strerror) if e.strerror else e}"
    return f"{target}: {type(e).__name__}: {e}"
