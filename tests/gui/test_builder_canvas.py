"""The canvas: drops from the palette, port drags, refused connections, live shape labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def _port_point(window, node_id: str, role: str) -> QPoint:
    item = window.scene.nodes[node_id]
    return window.view.mapFromScene(item.port_scene_pos(role))


def _drag_port(qtbot, window, src: str, dst: str) -> None:
    """Exactly what a user does: press on src's output port, move, release on dst's input."""
    viewport = window.view.viewport()
    start, end = _port_point(window, src, "out"), _port_point(window, dst, "in")
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + end) / 2)
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def _drop(window, layer_type: str, at: QPoint) -> None:
    mime = window.palette.mime_for(layer_type)  # the palette's own drag payload
    viewport = window.view.viewport()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at, actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(at), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)


def test_drop_from_palette_creates_node_at_drop_point(main_window):
    w = main_window(show=True)
    w.files.new_project()
    at = QPoint(300, 220)
    expected = w.view.mapToScene(at)
    _drop(w, "Conv2d", at)
    assert "conv2d_1" in w.project.graph
    node = w.project.graph.node("conv2d_1")
    assert node.pos == pytest.approx((expected.x(), expected.y()), abs=0.1)
    item = w.scene.nodes["conv2d_1"]
    assert (item.pos().x(), item.pos().y()) == pytest.approx(node.pos, abs=0.1)
    assert w.action_set.undo.text().replace("&", "") == "Undo Add Conv2d 'conv2d_1'"


def test_port_drag_connects_and_labels_update(main_window, qtbot):
    w = main_window(show=True)
    w.files.new_project()
    _drop(w, "Conv2d", w.view.mapFromScene(QPointF(0, 150)))
    _drop(w, "Flatten", w.view.mapFromScene(QPointF(0, 300)))
    w.view.fit()
    _drag_port(qtbot, w, "input", "conv2d_1")
    _drag_port(qtbot, w, "conv2d_1", "flatten_1")
    graph = w.project.graph
    assert graph.has_edge("input", "conv2d_1") and graph.has_edge("conv2d_1", "flatten_1")
    qtbot.waitUntil(lambda: w.analysis is not None and "flatten_1" in w.analysis.nodes)
    edge_items = {(e.src, e.dst): items[0] for e, items in w.scene.edges.items()}
    out = w.analysis.nodes["conv2d_1"].shape
    assert edge_items[("conv2d_1", "flatten_1")].label == "×".join(map(str, out))
    # Live: change out_channels and the label follows.
    params = dict(graph.node("conv2d_1").params, out_channels=8)
    w.editor.set_params("conv2d_1", params, "out_channels")
    qtbot.waitUntil(lambda: edge_items[("conv2d_1", "flatten_1")].label.startswith("8×"))
    assert edge_items[("input", "conv2d_1")].label == "1×28×28"


def test_cycle_and_second_input_are_refused(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    before = w.project.to_dict()
    _drag_port(qtbot, w, "relu1", "conv1")  # conv1 already feeds relu1: a loop
    assert w.project.to_dict() == before
    assert "loop" in w.statusBar().currentMessage()
    _drag_port(qtbot, w, "conv1", "fc1")  # fc1 already has its input from flatten
    assert w.project.to_dict() == before
    message = w.statusBar().currentMessage()
    assert "fc1" in message and "flatten" in message
    assert w.undo_stack.count() == 0


def test_tutorial_mistake_is_red_with_its_fix(main_window, qtbot):
    w = main_window(sample="tutorial_mistakes", show=True)
    fc1 = w.scene.nodes["fc1"]
    assert fc1.status == "error"
    tip = fc1.tooltip_text()  # what hovering shows
    assert "1024" in tip and "in_features" in tip and "Fix" in tip
    assert w.scene.nodes["conv1"].status == "ok"
    rows = [w.diagnostics.item(i) for i in range(w.diagnostics.count())]
    row = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole + 1) == "fc1")
    assert "Fix" in row.text()
    w.diagnostics.itemClicked.emit(row)
    assert w.scene.selected_node_ids() == ["fc1"]
    # Fix it the way the learner would: tick "auto" for in_features in the form.
    w.properties.fields["in_features"].auto.setChecked(True)
    qtbot.waitUntil(lambda: w.scene.nodes["fc1"].status == "ok")
    assert "in_features" not in w.project.graph.node("fc1").params


def test_read_only_refuses_edits(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    before = w.project.to_dict()
    w.set_read_only(True)
    _drop(w, "ReLU", QPoint(100, 100))
    w.scene.select_nodes(["conv1"])
    w.action_set.delete.trigger()
    _drag_port(qtbot, w, "input", "fc2")
    assert w.project.to_dict() == before
    w.set_read_only(False)
    w.action_set.delete.trigger()
    assert "conv1" not in w.project.graph


def test_many_qt_calls_cannot_free_none():
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void call; without the
    guard in netstudio.gui this loop aborts the interpreter ("deallocating None")."""
    import sys

    from PySide6.QtCore import QObject

    import netstudio.gui

    probe = QObject()
    for _ in range(200_000):
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 1000
    assert isinstance(netstudio.gui.NONE_REFCOUNT_GUARDED, bool)


def test_space_drag_pans_instead_of_moving(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.view.zoom_by(2.0)  # zoomed in, so there is room to pan
    before = w.project.to_dict()
    start = w.view.mapFromScene(w.scene.nodes["conv2"].pos())
    centre_before = w.view.mapToScene(w.view.viewport().rect().center())
    qtbot.keyPress(w.view, Qt.Key.Key_Space)
    viewport = w.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(0, -40))
    qtbot.mouseMove(viewport, pos=start + QPoint(0, -80))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(0, -80))
    qtbot.keyRelease(w.view, Qt.Key.Key_Space)
    assert w.project.to_dict() == before  # nothing moved, nothing to undo
    assert w.undo_stack.count() == 0
    centre_after = w.view.mapToScene(w.view.viewport().rect().center())
    assert centre_after.y() > centre_before.y() + 20  # the view scrolled down the graph
