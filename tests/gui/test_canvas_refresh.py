"""After an edit the canvas repaints only what changed (GraphScene.apply_analysis): every card
and connection must then look exactly as a canvas built from scratch for the same analysis."""

from __future__ import annotations

import json
import random

import pytest

from netstudio.gui.bridge import GraphBridge
from netstudio.gui.canvas.scene import GraphScene

pytestmark = pytest.mark.gui


def looks(scene: GraphScene) -> tuple[dict, dict]:
    cards = {nid: (item.status, item.tooltip_text()) for nid, item in scene.nodes.items()}
    wires = {edge: sorted((i.label, i.bad) for i in items) for edge, items in scene.edges.items()}
    return cards, wires


def assert_as_if_redrawn(window) -> None:  # noqa: ANN001
    window.run_analysis()
    fresh = GraphScene(GraphBridge(), window.editor)
    try:
        fresh.load(window.editor.graph)
        fresh.apply_analysis(window.analysis)
        cards, wires = looks(window.scene)
        want_cards, want_wires = looks(fresh)
        assert cards == want_cards
        assert wires == want_wires
    finally:
        fresh.deleteLater()


def set_param(window, node_id: str, **values) -> bool:  # noqa: ANN001
    """False when the node already has those values (nothing pushed)."""
    node = window.editor.graph.node(node_id)
    return window.editor.set_params(node_id, {**node.params, **values}, next(iter(values)))


def test_edits_undo_and_redo_repaint_like_a_new_canvas(main_window):
    window = main_window(sample="resnet_small")
    assert_as_if_redrawn(window)
    steps = [
        lambda: set_param(window, "input", shape=[1, 27, 27]),  # every label, and an error
        lambda: set_param(window, "b1_conv2", out_channels=8),  # an error downstream
        lambda: set_param(window, "b1_conv2", out_channels=16),  # fixed (one undo step with 8)
        lambda: set_param(window, "fc", out_features=7),  # only the end changes
        lambda: window.editor.add_node("ReLU", (900.0, 0.0)),  # a lone card
        lambda: window.editor.connect("fc", "relu_1") is None,  # two outputs now
        lambda: window.editor.delete([], [e for e in window.editor.graph.edges
                                          if e.dst == "b2_add"][:1]),  # a missing input
        *[window.undo_stack.undo] * 2, window.undo_stack.redo, *[window.undo_stack.undo] * 4,
    ]
    for step in steps:
        assert step() is not False
        assert_as_if_redrawn(window)
    assert window.scene.nodes["b1_add"].status == "ok"
    assert window.scene.nodes["input"].status == "error"  # 27x27 is not MNIST's


def test_random_edits_repaint_like_a_new_canvas(main_window):
    window = main_window(sample="resnet_small")
    editor = window.editor
    rng = random.Random(14)
    convs = [n for n, node in editor.graph.nodes.items() if node.type == "Conv2d"]
    for _ in range(25):
        roll = rng.random()
        edges = editor.graph.edges
        if roll < 0.3:
            set_param(window, rng.choice(convs), out_channels=rng.choice([4, 8, 16]))
        elif roll < 0.45:
            set_param(window, "input", shape=rng.choice([[1, 28, 28], [1, 27, 27], [3, 28, 28]]))
        elif roll < 0.6 and edges:
            editor.delete([], [rng.choice(edges)])
        elif roll < 0.7:
            ids = list(editor.graph.nodes)
            editor.connect(rng.choice(ids), rng.choice(ids))  # refused when it cannot be
        elif roll < 0.9:
            window.undo_stack.undo()
        else:
            window.undo_stack.redo()
        assert_as_if_redrawn(window)


