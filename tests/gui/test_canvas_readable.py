"""The canvas as a newcomer reads it at 1280x720: a small overview map, cards that stay readable
after Fit, long ids cut between words (and whole in the tooltip)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QImage, QPainter

from netstudio.gui.canvas.labels import ELLIPSIS, elide_id

pytestmark = pytest.mark.gui


def _render(view) -> None:  # noqa: ANN001
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    view.render(painter)
    painter.end()


def test_the_overview_map_of_a_three_layer_graph_is_a_small_thumbnail(main_window, qtbot):
    from netstudio.gui.canvas import minimap as mm

    window = main_window(show=True)
    window.resize(1280, 720)
    window.files.new_project()  # Input -> Flatten -> Linear
    mini = window.navigation.minimap
    if not mini.isVisible():
        window.navigation.show_minimap.trigger()
    mini.render_scene()
    view = window.view
    assert len(window.scene.nodes) == 3
    assert mini.width() <= max(mm.MIN_SIDE, view.width() * mm.VIEW_SHARE[0])
    assert mini.height() <= max(mm.MIN_SIDE, view.height() * mm.VIEW_SHARE[1])
    graph = window.scene.cards_rect()  # never more than the graph needs
    frame = 2 * mini.frameWidth()
    assert mini.width() <= max(mm.MIN_SIDE, graph.width() * 1.1 * mm.MAP_SCALE + frame + 1)
    assert mini.height() <= max(mm.MIN_SIDE, graph.height() * 1.1 * mm.MAP_SCALE + frame + 1)
    # in the canvas's bottom-right corner, and still a map: clicking it moves the view
    assert view.rect().contains(mini.geometry())
    assert mini.geometry().right() > view.width() * 0.9
    assert mini._pixmap is not None and mini.visible_rect().isValid()


def test_an_empty_canvas_has_no_empty_overview_box(main_window, qtbot):
    from netstudio.core.project import Project

    window = main_window(show=True)
    mini = window.navigation.minimap
    if not mini.isVisible():
        window.navigation.show_minimap.trigger()
    window.set_project(Project())
    mini.render_scene()
    assert mini.width() == 0 and mini.height() == 0
    window.files.new_project()  # cards again: the map comes back
    mini.render_scene()
    assert mini.width() > 0 and mini._pixmap is not None


def test_the_overview_map_shrinks_with_a_low_canvas(main_window, qtbot):
    from netstudio.gui.canvas import minimap as mm

    window = main_window(sample="resnet_small", show=True)
    mini = window.navigation.minimap
    if not mini.isVisible():
        window.navigation.show_minimap.trigger()
    window.view.resize(700, 300)  # a canvas with the curves open at 1280x720
    mini.render_scene()
    assert mini.height() <= 300 * mm.VIEW_SHARE[1]
    assert mini.width() <= 700 * mm.VIEW_SHARE[0]


def test_fit_keeps_the_tutorial_cnn_readable_in_a_low_canvas(main_window, qtbot, monkeypatch):
    """1280x720 with the curves open leaves the canvas about 700x310: Fit must not turn the
    11 cards into plain blocks; each shows its id, each connection its shape."""
    from netstudio.gui.canvas.edge_item import EdgeItem
    from netstudio.gui.canvas.node_item import DETAIL_FROM, NodeItem, compact_font
    from netstudio.gui.canvas.view import GraphView

    window = main_window(sample="mnist_cnn")
    view = GraphView(window.scene)
    qtbot.addWidget(view)
    view.resize(700, 310)
    view.show()
    qtbot.waitExposed(view)
    view.fit()
    zoom = view.zoom()
    assert zoom < DETAIL_FROM  # too far out for the full card ...
    drawn: dict[str, list[str]] = {"simple": [], "compact": []}
    for kind in drawn:
        original = getattr(NodeItem, f"_paint_{kind}")
        monkeypatch.setattr(NodeItem, f"_paint_{kind}",
                            lambda self, *a, _o=original, _k=kind: drawn[_k].append(self.node_id)
                            or _o(self, *a))
    _render(view)
    assert not drawn["simple"]  # ... but never blocks without text
    assert sorted(drawn["compact"]) == sorted(window.scene.nodes)
    for node_id, item in window.scene.nodes.items():
        assert item.compact_text(zoom) == node_id  # every id whole
    assert compact_font(zoom).pixelSize() * zoom >= 8  # about 9 pixels on screen
    edges = [e for e in window.scene.items() if isinstance(e, EdgeItem)]
    assert len(edges) == 10
    for edge in edges:
        pill = edge.compact_pill(zoom)
        assert pill is not None, edge.label  # the shape is drawn ...
        rect, font = pill
        assert font.pixelSize() * zoom >= 6  # ... readable
        gap = edge.dst_item.port_scene_pos("in").y() - edge.src_item.port_scene_pos("out").y()
        assert rect.height() <= gap  # ... between the two cards


def test_big_graphs_still_draw_plain_blocks_where_small_ones_are_compact(main_window):
    from netstudio.gui.canvas import node_item

    window = main_window(sample="mnist_cnn")
    scene = window.scene
    assert all(i.simple_below == node_item.SMALL_SIMPLE_BELOW for i in scene.nodes.values())
    editor = window.editor
    for i in range(node_item.SMALL_GRAPH - len(scene.nodes) + 1):  # one card over the limit
        editor.add_node("ReLU", (400.0 + 10 * i, 0.0))
    assert all(i.simple_below == node_item.SIMPLE_BELOW for i in scene.nodes.values())
    window.undo_stack.undo()  # back to the limit: compact again
    assert all(i.simple_below == node_item.SMALL_SIMPLE_BELOW for i in scene.nodes.values())


@pytest.mark.parametrize(("text", "width", "expected"), [
    ("backbone_layer3_block2_conv", 20, "backbone" + ELLIPSIS + "block2_conv"),
    ("backbone_layer3_block2_conv", 12, ELLIPSIS + "block2_conv"),
    ("features.3.conv.0", 12, "features.3" + ELLIPSIS + "0"),
    # the last word (the layer's own name) stays, rather than more of the start
    ("backbone_stage2_block1_depthwise_conv", 13, "backbone" + ELLIPSIS + "conv"),
    ("backbone_stage2_block1_depthwise_conv", 12, ELLIPSIS + "conv"),
    ("encoderBlockDepthwiseConv", 15, ELLIPSIS + "DepthwiseConv"),
    ("conv1", 5, "conv1"),
    ("averyveryverylongidentifier", 10, "averyvery" + ELLIPSIS),  # one word: its start
])
def test_ids_are_cut_between_words(text, width, expected):
    assert elide_id(text, width, len) == expected


def test_a_long_card_id_is_cut_between_words_and_whole_in_the_tooltip(main_window, tmp_path):
    long_id = "backbone_stage3_block2_depthwise_conv"
    path = tmp_path / "long.nsproj.json"
    path.write_text(json.dumps({
        "format": "netstudio", "version": 1, "name": "long ids",
        "graph": {"nodes": [
            {"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}, "pos": [0, 0]},
            {"id": long_id, "type": "Conv2d", "params": {"out_channels": 8, "kernel_size": 3},
             "pos": [0, 120]}],
            "edges": [{"from": "input", "to": long_id}]},
        "data": {"dataset": "mnist"}}), encoding="utf-8")
    window = main_window(path=path)
    item = window.scene.nodes[long_id]
    shown = item.shown_id()
    assert ELLIPSIS in shown and shown != long_id
    head, tail = shown.split(ELLIPSIS)
    words = long_id.split("_")
    # whole words on both sides of the ellipsis
    assert head == "" or "_".join(words[:head.count("_") + 1]) == head
    assert tail == "" or "_".join(words[len(words) - tail.count("_") - 1:]) == tail
    assert tail.endswith("conv")  # the layer's own name
    assert long_id in item.tooltip_text()
    assert window.scene.nodes["input"].shown_id() == "input"  # short ids are left whole
