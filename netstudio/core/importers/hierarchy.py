"""Imported networks arrive grouped by their module hierarchy: ResNet's layer1..layer4 become
blocks, each holding its BasicBlocks (blocks too, one definition shared by the identical ones).

Scopes are grouped innermost first with netstudio.core.graph.grouping; a module with a single
layer stays a layer, and a module whose layers cannot form a block (two outputs) stays flat.
Weights are re-keyed to the layers' new paths (``layer1/0/conv1``).
"""

from __future__ import annotations

import re
from typing import Any

from netstudio.core.graph.blocks import SEP
from netstudio.core.graph.grouping import group_nodes
from netstudio.core.graph.model import Graph

GENERIC = {"Sequential", "ModuleList", "ModuleDict"}


def group_by_modules(graph: Graph, scopes: dict[str, tuple[tuple[str, str], ...]],
                     weights: dict[str, dict[str, Any]]
                     ) -> tuple[dict[str, Graph], dict[str, dict[str, Any]], dict[str, str]]:
    """Group ``graph`` in place; returns (blocks, re-keyed weights, {old id: flat path})."""
    blocks: dict[str, Graph] = {}
    chain = {nid: [p for p, _ in scopes.get(nid, ())] for nid in graph.nodes}
    classes = {p: c for scope in scopes.values() for p, c in scope}
    contents: dict[str, dict[str, str]] = {nid: {nid: nid} for nid in graph.nodes}
    for scope in sorted(classes, key=lambda p: -p.count(".")):
        members = [n for n in graph.nodes if chain.get(n) and chain[n][-1] == scope]
        if len(members) < 2:
            for n in members:  # a module of one layer: the layer is enough
                chain[n] = chain[n][:-1]
            continue
        leaf = scope.rsplit(".", 1)[-1]
        # unique in the graph while it is being grouped; its parent's block renames it to
        # ``leaf`` (layer1_0 -> 0 inside layer1)
        instance = _fresh(scope.replace(".", "_"), set(graph.nodes))
        prefix = scope.replace(".", "_") + "_"
        rename = {m: (m[len(prefix):] if m.startswith(prefix) and len(m) > len(prefix) else m)
                  for m in members}
        if len(set(rename.values())) != len(members):
            rename = {m: m for m in members}
        cls = classes[scope]
        name = leaf if cls in GENERIC else cls
        if not re.match(r"^\w+$", name):
            name = "Block"
        problem = group_nodes(graph, blocks, members, name, instance, rename)
        parent = chain[members[0]][:-1]
        if problem is not None:
            for n in members:
                chain[n] = chain[n][:-1]
            continue
        chain[instance] = parent
        contents[instance] = {orig: f"{instance}{SEP}{rename[m]}{path[len(m):]}"
                              for m in members for orig, path in contents.pop(m).items()}
        for m in members:
            chain.pop(m, None)
    flat = {orig: path for top in contents.values() for orig, path in top.items()}
    new_weights = {flat.get(k, k): v for k, v in weights.items()}
    return blocks, new_weights, flat


def _fresh(base: str, taken: set[str]) -> str:
    name, i = base, 2
    while name in taken:
        name = f"{base}_{i}"
        i += 1
    return name
