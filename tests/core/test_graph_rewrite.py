"""rewrite(graph, nodes, edges): the graph ends exactly as given, and only what differs
is removed and added (the events the canvas and the checker follow)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from netstudio.core.graph.model import Edge, Graph, Node
from netstudio.core.graph.rewrite import rewrite

IDS = ["a", "b", "c", "d", "e", "f"]


@st.composite
def states(draw):
    ids = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=6))
    nodes = [Node(i, draw(st.sampled_from(["ReLU", "Tanh"])),
                  draw(st.sampled_from([{}, {"p": 1}])), (0.0, float(draw(st.integers(0, 1)))))
             for i in ids]
    edges = [Edge(draw(st.sampled_from(ids)), draw(st.sampled_from(ids)),
                  draw(st.sampled_from([None, 0, 1])))
             for _ in range(draw(st.integers(0, 6)))] if ids else []
    return nodes, edges


def events(graph: Graph) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    graph.node_added.connect(lambda n: seen.append(("+node", n.id)))
    graph.node_removed.connect(lambda n: seen.append(("-node", n.id)))
    graph.edge_added.connect(lambda e: seen.append(("+edge", f"{e.src}>{e.dst}")))
    graph.edge_removed.connect(lambda e: seen.append(("-edge", f"{e.src}>{e.dst}")))
    return seen


TWINS = [Node("a", "ReLU")]


@settings(max_examples=100, deadline=None)
@given(states(), states())
@example(  # equal connections at several places: the one at the index goes, not its twin
    (TWINS, [Edge("a", "a", 0), Edge("a", "a"), Edge("a", "a", 0)]), (TWINS, [Edge("a", "a")]))
def test_the_graph_ends_exactly_as_given(before, after):
    graph = Graph([n.copy() for n in before[0]], list(before[1]))
    rewrite(graph, *after)
    assert list(graph.nodes.values()) == after[0]
    assert graph.edges == after[1]
    assert all(graph.nodes[n.id] is not n for n in after[0])  # copies: the state stays as it is


def test_only_what_differs_is_removed_and_added():
    nodes = [Node(f"n{i}", "ReLU") for i in range(100)]
    edges = [Edge(f"n{i}", f"n{i + 1}") for i in range(99)]
    graph = Graph([n.copy() for n in nodes], list(edges))
    seen = events(graph)
    grouped = [*nodes[:40], Node("block_1", "Block", {"block": "B"}), *nodes[44:]]
    wires = [*edges[:39], Edge("n39", "block_1"), Edge("block_1", "n44"), *edges[44:]]
    rewrite(graph, grouped, wires)
    assert graph.edges == wires and list(graph.nodes.values()) == grouped
    assert sorted(seen) == sorted([("-edge", f"n{i}>n{i + 1}") for i in range(39, 44)]
                                  + [("-node", f"n{i}") for i in range(40, 44)]
                                  + [("+node", "block_1"), ("+edge", "n39>block_1"),
                                     ("+edge", "block_1>n44")])
    seen.clear()
    rewrite(graph, nodes, edges)  # and back
    assert graph.edges == edges and list(graph.nodes.values()) == nodes
    assert len(seen) == 2 + 1 + 4 + 5  # the block and its two wires out, the rest back in


def test_a_changed_layer_is_replaced():
    graph = Graph([Node("a", "ReLU"), Node("b", "Linear", {"out_features": 3})],
                  [Edge("a", "b")])
    seen = events(graph)
    rewrite(graph, [Node("a", "ReLU"), Node("b", "Linear", {"out_features": 4})],
            [Edge("a", "b")])
    assert graph.nodes["b"].params == {"out_features": 4}
    assert seen == [("-edge", "a>b"), ("-node", "b"), ("+node", "b"), ("+edge", "a>b")]
