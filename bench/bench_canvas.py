"""The builder canvas with a 1,000-node graph: opening it, and edits with their shape refresh.

"Open" is what File > Open does: read the file, lay out a graph saved without positions, build
every canvas item, run the shape check, paint the labels, and paint the view once.
"Edit" is one undoable command pushed through the QUndoStack, the coalesced shape check that
follows, relabelling every changed edge and node, and a synchronous repaint of the view; what
the edit leaves for later (the overview map, the autosave) is run and timed apart. Times are
wall and CPU (the CPU time is the fairer figure on a shared machine).

Baseline (plain PyTorch, same process): getting the same shapes by building the network as
torch modules and running one sample through it (CPU, no_grad).

    QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 python bench/bench_canvas.py [--nodes 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def residual_graph(n: int) -> dict:
    """Input [1, 28, 28], a stem conv, then residual blocks (conv, bn, relu, conv, add) up to
    ``n`` nodes, saved without positions (so opening includes the automatic layout)."""
    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
             {"id": "stem", "type": "Conv2d", "params": {"out_channels": 4, "kernel_size": 3,
                                                         "padding": 1}}]
    edges = [{"from": "input", "to": "stem"}]
    prev, i = "stem", 0
    while len(nodes) + 5 <= n:
        last = prev
        for kind, params in (("Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}),
                             ("BatchNorm2d", {}), ("ReLU", {}),
                             ("Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1})):
            node_id = f"b{i}_{kind.lower()}{len(nodes)}"
            nodes.append({"id": node_id, "type": kind, "params": params})
            edges.append({"from": last, "to": node_id})
            last = node_id
        add = f"b{i}_add"
        nodes.append({"id": add, "type": "Add"})
        edges += [{"from": last, "to": add}, {"from": prev, "to": add}]
        prev, i = add, i + 1
    while len(nodes) < n:  # ReLUs, then a 1-channel conv: a clean autoencoder output
        node_id = f"tail{len(nodes)}"
        last = len(nodes) == n - 1
        nodes.append({"id": node_id, "type": "Conv2d" if last else "ReLU",
                      "params": {"out_channels": 1, "kernel_size": 3, "padding": 1}
                      if last else {}})
        edges.append({"from": prev, "to": node_id})
        prev = node_id
    return {"format": "netstudio", "version": 1, "name": f"bench {n}",
            "graph": {"nodes": nodes, "edges": edges}, "data": {"dataset": "mnist"},
            "training": {"task": "reconstruction", "loss": "MSELoss"}}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _cpu(fn) -> float:  # noqa: ANN001
    c0 = time.process_time()
    fn()
    return time.process_time() - c0


def structural_rows(window, graph, timed, runs: int) -> list:  # noqa: ANN001
    """Structural edits in the middle of the network and their undo, each timed with a
    checker that runs the full check after a structural edit (as before they were
    incremental) and with the incremental one, alternating in this process. Returns rows
    (name, before CPU, after CPU, after wall)."""
    from netstudio.core.checks import incremental
    from netstudio.core.checks.incremental import Checker

    changes = getattr(incremental, "_changes", None)  # None: a version that had no
    # incremental structural check (run with PYTHONPATH at an older checkout)

    class FullAfterStructure(Checker):
        def analyze(self, project):  # noqa: ANN001, ANN202
            last = self._last
            if changes is not None and last is not None:
                edit = changes(last, project)
                if edit is None or edit.structural:
                    return self._full(project)
            return super().analyze(project)

    mid = len([n for n in graph.nodes if n.endswith("_add")]) // 2
    relu = next(n for n in graph.nodes if n.startswith(f"b{mid}_relu"))
    add = f"b{mid}_add"
    block = [n for n in graph.nodes if n.startswith(f"b{mid}_")][:4]  # conv, bn, relu, conv
    undo = window.undo_stack.undo
    edits = [
        ("insert a layer into a connection (splice)",
         lambda: window.editor.splice("ReLU", graph.outputs_of(relu)[0])),
        ("  its undo", undo),
        ("delete a layer", lambda: window.editor.delete([relu], [])),
        ("  its undo", undo),
        ("connect two layers (into an Add)", lambda: window.editor.connect(relu, add)),
        ("  its undo", undo),
        ("group 4 layers into a block", lambda: (window.scene.select_nodes(block),
                                                window.blocks.group_selection())),
        ("  its undo", undo),
    ]
    cpu: dict[str, tuple[list, list, list]] = {}
    for _ in range(runs):
        for mode, checker in (("before", FullAfterStructure()), ("after", Checker())):
            window.checker = checker
            window.run_analysis()  # the checker's first run is a full one
            for i, (name, edit) in enumerate(edits):
                before, after, wall = cpu.setdefault(f"{i}{name}", ([], [], []))
                w: list[float] = []
                timed(edit, w, before if mode == "before" else after)
                if mode == "after":
                    wall += w
    window.checker = Checker()
    return [(key[1:], *lists) for key, lists in cpu.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--structural", action="store_true",
                        help="also time structural edits, with the full check and without")
    args = parser.parse_args()

    import torch
    from PySide6.QtCore import QPointF

    from netstudio.core.analysis import analyze
    from netstudio.core.compiler import compile_project
    from netstudio.core.project import Project
    from netstudio.gui.app import make_app
    from netstudio.gui.main_window import MainWindow

    torch.set_num_threads(1)
    app = make_app()
    folder = Path(tempfile.mkdtemp(prefix="bench-canvas-"))
    path = folder / "big.nsproj.json"
    path.write_text(json.dumps(residual_graph(args.nodes)), encoding="utf-8")
    analyze(Project.load(path))  # warm imports (torch, layer library) outside the timings

    window = MainWindow(interactive=False, extensions=False)
    window.resize(1440, 900)
    window.show()
    app.processEvents()

    def settle() -> None:
        app.processEvents()  # the zero-delay analysis timer fires here
        window.view.viewport().repaint()

    minimap = window.navigation.minimap

    def drain() -> list[tuple[str, float]]:
        """Run, timed apart, what an edit leaves for later: the overview map's redraw (300 ms
        after the last change) and the autosave (2 s after it). Neither is part of the edit,
        and left pending they would land in the next measurement."""
        done = []
        if minimap._render_timer.isActive():
            minimap._render_timer.stop()
            done.append(("map", _cpu(minimap.render_scene)))
        if window.autosaver.timer.isActive():
            done.append(("autosave", _cpu(window.autosaver.save_now)))
        app.processEvents()
        return done

    later: dict[str, list[float]] = {"map": [], "autosave": []}
    opens, opens_cpu = [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        assert window.open_path(path)
        settle()
        opens.append(time.perf_counter() - t0)
        opens_cpu.append(time.process_time() - c0)
        drain()
    graph = window.project.graph
    assert len(graph) == args.nodes and len(window.scene.nodes) == args.nodes
    assert window.analysis.ok, window.analysis.diagnostics[:3]

    def timed(edit, wall: list, cpu: list) -> None:  # noqa: ANN001
        t0, c0 = time.perf_counter(), time.process_time()
        edit()
        settle()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        for name, seconds in drain():
            later[name].append(seconds)

    sizes = [[1, 28, 28], [1, 27, 27]]
    rows = {name: ([], []) for name in ("relabel", "local", "add", "move")}
    labels = window.scene.edges
    relu = next(n for n in graph.nodes if n.startswith("b1_relu"))  # mid-network
    for run in range(args.runs):
        shape = sizes[(run + 1) % 2]  # every downstream edge label changes
        timed(lambda s=shape: window.editor.set_params("input", {"shape": s}, "shape"),
              *rows["relabel"])
        assert any(items[0].label.startswith(f"4×{shape[1]}") for items in labels.values())
        timed(lambda r=run: window.editor.set_params(relu, {"inplace": r % 2 == 0},
                                                     "inplace"), *rows["local"])
        timed(lambda r=run: window.add_layer_at("ReLU", QPointF(900, 80 * r)), *rows["add"])
        node = graph.node("stem")
        timed(lambda n=node, r=run: window.editor.move(
            {"stem": (n.pos, (n.pos[0] + 10 * (r + 1), n.pos[1]))}), *rows["move"])

    structural = structural_rows(window, graph, timed, args.runs) if args.structural else []

    # Baseline: the same shapes the PyTorch way, by building and running the network.
    project = Project.load(path)
    base = []
    for _ in range(3):
        t0 = time.perf_counter()
        net = compile_project(project)
        with torch.no_grad():
            net(torch.zeros(1, 1, 28, 28))
        base.append(time.perf_counter() - t0)

    med = statistics.median
    t_base = med(base)
    print(f"graph: {args.nodes} nodes, {len(graph.edges)} edges; median of {args.runs} edits, "
          f"3 opens; torch {torch.__version__}, {sys.platform}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    table = [("open file (layout, items, shapes, paint)", opens, opens_cpu),
             ("edit Input shape: all labels change", *rows["relabel"]),
             ("edit one layer: nothing downstream changes", *rows["local"]),
             ("add a node (drop)", *rows["add"]),
             ("move a node (release)", *rows["move"])]
    print(f"{'':44s} {'wall':>10s} {'CPU':>10s} {'wall vs torch build+forward':>28s}")
    for name, wall, cpu in table:
        print(f"{name:44s} {_ms(med(wall)):>10s} {_ms(med(cpu)):>10s} "
              f"{med(wall) / t_base:>27.2f}x")
    print(f"{'baseline: torch build + forward (1 sample)':44s} {_ms(t_base):>10s}")
    if structural:
        print(f"\nstructural edits mid-network, median CPU of {args.runs} (before: the "
              f"checker runs the full check after them; after: incremental), same process, "
              f"alternating:")
        print(f"{'':44s} {'before':>10s} {'after':>10s} {'after/before':>13s} {'after wall':>11s}")
        for name, before, after, wall in structural:
            print(f"{name:44s} {_ms(med(before)):>10s} {_ms(med(after)):>10s} "
                  f"{med(after) / med(before):>12.2f}x {_ms(med(wall)):>11s}")
    for name, what in (("map", "overview map redraw, 300 ms after a change"),
                       ("autosave", "autosave, 2 s after the last change")):
        if later[name]:
            print(f"deferred: {what}: {_ms(med(later[name]))} CPU (median of "
                  f"{len(later[name])})")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
