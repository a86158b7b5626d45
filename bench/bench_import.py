"""Importing torchvision's resnet50: netstudio import vs the least any import must do.

"import" is ``import_network("torchvision:resnet50")``: build the torchvision model (random
weights), trace it with torch.fx, record shapes (fake tensors), map 176 operations to layers,
compile the result with its weights and compare its output with the model's (the self-check).
Baseline (plain PyTorch, same process): build the torchvision model and run one sample
through it. Wall and CPU time, median of N runs after a warm-up.

    OMP_NUM_THREADS=1 python bench/bench_import.py [--model resnet50] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time


def timed(fn) -> tuple[float, float]:  # noqa: ANN001
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="resnet50")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import torch
    import torchvision

    from netstudio.core.importers.network import import_network

    def baseline() -> None:
        model = torchvision.models.get_model(args.model, weights=None).eval()
        with torch.no_grad():
            model(torch.randn(1, 3, 224, 224))

    def do_import() -> None:
        result = import_network(f"torchvision:{args.model}")
        assert result.matches, result.check_error

    do_import()  # warm-up: imports of torch.fx, torchvision, the layer library
    rows = {"import": [], "baseline": []}
    for _ in range(args.runs):
        rows["import"].append(timed(do_import))
        rows["baseline"].append(timed(baseline))
    med = statistics.median
    print(f"{args.model}, median of {args.runs}; torch {torch.__version__}, "
          f"{torch.get_num_threads()} thread(s)")
    for name, values in rows.items():
        print(f"{name:9s} wall {med(v[0] for v in values):6.2f} s   cpu "
              f"{med(v[1] for v in values):6.2f} s")
    ratio = med(v[0] for v in rows["import"]) / med(v[0] for v in rows["baseline"])
    print(f"import / baseline (wall): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
