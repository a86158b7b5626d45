"""load_splits(project.data, seed) -> Splits: any supported dataset, split and in memory.

``data`` keys (see docs/training.md):
  dataset     "mnist" (bundled, default), "fashion_mnist", "kmnist", "cifar10" (downloaded once
              into the user cache), "folder" (path, image_size, grayscale), "idx" (train_images,
              train_labels, optional test_images, test_labels, class_names)
  val_split   fraction of the training set kept aside for validation (default 0.1)
  split       for data without a test set (folder, idx without test files):
              [train, val, test] fractions, default [0.6, 0.2, 0.2]
  normalize   "standardize" or "unit" (read by the Trainer; see trainer.py)
  augment     see augment.py
Relative paths are read from ``base_dir`` (the project file's folder).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import torch

from netstudio.core.data.bundled import MNIST_MEAN, MNIST_STD, mnist
from netstudio.core.data.catalog import DATASETS, DatasetInfo
from netstudio.core.data.downloads import TORCHVISION_SETS, Progress, load_torchvision_set
from netstudio.core.data.folder import load_image_folder
from netstudio.core.data.idx import DataError, read_idx_pair
from netstudio.core.data.splits import Splits, channel_stats, split_off

SOURCES = ("mnist", *TORCHVISION_SETS, "folder", "idx")


def _fraction(data: dict[str, Any], key: str, default: float) -> float:
    v = data.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v < 1:
        raise DataError(f"data.{key} must be a fraction from 0 up to (not including) 1, "
                        f"got {v!r}.")
    return float(v)


def _three_way(data: dict[str, Any]) -> tuple[float, float, float]:
    v = data.get("split", [0.6, 0.2, 0.2])
    if (not isinstance(v, list | tuple) or len(v) != 3
            or not all(isinstance(f, int | float) and not isinstance(f, bool) and f >= 0
                       for f in v) or v[0] <= 0 or sum(v) <= 0):
        raise DataError(f"data.split must be [train, val, test] fractions like [0.6, 0.2, 0.2], "
                        f"got {v!r}.")
    total = float(sum(v))
    return v[0] / total, v[1] / total, v[2] / total


def _path(data: dict[str, Any], key: str, base_dir: Path | None, required: bool = True
          ) -> Path | None:
    v = data.get(key)
    if v is None and not required:
        return None
    if not isinstance(v, str) or not v:
        raise DataError(f"data.{key} must be a file or folder path (a string).")
    p = Path(os.path.expanduser(v))
    return p if p.is_absolute() or base_dir is None else base_dir / p


def folder_options(data: dict[str, Any]) -> tuple[tuple[int, int], bool]:
    """A "folder" dataset's (image_size, grayscale), checked."""
    gray = data.get("grayscale", True)
    if not isinstance(gray, bool):
        raise DataError(f"data.grayscale must be true or false, got {gray!r}.")
    return _size(data), gray


def _size(data: dict[str, Any]) -> tuple[int, int]:
    v = data.get("image_size", [28, 28])
    if isinstance(v, int) and not isinstance(v, bool):
        v = [v, v]
    if (not isinstance(v, list | tuple) or len(v) != 2
            or not all(isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 1024
                       for s in v)):
        raise DataError(f"data.image_size must be [height, width] in pixels, each from 1 to "
                        f"1024, got {v!r}.")
    return int(v[0]), int(v[1])


@functools.lru_cache(maxsize=4)
def _folder_cached(path: str, mtime: float, size: tuple[int, int], gray: bool
                   ) -> tuple[torch.Tensor, torch.Tensor, tuple[str, ...]]:
    return load_image_folder(path, size, gray)


def load_splits(data: dict[str, Any] | None = None, seed: int = 0, *,
                base_dir: str | os.PathLike[str] | None = None, download: bool = False,
                progress: Progress | None = None, cache_root: str | os.PathLike[str] | None = None
                ) -> Splits:
    """Load, split and describe the dataset a project's ``data`` section names.

    Raises DataError with a message for the learner when the data cannot be used."""
    data = dict(data or {})
    name = data.get("dataset", "mnist")
    base = Path(base_dir) if base_dir is not None else None
    if name not in SOURCES:
        raise DataError(f"data.dataset {name!r} is not known; use one of: {', '.join(SOURCES)}.")
    val_fraction = _fraction(data, "val_split", 0.1)
    test_x = test_y = None
    if name == "mnist":
        x, y = mnist("train")
        test_x, test_y = mnist("test")
        info, mean, std = DATASETS["mnist"], MNIST_MEAN, MNIST_STD
    elif name in TORCHVISION_SETS:
        info = DATASETS[name]
        x, y, test_x, test_y = load_torchvision_set(
            name, info.title, root=Path(cache_root) if cache_root else None,
            download=download, progress=progress)
        mean, std = channel_stats(x)
    elif name == "folder":
        folder = _path(data, "path", base)
        size, gray = folder_options(data)
        # the folder's and its class folders' times: adding an image changes the key
        mtime = max((p.stat().st_mtime for p in (folder, *folder.iterdir()) if p.is_dir()),
                    default=0.0) if folder.is_dir() else 0.0
        x, y, classes = _folder_cached(str(folder), mtime, size, gray)
        info = DatasetInfo("folder", folder.name, tuple(x.shape[1:]), len(classes), classes,
                           has_test_set=False)
        mean, std = channel_stats(x)
    else:  # idx
        x, y = read_idx_pair(_path(data, "train_images", base), _path(data, "train_labels", base))
        ti = _path(data, "test_images", base, required=False)
        tl = _path(data, "test_labels", base, required=False)
        if (ti is None) != (tl is None):
            raise DataError("data.test_images and data.test_labels go together: give both or "
                            "neither.")
        if ti is not None:
            test_x, test_y = read_idx_pair(ti, tl)
            if test_x.shape[1:] != x.shape[1:]:
                raise DataError(f"{ti}: test images are {list(test_x.shape[1:])} but training "
                                f"images are {list(x.shape[1:])}; they must match.")
        n_classes = int(max(y.max(), test_y.max() if test_y is not None else 0)) + 1
        names = data.get("class_names") or [str(i) for i in range(n_classes)]
        if not isinstance(names, list) or len(names) < n_classes:
            raise DataError(f"data.class_names must list at least {n_classes} names (the labels "
                            f"go up to {n_classes - 1}).")
        info = DatasetInfo("idx", "IDX files", tuple(x.shape[1:]), len(names),
                           tuple(str(s) for s in names), has_test_set=ti is not None)
        mean, std = channel_stats(x)
    if len(x) == 0:
        raise DataError(f"data.dataset {name!r}: the training set is empty.")
    if test_x is None:
        train_f, val_f, test_f = _three_way(data)
        x, y, test_x, test_y = split_off(x, y, test_f, seed)
        val_fraction = val_f / (train_f + val_f) if train_f + val_f > 0 else 0.0
    x, y, val_x, val_y = split_off(x, y, val_fraction, seed + 1)
    return Splits(info=info, train_x=x, train_y=y, val_x=val_x, val_y=val_y,
                  test_x=test_x, test_y=test_y, mean=tuple(mean), std=tuple(std))
