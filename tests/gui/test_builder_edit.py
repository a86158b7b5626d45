"""Editing: undo/redo restore the exact graph, property forms, copy/paste, layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

pytestmark = pytest.mark.gui


def test_undo_redo_restore_exact_graph(main_window, qtbot):
    w = main_window(sample="mnist_cnn")
    original = w.project.to_dict()
    w.add_layer_at("Dropout", QPointF(300, 300))
    assert w.editor.connect("fc1", "dropout_1") is None
    w.editor.set_params("conv1", dict(w.project.graph.node("conv1").params, out_channels=8),
                        "out_channels")
    w.editor.move({"conv2": (w.project.graph.node("conv2").pos, (55.0, 66.0))})
    w.scene.select_nodes(["pool1"])
    w.action_set.delete.trigger()
    assert w.editor.layout_all()
    edited = w.project.to_dict()
    assert edited != original
    steps = w.undo_stack.count()
    assert steps == 6
    assert w.isWindowModified()
    for _ in range(steps):
        w.action_set.undo.trigger()
    assert w.project.to_dict() == original
    assert not w.isWindowModified()
    # The canvas mirrors the graph again: same items, same places.
    assert set(w.scene.nodes) == set(w.project.graph.nodes)
    assert w.scene.nodes["conv2"].pos() == QPointF(*w.project.graph.node("conv2").pos)
    for _ in range(steps):
        w.action_set.redo.trigger()
    assert w.project.to_dict() == edited
    assert set(w.scene.nodes) == set(w.project.graph.nodes)
    assert sum(len(v) for v in w.scene.edges.values()) == len(w.project.graph.edges)


def test_property_form_edits_merge_and_refuse_bad_values(main_window, qtbot):
    w = main_window(sample="mnist_cnn")
    w.scene.select_nodes(["conv1"])
    fields = w.properties.fields
    assert {"out_channels", "kernel_size", "in_channels"} <= set(fields)
    # in_channels is inferred: shown read-only (auto) with the inferred value.
    in_ch = fields["in_channels"]
    assert in_ch.auto.isChecked() and not in_ch.editor.isEnabled()
    assert in_ch.editor.value() == 1
    spin = fields["out_channels"].editor
    for value in (20, 24, 28):  # like typing: three edits, one undo step
        spin.setValue(value)
    assert w.project.graph.node("conv1").params["out_channels"] == 28
    assert w.undo_stack.count() == 1
    assert "out_channels" in w.undo_stack.undoText()
    qtbot.waitUntil(lambda: w.analysis.nodes["conv1"].shape[0] == 28)
    # A kernel that is not "n" or "h, w" is flagged in place and not applied.
    kernel = fields["kernel_size"]
    kernel.editor.setText("3, x")
    kernel.editor.textEdited.emit("3, x")
    assert kernel.editor.property("problem") is True
    assert w.project.graph.node("conv1").params["kernel_size"] == 5
    kernel.editor.setText("3, 5")
    kernel.editor.textEdited.emit("3, 5")
    assert w.project.graph.node("conv1").params["kernel_size"] == [3, 5]
    assert kernel.editor.property("problem") is False
    w.undo_stack.undo()
    assert w.project.graph.node("conv1").params["kernel_size"] == 5
    assert kernel.editor.text() == "5"  # the form follows undo


def test_copy_paste_and_duplicate(main_window, qtbot):
    w = main_window(sample="mnist_cnn")
    w.scene.select_nodes(["conv1", "relu1"])
    assert w.action_set.copy_selection()
    new_ids = w.action_set.paste_clipboard()
    assert len(new_ids) == 2
    graph = w.project.graph
    a, b = new_ids
    assert graph.node(a).type == "Conv2d" and graph.node(b).type == "ReLU"
    assert graph.has_edge(a, b)  # the edge between copied nodes comes along
    assert graph.node(a).params == graph.node("conv1").params
    assert sorted(w.scene.selected_node_ids()) == sorted(new_ids)
    dup = w.action_set.duplicate_selection()
    assert len(dup) == 2 and not set(dup) & set(new_ids)
    count = len(graph)
    w.undo_stack.undo()
    assert len(graph) == count - 2


def test_auto_layout_places_every_node_below_its_inputs(main_window):
    w = main_window(sample="resnet_small")
    for node in w.project.graph.nodes.values():
        w.editor.move({node.id: (node.pos, (0.0, 0.0))})
    assert w.editor.layout_all()
    graph = w.project.graph
    for e in graph.edges:
        assert graph.node(e.src).pos[1] < graph.node(e.dst).pos[1]
    assert w.undo_stack.undoText() == "Auto layout"


def test_delete_a_selected_connection_and_undo(main_window):
    w = main_window(sample="mnist_cnn")
    edge = next(e for e in w.project.graph.edges if e.src == "flatten")
    before = w.project.to_dict()
    w.scene.clearSelection()
    w.scene.edges[edge][0].setSelected(True)
    assert w.action_set.delete.isEnabled()
    w.action_set.delete.trigger()
    assert not w.project.graph.has_edge("flatten", "fc1")
    assert edge not in w.scene.edges
    assert "flatten" in w.undo_stack.undoText()
    w.undo_stack.undo()
    assert w.project.to_dict() == before
    assert w.scene.edges[edge][0].label == "[1024]"
