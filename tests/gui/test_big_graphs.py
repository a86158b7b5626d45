"""Big graphs stay usable: layered layout (branches side by side, both directions), find a
layer, zoom to the selection, the overview map, simple drawing when zoomed out."""

from __future__ import annotations

import pytest

from netstudio.core.graph.model import Edge, Graph, Node
from netstudio.gui.canvas.layout import COLUMN, LEFT_TO_RIGHT, ROW, auto_layout

pytestmark = pytest.mark.gui


def residual_block() -> Graph:
    """input -> conv -> bn -> relu -> conv2 -> add <- (downsample conv -> bn) <- input."""
    ids = ["input", "conv1", "bn1", "relu", "conv2", "ds_conv", "ds_bn", "add", "out"]
    edges = [("input", "conv1"), ("conv1", "bn1"), ("bn1", "relu"), ("relu", "conv2"),
             ("conv2", "add"), ("input", "ds_conv"), ("ds_conv", "ds_bn"), ("ds_bn", "add"),
             ("add", "out")]
    return Graph([Node(i, "ReLU") for i in ids], [Edge(a, b) for a, b in edges])


def test_layout_keeps_a_residual_branch_beside_the_main_path():
    pos = auto_layout(residual_block())
    # every edge points down, one row per step
    assert pos["conv1"][1] == pos["input"][1] + ROW
    assert pos["add"][1] == pos["conv2"][1] + ROW
    # the shortcut branch sits beside the main path, on the same rows, one column apart
    assert pos["ds_conv"][1] == pos["conv1"][1] and pos["ds_bn"][1] == pos["bn1"][1]
    assert abs(pos["ds_conv"][0] - pos["conv1"][0]) == COLUMN
    # the chain stays straight, the join sits between its two inputs
    assert pos["conv1"][0] == pos["bn1"][0] == pos["relu"][0] == pos["conv2"][0]
    assert min(pos["conv2"][0], pos["ds_bn"][0]) <= pos["add"][0] <= max(pos["conv2"][0],
                                                                          pos["ds_bn"][0])
    assert pos["out"][0] == pos["add"][0]


def test_a_long_skip_gets_its_own_lane():
    g = Graph([Node(i, "ReLU") for i in "abcde"],
              [Edge("a", "b"), Edge("b", "c"), Edge("c", "d"), Edge("d", "e"), Edge("a", "e")])
    pos = auto_layout(g)
    xs = {pos[n][0] for n in "bcd"}
    assert len(xs) == 1  # the chain is straight
    assert pos["a"][0] != pos["b"][0]  # and the skip a -> e runs beside it, not through it


def test_left_to_right_swaps_the_axes():
    tb, lr = auto_layout(residual_block()), auto_layout(residual_block(),
                                                        direction=LEFT_TO_RIGHT)
    assert lr["conv1"][0] > lr["input"][0] and lr["ds_conv"][0] == lr["conv1"][0]
    assert lr["ds_conv"][1] != lr["conv1"][1]
    assert sorted(tb) == sorted(lr)


def test_layout_survives_a_cycle_and_5000_nodes():
    g = Graph([Node("a", "ReLU"), Node("b", "ReLU")], [Edge("a", "b"), Edge("b", "a")])
    assert set(auto_layout(g)) == {"a", "b"}
    n = 5000
    big = Graph([Node(f"n{i}", "ReLU") for i in range(n)],
                [Edge(f"n{i}", f"n{i + 1}") for i in range(n - 1)]
                + [Edge(f"n{i}", f"n{i + 3}") for i in range(0, n - 3, 3)])
    pos = auto_layout(big)
    assert len(pos) == n and all(pos[f"n{i + 1}"][1] > pos[f"n{i}"][1] for i in range(n - 1))


