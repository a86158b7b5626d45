"""The network graph: nodes (one layer each), edges, and the events views subscribe to.

The graph stores what the user (or a file) says, even when it is wrong: dangling edges, cycles
and bad parameters are kept and reported by the checker, never silently dropped. Mutations go
through the methods below so that every change is announced; the GUI calls them only through
commands (netstudio.core.graph.commands) so that each edit can be undone.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from netstudio.core.events import Signal

Pos = tuple[float, float]

_ID_PREFIX = re.compile(r"[^A-Za-z0-9_]+")


@dataclass
class Node:
    """One layer. ``params`` are the torch.nn keyword arguments as written in the file."""

    id: str
    type: str
    params: dict[str, Any] = field(default_factory=dict)
    pos: Pos | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept on save

    def copy(self) -> Node:
        return Node(self.id, self.type, _copied(self.params), self.pos, _copied(self.extra))


@dataclass(frozen=True)
class Edge:
    """A connection from ``src``'s output into ``dst``; ``port`` orders inputs (Concat)."""

    src: str
    dst: str
    port: int | None = None
    extra: tuple[tuple[str, Any], ...] = ()  # unknown keys, kept on save (hashable)

    @property
    def key(self) -> tuple[str, str, int | None]:
        return (self.src, self.dst, self.port)


