"""Training in the app: settings panel, live dashboard, run list, and the inspect tabs.

``install(window)`` adds them to the MainWindow (netstudio.gui.main_window calls it).
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> Any:
    """Add the Training and Dashboard/Inspect docks and the Train menu; returns the dashboard."""
    from netstudio.gui.training.install import install as _install

    return _install(window)


__all__ = ["install"]
