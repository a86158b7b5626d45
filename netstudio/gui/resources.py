"""Where icons, styles, translations, sample projects and the guides live; the only code
that knows.

In a source checkout they are the repository's ``resources/``, ``samples/`` and ``docs/``; an
installed wheel carries them as ``netstudio/_resources``, ``netstudio/_samples`` and
``netstudio/_docs``. Missing files are
not fatal: callers get None / an empty list and the app still opens.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parents[1]  # .../netstudio
_REPO = _PACKAGE.parent

DEFAULT_SAMPLE = "mnist_cnn.nsproj.json"


def _first_dir(*candidates: Path) -> Path | None:
    return next((c for c in candidates if c.is_dir()), None)


def resources_dir() -> Path | None:
    return _first_dir(_PACKAGE / "_resources", _REPO / "resources")


def samples_dir() -> Path | None:
    return _first_dir(_REPO / "samples", _PACKAGE / "_samples")


def docs_dir() -> Path | None:
    """The user guides (docs/*.md and their images); in a wheel: netstudio/_docs."""
    return _first_dir(_REPO / "docs", _PACKAGE / "_docs")


def resource_path(name: str) -> Path | None:
    """Path of ``name`` (e.g. "icons/conv.svg") under the resources folder, or None."""
    base = resources_dir()
    if base is None:
        return None
    path = base / name
    return path if path.exists() else None


def read_text(name: str) -> str | None:
    path = resource_path(name)
    return path.read_text(encoding="utf-8") if path is not None else None


@lru_cache(maxsize=128)
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (scales crisply on HiDPI); empty if it is missing."""
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path is not None else QIcon()


def translations_dir() -> Path | None:
    base = resources_dir()
    if base is None:
        return None
    path = base / "translations"
    return path if path.is_dir() else None


def list_samples() -> list[tuple[str, Path]]:
    """(project name, path) for every sample project, the tutorial CNN first."""
    base = samples_dir()
    if base is None:
        return []
    found = []
    for path in sorted(base.glob("*.json")):
        try:
            name = str(json.loads(path.read_text(encoding="utf-8")).get("name") or path.stem)
        except (OSError, ValueError, AttributeError):
            continue  # a broken sample is skipped from the menu, not fatal
        found.append((name, path))
    found.sort(key=lambda item: item[1].name != DEFAULT_SAMPLE)
    return found


def default_sample() -> Path | None:
    base = samples_dir()
    if base is None:
        return None
    path = base / DEFAULT_SAMPLE
    return path if path.exists() else None
