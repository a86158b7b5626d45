"""The MNIST files that ship with netstudio (netstudio/datasets/mnist), loaded once per process."""

from __future__ import annotations

import functools
from pathlib import Path

import torch

from netstudio.core.data.idx import read_idx_pair

MNIST_DIR = Path(__file__).resolve().parents[2] / "datasets" / "mnist"

MNIST_FILES = {
    "train": ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
    "test": ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
}
# MNIST's own statistics of the training images in [0, 1] (the usual Normalize values).
MNIST_MEAN, MNIST_STD = (0.1307,), (0.3081,)


@functools.cache
def mnist(split: str) -> tuple[torch.Tensor, torch.Tensor]:
    """uint8 images [N, 1, 28, 28] and int64 labels [N]; split "train" (60,000) or "test"."""
    images, labels = MNIST_FILES[split]
    x, y = read_idx_pair(MNIST_DIR / images, MNIST_DIR / labels)
    # read-only by convention: callers index or copy, the cache is shared
    return x, y
