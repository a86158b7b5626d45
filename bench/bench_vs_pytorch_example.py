"""Time to 99% MNIST test accuracy: the official PyTorch example's network and recipe in its
own script (bench/pytorch_mnist_example.py) vs the same network built in netstudio
(samples/pytorch_mnist_example.nsproj.json: the same layers, NLL loss, Adadelta lr 1.0, StepLR
gamma 0.7, batch 64, test batch 1000, all 60,000 training images) trained by the engine.

Both run in this process, one after the other (the order alternates between rounds), each
timed from before its data is opened until the end of the first epoch whose test accuracy
reaches the target (both test after every epoch, as the example does). netstudio's data cache
is cleared before each of its runs, so both pay for loading the data. Reported per epoch:
test accuracy and seconds since the start, and the CPU time of the whole run.

  example      the example's script: DataLoader over PIL images, ToTensor + Normalize
  netstudio    netstudio train of the sample (engine defaults on this machine: bf16 autocast
               where the CPU has bf16 units, channels_last)
  fast         the same sample with training.recipe "fast" (one-cycle, batch for the device,
               2 epochs) instead of the example's recipe (--fast)

    python bench/bench_vs_pytorch_example.py --max-epochs 4 --rounds 1 [--fast]
    python bench/bench_vs_pytorch_example.py --subset 512 --max-epochs 1 --target 0   # smoke
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pytorch_mnist_example as example  # noqa: E402
from tutorial_loop import mnist_root  # noqa: E402

from netstudio.core.project import Project  # noqa: E402
from netstudio.core.train.callbacks import Callback  # noqa: E402

SAMPLE = ROOT / "samples" / "pytorch_mnist_example.nsproj.json"


def load_average() -> str:
    with contextlib.suppress(OSError):
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    return "?"


class TimeToTarget(Callback):
    """Test after every epoch (as the example does) and stop at the target accuracy."""

    def __init__(self, start: float, target: float) -> None:
        self.start, self.target = start, target
        self.epochs: list[tuple[int, float, float]] = []

    def on_epoch_end(self, trainer, event) -> None:  # noqa: ANN001
        acc = trainer.evaluate_test().accuracy
        self.epochs.append((event.epoch, acc, time.perf_counter() - self.start))
        if acc >= self.target:
            trainer.stop()


def netstudio_run(max_epochs: int, target: float, subset: int | None, fast: bool,
                  device: str) -> list[tuple[int, float, float]]:
    from netstudio.core.data import bundled
    from netstudio.core.train.run import prepare_run

    bundled.mnist.cache_clear()  # pay for loading the data, as the example does
    start = time.perf_counter()
    project = Project.load(SAMPLE)
    if fast:
        for key in ("optimizer", "lr", "batch_size", "schedule", "epochs"):
            project.training.pop(key, None)
        project.training["recipe"] = "fast"
    watch = TimeToTarget(start, target)
    trainer = prepare_run(project, callbacks=[watch], subset=subset, device=device,
                          epochs=None if fast else max_epochs)
    result = trainer.fit()
    assert result.ok, result.message
    return watch.epochs


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", type=float, default=0.99)
    p.add_argument("--max-epochs", type=int, default=4)
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--subset", type=int, help="the first N images of each split (smoke runs)")
    p.add_argument("--fast", action="store_true", help="also netstudio's fast recipe")
    p.add_argument("--device", default="cpu")
    args = p.parse_args()
    root = mnist_root()
    runners = {
        "example": lambda: example.run(args.max_epochs, args.target, args.device, root,
                                       subset=args.subset),
        "netstudio": lambda: netstudio_run(args.max_epochs, args.target, args.subset, False,
                                           args.device),
    }
    if args.fast:
        runners["fast"] = lambda: netstudio_run(args.max_epochs, args.target, args.subset,
                                                True, args.device)
    print(f"target {args.target:.2%}, torch threads {torch.get_num_threads()}, "
          f"load average {load_average()}", flush=True)
    names = list(runners)
    for r in range(args.rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            c0 = time.process_time()
            epochs = runners[name]()
            cpu = time.process_time() - c0
            reached = next((e for e in epochs if e[1] >= args.target), None)
            trail = ", ".join(f"epoch {e}: {a:.2%} at {s:.1f} s" for e, a, s in epochs)
            when = (f"{reached[2]:.1f} s (epoch {reached[0]})" if reached
                    else f"not within {len(epochs)} epochs")
            print(f"round {r + 1} {name:9s} time to {args.target:.0%}: {when}; CPU {cpu:.1f} s; "
                  f"load {load_average()}\n    {trail}", flush=True)


if __name__ == "__main__":
    main()
