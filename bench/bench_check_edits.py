"""The shape check alone after edits in the middle of a 5,000-node network: the full check
(analyze) against the incremental one (Checker), in the same process, on the same edits.

Each edit is made through the undoable commands the app uses, then checked both ways; the
answers are compared (they must be equal) and the CPU times kept. The network is
bench_canvas.py's residual one (conv, bn, relu, conv, add blocks).

    OMP_NUM_THREADS=1 python bench/bench_check_edits.py [--nodes 5000] [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from bench_canvas import residual_graph

    from netstudio.core.analysis import analyze
    from netstudio.core.checks.incremental import Checker
    from netstudio.core.graph.commands import AddEdge, History, RemoveNodes, SetParams
    from netstudio.core.graph.edits import splice
    from netstudio.core.graph.model import Edge, Node
    from netstudio.core.project import Project

    project = Project.from_dict(residual_graph(args.nodes))
    graph = project.graph
    history = History(graph)
    checker = Checker()
    checker.analyze(project)
    mid = len([n for n in graph.nodes if n.endswith("_add")]) // 2
    relu = next(n for n in graph.nodes if n.startswith(f"b{mid}_relu"))
    add = f"b{mid}_add"
    edits = [
        ("splice a layer into a connection", lambda: history.push(splice(
            graph, Node(graph.unique_id("Tanh"), "Tanh", {}), graph.outputs_of(relu)[0]))),
        ("  its undo", history.undo),
        ("delete a layer (what follows loses its shapes)",
         lambda: history.push(RemoveNodes([relu]))),
        ("  its undo", history.undo),
        ("connect two layers (into an Add, a port)",
         lambda: history.push(AddEdge(Edge(relu, add, 2)))),
        ("  its undo", history.undo),
        ("close a loop", lambda: history.push(AddEdge(Edge(add, relu)))),
        ("  its undo", history.undo),
        ("edit one layer's params", lambda: history.push(SetParams(
            relu, {"inplace": not graph.node(relu).params.get("inplace", False)},
            dict(graph.node(relu).params)))),
    ]
    full: list[list[float]] = [[] for _ in edits]
    incremental: list[list[float]] = [[] for _ in edits]
    for _ in range(args.runs):
        for row, (name, edit) in enumerate(edits):
            edit()
            c0 = time.process_time()
            fast = checker.analyze(project)
            c1 = time.process_time()
            slow = analyze(project)
            c2 = time.process_time()
            assert fast.nodes == slow.nodes and fast.diagnostics == slow.diagnostics, name
            incremental[row].append(c1 - c0)
            full[row].append(c2 - c1)
    med = statistics.median
    print(f"graph: {len(graph)} nodes, {len(graph.edges)} connections; median CPU of "
          f"{args.runs}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'':48s} {'full':>9s} {'incremental':>12s} {'ratio':>7s}")
    for row, (name, _) in enumerate(edits):
        f, i = med(full[row]) * 1000, med(incremental[row]) * 1000
        print(f"{name:48s} {f:7.1f} ms {i:9.1f} ms {i / f:6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
