"""Group layers into a block, and expand a block instance back into layers (in place).

``group_nodes`` turns a set of nodes of a graph into a block definition plus one Block node
where they were: every distinct source feeding the set from outside becomes a BlockInput
(port 0, 1, ... in the order the connections come), and the one node that feeds the outside
becomes the BlockOutput. ``expand_instance`` does the reverse for one instance. Both return
an error sentence instead of changing anything when the edit cannot be done. The app wraps
them in undoable commands (snapshots of the project's graphs); importers use them directly.
"""

from __future__ import annotations

import copy
import json

from netstudio.core.graph.blocks import BLOCK, BLOCK_INPUT, BLOCK_OUTPUT, uses
from netstudio.core.graph.model import Edge, Graph, Node


def group_problem(graph: Graph, ids: list[str]) -> str | None:
    """Why ``ids`` cannot be grouped into a block (None: they can). Reads the graph only, so
    the app can refuse before it changes anything (no trial on a copy of a big graph)."""
    plan = _plan(graph, ids)
    return plan if isinstance(plan, str) else None


def _plan(graph: Graph, ids: list[str]
          ) -> str | tuple[list[str], set[str], list[Edge], list[Edge], list[str], list[str]]:
    """The group's members in graph order, their set, the connections into and out of
    them, the one layer that feeds the outside and the distinct sources feeding them; or
    why they cannot be grouped."""
    chosen = set(ids)
    inside = [i for i in graph.nodes if i in chosen]
    if not inside:
        return "select the layers to group first"
    if any(graph.node(i).type in ("Input", BLOCK_INPUT, BLOCK_OUTPUT) for i in inside):
        return "the network's Input and a block's own inputs and output cannot be grouped"
    members = set(inside)
    incoming = [e for e in graph.edges if e.dst in members and e.src not in members]
    outgoing = [e for e in graph.edges if e.src in members and e.dst not in members]
    out_srcs = list(dict.fromkeys(e.src for e in outgoing))
    if not out_srcs:  # the network's output is inside: the group's one sink gives it
        feeding = {e.src for e in graph.edges if e.src in members}
        sinks = [i for i in inside if i not in feeding]
        out_srcs = sinks[:1] if len(sinks) == 1 else []
    if len(out_srcs) > 1:
        return (f"the selection feeds the rest of the network from {len(out_srcs)} layers "
                f"({', '.join(out_srcs[:4])}); a block gives one output")
    sources = list(dict.fromkeys(e.src for e in incoming))
    if _would_loop(graph, members):
        return "grouping these layers would make a loop; include the layers between them"
    return inside, members, incoming, outgoing, out_srcs, sources


def group_nodes(graph: Graph, blocks: dict[str, Graph], ids: list[str], name: str,
                instance_id: str, rename: dict[str, str] | None = None) -> str | None:
    """Replace ``ids`` in ``graph`` by Block node ``instance_id`` using block ``name`` (a new
    definition, or an existing one that is the same). ``rename`` gives the inner nodes other
    ids inside the definition. Returns None when done, else why it cannot be done."""
    plan = _plan(graph, ids)
    if isinstance(plan, str):
        return plan
    inside, members, incoming, outgoing, out_srcs, sources = plan
    rename = rename or {}
    local = {i: rename.get(i, i) for i in inside}
    body = Graph()
    port_ids: list[str] = []
    for k, _src in enumerate(sources):
        pid = _fresh("in" if k == 0 else f"in_{k + 1}", set(local.values()) | set(port_ids))
        port_ids.append(pid)
        body.add_node(Node(pid, BLOCK_INPUT, {"port": k}))
    for i in inside:
        n = graph.node(i)
        body.add_node(Node(local[i], n.type, copy.deepcopy(n.params), n.pos,
                           copy.deepcopy(n.extra)))
    out_id = _fresh("out", set(local.values()) | set(port_ids))
    body.add_node(Node(out_id, BLOCK_OUTPUT))
    for e in graph.edges:
        if e.src in members and e.dst in members:
            body.add_edge(Edge(local[e.src], local[e.dst], e.port, e.extra))
        elif e.dst in members:
            body.add_edge(Edge(port_ids[sources.index(e.src)], local[e.dst], e.port, e.extra))
    if out_srcs:
        body.add_edge(Edge(local[out_srcs[0]], out_id))
    name = _same_or_new(blocks, body, name)
    xs = [graph.node(i).pos for i in inside if graph.node(i).pos is not None]
    pos = (sum(p[0] for p in xs) / len(xs), sum(p[1] for p in xs) / len(xs)) if xs else None
    for e in incoming + outgoing + [e for e in graph.edges
                                    if e.src in members and e.dst in members]:
        graph.remove_edge(e)
    index = graph.index_of(inside[0])
    for i in inside:
        graph.remove_node(i)
    graph.add_node(Node(instance_id, BLOCK, {"block": name}, pos), index)
    multi = len(sources) > 1
    for k, src in enumerate(sources):
        graph.add_edge(Edge(src, instance_id, k if multi else None))
    for e in outgoing:
        graph.add_edge(Edge(instance_id, e.dst, e.port, e.extra))
    return None


