"""Showing a big project with the collector paused (gui/canvas/bulk.py): the canvas it replaces
must be freed without a collection, and the collector must run again afterwards."""

from __future__ import annotations

import gc
import sys
import weakref
from pathlib import Path

import pytest

from netstudio.core.project import Project
from netstudio.gui.canvas import bulk

pytestmark = pytest.mark.gui

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_canvas import residual_graph  # noqa: E402


def test_a_replaced_canvas_is_freed_without_the_collector(main_window):
    window = main_window(sample="mnist_cnn")
    card = weakref.ref(window.scene.nodes["conv1"])
    wire = weakref.ref(next(iter(window.scene.edges.values()))[0])
    gc.disable()
    try:
        window.scene.load(window.project.graph)
        assert card() is None and wire() is None  # no card <-> connection cycle kept them
    finally:
        gc.enable()


def test_a_big_project_is_shown_with_the_collector_paused_then_running(main_window,
                                                                       monkeypatch):
    window = main_window()
    seen = []
    show = type(window).set_project.__wrapped__  # what runs inside the pause

    def spy(self, project, *args, **kwargs):  # noqa: ANN001, ANN202
        seen.append(gc.isenabled())
        return show(self, project, *args, **kwargs)

    monkeypatch.setattr(type(window), "set_project", bulk.collector_paused(spy))
    window.set_project(Project.from_dict(residual_graph(bulk.BIG)))
    window.set_project(Project.from_dict(residual_graph(10)))  # replaces a big one: paused
    window.set_project(Project.from_dict(residual_graph(10)))
    assert seen == [False, False, True]
    assert gc.isenabled() and gc.get_freeze_count() > 0
    assert len(window.scene.nodes) == 10
