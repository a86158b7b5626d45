"""int8 vs float: size, accuracy and speed (the HTTP service: bench/bench_serve.py).

    python bench/bench_deploy.py [--subset 5000]

Trains the tutorial CNN and LeNet-5 for one epoch (``--subset`` images of each split) into
run folders, makes their int8 variants (netstudio.core.deploy: the default, which chooses
the layers that pay off, and ``--method static``, every layer in int8, for comparison) and
prints the float and int8 figures side by side: file size, test accuracy on the run's test
images and agreement with the float network, latency at batch 1 and throughput at batch 64
in onnxruntime on one thread (CPU time of the calling thread, medians of repeated runs in
this process).

The served throughput (8 clients in a separate process against the direct session and a
minimal uvicorn app) is measured by bench/bench_serve.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def train_run(sample: str, folder: Path, subset: int) -> Path:
    """``netstudio train --out``: a run folder in the run store's layout."""
    subprocess.run([sys.executable, "-m", "netstudio", "train",
                    str(ROOT / "samples" / f"{sample}.nsproj.json"), "--epochs", "1",
                    "--subset", str(subset), "--out", str(folder), "--quiet",
                    "--no-tensorboard"], check=True, cwd=ROOT)
    return folder


def int8_table(runs: dict[str, Path]) -> None:
    from netstudio.core.deploy.compress import Request, Workbench
    from netstudio.core.deploy.source import open_run

    print("\n| network | variant | file | test accuracy | change | agreement | ms/image (b1) | "
          "images/s (b64) |")
    print("|---|---|---|---|---|---|---|---|")
    plans = []
    for name, folder in runs.items():
        bench = Workbench(open_run(folder))
        original = bench.original()
        int8 = bench.make(Request(quantize="int8"))  # what netstudio compress does
        every = bench.make(Request(quantize="int8", method="static", name="int8-every-layer"))
        o = original.figures
        for r in (original, int8, every):
            f = r.figures
            print(f"| {name} | {r.name} ({r.kind}) | {f.size_bytes / 1e6:.3f} MB | "
                  f"{f.test_accuracy:.2%} | {(f.test_accuracy - o.test_accuracy) * 100:+.2f} pt | "
                  f"{f.agreement:.2%} | {f.latency_ms_batch1:.4f} | "
                  f"{f.images_per_second_batch64:,.0f} |")
            if r is not original:
                print(f"| {name} | **{r.name} / float** | **{f.size_bytes / o.size_bytes:.2f}x** "
                      f"| | | | **{f.latency_ms_batch1 / o.latency_ms_batch1:.2f}x** | "
                      f"**{f.images_per_second_batch64 / o.images_per_second_batch64:.2f}x** |")
        plans.append(f"{name}: int8 layers {', '.join(int8.settings['int8_layers'])}; "
                     f"float layers {', '.join(int8.settings['float_layers']) or 'none'}")
    print(f"\nload average {os.getloadavg()[0]:.1f} (1 min)")
    print("\n".join(plans))


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--subset", type=int, default=5000)
    args = p.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="netstudio-bench-"))
    runs = {"tutorial CNN": train_run("mnist_cnn", tmp / "cnn", args.subset),
            "LeNet-5": train_run("lenet5", tmp / "lenet", args.subset)}
    int8_table(runs)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
