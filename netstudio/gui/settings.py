"""User preferences kept between runs (QSettings): recent files, theme, window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     "netstudio", "netstudio")


def recent_files() -> list[Path]:
    raw = settings().value("recent_files", [])
    if isinstance(raw, str):  # QSettings returns a lone string for a one-item list
        raw = [raw]
    return [Path(p) for p in raw or [] if p]


def add_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT]
    settings().setValue("recent_files", [str(p) for p in files])
    return files


def clear_recent_files() -> None:
    settings().setValue("recent_files", [])


def theme_mode() -> str:
    return str(settings().value("theme", "system"))


def set_theme_mode(mode: str) -> None:
    settings().setValue("theme", mode)
