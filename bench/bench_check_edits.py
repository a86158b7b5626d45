"""The shape check alone after edits in the middle of a 5,000-node network: the full check
(analyze) against the incremental one (Checker), in the same process, on the same edits:
structural edits, params, settings, a layer's type, and grouping layers into a block (with
edits beside and inside it, and the grouping undone).

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
    from netstudio.core.graph.grouping import group_nodes
    from netstudio.core.graph.model import Edge, Node
    from netstudio.core.graph.rewrite import rewrite
    from netstudio.core.project import Project

    project = Project.from_dict(residual_graph(args.nodes))
    graph = project.graph
    history = History(graph)
    checker = Checker()
    checker.analyze(project)
    mid = len([n for n in graph.nodes if n.endswith("_add")]) // 2
    relu = next(n for n in graph.nodes if n.startswith(f"b{mid}_relu"))
    add = f"b{mid}_add"
    relu2 = next(n for n in graph.nodes if n.startswith(f"b{mid + 3}_relu"))
    members = [n for n in graph.nodes if n.startswith(f"b{mid - 3}_")][:4]
    before: list = []

    def retype(nid: str) -> None:  # what an undo that restores a whole state does
        node = graph.node(nid)
        other = Node(nid, "Tanh" if node.type == "ReLU" else "ReLU", {}, node.pos)
        rewrite(graph, [other if n.id == nid else n for n in graph.nodes.values()],
                list(graph.edges))

    def group(on: bool) -> None:  # Group into Block and its undo, as the app does them
        if on:
            before[:] = [list(graph.nodes.values()), list(graph.edges)]
            assert group_nodes(graph, project.blocks, members, "Res", "res") is None
        else:
            rewrite(graph, *before)
            project.blocks.clear()

    def toggle_inside() -> None:
        body = project.blocks["Res"]
        inner = next(n for n in body.nodes.values() if n.type == "ReLU")
        body.set_params(inner.id, {"inplace": not inner.params.get("inplace", False)})

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
        ("another batch size (settings)", lambda: project.set_settings(training={
            **project.training, "batch_size": 96 if project.training.get("batch_size") != 96
            else 64})),
        ("another layer type, same id (ReLU <-> Tanh)", lambda: retype(relu)),
        ("group 4 layers into a block", lambda: group(True)),
        ("  edit a layer beside it (project with a block)", lambda: history.push(SetParams(
            relu2, {"inplace": not graph.node(relu2).params.get("inplace", False)},
            dict(graph.node(relu2).params)))),
        ("  edit a layer inside its definition", toggle_inside),
        ("  the grouping undone", lambda: group(False)),
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
    print(f"{'':52s} {'full':>9s} {'incremental':>12s} {'ratio':>7s}")
    for row, (name, _) in enumerate(edits):
        f, i = med(full[row]) * 1000, med(incremental[row]) * 1000
        print(f"{name:52s} {f:7.1f} ms {i:9.1f} ms {i / f:6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
