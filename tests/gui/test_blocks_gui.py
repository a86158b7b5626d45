"""Blocks on the canvas: group, open, edit the definition (every instance follows), expand;
each undoable."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_group_open_edit_and_undo(main_window):
    window = main_window(sample="resnet_small")
    project = window.project
    total = window.analysis.total_params
    window.scene.select_nodes(["b1_conv1", "b1_bn1", "b1_relu1", "b1_conv2", "b1_bn2",
                               "b1_add", "b1_relu"])
    instance = window.blocks.group_selection("Residual")
    assert instance is not None and instance in window.scene.nodes
    assert list(project.blocks) == ["Residual"]
    assert window.analysis.ok and window.analysis.total_params == total
    assert window.analysis.nodes[instance].shape == window.analysis.nodes["stem_relu"].shape
    # a second use of the same block: paste-free, by a Block node of its own
    window.undo_stack.undo()
    assert not project.blocks and "b1_conv1" in window.scene.nodes
    window.undo_stack.redo()
    assert list(project.blocks) == ["Residual"] and instance in window.scene.nodes

    assert window.blocks.open_block(instance)
    assert window.editor.block_prefix == f"{instance}/"
    assert "b1_conv1" in window.scene.nodes and "in" in window.scene.nodes
    conv = window.editor.graph.node("b1_conv2")
    window.editor.set_params("b1_conv2", {**conv.params, "out_channels": 8}, "out_channels")
    window.run_analysis()
    bad = [d for d in window.analysis.errors if d.node and d.node.startswith(instance)]
    assert bad  # 8 channels do not add to the 16 of the skip connection: an error, inside
    assert window.scene.nodes["b1_add"].status == "error"
    window.undo_stack.undo()  # the definition's edit, undone
    window.run_analysis()
    assert window.analysis.ok
    assert window.blocks.go_back()
    assert instance in window.scene.nodes and window.editor.block_prefix == ""

    window.scene.select_nodes([instance])
    assert window.blocks.expand_selection()
    assert instance not in window.scene.nodes and window.analysis.ok
    window.undo_stack.undo()
    assert instance in window.scene.nodes


def test_grouping_that_cannot_work_says_why(main_window):
    window = main_window(sample="resnet_small")
    window.scene.select_nodes(["b1_conv1", "b1_relu"])  # skips the layers between them
    assert window.blocks.group_selection() is None
    assert "Cannot group" in window.statusBar().currentMessage()


def test_an_error_inside_a_block_shows_on_its_card(main_window):
    window = main_window(sample="resnet_small")
    window.scene.select_nodes(["b2_conv1", "b2_bn1", "b2_relu1", "b2_conv2", "b2_bn2",
                               "b2_add"])
    instance = window.blocks.group_selection()
    body = window.project.blocks[window.project.graph.node(instance).params["block"]]
    body.node("b2_conv1").params["kernel_size"] = 99
    window.run_analysis()
    assert window.scene.nodes[instance].status == "error"
    assert any(d.node == f"{instance}/b2_conv1" for d in window.analysis.errors)