def expand_instance(graph: Graph, blocks: dict[str, Graph], instance_id: str,
                    taken: set[str] | None = None) -> dict[str, str] | str:
    """Put the layers of Block node ``instance_id`` in its place (ids ``<instance>_<id>``).
    Returns {inner id: new id}, or why it cannot be done."""
    node = graph.nodes.get(instance_id)
    if node is None or node.type != BLOCK:
        return "select a block to expand"
    body = blocks.get(node.params.get("block"))
    if body is None:
        return f"the block '{node.params.get('block')}' is not defined"
    sources = [e.src for e in graph.inputs_of(instance_id)]
    outgoing = graph.outputs_of(instance_id)
    taken = set(graph.nodes) | set(taken or ())
    new: dict[str, str] = {}
    for n in body.nodes.values():
        if n.type not in (BLOCK_INPUT, BLOCK_OUTPUT):
            new[n.id] = _fresh(f"{instance_id}_{n.id}", taken)
            taken.add(new[n.id])
    value: dict[str, str | None] = {}
    for n in body.nodes.values():
        if n.type == BLOCK_INPUT:
            port = n.params.get("port", 0)
            value[n.id] = sources[port] if isinstance(port, int) and 0 <= port < len(
                sources) else None
        elif n.type != BLOCK_OUTPUT:
            value[n.id] = new[n.id]
    out_node = next((n for n in body.nodes.values() if n.type == BLOCK_OUTPUT), None)
    out_src = next((e.src for e in body.edges if out_node and e.dst == out_node.id), None)
    for e in list(graph.edges):
        if instance_id in (e.src, e.dst):
            graph.remove_edge(e)
    index = graph.index_of(instance_id)
    graph.remove_node(instance_id)
    ox, oy = node.pos or (0.0, 0.0)
    for k, n in enumerate(n for n in body.nodes.values() if n.id in new):
        pos = (ox + (n.pos[0] if n.pos else 0.0), oy + (n.pos[1] if n.pos else k * 120.0))
        graph.add_node(Node(new[n.id], n.type, copy.deepcopy(n.params), pos,
                            copy.deepcopy(n.extra)), index + k)
    for e in body.edges:
        if e.dst in new and value.get(e.src) is not None:
            graph.add_edge(Edge(value[e.src], new[e.dst], e.port, e.extra))
    if out_src is not None and value.get(out_src) is not None:
        for e in outgoing:
            graph.add_edge(Edge(value[out_src], e.dst, e.port, e.extra))
    return new


def unused_blocks(graph: Graph, blocks: dict[str, Graph]) -> list[str]:
    return [name for name in blocks if name not in uses(blocks, graph)]


def _same_or_new(blocks: dict[str, Graph], body: Graph, name: str) -> str:
    key = _signature(body)
    for existing, graph in blocks.items():
        if (existing == name or existing.startswith(name + "_")) and _signature(graph) == key:
            return existing
    final, i = name, 2
    while final in blocks:
        final = f"{name}_{i}"
        i += 1
    blocks[final] = body
    return final


def _signature(graph: Graph) -> str:
    nodes = sorted((n.id, n.type, json.dumps(n.params, sort_keys=True))
                   for n in graph.nodes.values())
    edges = sorted((e.src, e.dst, -1 if e.port is None else e.port) for e in graph.edges)
    return json.dumps([nodes, edges])


def _would_loop(graph: Graph, members: set[str]) -> bool:
    """Does a path leave the group and come back into it (through outside nodes)?"""
    succ: dict[str, list[str]] = {}
    for e in graph.edges:
        succ.setdefault(e.src, []).append(e.dst)
    start = [d for s in members for d in succ.get(s, []) if d not in members]
    seen, stack = set(start), list(start)
    while stack:
        cur = stack.pop()
        for nxt in succ.get(cur, []):
            if nxt in members:
                return True
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def _fresh(base: str, taken: set[str]) -> str:
    name, i = base, 2
    while name in taken:
        name = f"{base}_{i}"
        i += 1
    return name
