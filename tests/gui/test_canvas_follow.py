"""Cards have no itemChange hook (it made building a big canvas three times slower): the
connections must still follow a card wherever it moves: a drag, an undo, a refused drag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from netstudio.gui.canvas.edge_item import EdgeItem

pytestmark = pytest.mark.gui


def _send(view, kind: QEvent.Type, at: QPoint, held: bool) -> None:  # noqa: ANN001
    left = Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(at), QPointF(view.viewport().mapToGlobal(at)),
                        Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else left,
                        left if held else Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def drag_card(window, node_id: str, by: QPoint) -> None:  # noqa: ANN001
    view = window.view
    start = view.mapFromScene(window.scene.nodes[node_id].pos())
    _send(view, QEvent.Type.MouseButtonPress, start, True)
    for step in (1, 2, 3):
        _send(view, QEvent.Type.MouseMove, start + by * step / 3, True)
    _send(view, QEvent.Type.MouseButtonRelease, start + by, False)


def assert_connections_reach_their_ports(window) -> None:  # noqa: ANN001
    for items in window.scene.edges.values():
        for edge in items:
            start = edge.mapToScene(edge._path.pointAtPercent(0.0))
            assert (start - edge.src_item.port_scene_pos("out")).manhattanLength() < 0.5
            # just above the input port, for the arrow
            tip = edge.mapToScene(edge._path.pointAtPercent(1.0))
            assert (tip - edge._tip()).manhattanLength() < 12


def test_connections_follow_a_dragged_card_its_undo_and_redo(main_window):
    window = main_window(sample="mnist_cnn", show=True)
    window.view.resetTransform()
    window.view.centerOn(window.scene.nodes["conv2"])
    before = window.scene.nodes["conv2"].pos()
    drag_card(window, "conv2", QPoint(60, 30))
    moved = window.scene.nodes["conv2"].pos()
    assert moved != before and window.project.graph.node("conv2").pos == (moved.x(), moved.y())
    assert_connections_reach_their_ports(window)
    window.undo_stack.undo()
    assert window.scene.nodes["conv2"].pos() == before
    assert_connections_reach_their_ports(window)
    window.undo_stack.redo()
    assert_connections_reach_their_ports(window)


def test_connections_follow_every_selected_card(main_window):
    window = main_window(sample="mnist_cnn", show=True)
    window.view.resetTransform()
    window.view.centerOn(window.scene.nodes["conv2"])
    window.scene.select_nodes(["conv1", "conv2", "fc1"])
    drag_card(window, "conv2", QPoint(-40, 50))
    assert window.undo_stack.count() == 1  # one move of three cards
    assert_connections_reach_their_ports(window)


def test_a_refused_drag_puts_the_card_and_its_connections_back(main_window):
    window = main_window(sample="mnist_cnn", show=True)
    window.view.resetTransform()
    window.view.centerOn(window.scene.nodes["conv2"])
    before = window.scene.nodes["conv2"].pos()
    window.set_read_only(True)
    window.scene.nodes["conv2"].set_movable(True)  # as if a drag started before the lock
    drag_card(window, "conv2", QPoint(60, 30))
    assert window.scene.nodes["conv2"].pos() == before
    assert_connections_reach_their_ports(window)


def test_a_card_says_what_it_is_before_the_first_check(main_window):
    window = main_window(sample="mnist_cnn")
    item = window.scene.nodes["conv1"]
    window.scene.load(window.project.graph)  # items as built, no analysis yet
    item = window.scene.nodes["conv1"]
    assert not item.has_status
    assert "Conv2d" in item.tooltip_text() and "conv1" in item.tooltip_text()


def test_a_splice_moves_the_layers_below_and_bends_each_connection_once(main_window,
                                                                       monkeypatch):
    window = main_window(sample="mnist_cnn", show=True)
    graph = window.project.graph
    edge = graph.outputs_of("conv1")[0]
    below = {n: graph.node(n).pos for n in graph.nodes if n not in ("input", "conv1")}
    before = {item for items in window.scene.edges.values() for item in items}
    bent: list[object] = []
    original = EdgeItem.update_path
    monkeypatch.setattr(EdgeItem, "update_path", lambda self: (bent.append(self),
                                                               original(self)))
    new = window.editor.splice("ReLU", edge)
    assert new is not None
    moved = [n for n, pos in below.items() if graph.node(n).pos != pos]
    assert len(moved) >= 3  # the layers below made room
    old = [e for e in bent if e in before]  # (a new connection is drawn when made)
    assert len(old) == len(set(old))  # each connection bent at most once
    # those between two moved layers kept their curve: shifted, not bent again
    assert len(old) <= 2
    assert_connections_reach_their_ports(window)
    window.undo_stack.undo()
    assert all(graph.node(n).pos == pos for n, pos in below.items())
    assert_connections_reach_their_ports(window)
    window.undo_stack.redo()
    assert_connections_reach_their_ports(window)
