"""Hyperparameter search in the app: the Tune tab (netstudio.core.tune does the work).

``install_tune(window, dash)`` adds it (netstudio.gui.training.install calls it).
"""

from __future__ import annotations

from netstudio.gui.tune.install import install_tune

__all__ = ["install_tune"]
