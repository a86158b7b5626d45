"""Graph events and undoable commands restore the exact graph."""

from __future__ import annotations

import pytest

from netstudio.core.graph.commands import (
    AddEdge,
    AddNode,
    History,
    Macro,
    MoveNodes,
    RemoveEdge,
    RemoveNodes,
    SetParams,
)
from netstudio.core.graph.model import Edge, Graph, Node
from netstudio.core.project import Project


def _chain() -> Project:
    nodes = [Node("input", "Input", {"shape": [1, 28, 28]}, (0, 0)),
             Node("flat", "Flatten", {}, (0, 100)),
             Node("fc1", "Linear", {"out_features": 32}, (0, 200)),
             Node("relu", "ReLU", {}, (0, 300)),
             Node("fc2", "Linear", {"out_features": 10}, (0, 400))]
    edges = [Edge("input", "flat"), Edge("flat", "fc1"), Edge("fc1", "relu"),
             Edge("relu", "fc2")]
    return Project(graph=Graph(nodes, edges))


def test_events_fire_for_each_mutation():
    graph = Graph()
    seen: list[str] = []
    graph.node_added.connect(lambda n: seen.append(f"+{n.id}"))
    graph.edge_added.connect(lambda e: seen.append(f"+{e.src}>{e.dst}"))
    graph.params_changed.connect(lambda i: seen.append(f"p{i}"))
    graph.nodes_moved.connect(lambda moves: seen.extend(f"m{i}{p}" for i, p in moves.items()))
    graph.edge_removed.connect(lambda e: seen.append(f"-{e.src}>{e.dst}"))
    graph.node_removed.connect(lambda n: seen.append(f"-{n.id}"))
    changed: list[int] = []
    graph.changed.connect(lambda: changed.append(1))
    graph.add_node(Node("a", "ReLU"))
    graph.add_node(Node("b", "ReLU"))
    graph.add_edge(Edge("a", "b"))
    graph.set_params("a", {"inplace": True})
    graph.set_pos("b", (1.0, 2.0))
    graph.remove_edge(Edge("a", "b"))
    graph.remove_node("a")
    assert seen == ["+a", "+b", "+a>b", "pa", "mb(1.0, 2.0)", "-a>b", "-a"]
    assert len(changed) == 7


def test_moving_many_nodes_is_one_event_and_its_undo_another():
    # a splice in a big network moves thousands of layers: listeners get them at once
    graph = _chain().graph
    seen: list[dict] = []
    graph.nodes_moved.connect(seen.append)
    moves = {"fc1": ((0, 200), (0, 320)), "relu": ((0, 300), (0, 420)),
             "fc2": ((0, 400), (0, 520))}
    command = MoveNodes(moves)
    command.redo(graph)
    assert seen == [{"fc1": (0, 320), "relu": (0, 420), "fc2": (0, 520)}]
    assert graph.node("relu").pos == (0, 420)
    command.undo(graph)
    assert seen[1] == {"fc1": (0, 200), "relu": (0, 300), "fc2": (0, 400)}
    assert len(seen) == 2 and graph.node("fc2").pos == (0, 400)


def test_signal_blocked_and_disconnect():
    graph = Graph()
    seen = []

    def slot(node):
        seen.append(node.id)

    graph.node_added.connect(slot)
    with graph.node_added.blocked():
        graph.add_node(Node("quiet", "ReLU"))
    graph.add_node(Node("loud", "ReLU"))
    graph.node_added.disconnect(slot)
    graph.add_node(Node("gone", "ReLU"))
    assert seen == ["loud"]


def test_cycle_detection():
    graph = _chain().graph
    assert graph.would_create_cycle("fc2", "input")
    assert graph.would_create_cycle("relu", "fc1")
    assert graph.would_create_cycle("fc1", "fc1")
    assert not graph.would_create_cycle("flat", "fc2")


def test_unique_ids():
    graph = Graph([Node("conv2d_1", "Conv2d")])
    assert graph.unique_id("Conv2d") == "conv2d_2"
    assert graph.unique_id("Max Pool!") == "max_pool_1"


def test_duplicate_ids_are_kept_aside_for_the_checker():
    graph = Graph([Node("a", "ReLU"), Node("a", "Tanh")])
    assert list(graph.nodes) == ["a"]
    assert graph.duplicate_ids == ["a"]


def test_inputs_are_ordered_by_port():
    graph = Graph([Node(i, "ReLU") for i in "abc"],
                  [Edge("b", "c", 1), Edge("a", "c", 0)])
    assert [e.src for e in graph.inputs_of("c")] == ["a", "b"]


@pytest.mark.parametrize(
    "make",
    [
        lambda: AddNode(Node("extra", "Tanh", {}, (5, 5))),
        lambda: AddNode(Node("early", "Tanh"), index=1),
        lambda: RemoveNodes(["fc1"]),
        lambda: RemoveNodes(["flat", "relu", "fc2"]),
        lambda: AddEdge(Edge("input", "fc2")),
        lambda: RemoveEdge(Edge("fc1", "relu")),
        lambda: SetParams("fc1", {"out_features": 64}),
        lambda: MoveNodes({"fc1": ((0, 200), (50, 250)), "relu": ((0, 300), None)}),
        lambda: Macro("Paste", [AddNode(Node("x", "ReLU")), AddEdge(Edge("fc2", "x"))]),
    ],
)
def test_undo_restores_and_redo_reapplies_exactly(make):
    project = _chain()
    history = History(project.graph)
    before = project.to_dict()
    history.push(make())
    after = project.to_dict()
    assert after != before
    assert history.undo()
    assert project.to_dict() == before
    assert history.redo()
    assert project.to_dict() == after
    assert history.undo()
    assert project.to_dict() == before


def test_params_edits_on_one_field_merge_into_one_step():
    project = _chain()
    history = History(project.graph)
    for value in (1, 12, 128):
        history.push(SetParams("fc1", {"out_features": value}, field_name="out_features"))
    assert project.graph.node("fc1").params == {"out_features": 128}
    assert history.undo_text == "Change out_features of 'fc1'"
    history.undo()
    assert project.graph.node("fc1").params == {"out_features": 32}
    assert history.undo_text is None  # the three edits were one step


def test_command_texts_name_the_action():
    assert AddNode(Node("conv1", "Conv2d")).text == "Add Conv2d 'conv1'"
    assert RemoveNodes(["a", "b"]).text == "Delete 2 nodes"
    assert AddEdge(Edge("a", "b")).text == "Connect 'a' to 'b'"


def test_a_copied_node_shares_nothing_that_can_change():
    weird = (1, [2])  # not JSON: copied the usual way
    node = Node("a", "Linear", {"out_features": 3, "nested": {"k": [1, {"x": 2.5}]},
                                "t": weird}, (0, 0), {"note": ["x"]})
    twin = node.copy()
    assert twin == node
    twin.params["nested"]["k"][1]["x"] = 9
    twin.params["t"][1].append(3)
    twin.extra["note"].append("y")
    assert node.params["nested"] == {"k": [1, {"x": 2.5}]} and node.params["t"] == (1, [2])
    assert node.extra == {"note": ["x"]}
