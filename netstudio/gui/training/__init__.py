"""Training in the app: settings panel, live dashboard, run list, and the inspect tabs.

``install(window)`` adds them to the MainWindow (netstudio.gui.main_window calls it).
"""

from __future__ import annotations

# Bound after the submodule import, so the package attribute is the function, not the module.
from netstudio.gui.training.install import install

__all__ = ["install"]