class Graph:
    """Ordered nodes and edges with change events.

    Events (all synchronous):
        node_added(node), node_removed(node), edge_added(edge), edge_removed(edge),
        params_changed(node_id), nodes_moved({node_id: pos, ...}), changed() after any of
        them. A move of many nodes (the layers a splice pushes down) is one event.
    """

    def __init__(self, nodes: Iterable[Node] = (), edges: Iterable[Edge] = ()) -> None:
        self._nodes: dict[str, Node] = {}
        self._edges: list[Edge] = []
        self.node_added = Signal("node_added")
        self.node_removed = Signal("node_removed")
        self.edge_added = Signal("edge_added")
        self.edge_removed = Signal("edge_removed")
        self.params_changed = Signal("params_changed")
        self.nodes_moved = Signal("nodes_moved")
        self.changed = Signal("changed")
        # Duplicate ids in a file are kept aside so the checker can name them.
        self.duplicate_ids: list[str] = []
        for n in nodes:
            if n.id in self._nodes:
                self.duplicate_ids.append(n.id)
            else:
                self._nodes[n.id] = n
        self._edges.extend(edges)

    # ---- queries -------------------------------------------------------------------------
    @property
    def nodes(self) -> dict[str, Node]:
        """Nodes by id, in insertion order. Treat as read-only; mutate through methods."""
        return self._nodes

    @property
    def edges(self) -> list[Edge]:
        return self._edges

    def node(self, node_id: str) -> Node:
        return self._nodes[node_id]

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._nodes

    def __len__(self) -> int:
        return len(self._nodes)

    def inputs_of(self, node_id: str) -> list[Edge]:
        """Incoming edges, ordered by port (edges without a port keep file order)."""
        return _by_port([e for e in self._edges if e.dst == node_id])

    def all_inputs(self) -> dict[str, list[Edge]]:
        """``inputs_of`` for every node, in one pass over the edges."""
        found: dict[str, list[Edge]] = {nid: [] for nid in self._nodes}
        for e in self._edges:
            if e.dst in found:
                found[e.dst].append(e)
        return {nid: _by_port(edges) if len(edges) > 1 else edges
                for nid, edges in found.items()}

    def outputs_of(self, node_id: str) -> list[Edge]:
        return [e for e in self._edges if e.src == node_id]

    def edges_touching(self, node_ids: Iterable[str]) -> list[Edge]:
        ids = set(node_ids)
        return [e for e in self._edges if e.src in ids or e.dst in ids]

    def has_edge(self, src: str, dst: str) -> bool:
        return any(e.src == src and e.dst == dst for e in self._edges)

    def would_create_cycle(self, src: str, dst: str) -> bool:
        """True if adding src -> dst closes a loop (dst already reaches src)."""
        if src == dst:
            return True
        succ: dict[str, list[str]] = {}
        for e in self._edges:
            succ.setdefault(e.src, []).append(e.dst)
        stack, seen = [dst], {dst}
        while stack:
            cur = stack.pop()
            if cur == src:
                return True
            for nxt in succ.get(cur, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return False

    def unique_id(self, base: str) -> str:
        """A fresh id from ``base`` ("Conv2d" -> "conv2d_1", "conv2d_2", ...)."""
        stem = _ID_PREFIX.sub("_", base).strip("_").lower() or "node"
        i = 1
        while f"{stem}_{i}" in self._nodes:
            i += 1
        return f"{stem}_{i}"

    # ---- mutations (each emits its event, then ``changed``) -----------------------------
    def add_node(self, node: Node, index: int | None = None) -> None:
        if node.id in self._nodes:
            raise ValueError(f"a node with id {node.id!r} already exists")
        if index is None or index >= len(self._nodes):
            self._nodes[node.id] = node
        else:
            items = list(self._nodes.items())
            items.insert(index, (node.id, node))
            self._nodes = dict(items)
        self.node_added.emit(node)
        self.changed.emit()

    def remove_node(self, node_id: str) -> Node:
        """Remove a node (its edges must be removed first, by the caller)."""
        node = self._nodes.pop(node_id)
        self.node_removed.emit(node)
        self.changed.emit()
        return node

    def index_of(self, node_id: str) -> int:
        return list(self._nodes).index(node_id)

    def add_edge(self, edge: Edge, index: int | None = None) -> None:
        if index is None:
            self._edges.append(edge)
        else:
            self._edges.insert(index, edge)
        self.edge_added.emit(edge)
        self.changed.emit()

    def remove_edge(self, edge: Edge, index: int | None = None) -> int:
        """Remove one edge (the one at ``index`` when given: equal duplicates may stand
        elsewhere); returns the index it had (for undo)."""
        if index is None or not 0 <= index < len(self._edges) or self._edges[index] != edge:
            index = self._edges.index(edge)
        del self._edges[index]
        self.edge_removed.emit(edge)
        self.changed.emit()
        return index

    def set_params(self, node_id: str, params: dict[str, Any]) -> None:
        self._nodes[node_id].params = dict(params)
        self.params_changed.emit(node_id)
        self.changed.emit()

    def set_pos(self, node_id: str, pos: Pos | None) -> None:
        self.move_nodes({node_id: pos})

    def move_nodes(self, positions: dict[str, Pos | None]) -> None:
        """Move several nodes with one ``nodes_moved`` event (listeners move thousands of
        canvas cards in one pass instead of one call per card)."""
        if not positions:
            return
        nodes = self._nodes
        for node_id, pos in positions.items():
            nodes[node_id].pos = pos
        self.nodes_moved.emit(dict(positions))
        # Position changes do not alter shapes; ``changed`` still fires for the dirty flag.
        self.changed.emit()

    def copy(self) -> Graph:
        g = Graph([n.copy() for n in self._nodes.values()], list(self._edges))
        g.duplicate_ids = list(self.duplicate_ids)
        return g


def _by_port(edges: list[Edge]) -> list[Edge]:
    return sorted(edges, key=lambda e: (e.port is None, e.port if e.port is not None else 0))


def _copied(value: Any) -> Any:
    """A deep copy of JSON-like data, several times faster than copy.deepcopy (a snapshot
    of a 5,000-layer graph for an undo step copies every layer's params); anything else is
    deep-copied the usual way."""
    t = type(value)
    if t is dict:
        return {k: _copied(v) for k, v in value.items()}
    if t is list:
        return [_copied(v) for v in value]
    if t is str or t is int or t is float or t is bool or value is None:
        return value
    return copy.deepcopy(value)