def test_inside_a_block_the_inputs_follow_the_instance(main_window):
    window = main_window(sample="resnet_small")
    window.scene.select_nodes(["b1_conv1", "b1_bn1", "b1_relu1", "b1_conv2", "b1_bn2",
                               "b1_add", "b1_relu"])
    instance = window.blocks.group_selection("Residual")
    assert window.blocks.open_block(instance)
    assert_as_if_redrawn(window)
    before = {e.src: items[0].label for e, items in window.scene.edges.items()}
    # The network outside changes while the block is open (what an undo there does).
    window.project.graph.set_params("input", {"shape": [1, 27, 27]})
    assert_as_if_redrawn(window)
    after = {e.src: items[0].label for e, items in window.scene.edges.items()}
    inputs = [n for n, node in window.editor.graph.nodes.items() if node.type == "BlockInput"]
    assert inputs and all(before[n] != after[n] for n in inputs)  # 16×28×28 -> 16×27×27
    set_param(window, "b1_conv2", out_channels=8)  # inside: the Add disagrees
    assert_as_if_redrawn(window)
    assert window.scene.nodes["b1_add"].status == "error"


def test_a_block_that_passes_its_input_through_follows_it(main_window, tmp_path):
    raw = {"format": "netstudio", "version": 2, "graph": {
        "nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                  {"id": "skip", "type": "Block", "params": {"block": "Same"}},
                  {"id": "flat", "type": "Flatten"},
                  {"id": "fc", "type": "Linear", "params": {"out_features": 10}}],
        "edges": [{"from": "input", "to": "skip"}, {"from": "skip", "to": "flat"},
                  {"from": "flat", "to": "fc"}]},
        "blocks": {"Same": {"nodes": [{"id": "in", "type": "BlockInput", "params": {"port": 0}},
                                      {"id": "out", "type": "BlockOutput"}],
                            "edges": [{"from": "in", "to": "out"}]}}}
    path = tmp_path / "same.nsproj.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    window = main_window(path=path)
    assert window.blocks.open_block("skip")
    (wire,) = window.scene.edges.values()
    assert wire[0].label == "1×28×28"
    window.project.graph.set_params("input", {"shape": [1, 20, 20]})
    assert_as_if_redrawn(window)
    assert wire[0].label == "1×20×20"


def test_where_a_wrong_size_comes_from_follows_the_layers_above(main_window, tmp_path):
    raw = {"format": "netstudio", "version": 2, "graph": {
        "nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                  {"id": "flat", "type": "Flatten"},
                  {"id": "fc", "type": "Linear", "params": {"in_features": 100,
                                                            "out_features": 10}}],
        "edges": [{"from": "input", "to": "flat"}, {"from": "flat", "to": "fc"}]}}
    path = tmp_path / "sizes.nsproj.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    window = main_window(path=path)
    assert "1×28×28" in window.scene.nodes["fc"].tooltip_text()
    set_param(window, "input", shape=[4, 14, 14])  # still 784 features: the same problem
    assert_as_if_redrawn(window)
    assert "4×14×14" in window.scene.nodes["fc"].tooltip_text()


def test_a_structural_edit_in_a_long_network_visits_only_the_cards_it_changes(
        main_window, tmp_path, monkeypatch):
    layers = [{"id": f"r{i}", "type": "ReLU"} for i in range(300)]
    raw = {"format": "netstudio", "version": 2, "graph": {
        "nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}}, *layers,
                  {"id": "flat", "type": "Flatten"},
                  {"id": "fc", "type": "Linear", "params": {"out_features": 10}}],
        "edges": [{"from": a, "to": b} for a, b in zip(
            ["input", *[f"r{i}" for i in range(300)], "flat"],
            [*[f"r{i}" for i in range(300)], "flat", "fc"], strict=True)]}}
    path = tmp_path / "long.nsproj.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    window = main_window(path=path)
    visited: list[int] = []
    to_visit = GraphScene._to_visit

    def counting(self, *args):  # noqa: ANN001, ANN202
        cards = list(to_visit(self, *args))
        visited.append(len(cards))
        return cards

    monkeypatch.setattr(GraphScene, "_to_visit", counting)
    editor = window.editor
    steps = [lambda: editor.splice("Tanh", editor.graph.outputs_of("r150")[0]),
             lambda: editor.add_node("Sigmoid", (600.0, 0.0)),
             lambda: editor.connect("r100", "sigmoid_1") is None,  # a second output: errors
             *[window.undo_stack.undo] * 3, window.undo_stack.redo]
    for step in steps:
        assert step() is not False
        window.run_analysis()
        assert visited and visited[-1] <= 6, visited  # the cards the edit touched
        assert_as_if_redrawn(window)
