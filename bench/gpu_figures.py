"""GPU figures for the tutorial CNN (samples/mnist_cnn.nsproj.json) in one script: the engine
with the sample's own recipe and with the fast recipe, bf16 autocast on and off, torch.compile
on and off, a hand-tuned plain loop with the same settings in the same process, and the whole
``netstudio train`` command in a fresh process. Writes a JSON of results.

Needs only torch and torchvision (numpy comes with them), run from the repository root:

    PYTHONPATH=$PWD python3 bench/gpu_figures.py --out gpu_figures.json          # on a GPU
    PYTHONPATH=$PWD python3 bench/gpu_figures.py --device cpu --subset 256 --epochs 1 \\
        --out /tmp/smoke.json                                                     # smoke test

What is timed (seconds): ``startup`` = importing torch and netstudio, ``cuda_init`` = the first
CUDA tensor and synchronize, ``data`` = reading MNIST; per run ``train_seconds`` = the training
loops alone (the engine's own count), ``epoch_seconds`` = training + validation per epoch,
``time_to_target`` = training wall time until the first epoch whose test accuracy reaches
--target (the test passes that find it are not counted), ``compile_seconds`` = the first,
compiling step. The plain loop: data on the device, randperm, index, autocast, channels_last,
cross_entropy, backward, step, with the same optimizer and one-cycle schedule as the fast recipe.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import traceback  # noqa: E402
from pathlib import Path  # noqa: E402

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netstudio.core.compiler import compile_project  # noqa: E402
from netstudio.core.data.loading import load_splits  # noqa: E402
from netstudio.core.project import Project  # noqa: E402
from netstudio.core.train.callbacks import Callback  # noqa: E402
from netstudio.core.train.run import prepare_run  # noqa: E402

SAMPLE = ROOT / "samples" / "mnist_cnn.nsproj.json"
STARTUP = time.perf_counter() - T0
RECIPE_KEYS = ("optimizer", "lr", "batch_size", "schedule", "epochs")


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


class TestEveryEpoch(Callback):
    """Test accuracy after every epoch, the time spent testing kept apart."""

    def __init__(self, target: float) -> None:
        self.target = target
        self.start = 0.0
        self.testing = 0.0
        self.epochs: list[dict[str, float]] = []
        self.reached: float | None = None

    def on_fit_start(self, trainer) -> None:  # noqa: ANN001
        sync(trainer.device)
        self.start = time.perf_counter()

    def on_epoch_end(self, trainer, event) -> None:  # noqa: ANN001
        sync(trainer.device)
        t0 = time.perf_counter()
        elapsed = t0 - self.start - self.testing  # training (and validation) so far
        acc = trainer.evaluate_test().accuracy if trainer.has_test_data else None
        self.testing += time.perf_counter() - t0
        self.epochs.append({"epoch": event.epoch, "test_accuracy": acc,
                            "epoch_seconds": round(event.seconds, 3),
                            "val_accuracy": event.val_accuracy,
                            "elapsed_training": round(elapsed, 3)})
        if self.reached is None and acc is not None and acc >= self.target:
            self.reached = elapsed


def engine_run(project: Project, splits, device: str, target: float, subset: int | None,  # noqa: ANN001
               **training) -> dict:  # noqa: ANN003
    p = Project.load(SAMPLE)
    p.training = {**project.training, **training}
    if training.get("recipe"):
        for key in RECIPE_KEYS:
            if key not in training:
                p.training.pop(key, None)
    watch = TestEveryEpoch(target)
    trainer = prepare_run(p, callbacks=[watch], device=device, splits=splits, subset=subset)
    result = trainer.fit()
    cfg = trainer.config
    train_seconds = (result.train_samples_per_second and
                     len(result.history) * trainer.data.sizes["train"]
                     / result.train_samples_per_second) or None
    return {"status": result.status.value, "message": str(result.message),
            "device": result.device, "settings": {
                "optimizer": cfg.optimizer, "lr": cfg.lr, "batch_size": cfg.batch_size,
                "epochs": cfg.epochs, "schedule": cfg.schedule, "amp": cfg.amp,
                "compile": cfg.compile},
            "engine": trainer.speed.to_dict(), "notes": [str(n) for n in trainer.notes],
            "train_samples_per_second": round(result.train_samples_per_second, 1),
            "train_seconds": train_seconds and round(train_seconds, 3),
            "seconds_per_epoch": train_seconds and round(train_seconds / len(result.history), 3),
            "time_to_target": watch.reached and round(watch.reached, 3),
            "test_accuracy": result.test.accuracy if result.test else None,
            "epochs": watch.epochs}


def plain_run(project: Project, splits, device: str, epochs: int, batch: int, lr: float,  # noqa: ANN001
              bf16: bool) -> dict:
    """The hand-tuned loop with the fast recipe's settings, in this process."""
    dev = torch.device(device)
    model = compile_project(project, seed=0).to(dev).to(memory_format=torch.channels_last)
    mean = torch.tensor(splits.mean, device=dev).reshape(1, -1, 1, 1)
    std = torch.tensor(splits.std, device=dev).reshape(1, -1, 1, 1)
    x = ((splits.train_x.to(dev).float() / 255 - mean) / std).contiguous(
        memory_format=torch.channels_last)
    y = splits.train_y.to(dev)
    n = len(x)
    steps = math.ceil(n / batch)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, epochs=epochs,
                                                steps_per_epoch=steps, pct_start=0.25)
    times = []
    for epoch in range(epochs):
        perm = torch.randperm(n, generator=torch.Generator().manual_seed(epoch)).to(dev)
        sync(dev)
        t0 = time.perf_counter()
        for b in range(steps):
            idx = perm[b * batch:(b + 1) * batch]
            with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=bf16):
                out = model(x[idx])
            loss = F.cross_entropy(out.float(), y[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
        sync(dev)
        times.append(time.perf_counter() - t0)
    return {"seconds_per_epoch": [round(t, 3) for t in times],
            "train_samples_per_second": round(n * epochs / sum(times), 1)}


def cli_run(device: str, subset: int | None, epochs: int | None) -> dict:
    """The whole ``netstudio train`` command in a fresh process (start-up included)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "netstudio", "train", str(SAMPLE), "--device", device,
               "--out", str(Path(tmp) / "run"), "--quiet"]
        if subset:
            cmd += ["--subset", str(subset)]
        if epochs:
            cmd += ["--epochs", str(epochs)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1800)
        wall = time.perf_counter() - t0
        out: dict = {"command": " ".join(cmd[1:]), "exit_code": done.returncode,
                     "wall_seconds": round(wall, 3), "stderr_tail": done.stderr[-2000:]}
        metrics = Path(tmp) / "run" / "metrics.json"
        if metrics.exists():
            m = json.loads(metrics.read_text(encoding="utf-8"))
            out.update(test_accuracy=m.get("test_accuracy"), seconds=m.get("seconds"),
                       engine=m.get("engine"), notes=m.get("notes"))
        return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--device", default="cuda")
    p.add_argument("--out", default="gpu_figures.json")
    p.add_argument("--subset", type=int, help="the first N images of each split (smoke runs)")
    p.add_argument("--epochs", type=int, default=3, help="epochs of the sample's own recipe")
    p.add_argument("--target", type=float, default=0.99)
    p.add_argument("--skip", default="", help="comma-separated run names to leave out")
    args = p.parse_args()
    dev = torch.device(args.device)
    figures: dict = {"python": platform.python_version(), "torch": torch.__version__,
                     "device": args.device, "startup_seconds": round(STARTUP, 3),
                     "argv": sys.argv[1:], "runs": {}, "errors": {}}
    if dev.type == "cuda":
        t0 = time.perf_counter()
        torch.zeros(1, device=dev)
        sync(dev)
        figures["cuda_init_seconds"] = round(time.perf_counter() - t0, 3)
        figures["gpu"] = torch.cuda.get_device_name(dev)
        figures["bf16_supported"] = torch.cuda.is_bf16_supported()
    t0 = time.perf_counter()
    project = Project.load(SAMPLE)
    splits = load_splits(project.data, project.training.get("seed", 0))
    figures["data_seconds"] = round(time.perf_counter() - t0, 3)
    fast_epochs = None if args.subset is None else args.epochs
    runs = {
        "sample_recipe": dict(epochs=args.epochs),
        "sample_recipe_fp32": dict(epochs=args.epochs, amp=False),
        "fast": dict(recipe="fast", **({"epochs": fast_epochs} if fast_epochs else {})),
        "fast_fp32": dict(recipe="fast", amp=False,
                          **({"epochs": fast_epochs} if fast_epochs else {})),
        "fast_3_epochs": dict(recipe="fast", epochs=args.epochs),
        "fast_compile": dict(recipe="fast", compile=True,
                             **({"epochs": fast_epochs} if fast_epochs else {})),
    }
    skip = set(filter(None, args.skip.split(",")))
    for name, settings in runs.items():
        if name in skip:
            continue
        print(f"{name} ...", flush=True)
        try:
            figures["runs"][name] = engine_run(project, splits, args.device, args.target,
                                               args.subset, **settings)
        except Exception:  # keep going: one failed variant must not lose the others
            figures["errors"][name] = traceback.format_exc()[-3000:]
        _write(args.out, figures)
    fast = figures["runs"].get("fast", {}).get("settings", {})
    if "plain" not in skip and fast:
        for name, bf16 in (("plain_bf16", True), ("plain_fp32", False)):
            print(f"{name} ...", flush=True)
            try:
                sub = splits.subset(args.subset) if args.subset else splits
                figures["runs"][name] = plain_run(project, sub, args.device, fast["epochs"],
                                                  fast["batch_size"], fast["lr"], bf16)
            except Exception:
                figures["errors"][name] = traceback.format_exc()[-3000:]
        engine_epoch = figures["runs"]["fast"].get("seconds_per_epoch")
        plain_epochs = figures["runs"].get("plain_bf16", {}).get("seconds_per_epoch")
        if engine_epoch and plain_epochs:
            figures["engine_over_plain_per_epoch"] = round(
                engine_epoch / (sum(plain_epochs) / len(plain_epochs)), 3)
    if "cli" not in skip:
        print("cli ...", flush=True)
        try:
            figures["runs"]["cli_sample"] = cli_run(args.device, args.subset, args.epochs)
        except Exception:
            figures["errors"]["cli_sample"] = traceback.format_exc()[-3000:]
    _write(args.out, figures)
    print(json.dumps({k: v for k, v in figures.items() if k != "runs"}, indent=1))
    for name, r in figures["runs"].items():
        print(f"{name}: " + ", ".join(f"{k}={r.get(k)}" for k in (
            "time_to_target", "seconds_per_epoch", "train_samples_per_second",
            "test_accuracy", "wall_seconds") if k in r))


def _write(path: str, figures: dict) -> None:
    Path(path).write_text(json.dumps(figures, indent=2, default=str) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
