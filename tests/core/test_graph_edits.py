"""Compound edits (splice, add after, disconnect) are one undo step and restore the graph."""

from __future__ import annotations

from netstudio.core.graph import edits
from netstudio.core.graph.commands import History
from netstudio.core.graph.model import Edge, Graph, Node


def _chain() -> Graph:
    nodes = [Node("input", "Input", {"shape": [1, 28, 28]}, (0.0, 0.0)),
             Node("flat", "Flatten", {}, (0.0, 120.0)),
             Node("fc", "Linear", {"out_features": 10}, (0.0, 240.0))]
    return Graph(nodes, [Edge("input", "flat"), Edge("flat", "fc")])


def _snapshot(g: Graph) -> tuple:
    return ([(n.id, n.type, n.params, n.pos) for n in g.nodes.values()],
            [e.key for e in g.edges])


def test_splice_puts_the_layer_on_the_edge_and_makes_room_in_one_step():
    g = _chain()
    before = _snapshot(g)
    history = History(g)
    node = Node("conv", "Conv2d", {"out_channels": 8, "kernel_size": 3}, (0.0, 120.0))
    history.push(edits.splice(g, node, Edge("input", "flat")))
    assert {e.key for e in g.edges} == {("input", "conv", None), ("conv", "flat", None),
                                        ("flat", "fc", None)}
    # what was below moved one row down; the input stayed
    assert g.node("flat").pos == (0.0, 240.0) and g.node("fc").pos == (0.0, 360.0)
    assert g.node("input").pos == (0.0, 0.0)
    assert "conv" in history.undo_text and "between" in history.undo_text
    assert history.undo() and _snapshot(g) == before
    assert not history.undo()  # it was one step


def test_splice_keeps_the_input_port_of_a_concat():
    g = Graph([Node("a", "Input", {"shape": [4]}), Node("b", "Input", {"shape": [4]}),
               Node("cat", "Concat", {"dim": 0})], [Edge("a", "cat", 0), Edge("b", "cat", 1)])
    edits.splice(g, Node("r", "ReLU", {}), Edge("b", "cat", 1)).redo(g)
    assert ("r", "cat", 1) in {e.key for e in g.edges}


def test_add_after_grows_a_chain_in_place_and_branches_when_there_are_several_outputs():
    g = _chain()
    node = Node("relu", "ReLU", {}, edits.below(g, "input"))
    edits.add_after(g, node, "input").redo(g)
    assert g.outputs_of("input") == [Edge("input", "relu")]
    assert [e.dst for e in g.outputs_of("relu")] == ["flat"]
    # a layer with no output yet: a plain connection
    edits.add_after(g, Node("sm", "Softmax", {}, edits.below(g, "fc")), "fc").redo(g)
    assert g.outputs_of("fc") == [Edge("fc", "sm")]
    # two outputs: the new one is a third branch, the others stay
    g.add_edge(Edge("input", "fc2"))  # dangling is fine for the model
    edits.add_after(g, Node("d", "Dropout", {}), "input").redo(g)
    assert {e.dst for e in g.outputs_of("input")} == {"relu", "fc2", "d"}


def test_disconnect_removes_every_edge_of_the_node_and_undoes():
    g = _chain()
    cmd = edits.disconnect(g, "flat")
    assert cmd is not None
    cmd.redo(g)
    assert g.edges == []
    cmd.undo(g)
    assert [e.key for e in g.edges] == [("input", "flat", None), ("flat", "fc", None)]
    assert edits.disconnect(Graph([Node("x", "ReLU")]), "x") is None


def test_a_new_project_checks_clean_and_trains_a_classifier():
    from netstudio.core.analysis import analyze
    from netstudio.core.starter import starter_project

    project = starter_project()
    analysis = analyze(project)
    assert analysis.ok and not analysis.diagnostics
    assert analysis.nodes["output"].shape == (10,)  # one score per MNIST class
    assert [e.key for e in project.graph.edges] == [("input", "flatten", None),
                                                    ("flatten", "output", None)]
