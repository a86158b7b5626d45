"""Editing comfort: splice onto a connection, add after the selection (palette double-click,
quick add with Tab or /), right-click menus, refusals that say why, labels and auto-scroll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from netstudio.core.graph.model import Edge

pytestmark = pytest.mark.gui


def _chain(w) -> list[tuple[str, str]]:
    return sorted((e.src, e.dst) for e in w.project.graph.edges)


def _edge_point(w, src: str, dst: str) -> QPoint:
    """A point on the curve of src -> dst, away from both cards."""
    item = w.scene.edges[next(e for e in w.scene.edges if (e.src, e.dst) == (src, dst))][0]
    a, b = item.src_item.port_scene_pos("out"), item.dst_item.port_scene_pos("in")
    return w.view.mapFromScene(QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2))


def _drop(w, layer_type: str, at: QPoint) -> None:
    mime = w.palette.mime_for(layer_type)
    viewport, copy = w.view.viewport(), Qt.DropAction.CopyAction
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, QDragEnterEvent(at, copy, *args))
    move = QDragMoveEvent(at, copy, *args)
    QApplication.sendEvent(viewport, move)
    QApplication.sendEvent(viewport, QDropEvent(QPointF(at), copy, *args))


def _right_click(w, at: QPoint):
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                              w.view.viewport().mapToGlobal(at))
    QApplication.sendEvent(w.view.viewport(), event)
    return w.menus.last_menu


def _focus(qtbot, w, widget) -> None:
    """Keys reach a widget only in the active window (offscreen too)."""
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _entry(menu, text: str):
    found = [a for a in menu.actions() if a.text().replace("&", "").startswith(text)]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_dropping_a_layer_on_a_connection_splices_it_in_one_undo_step(main_window):
    w = main_window(sample="mnist_cnn", show=True)
    w.resize(1200, 900)
    w.view.fit()
    before = w.project.to_dict()
    _drop(w, "BatchNorm2d", _edge_point(w, "conv1", "relu1"))
    new = next(n for n in w.project.graph.nodes if n.startswith("batchnorm2d"))
    edges = _chain(w)
    assert ("conv1", new) in edges and (new, "relu1") in edges and ("conv1", "relu1") not in edges
    assert w.scene.selected_node_ids() == [new]
    # the cards below moved down to make room: no overlap with the new card
    assert w.project.graph.node("relu1").pos[1] > w.project.graph.node(new).pos[1] + 60
    w.run_analysis()
    assert w.analysis.ok
    w.undo_stack.undo()
    assert w.project.to_dict() == before


def test_palette_double_click_adds_after_the_selected_card_connected(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.scene.select_nodes(["fc1"])
    tree = w.palette.tree
    index = w.palette.proxy.mapFromSource(w.palette.model.index_of_type("Dropout"))
    tree.scrollTo(index)
    at = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=at)  # as a real one
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=at)
    new = w.scene.selected_node_ids()
    assert len(new) == 1 and new[0].startswith("dropout")
    edges = _chain(w)
    assert ("fc1", new[0]) in edges and (new[0], "relu3") in edges
    fc1, drop = w.project.graph.node("fc1").pos, w.project.graph.node(new[0]).pos
    assert drop[0] == fc1[0] and drop[1] > fc1[1]  # under it, not on another card


@pytest.mark.parametrize("key", ["/", "Tab"])
def test_quick_add_by_typing_adds_after_the_selection(main_window, qtbot, key):
    w = main_window(sample="mnist_cnn", show=True)
    w.scene.select_nodes(["flatten"])
    _focus(qtbot, w, w.view)
    qtbot.keyClick(w.view, Qt.Key.Key_Tab if key == "Tab" else Qt.Key.Key_Slash)
    box = w.adder.quick
    qtbot.waitUntil(box.isVisible)
    assert "flatten" in box.caption.text()
    qtbot.keyClicks(box.line, "drop")
    assert box.matches()[0] == "Dropout"
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    assert not box.isVisible()
    new = w.scene.selected_node_ids()[0]
    assert ("flatten", new) in _chain(w) and (new, "fc1") in _chain(w)
    assert w.undo_stack.count() == 1
    # the next one chains after it, and an unknown word adds nothing
    w.adder.ask()
    qtbot.keyClicks(box.line, "zzzz")
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    assert w.undo_stack.count() == 1


def test_quick_add_reads_the_settings_typed_after_the_name(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.scene.select_nodes(["input"])
    w.adder.ask()
    box = w.adder.quick
    qtbot.keyClicks(box.line, "conv 8 3x5")
    assert box.list.item(0).text().startswith("Conv2d  8 · 3×5")  # what Enter will add
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    new = w.scene.selected_node_ids()[0]
    params = w.project.graph.node(new).params
    assert params["out_channels"] == 8 and params["kernel_size"] == [3, 5]
    w.adder.ask()
    qtbot.keyClicks(box.line, "conv 8 0")  # a kernel of 0: refused, and the box says why
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    assert box.isVisible() and "kernel_size must be" in box.problem.text()
    assert w.undo_stack.count() == 1
    box.line.clear()
    qtbot.keyClicks(box.line, "fc 1024")
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    fc = w.scene.selected_node_ids()[0]
    assert w.project.graph.node(fc).params["out_features"] == 1024
    assert (new, fc) in _chain(w)


def test_card_menu_disconnects_duplicates_and_documents(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.view.fit()
    at = w.view.mapFromScene(w.scene.nodes["relu1"].scenePos())
    menu = _right_click(w, at)
    assert w.scene.selected_node_ids() == ["relu1"]  # right-click acts on the card clicked
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert {"Cut", "Copy", "Duplicate", "Delete", "Disconnect"} <= set(texts)
    _entry(menu, "Disconnect").trigger()
    assert not w.project.graph.edges_touching(["relu1"])
    assert w.undo_stack.count() == 1
    w.undo_stack.undo()
    # group: the selection becomes a block, which the menu then offers to open or expand
    w.scene.select_nodes(["conv1", "relu1"])
    menu = _right_click(w, at)
    assert sorted(w.scene.selected_node_ids()) == ["conv1", "relu1"]  # a selected card keeps it
    _entry(menu, "Group into Block").trigger()
    block = w.scene.selected_node_ids()[0]
    assert w.project.graph.node(block).type == "Block"
    menu = _right_click(w, w.view.mapFromScene(w.scene.nodes[block].scenePos()))
    assert {"Open Block", "Expand Block"} <= {a.text().replace("&", "") for a in menu.actions()}
    w.undo_stack.undo()
    menu = _right_click(w, at)
    _entry(menu, "About ReLU").trigger()
    docs = [d for d in w.findChildren(QApplication.activeModalWidget().__class__)
            if d.isVisible()] if QApplication.activeModalWidget() else []
    assert docs or any("ReLU" in d.windowTitle() for d in QApplication.topLevelWidgets()
                       if d.isVisible())


def test_edge_menu_inserts_and_deletes_and_canvas_menu_pastes_at_the_point(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.view.fit()
    menu = _right_click(w, _edge_point(w, "pool1", "conv2"))
    _entry(menu, "Insert Layer Here").trigger()
    box = w.adder.quick
    assert box.isVisible() and "pool1" in box.caption.text()
    qtbot.keyClicks(box.line, "bn")
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    new = w.scene.selected_node_ids()[0]
    assert ("pool1", new) in _chain(w) and (new, "conv2") in _chain(w)
    menu = _right_click(w, _edge_point(w, new, "conv2"))
    _entry(menu, "Delete Connection").trigger()
    assert (new, "conv2") not in _chain(w)
    # canvas: paste lands where the menu was opened
    w.scene.select_nodes(["fc2"])
    w.action_set.copy.trigger()
    empty = QPoint(20, 20)
    menu = _right_click(w, empty)
    _entry(menu, "Paste").trigger()
    pasted = w.scene.selected_node_ids()[0]
    target = w.view.mapToScene(empty)
    pos = w.project.graph.node(pasted).pos
    assert abs(pos[0] - target.x()) < 1 and abs(pos[1] - target.y()) < 1


def test_palette_menu_adds_after_the_selected_card(main_window):
    w = main_window(sample="mnist_cnn", show=True)
    w.scene.select_nodes(["conv2"])
    w.palette.menu_requested.emit("BatchNorm2d", QPoint(10, 10))
    menu = w.menus.last_menu
    _entry(menu, "Add After 'conv2'").trigger()
    new = w.scene.selected_node_ids()[0]
    assert ("conv2", new) in _chain(w) and (new, "relu2") in _chain(w)


def test_connecting_a_card_to_itself_says_why(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.view.fit()
    viewport = w.view.viewport()
    item = w.scene.nodes["relu1"]
    start = w.view.mapFromScene(item.port_scene_pos("out"))
    end = w.view.mapFromScene(item.port_scene_pos("in"))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=(start + end) / 2)
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert "cannot feed into itself" in w.statusBar().currentMessage()
    assert "loop" in w.statusBar().currentMessage()
    assert w.undo_stack.count() == 0


def test_card_shows_the_params_that_matter_whole(main_window):
    w = main_window(sample="mnist_cnn")
    w.editor.set_params("conv1", {"out_channels": 32, "kernel_size": 5, "padding": 2,
                                  "stride": 2}, None)
    item = w.scene.nodes["conv1"]
    assert item.detail == "32 · 5×5 · stride 2 · pad 2"
    assert item.shown_detail() == item.detail  # not cut off


def test_dragging_a_card_past_the_edge_scrolls_the_view(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.resize(1000, 700)
    w.view.fit()
    viewport = w.view.viewport()
    item = w.scene.nodes["input"]
    start = w.view.mapFromScene(item.scenePos())
    shown_before = w.view.mapToScene(viewport.rect()).boundingRect()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    outside = QPoint(start.x(), viewport.height() + 30)
    qtbot.mouseMove(viewport, pos=QPoint(start.x(), start.y() + 20))
    qtbot.mouseMove(viewport, pos=outside)
    assert w.view.auto_scroll.active
    qtbot.wait(300)
    shown_after = w.view.mapToScene(viewport.rect()).boundingRect()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=outside)
    assert not w.view.auto_scroll.active
    assert shown_after.top() > shown_before.top() + 50  # the view followed the drag down
    assert w.project.graph.node("input").pos[1] > shown_before.bottom()  # and so did the card


def test_selecting_a_card_brings_properties_in_front_of_training(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True, extensions=True)
    w.training.docks["training"].raise_()
    qtbot.waitUntil(lambda: w.properties_dock.visibleRegion().isEmpty())
    w.scene.select_nodes(["conv1"])
    qtbot.waitUntil(lambda: not w.properties_dock.visibleRegion().isEmpty())
    assert w.properties.node_id == "conv1"
    w.training.shutdown()


def test_f_fits_the_view_while_typing_in_a_number_field(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.scene.select_nodes(["conv1"])
    spin = w.properties.fields["out_channels"].editor
    _focus(qtbot, w, spin)
    w.view.zoom_by(3.0)
    zoomed = w.view.zoom()
    qtbot.keyClick(spin, Qt.Key.Key_F)
    assert w.view.zoom() < zoomed  # F reached Fit to View
    assert spin.value() == 32  # and the field is unchanged
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "48")
    assert w.project.graph.node("conv1").params["out_channels"] == 48


def test_empty_canvas_hint_repaints_whole_when_the_last_card_goes(main_window, qtbot):
    w = main_window(show=True)
    w.files.new_project()
    ids = list(w.project.graph.nodes)
    with qtbot.waitSignal(w.scene.emptiness_changed):
        w.editor.delete(ids, [])
    assert not w.scene.nodes
    with qtbot.waitSignal(w.scene.emptiness_changed):
        w.undo_stack.undo()


def test_splice_refuses_an_input_layer_with_a_reason(main_window):
    w = main_window(sample="mnist_cnn", show=True)
    assert w.adder.into("Input", Edge("conv1", "relu1")) is None
    assert "takes no input" in w.statusBar().currentMessage()


def test_arrow_keys_walk_the_network_from_the_selected_card(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    w.scene.select_nodes(["pool2"])
    _focus(qtbot, w, w.view)
    qtbot.keyClick(w.view, Qt.Key.Key_Down)
    assert w.scene.selected_node_ids() == ["flatten"]
    qtbot.keyClick(w.view, Qt.Key.Key_Up)
    qtbot.keyClick(w.view, Qt.Key.Key_Up)
    assert w.scene.selected_node_ids() == ["relu2"]
    shown = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert shown.contains(w.scene.nodes["relu2"].sceneBoundingRect())
