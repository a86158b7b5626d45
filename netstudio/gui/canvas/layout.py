"""Automatic layout: layers top to bottom by longest path from the inputs (Qt-free).

Each node's row is the length of the longest path reaching it, so every edge points down.
Within a row, nodes are ordered by the mean column of their parents (one barycentre pass),
which keeps chains straight and branches side by side. Cycles (an error the checker reports)
do not hang it: nodes on a cycle are placed after what can be ordered.
"""

from __future__ import annotations

from collections import defaultdict

from netstudio.core.graph.model import Graph, Pos

COLUMN = 240.0  # horizontal distance between node centres
ROW = 120.0  # vertical distance between rows


def auto_layout(graph: Graph, origin: Pos = (0.0, 0.0)) -> dict[str, Pos]:
    """Positions (node centres) for every node of ``graph``."""
    ids = list(graph.nodes)
    if not ids:
        return {}
    preds: dict[str, list[str]] = defaultdict(list)
    succs: dict[str, list[str]] = defaultdict(list)
    for e in graph.edges:
        if e.src in graph.nodes and e.dst in graph.nodes and e.src != e.dst:
            preds[e.dst].append(e.src)
            succs[e.src].append(e.dst)

    rank = _longest_path_ranks(ids, preds, succs)
    rows: dict[int, list[str]] = defaultdict(list)
    for node_id in ids:  # file order is the stable tie-breaker
        rows[rank[node_id]].append(node_id)

    positions: dict[str, Pos] = {}
    for r in sorted(rows):
        row = rows[r]
        order = {n: i for i, n in enumerate(row)}
        wanted = {n: _parents_x(preds[n], positions) for n in row}
        row.sort(key=lambda n: (wanted[n] if wanted[n] is not None else float("inf"), order[n]))
        xs = [x for x in wanted.values() if x is not None]
        centre = sum(xs) / len(xs) if xs else origin[0]
        left = centre - (len(row) - 1) * COLUMN / 2
        for i, n in enumerate(row):
            positions[n] = (round(left + i * COLUMN, 1), round(origin[1] + r * ROW, 1))
    return positions


def _parents_x(parents: list[str], positions: dict[str, Pos]) -> float | None:
    """Mean x of the already placed parents: children sit under them, chains stay straight."""
    xs = [positions[p][0] for p in parents if p in positions]
    return sum(xs) / len(xs) if xs else None


def _longest_path_ranks(ids: list[str], preds: dict[str, list[str]],
                        succs: dict[str, list[str]]) -> dict[str, int]:
    indegree = {n: len(preds[n]) for n in ids}
    rank = dict.fromkeys(ids, 0)
    ready = [n for n in ids if indegree[n] == 0]
    done: set[str] = set()
    while ready:
        n = ready.pop()
        done.add(n)
        for m in succs[n]:
            rank[m] = max(rank[m], rank[n] + 1)
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
    # Nodes left over sit on (or behind) a cycle: put them below everything else.
    leftover = [n for n in ids if n not in done]
    if leftover:
        base = max((rank[n] for n in done), default=-1) + 1
        for i, n in enumerate(leftover):
            rank[n] = base + i
    return rank
