"""Blocks: named sub-graphs, defined once in ``project.blocks`` and used by Block nodes.

A definition is a Graph with ``BlockInput`` nodes (params ``{"port": N}``: the instance's
input N) and one ``BlockOutput`` node (what the instance gives). A ``Block`` node
(``{"block": NAME}``) is one use of it; several uses share the definition, so editing it
changes every instance. Definitions may use other blocks (not themselves).

The checker, the compiler and the training code see a **flat** graph: ``flatten`` replaces
every instance by a copy of its definition's layers, named by their path
(``layer1/0/conv1``: instance ``layer1``, inside it instance ``0``, inside that ``conv1``), and
wires them to what the instance's inputs and output were connected to. Weights, feature maps
and messages use these paths; the canvas shows a message on the card that holds the layer.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from netstudio.core.graph.model import Edge, Graph, Node

BLOCK, BLOCK_INPUT, BLOCK_OUTPUT = "Block", "BlockInput", "BlockOutput"
SEP = "/"
MAX_DEPTH = 32


@dataclass
class Problem:
    node: str  # the flat path of the Block node at fault
    code: str
    message: str
    fix: str


@dataclass
class Flat:
    graph: Graph
    instances: dict[str, str] = field(default_factory=dict)  # instance path -> block name
    outputs: dict[str, str | None] = field(default_factory=dict)  # path -> flat producer
    inputs: dict[str, list[str | None]] = field(default_factory=dict)  # path -> flat sources
    problems: list[Problem] = field(default_factory=list)


def has_blocks(project: Any) -> bool:
    blocks = getattr(project, "blocks", None)
    return bool(blocks) or any(n.type == BLOCK for n in project.graph.nodes.values())


def flatten(project: Any, share: bool = False) -> Flat:
    """The project's graph with every block instance expanded (see the module docstring).
    ``share``: the flat layers share their params and unknown keys with the project's, and
    the network's own layers are the project's (for readers only, e.g. the checker: copying
    them is most of the cost at 5,000 layers)."""
    own = (lambda value: value) if share else copy.deepcopy
    blocks: dict[str, Graph] = getattr(project, "blocks", {}) or {}
    flat = Flat(Graph())
    nodes: list[Node] = []
    edges: list[Edge] = []

    def expand(graph: Graph, prefix: str, sources: list[str | None], stack: tuple[str, ...]
               ) -> str | None:
        value: dict[str, str | None] = {}
        inputs = graph.all_inputs()

        def resolve(nid: str, seen: frozenset[str] = frozenset()) -> str | None:
            if nid in value:
                return value[nid]
            node = graph.nodes.get(nid)
            if node is None or nid in seen:
                return None
            seen = seen | {nid}
            if node.type == BLOCK_INPUT:
                port = node.params.get("port", 0)
                ok = isinstance(port, int) and not isinstance(port, bool) and 0 <= port < len(
                    sources)
                value[nid] = sources[port] if ok else None
            elif node.type == BLOCK_OUTPUT:
                ins = inputs[nid]
                value[nid] = resolve(ins[0].src, seen) if ins else None
            elif node.type == BLOCK:
                path = prefix + nid
                name = node.params.get("block")
                srcs = [resolve(e.src, seen) for e in inputs[nid]]
                flat.instances[path] = str(name)
                flat.inputs[path] = srcs
                value[nid] = None
                if not isinstance(name, str) or name not in blocks:
                    flat.problems.append(Problem(path, "unknown-block", f"{path} uses the block "
                                                 f"'{name}', which the project does not "
                                                 "define.", "pick a defined block or delete it"))
                elif name in stack or len(stack) >= MAX_DEPTH:
                    flat.problems.append(Problem(path, "block-cycle", f"{path} uses the block "
                                                 f"'{name}' inside itself.",
                                                 "remove that Block node from the definition"))
                else:
                    value[nid] = expand(blocks[name], path + SEP, srcs, (*stack, name))
                flat.outputs[path] = value[nid]
            else:
                value[nid] = prefix + nid
            return value[nid]

        for nid, node in graph.nodes.items():
            if not prefix and node.type in (BLOCK_INPUT, BLOCK_OUTPUT):
                flat.problems.append(Problem(nid, "block-port-outside", f"{nid} is a "
                                             f"{node.type}, which belongs inside a block "
                                             "definition, not in the network itself.",
                                             "delete it (the Input node feeds the network)"))
                continue
            if node.type in (BLOCK, BLOCK_INPUT, BLOCK_OUTPUT):
                resolve(nid)
                continue
            if share and not prefix:  # a layer of the network itself: the same one
                nodes.append(node)
            else:
                nodes.append(Node(prefix + nid, node.type, own(node.params), node.pos,
                                  own(node.extra)))
            value[nid] = prefix + nid
        for e in graph.edges:
            dst = graph.nodes.get(e.dst)
            if dst is not None and dst.type in (BLOCK, BLOCK_INPUT, BLOCK_OUTPUT):
                continue  # an instance's inputs and the output are wired by resolve()
            src = resolve(e.src) if e.src in graph.nodes else prefix + e.src
            if src is None:
                continue  # an unconnected block port: the layer reports a missing input
            # the network's own connections stay the same objects (the Checker tells
            # connections apart by identity)
            edges.append(e if not prefix and src == e.src else Edge(src, prefix + e.dst,
                                                                    e.port, e.extra))
        outs = [n for n in graph.nodes.values() if n.type == BLOCK_OUTPUT]
        if prefix and len(outs) != 1:
            where = prefix.rstrip(SEP)
            flat.problems.append(Problem(where, "block-output", f"{where}: its block has "
                                         f"{len(outs)} BlockOutput nodes; a block has exactly "
                                         "one (what it gives).", "give the block one "
                                         "BlockOutput node"))
            return None
        return resolve(outs[0].id) if outs else None

    expand(project.graph, "", [], ())
    flat.graph = Graph(nodes, edges)
    flat.graph.duplicate_ids = list(project.graph.duplicate_ids)
    return flat


def flat_project(project: Any, flat: Flat | None = None) -> Any:
    """A shallow copy of ``project`` whose graph is the flat one (no blocks)."""
    out = copy.copy(project)
    out.graph = (flat or flatten(project)).graph
    out.blocks = {}
    return out


def block_inputs(graph: Graph) -> list[Node]:
    """A definition's BlockInput nodes in port order."""
    found = [n for n in graph.nodes.values() if n.type == BLOCK_INPUT]
    return sorted(found, key=lambda n: n.params.get("port", 0) if isinstance(
        n.params.get("port", 0), int) else 0)


def uses(blocks: dict[str, Graph], graph: Graph) -> set[str]:
    """Names of the blocks ``graph`` uses, directly or inside other blocks."""
    found: set[str] = set()
    stack = [graph]
    while stack:
        g = stack.pop()
        for n in g.nodes.values():
            name = n.params.get("block") if n.type == BLOCK else None
            if isinstance(name, str) and name not in found and name in blocks:
                found.add(name)
                stack.append(blocks[name])
    return found


def unique_block_name(blocks: dict[str, Graph], base: str) -> str:
    name, i = base or "Block", 2
    while name in blocks:
        name = f"{base}_{i}"
        i += 1
    return name
