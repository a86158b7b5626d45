"""CPU throughput of the training engine with each speed setting, against the engine as it was
(float32, default memory layout) and against plain loops, in one process, alternating.

Every variant trains the same network (compiled with the same seed) for one epoch on the first
N MNIST training images (no validation or test: the training loop only) and reports training
samples/s (wall) and this process's CPU time. The order rotates every round; figures are
medians, ratios medians of per-round ratios against "engine fp32" (the engine before: no
autocast, default layout).

  engine fp32        training.amp false, channels_last false
  + channels_last    channels_last true (4-d weights and data in NHWC)
  + bf16             amp true (bfloat16 autocast; needs avx512_bf16/AMX to be fast)
  engine default     amp "auto", channels_last "auto": what a run gets on this machine
  plain fp32         a hand-written loop: randperm, index, forward, cross_entropy, backward, step
  plain bf16+cl      the same loop, hand-tuned with autocast and channels_last
  (--compile)        engine default + training.compile: warm-up and steady speed

    python bench/bench_speed.py --subset 8000 --rounds 3 --batch 128
    python bench/bench_speed.py --subset 8000 --rounds 3 --batch 128 --threads 1
    python bench/bench_speed.py --subset 4000 --rounds 2 --batch 128 --compile
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netstudio.core.compiler import compile_project  # noqa: E402
from netstudio.core.data.loading import load_splits  # noqa: E402
from netstudio.core.project import Project  # noqa: E402
from netstudio.core.train.trainer import Trainer  # noqa: E402

SAMPLE = ROOT / "samples" / "mnist_cnn.nsproj.json"


def load_average() -> str:
    with contextlib.suppress(OSError):
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    return "?"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sample", default=str(SAMPLE))
    p.add_argument("--subset", type=int, default=8000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--threads", type=int, help="torch.set_num_threads (default: torch's)")
    p.add_argument("--compile", action="store_true", help="also engine + training.compile")
    args = p.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    project = Project.load(args.sample)
    splits = replace(load_splits(project.data, 0).subset(args.subset), val_x=None, val_y=None,
                     test_x=None, test_y=None)
    base = {**project.training, "epochs": 1, "device": "cpu", "batch_size": args.batch,
            "schedule": None, "optimizer": "Adam", "lr": 0.001, "recipe": None}

    def engine(**settings: object) -> tuple[float, float]:
        trainer = Trainer(compile_project(project, seed=0), {**base, **settings}, splits)
        result = trainer.fit()
        assert result.ok, result.message
        compile_s = trainer.speed.compile_seconds or 0.0
        return args.subset / result.train_samples_per_second, compile_s

    def plain(bf16_cl: bool) -> tuple[float, float]:
        mean, std = splits.mean[0], splits.std[0]
        x = (splits.train_x.float() / 255 - mean) / std
        model = compile_project(project, seed=0)
        if bf16_cl:
            x = x.contiguous(memory_format=torch.channels_last)
            model = model.to(memory_format=torch.channels_last)
        y = splits.train_y
        opt = torch.optim.Adam(model.parameters(), lr=0.001)
        model.train()
        perm = torch.randperm(len(x), generator=torch.Generator().manual_seed(0))
        t0 = time.perf_counter()
        for s in range(0, len(x), args.batch):
            idx = perm[s:s + args.batch]
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16_cl):
                out = model(x[idx])
            loss = F.cross_entropy(out.float(), y[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        return time.perf_counter() - t0, 0.0

    variants = {
        "engine fp32": lambda: engine(amp=False, channels_last=False),
        "+ channels_last": lambda: engine(amp=False, channels_last=True),
        "+ bf16": lambda: engine(amp=True, channels_last=False),
        "engine default": lambda: engine(),
        "plain fp32": lambda: plain(False),
        "plain bf16+cl": lambda: plain(True),
    }
    if args.compile:
        variants["engine + compile"] = lambda: engine(compile=True)
    print(f"{Path(args.sample).name}: {args.subset} images, batch {args.batch}, "
          f"torch threads {torch.get_num_threads()}, load average {load_average()}", flush=True)
    for name, fn in variants.items():  # warm-up: first-call costs, not timed
        if name != "engine + compile":
            fn()
    loop: dict[str, list[float]] = {k: [] for k in variants}
    cpu: dict[str, list[float]] = {k: [] for k in variants}
    warm: list[float] = []
    names = list(variants)
    for r in range(args.rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            c0 = time.process_time()
            seconds, compile_s = variants[name]()
            cpu[name].append(time.process_time() - c0)
            loop[name].append(seconds - compile_s)
            if compile_s:
                warm.append(compile_s)
        print(f"round {r + 1} (load {load_average()}): " + ", ".join(
            f"{k} {args.subset / loop[k][-1]:,.0f}/s" for k in names), flush=True)
    print(f"\nmedians, {args.rounds} rounds: samples/s of the training loop (wall); CPU s of "
          "the whole fit (this process, all threads); speed-up vs engine fp32 in wall time "
          "and in CPU time (medians of per-round ratios):")
    for k in names:
        wall = statistics.median(b / a for a, b in zip(loop[k], loop["engine fp32"],
                                                        strict=True))
        by_cpu = statistics.median(b / a for a, b in zip(cpu[k], cpu["engine fp32"],
                                                          strict=True))
        print(f"  {k:17s} {args.subset / statistics.median(loop[k]):8,.0f} samples/s  "
              f"CPU {statistics.median(cpu[k]):6.2f} s  x{wall:.2f} wall  x{by_cpu:.2f} CPU")
    if warm:
        print(f"  compile warm-up (first step): median {statistics.median(warm):.1f} s")
    print(f"load average at the end: {load_average()}")


if __name__ == "__main__":
    main()
