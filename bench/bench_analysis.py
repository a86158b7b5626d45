"""How fast analyze() checks a 1,000-node graph, against plain PyTorch shape inference.

The baseline is what one would do without analytic shape rules: build the same torch modules
on the meta device (no memory) and push a meta batch through them, in the same process.

    OMP_NUM_THREADS=1 python bench/bench_analysis.py [--nodes 1000] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from netstudio.core.analysis import analyze
from netstudio.core.layers.registry import get_layer
from netstudio.core.project import Project


def chain(n: int) -> dict:
    """Input [1, 28, 28] then Conv2d/ReLU/BatchNorm2d/Dropout repeated: n nodes in a line
    (an autoencoder-shaped network, so the whole graph checks clean)."""
    kinds = [("Conv2d", {"out_channels": 1, "padding": 1}), ("ReLU", {}), ("BatchNorm2d", {}),
             ("Dropout", {"p": 0.1})]
    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}}]
    for i in range(n - 1):
        t, p = kinds[i % len(kinds)]
        nodes.append({"id": f"n{i}", "type": t, "params": p})
    edges = [{"from": a["id"], "to": b["id"]} for a, b in zip(nodes, nodes[1:], strict=False)]
    return _raw(nodes, edges)


def branchy(n: int) -> dict:
    """Residual blocks on [1, 28, 28]: conv -> bn -> relu -> conv, plus the skip, into Add."""
    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}}]
    edges = []
    prev, i = "input", 0
    while len(nodes) + 5 <= n:
        block = [("Conv2d", {"out_channels": 1, "padding": 1}), ("BatchNorm2d", {}),
                 ("ReLU", {}), ("Conv2d", {"out_channels": 1, "padding": 1})]
        last = prev
        for t, p in block:
            nid = f"b{i}_{t.lower()}_{len(nodes)}"
            nodes.append({"id": nid, "type": t, "params": p})
            edges.append({"from": last, "to": nid})
            last = nid
        add = f"b{i}_add"
        nodes.append({"id": add, "type": "Add"})
        edges += [{"from": last, "to": add}, {"from": prev, "to": add}]
        prev, i = add, i + 1
    while len(nodes) < n:
        nid = f"tail{len(nodes)}"
        nodes.append({"id": nid, "type": "ReLU"})
        edges.append({"from": prev, "to": nid})
        prev = nid
    return _raw(nodes, edges)


def _raw(nodes: list, edges: list) -> dict:
    return {"format": "netstudio", "version": 1, "graph": {"nodes": nodes, "edges": edges},
            "data": {"dataset": "mnist"},
            "training": {"task": "reconstruction", "loss": "MSELoss"}}


def torch_meta_shapes(project: Project) -> dict[str, tuple[int, ...]]:
    """Baseline: real modules on the meta device, run in topological (file) order."""
    a = analyze(project)  # only for resolved params; not timed separately
    graph = project.graph
    out: dict[str, torch.Tensor] = {}
    with torch.device("meta"):
        for nid in a.order:
            info = a.nodes[nid]
            module = get_layer(graph.node(nid).type).build(info.resolved, info.in_shapes)
            if not info.in_shapes:
                out[nid] = torch.empty(1, *info.shape)
            else:
                out[nid] = module(*[out[e.src] for e in graph.inputs_of(nid)])
    return {k: tuple(v.shape[1:]) for k, v in out.items()}


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, {args.nodes} nodes, median of {args.runs} runs",
          flush=True)
    for name, make in (("chain", chain), ("branchy", branchy)):
        project = Project.from_dict(make(args.nodes))
        a = analyze(project)
        assert a.ok, [str(d) for d in a.errors][:3]
        assert len(a.order) == args.nodes
        real = torch_meta_shapes(project)
        assert all(real[n] == a.nodes[n].shape for n in a.order)  # same answers
        ours = median_ms(lambda p=project: analyze(p), args.runs)
        base = median_ms(lambda p=project: torch_meta_shapes(p), max(3, args.runs // 2))
        base -= ours  # torch_meta_shapes calls analyze once for the resolved params
        print(f"{name:8s} analyze {ours:7.1f} ms   torch meta build+forward {base:7.1f} ms   "
              f"ratio {base / ours:5.1f}x faster", flush=True)


if __name__ == "__main__":
    main()
