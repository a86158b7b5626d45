"""The main window offers extensions one typed interface (netstudio.gui.host.Host)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_the_main_window_is_a_host_and_keeps_its_training_panels(main_window):
    from netstudio.gui.host import Host
    from netstudio.gui.training.dashboard import TrainingDashboard

    w = main_window(extensions=True)
    assert isinstance(w, Host)
    assert isinstance(w.training, TrainingDashboard) and w.training.host is w
    assert {"training", "dashboard", "inspect", "deploy"} <= set(w.training.docks)
    assert main_window().training is None  # the builder alone


def test_a_broken_extension_leaves_the_builder_working(main_window, monkeypatch):
    import netstudio.gui.training as training

    def broken(window):
        raise RuntimeError("no panels today")

    monkeypatch.setattr(training, "install", broken)
    w = main_window(extensions=True)
    assert w.training is None and "no panels today" in w.statusBar().currentMessage()
    assert w.add_layer_at("ReLU", w.view.mapToScene(0, 0)) is not None
