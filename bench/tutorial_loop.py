"""The PyTorch MNIST tutorial's data pipeline, for comparison with netstudio's engine.

torchvision.datasets.MNIST reading the bundled files (unpacked once into ROOT/MNIST/raw, as
torchvision expects), transforms ToTensor + Normalize through PIL images one sample at a time,
and a DataLoader with batch size 64 (pytorch/examples mnist/main.py). The model, optimizer and
loss are passed in so that only the data pipeline differs from the other loops.

    python bench/tutorial_loop.py --subset 3000     # one epoch, prints the wall time
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from netstudio.core.data.bundled import MNIST_DIR, MNIST_FILES


def mnist_root(root: Path | None = None) -> Path:
    """A folder holding MNIST/raw/<uncompressed IDX files>, made from the bundled .gz files."""
    root = Path(root) if root else Path(tempfile.gettempdir()) / "netstudio-bench-mnist"
    raw = root / "MNIST" / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for names in MNIST_FILES.values():
        for gz_name in names:
            target = raw / gz_name.removesuffix(".gz")
            if not target.exists():
                with gzip.open(MNIST_DIR / gz_name, "rb") as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
    return root


def tutorial_epoch(make_model: Callable[[], nn.Module], subset: int, root: Path,
                   lr: float = 0.001, batch_size: int = 64) -> dict[str, float]:
    """Train one epoch on the first ``subset`` training images, then test on ``subset`` test
    images, the tutorial's way. Returns seconds (all of it), train_seconds (the training loop,
DataLoader included) and test accuracy."""
    from torchvision import datasets, transforms

    start = time.perf_counter()
    transform = transforms.Compose([transforms.ToTensor(),
                                    transforms.Normalize((0.1307,), (0.3081,))])
    train = datasets.MNIST(str(root), train=True, download=False, transform=transform)
    test = datasets.MNIST(str(root), train=False, download=False, transform=transform)
    train = torch.utils.data.Subset(train, range(subset))
    test = torch.utils.data.Subset(test, range(subset))
    train_loader = torch.utils.data.DataLoader(train, batch_size=batch_size, shuffle=True)
    test_loader = torch.utils.data.DataLoader(test, batch_size=1000)
    model = make_model()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    t_train = time.perf_counter()
    for data, target in train_loader:
        opt.zero_grad()
        loss = F.cross_entropy(model(data), target)
        loss.backward()
        opt.step()
    train_seconds = time.perf_counter() - t_train
    model.eval()
    correct = 0
    with torch.no_grad():
        for data, target in test_loader:
            correct += int((model(data).argmax(1) == target).sum())
    return {"seconds": time.perf_counter() - start, "train_seconds": train_seconds,
            "test_accuracy": correct / len(test)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--subset", type=int, default=3000)
    args = p.parse_args()
    from netstudio.core.compiler import compile_project
    from netstudio.core.project import Project

    project = Project.load(Path(__file__).resolve().parents[1] / "samples" /
                           "mnist_cnn.nsproj.json")
    result = tutorial_epoch(lambda: compile_project(project, seed=0), args.subset,
                            mnist_root())
    print(result)


if __name__ == "__main__":
    main()