def test_left_to_right_moves_the_ports_and_undoes(main_window):
    window = main_window(sample="resnet_small")
    nav = window.navigation
    nav.relayout(LEFT_TO_RIGHT)
    item = window.scene.nodes["stem"]
    assert window.project.graph_extra["direction"] == "LR" and item.direction == "LR"
    assert item.port_scene_pos("out").x() > item.pos().x()  # output on the right
    assert nav.left_to_right.isChecked()
    window.undo_stack.undo()
    assert "direction" not in window.project.graph_extra and item.direction == "TB"
    assert nav.top_to_bottom.isChecked()
    window.undo_stack.redo()
    assert item.direction == "LR"
    assert not window.project.unknown_keys()  # graph.direction is a known key


def test_find_a_layer_and_zoom_to_it(main_window, qtbot):
    window = main_window(sample="resnet_small", show=True)
    bar = window.navigation.find_bar
    window.navigation.find.trigger()
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "bn")
    assert bar.matches("bn") == ["stem_bn", "b1_bn1", "b1_bn2", "b2_bn1", "b2_bn2"]
    assert bar.next_match() == "stem_bn"
    assert window.scene.selected_node_ids() == ["stem_bn"]
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.nodes["stem_bn"].sceneBoundingRect())
    assert bar.next_match() == "b1_bn1" and "2 of 5" in bar.count.text()
    assert bar.matches("b2_b") == ["b2_bn1", "b2_bn2"]
    assert bar.matches("Conv2d")  # types match too
    qtbot.keyClick(bar.edit, "\x1b")  # Esc
    assert not bar.isVisible()


def test_zoom_to_selection_and_the_overview(main_window):
    window = main_window(sample="resnet_small", show=True)
    nav = window.navigation
    assert not nav.zoom_to_selection()  # nothing selected: says so
    window.scene.select_nodes(["fc", "gap"])
    window.view.resetTransform()
    window.view.scale(0.2, 0.2)
    assert nav.zoom_to_selection()
    assert window.view.zoom() > 0.5
    mini = nav.minimap
    if not mini.isVisible():
        nav.show_minimap.trigger()
    mini.render_scene()
    assert mini._pixmap is not None
    rect = mini.visible_rect()
    assert rect.width() > 0 and mini.rect().intersects(rect.toRect())


def test_cards_are_drawn_simply_when_zoomed_out(main_window, monkeypatch):
    from PySide6.QtGui import QImage, QPainter

    from netstudio.gui.canvas.node_item import NodeItem

    window = main_window(sample="resnet_small", show=True)
    view = window.view
    simple = []
    original = NodeItem._paint_simple
    monkeypatch.setattr(NodeItem, "_paint_simple",
                        lambda self, *a: simple.append(self.node_id) or original(self, *a))
    for zoom in (1.0, 0.15):
        simple.clear()
        view.resetTransform()
        view.scale(zoom, zoom)
        view.centerOn(window.scene.itemsBoundingRect().center())
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        if zoom == 1.0:
            assert not simple
    assert simple and all(n in window.scene.nodes for n in simple)  # plain blocks at 0.15


def test_the_overview_redraws_when_what_it_shows_changes_only(main_window, qtbot):
    window = main_window(sample="resnet_small", show=True)
    nav = window.navigation
    if not nav.minimap.isVisible():
        nav.show_minimap.trigger()
    timer = nav.minimap._render_timer
    timer.stop()
    relu = window.editor.graph.node("b1_relu")
    window.editor.set_params("b1_relu", {**relu.params, "inplace": True}, "inplace")
    window.run_analysis()
    window.scene.select_nodes(["fc"])
    assert not timer.isActive()  # labels, hover and selection: the map is unchanged
    stem = window.editor.graph.node("stem")
    window.editor.move({"stem": (stem.pos, (stem.pos[0] + 50, stem.pos[1]))})
    assert timer.isActive()
    timer.stop()
    window.editor.set_params("fc", {"out_features": 7}, "out_features")
    window.run_analysis()  # fc turns red (10 classes)
    assert timer.isActive()
    drawn = nav.minimap._pixmap
    qtbot.waitUntil(lambda: nav.minimap._pixmap is not drawn, timeout=3000)
