"""Make a graph hold given nodes and connections, changing only what differs.

Undo and redo of an edit kept as whole before/after states (grouping layers into a block,
expanding one) put a state back through the graph's own methods, so the canvas and the
checker follow the events. Removing and re-adding everything would rebuild every card of a
5,000-layer network and re-check it all for a change of a few layers; this removes and adds
only the nodes and connections that differ, and leaves the graph exactly in the order given.
"""

from __future__ import annotations

from collections import Counter

from netstudio.core.graph.model import Edge, Graph, Node


def rewrite(graph: Graph, nodes: list[Node], edges: list[Edge]) -> None:
    """``graph`` ends with copies of ``nodes`` and with ``edges``, both in this order."""
    wanted = {n.id: n for n in nodes}
    keep = {nid for nid, n in graph.nodes.items()
            if (w := wanted.get(nid)) is n or (w is not None and w == n)}
    if [nid for nid in graph.nodes if nid in keep] != [n.id for n in nodes if n.id in keep]:
        keep = set()  # the kept ones would change order: put everything back
    kept_edges = _kept_edges(graph.edges, edges, keep)
    for index in range(len(graph.edges) - 1, -1, -1):
        if index not in kept_edges:
            graph.remove_edge(graph.edges[index], index)  # this one, not an equal twin
    for nid in [nid for nid in graph.nodes if nid not in keep]:
        graph.remove_node(nid)
    for index, node in enumerate(nodes):
        if node.id not in keep:
            graph.add_node(node.copy(), index)
    present = Counter(graph.edges)
    for index, edge in enumerate(edges):
        if present[edge] > 0:
            present[edge] -= 1
        else:
            graph.add_edge(edge, index)


def _kept_edges(old: list[Edge], new: list[Edge], keep: set[str]) -> set[int]:
    """Indexes in ``old`` of the connections that stay: between kept nodes, also wanted,
    and in the same order among themselves as in ``new``."""
    wanted = Counter(new)
    kept: list[int] = []
    for i, e in enumerate(old):
        if e.src in keep and e.dst in keep and wanted[e] > 0:
            wanted[e] -= 1
            kept.append(i)
    chosen = Counter(old[i] for i in kept)
    in_new = []
    for e in new:
        if chosen[e] > 0:
            chosen[e] -= 1
            in_new.append(e)
    return set(kept) if [old[i] for i in kept] == in_new else set()
