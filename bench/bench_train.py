"""Training engine speed: ``netstudio train`` vs a plain PyTorch loop vs the tutorial's loop.

All three train the same network (samples/mnist_cnn.nsproj.json, compiled with the same seed)
for one epoch on the first N MNIST training images with Adam (lr 0.001, batch 64), then
evaluate. They run in this one process, alternating, R rounds; the figures are medians, and
the ratios medians of per-round ratios. On a shared machine wall times swing with the other
users' load; this process's CPU time (time.process_time, one torch thread) swings much less.

  engine    netstudio.cli.main(["train", SAMPLE, "--epochs", "1", "--subset", N, ...]): the
            whole command (load, check, compile, train, validate, test, write metrics and
            checkpoint)
  plain     a hand-written loop over in-memory normalized tensors: randperm, slice, forward,
            cross_entropy, backward, step; then the same validation and test passes
  tutorial  bench/tutorial_loop.py: torchvision MNIST + ToTensor/Normalize per PIL image +
            DataLoader(batch_size=64), then a test pass

    OMP_NUM_THREADS=1 python bench/bench_train.py --subset 2000 --rounds 6
    OMP_NUM_THREADS=1 python bench/bench_train.py --subset 2000 --rounds 6 --no-val
    OMP_NUM_THREADS=1 python bench/bench_train.py --loop-only --sample samples/mlp.nsproj.json \
        --subset 20000 --rounds 10
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

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tutorial_loop import mnist_root, tutorial_epoch  # noqa: E402

from netstudio.cli import main as cli_main  # noqa: E402
from netstudio.core.compiler import compile_project  # noqa: E402
from netstudio.core.data.loading import load_splits  # noqa: E402
from netstudio.core.project import Project  # noqa: E402

SAMPLE = ROOT / "samples" / "mnist_cnn.nsproj.json"


def engine_run(n: int, out: Path, sample: Path = SAMPLE) -> tuple[float, float]:
    """(whole command seconds, training-loop seconds as the engine measured them)."""
    start = time.perf_counter()
    code = cli_main(["train", str(sample), "--epochs", "1", "--subset", str(n), "--out",
                     str(out), "--quiet", "--device", "cpu"])
    seconds = time.perf_counter() - start
    assert code == 0, f"netstudio train failed with exit code {code}"
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    return seconds, metrics["samples"]["train"] / metrics["train_samples_per_second"]


def plain_run(project: Project, n: int) -> tuple[float, float]:
    """What a careful user writes by hand for the same work: (whole, training loop) seconds."""
    start = time.perf_counter()
    splits = load_splits(project.data, 0).subset(n)

    def prep(x: torch.Tensor) -> torch.Tensor:
        return (x.float() / 255 - 0.1307) / 0.3081

    x, y = prep(splits.train_x), splits.train_y
    model = compile_project(project, seed=0)
    opt = torch.optim.Adam(model.parameters(), lr=0.001)
    model.train()
    t_train = time.perf_counter()
    g = torch.Generator().manual_seed(0)
    perm = torch.randperm(len(x), generator=g)
    for s in range(0, len(x), 64):
        idx = perm[s:s + 64]
        opt.zero_grad()
        loss = F.cross_entropy(model(x[idx]), y[idx])
        loss.backward()
        opt.step()
    train_seconds = time.perf_counter() - t_train
    model.eval()
    with torch.no_grad():
        for vx, vy in ((splits.val_x, splits.val_y), (splits.test_x, splits.test_y)):
            vx = prep(vx)
            correct = sum(int((model(vx[s:s + 1000]).argmax(1) == vy[s:s + 1000]).sum())
                          for s in range(0, len(vx), 1000))
            _ = correct / max(1, len(vx))
    return time.perf_counter() - start, train_seconds


def loop_overhead(project: Project, n: int, rounds: int) -> None:
    """The training loop alone: Trainer.fit (no validation/test data, no callbacks) vs the
    plain loop, on the same normalized tensors, alternating; CPU and wall time."""
    from dataclasses import replace

    from netstudio.core.train.trainer import Trainer

    splits = replace(load_splits(project.data, 0).subset(n), val_x=None, val_y=None,
                     test_x=None, test_y=None)
    cfg = {**project.training, "epochs": 1, "device": "cpu"}

    def engine() -> None:
        Trainer(compile_project(project, seed=0), cfg, splits).fit()

    def plain() -> None:
        x = (splits.train_x.float() / 255 - 0.1307) / 0.3081  # the same work as the engine
        y = splits.train_y
        model = compile_project(project, seed=0)
        opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        model.train()
        perm = torch.randperm(len(x), generator=torch.Generator().manual_seed(0))
        bs = cfg["batch_size"]
        for s in range(0, len(x), bs):
            idx = perm[s:s + bs]
            opt.zero_grad()
            F.cross_entropy(model(x[idx]), y[idx]).backward()
            opt.step()

    engine(), plain()  # warm-up
    wall: dict[str, list[float]] = {"engine": [], "plain": []}
    cpu: dict[str, list[float]] = {"engine": [], "plain": []}
    for r in range(rounds):
        order = [("engine", engine), ("plain", plain)]
        for name, fn in order if r % 2 == 0 else order[::-1]:
            w0, c0 = time.perf_counter(), time.process_time()
            fn()
            wall[name].append(time.perf_counter() - w0)
            cpu[name].append(time.process_time() - c0)
    print(f"training loop only, {n} samples, batch {cfg['batch_size']}, {rounds} rounds:")
    for k in wall:
        print(f"  {k:7s} wall {statistics.median(wall[k]):.3f} s, CPU "
              f"{statistics.median(cpu[k]):.3f} s")
    for label, d in (("wall", wall), ("CPU", cpu)):
        ratio = statistics.median(a / b for a, b in zip(d["engine"], d["plain"], strict=True))
        print(f"  engine / plain ({label}): {ratio:.3f}")


def _tutorial(make, n: int, root: Path) -> tuple[float, float]:  # noqa: ANN001
    result = tutorial_epoch(make, n, root)
    return result["seconds"], result["train_seconds"]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--subset", type=int, default=3000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--no-tutorial", action="store_true")
    p.add_argument("--sample", default=str(SAMPLE),
                   help="project file (default: samples/mnist_cnn.nsproj.json)")
    p.add_argument("--loop-only", action="store_true",
                   help="compare only the training loops (Trainer.fit vs plain), no files")
    p.add_argument("--no-val", action="store_true",
                   help="data.val_split 0 for engine and plain: train + test only, like the "
                   "tutorial")
    args = p.parse_args()
    sample = Path(args.sample)
    project = Project.load(sample)
    if args.no_val:
        project.data = {**project.data, "val_split": 0}
        sample = Path(tempfile.mkdtemp()) / sample.name
        project.save(sample)
    if args.loop_only:
        loop_overhead(project, args.subset, args.rounds)
        return
    root = mnist_root()
    make = lambda: compile_project(project, seed=0)  # noqa: E731
    # warm-up (first-call costs: MNIST cache, kernels), not timed
    with tempfile.TemporaryDirectory() as tmp:
        engine_run(128, Path(tmp) / "warm", sample)
        plain_run(project, 128)
        if not args.no_tutorial:
            tutorial_epoch(make, 128, root)
    whole: dict[str, list[float]] = {"engine": [], "plain": [], "tutorial": []}
    loop: dict[str, list[float]] = {"engine": [], "plain": [], "tutorial": []}
    cpu: dict[str, list[float]] = {"engine": [], "plain": [], "tutorial": []}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            runs = [("engine", lambda r=r: engine_run(args.subset, Path(tmp) / f"r{r}", sample)),
                    ("plain", lambda: plain_run(project, args.subset)),
                    ("tutorial", lambda: _tutorial(make, args.subset, root))]
            shift = r % len(runs)  # rotate the order so no runner always goes first
            for name, fn in runs[shift:] + runs[:shift]:
                if name == "tutorial" and args.no_tutorial:
                    continue
                c0 = time.process_time()
                w, t = fn()
                cpu[name].append(time.process_time() - c0)
                whole[name].append(w)
                loop[name].append(t)
            print(f"round {r + 1}: " + ", ".join(
                f"{k} {whole[k][-1]:.2f} s (loop {loop[k][-1]:.2f} s)" for k in whole
                if whole[k]), flush=True)
    mw = {k: statistics.median(v) for k, v in whole.items() if v}
    ml = {k: statistics.median(v) for k, v in loop.items() if v}
    print(f"\n{sample.name}, N={args.subset}, rounds={args.rounds}, torch threads={torch.get_num_threads()}, "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS')}")
    for k in mw:
        print(f"  {k:9s} whole run {mw[k]:6.2f} s (CPU {statistics.median(cpu[k]):6.2f} s) | "
              f"training loop {ml[k]:6.2f} s ({args.subset / ml[k]:,.0f} samples/s)")

    def paired(a: str, b: str, d: dict[str, list[float]]) -> float:
        # the median of per-round ratios: both ran back to back, under the same load
        return statistics.median(x / y for x, y in zip(d[a], d[b], strict=True))

    print("  ratios (median of per-round ratios):  whole run wall | whole run CPU | training loop")
    for other, target in (("plain", "<= 1.05"), ("tutorial", "< 1")):
        if whole[other]:
            print(f"  engine / {other:8s}  {paired('engine', other, whole):14.3f} | "
                  f"{paired('engine', other, cpu):13.3f} | {paired('engine', other, loop):13.3f}"
                  f"   (target {target})")


if __name__ == "__main__":
    main()
