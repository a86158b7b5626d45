"""Compound edits a builder makes in one gesture, each one undo step (a Macro of commands).

Splicing a layer into a connection, adding one after a layer (taking over its single output,
so a chain grows in place) and disconnecting a layer are built here, Qt-free, so the app and
headless users (tests, scripts) make exactly the same change.
"""

from __future__ import annotations

from netstudio.core.graph.commands import AddEdge, AddNode, Command, Macro, MoveNodes, RemoveEdge
from netstudio.core.graph.model import Edge, Graph, Node, Pos

ROW_STEP = 120.0  # how far below its input a new layer goes, and how far the rest moves down


def splice(graph: Graph, node: Node, edge: Edge) -> Macro:
    """Put ``node`` on ``edge``: src -> node -> dst (the edge's port kept on the dst side).
    Everything from dst down moves one row lower to make room."""
    commands: list[Command] = [AddNode(node), RemoveEdge(edge), AddEdge(Edge(edge.src, node.id)),
                               AddEdge(Edge(node.id, edge.dst, edge.port, edge.extra))]
    room = _make_room(graph, [edge.dst], node.pos)
    if room is not None:
        commands.insert(0, room)
    return Macro(f"Insert {node.type} '{node.id}' between '{edge.src}' and '{edge.dst}'",
                 commands)


def add_after(graph: Graph, node: Node, after: str, takes_outputs: bool = True) -> Macro:
    """Add ``node`` fed by ``after``. When ``after`` has exactly one output and
    ``takes_outputs``, the new layer goes between them (a chain grows in place); with several
    outputs it starts a new branch."""
    outputs = graph.outputs_of(after)
    if takes_outputs and len(outputs) == 1:
        return splice(graph, node, outputs[0])
    return Macro(f"Add {node.type} '{node.id}' after '{after}'",
                 [AddNode(node), AddEdge(Edge(after, node.id))])


def disconnect(graph: Graph, node_id: str) -> Macro | None:
    """Remove every connection into and out of ``node_id`` (None if it has none)."""
    edges = graph.edges_touching([node_id])
    if not edges:
        return None
    return Macro(f"Disconnect '{node_id}'", [RemoveEdge(e) for e in edges])


def below(graph: Graph, node_id: str) -> Pos:
    """Where a layer fed by ``node_id`` goes: one row under it."""
    x, y = graph.node(node_id).pos or (0.0, 0.0)
    return (x, y + ROW_STEP)


def between(graph: Graph, edge: Edge) -> Pos:
    """Where a layer spliced into ``edge`` goes: a row under its source, midway across."""
    src = graph.nodes.get(edge.src)
    dst = graph.nodes.get(edge.dst)
    x0, y0 = (src.pos if src is not None and src.pos else None) or (0.0, 0.0)
    x1 = dst.pos[0] if dst is not None and dst.pos else x0
    return ((x0 + x1) / 2, y0 + ROW_STEP)


def _make_room(graph: Graph, starts: list[str], at: Pos | None) -> MoveNodes | None:
    """Move ``starts`` and everything they lead to one row down, if they sit where the new
    layer goes (at or below its row). Nodes above it (a loop back up) stay."""
    if at is None:
        return None
    succ: dict[str, list[str]] = {}
    for e in graph.edges:
        succ.setdefault(e.src, []).append(e.dst)
    seen: set[str] = set()
    stack = [s for s in starts if s in graph]
    while stack:
        cur = stack.pop()
        if cur in seen:
            continue
        seen.add(cur)
        stack.extend(succ.get(cur, ()))
    moves: dict[str, tuple[Pos | None, Pos | None]] = {}
    for node_id in seen:
        pos = graph.node(node_id).pos
        if pos is not None and pos[1] >= at[1] - ROW_STEP / 2:
            moves[node_id] = (pos, (pos[0], pos[1] + ROW_STEP))
    return MoveNodes(moves) if moves else None
