"""The order layers run in (Kahn's algorithm), and the loops that prevent one."""

from __future__ import annotations

from netstudio.core.checks.context import Context
from netstudio.core.diagnostics import ERROR
from netstudio.core.text import QT_TRANSLATE_NOOP

LOOP = QT_TRANSLATE_NOOP("Checks", "These layers form a loop: {path}. Data must flow one way, "
                         "from the Input to the output.")
LONG_LOOP = QT_TRANSLATE_NOOP("Checks", "These layers form a loop: {path} ({count} layers). Data "
                              "must flow one way, from the Input to the output.")
REMOVE_BACK_EDGE = QT_TRANSLATE_NOOP("Checks", "remove the connection {src} -> {dst}")


def topo_order(ctx: Context) -> None:
    """ctx.order: every node not in or after a loop, inputs first; ctx.in_cycle: loop members."""
    indeg = {n: len(p) for n, p in ctx.preds.items()}
    stack = [n for n, d in indeg.items() if d == 0]
    stack.reverse()
    order: list[str] = []
    while stack:
        n = stack.pop()
        order.append(n)
        for m in reversed(ctx.succs[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                stack.append(m)
    left = {n for n, d in indeg.items() if d > 0}
    for cycle in _cycles(left, ctx.preds):
        ctx.in_cycle.update(cycle)
        if len(cycle) > 12:  # a long loop: its ends say where it closes
            path = (" -> ".join(cycle[:4]) + " -> ... -> " + " -> ".join(cycle[-3:])
                    + f" -> {cycle[0]}")
            ctx.report(ERROR, "cycle", LONG_LOOP, REMOVE_BACK_EDGE, node=cycle[0], path=path,
                       count=len(cycle), src=cycle[-1], dst=cycle[0])
        else:
            ctx.report(ERROR, "cycle", LOOP, REMOVE_BACK_EDGE, node=cycle[0],
                       path=" -> ".join([*cycle, cycle[0]]), src=cycle[-1], dst=cycle[0])
    ctx.order = order


def _cycles(left: set[str], preds: dict[str, list[str]]) -> list[list[str]]:
    """One cycle per tangle among the nodes Kahn's algorithm could not order.

    Every such node has a predecessor that is also left over, so walking predecessors must
    come back to a node already on the path: that closes a cycle.
    """
    cycles: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(left):
        path: list[str] = []
        pos: dict[str, int] = {}
        cur: str | None = start
        while cur is not None and cur not in pos and cur not in done:
            pos[cur] = len(path)
            path.append(cur)
            cur = next((m for m in preds[cur] if m in left), None)
        if cur is not None and cur in pos:
            cyc = path[pos[cur]:][::-1]
            members = set(cyc)
            # Start at the node entered from outside the loop, so the fix names the
            # connection that goes back (e.g. fc2 -> conv1).
            entry = next((i for i, n in enumerate(cyc)
                          if any(m not in members for m in preds[n])), 0)
            cycles.append(cyc[entry:] + cyc[:entry])
        done.update(path)
    return cycles
