"""Crash recovery: a few seconds after each change, the project is written to the app data
folder (QStandardPaths.AppDataLocation/autosave). On the next start, an autosave newer than
the file it belongs to is offered for restore. Saving or closing cleanly removes it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from netstudio.core.files import atomic_write
from netstudio.core.project import Project

DELAY_MS = 4000
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


def discard(source: Path | None) -> None:
    for path in (autosave_path(source), _meta_path(source)):
        path.unlink(missing_ok=True)


def _meta_path(source: Path | None) -> Path:
    return autosave_dir() / f"{_key(source)}.meta.json"


class Autosaver(QObject):
    """Schedules ``save_now`` ``delay_ms`` after the last change (a single-shot QTimer)."""

    def __init__(self, get_project, is_clean, parent: QObject | None = None,  # noqa: ANN001
                 delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._get_project = get_project
        self._is_clean = is_clean
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        self.last_path: Path | None = None

    def schedule(self) -> None:
        if self._is_clean():
            self.timer.stop()
            if self.last_path is not None:  # our own backup of a state since undone: drop it
                discard(self._get_project().path)
                self.last_path = None
            # (Never here otherwise: at start-up the stack is clean while a backup left by a
            # crash is still waiting to be offered.)
        else:
            self.timer.start()

    def save_now(self) -> Path | None:
        self.timer.stop()
        project: Project = self._get_project()
        if self._is_clean():
            return None
        target = autosave_path(project.path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, project.dumps())
            meta = {"source": str(project.path) if project.path else None, "name": project.name}
            atomic_write(_meta_path(project.path), json.dumps(meta))
        except OSError:
            return None  # a full disk must not interrupt editing; the next change retries
        self.last_path = target
        return target
