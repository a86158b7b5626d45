"""The compiler's execution plan on a big graph: one pass over the connections against asking
each layer for its inputs (which scans every connection once per layer).

    python bench/bench_compile_plan.py [--nodes 5000] [--repeats 5]

Both in this process on the same project (bench_canvas.residual_graph), CPU time, median of
the repeats; the plans are checked equal.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def per_layer_plan(project, analysis):  # the baseline: inputs_of for each layer
    graph = project.graph
    needed: set[str] = set()
    stack = [analysis.outputs[0]]
    while stack:
        cur = stack.pop()
        if cur not in needed:
            needed.add(cur)
            stack.extend(e.src for e in graph.inputs_of(cur))
    return [(n, tuple(e.src for e in graph.inputs_of(n))) for n in analysis.order if n in needed]


def main() -> int:
    from bench_canvas import residual_graph

    from netstudio.core.analysis import analyze
    from netstudio.core.compiler import execution_plan
    from netstudio.core.project import Project

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--nodes", type=int, default=5000)
    p.add_argument("--repeats", type=int, default=5)
    args = p.parse_args()
    project = Project.from_dict(residual_graph(args.nodes))
    analysis = analyze(project)
    assert execution_plan(project, analysis) == per_layer_plan(project, analysis)

    def cpu_ms(plan) -> float:
        times = []
        for _ in range(args.repeats):
            t = time.process_time()
            plan(project, analysis)
            times.append((time.process_time() - t) * 1000)
        return statistics.median(times)

    base, now = cpu_ms(per_layer_plan), cpu_ms(execution_plan)
    print(f"{len(project.graph)} layers: per layer {base:.1f} ms, one pass {now:.1f} ms "
          f"(ratio {now / base:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
