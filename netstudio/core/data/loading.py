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
Relative paths are read from ``base_dir`` (the project file's folder). The keys are checked by
netstudio.core.settings.data, the same rules the checker applies.
"""

from __future__ import annotations

import functools
import json
import os
import threading
from pathlib import Path
from typing import Any

import torch

from netstudio.core.data.bundled import MNIST_MEAN, MNIST_STD, mnist
from netstudio.core.data.catalog import DATASETS, IDX_TITLE, DatasetInfo
from netstudio.core.data.downloads import TORCHVISION_SETS, Progress, load_torchvision_set
from netstudio.core.data.errors import DataError
from netstudio.core.data.folder import load_image_folder
from netstudio.core.data.idx import read_idx_pair
from netstudio.core.data.resize import resize_splits
from netstudio.core.data.splits import Splits, channel_stats, split_off
from netstudio.core.diagnostics import ERROR, diagnostic
from netstudio.core.settings.data import parse_data
from netstudio.core.settings.fields import CHANGE
from netstudio.core.text import QT_TRANSLATE_NOOP

FEW_NAMES = QT_TRANSLATE_NOOP("Data", "{field} must list at least {n} names (the labels go up "
                              "to {top}).")
EMPTY = QT_TRANSLATE_NOOP("Data", "The {dataset} training set is empty.")

@functools.lru_cache(maxsize=4)
def _folder_cached(path: str, mtime: float, size: tuple[int, int], gray: bool
                   ) -> tuple[torch.Tensor, torch.Tensor, tuple[str, ...]]:
    return load_image_folder(path, size, gray)


_CACHED: dict[str, Splits] = {}
_CACHED_LOCK = threading.Lock()


def load_splits_cached(data: dict[str, Any] | None, seed: int = 0, *,
                       base_dir: str | os.PathLike[str] | None = None, download: bool = False,
                       progress: Progress | None = None) -> Splits:
    """load_splits, kept for the next call with the same data settings, seed and folder (one
    dataset at a time): the app trains again and again on the same data. Splits are never
    modified in place, so sharing them is safe."""
    key = json.dumps([data or {}, seed, str(base_dir)], sort_keys=True, default=str)
    with _CACHED_LOCK:
        if key not in _CACHED:
            _CACHED.clear()  # one dataset in memory at a time
            _CACHED[key] = load_splits(data, seed, base_dir=base_dir, download=download,
                                       progress=progress)
        return _CACHED[key]


def load_splits(data: dict[str, Any] | None = None, seed: int = 0, *,
                base_dir: str | os.PathLike[str] | None = None, download: bool = False,
                progress: Progress | None = None, cache_root: str | os.PathLike[str] | None = None
                ) -> Splits:
    """Load, split and describe the dataset a project's ``data`` section names.

    Raises DataError with a message for the learner when the data cannot be used."""
    s = parse_data(data or {}, base_dir)
    name = s.dataset
    val_fraction = s.val_split
    test_x = test_y = None
    if name == "mnist":
        x, y = mnist("train")
        test_x, test_y = mnist("test")
        info = DATASETS["mnist"]
        mean, std = tuple[float, ...](MNIST_MEAN), tuple[float, ...](MNIST_STD)
    elif name in TORCHVISION_SETS:
        info = DATASETS[name]
        x, y, test_x, test_y = load_torchvision_set(
            name, info.title, root=Path(cache_root) if cache_root else None,
            download=download, progress=progress)
        mean, std = channel_stats(x)
    elif name == "folder":
        assert s.folder is not None  # parse_data checked it
        # the folder's and its class folders' times: adding an image changes the key
        mtime = max((p.stat().st_mtime for p in (s.folder, *s.class_folders)), default=0.0)
        x, y, classes = _folder_cached(str(s.folder), mtime, s.image_size, s.grayscale)
        info = DatasetInfo("folder", s.folder.name, tuple(x.shape[1:]), len(classes), classes,
                           has_test_set=False)
        mean, std = channel_stats(x)
    else:  # idx
        assert s.train is not None  # parse_data checked it
        x, y = read_idx_pair(s.train.images, s.train.labels)
        if s.test is not None:
            test_x, test_y = read_idx_pair(s.test.images, s.test.labels)
        n_classes = int(max(y.max(), test_y.max() if test_y is not None else 0)) + 1
        names = s.class_names or tuple(str(i) for i in range(n_classes))
        if len(names) < n_classes:
            raise DataError(diagnostic(ERROR, "bad-setting", FEW_NAMES, CHANGE,
                                       field="data.class_names", n=n_classes,
                                       top=n_classes - 1))
        info = DatasetInfo("idx", IDX_TITLE(), tuple(x.shape[1:]), len(names), names,
                           has_test_set=s.test is not None)
        mean, std = channel_stats(x)
    if len(x) == 0:
        raise DataError(diagnostic(ERROR, "bad-data-file", EMPTY, field="data.dataset",
                                   dataset=name))
    if test_x is None:
        train_f, val_f, test_f = s.split
        x, y, test_x, test_y = split_off(x, y, test_f, seed)
        val_fraction = val_f / (train_f + val_f) if train_f + val_f > 0 else 0.0
    x, y, val_x, val_y = split_off(x, y, val_fraction, seed + 1)
    splits = Splits(info=info, train_x=x, train_y=y, val_x=val_x, val_y=val_y,
                    test_x=test_x, test_y=test_y, mean=tuple(mean), std=tuple(std))
    return resize_splits(splits, s.resize, s.channels)  # data.resize / data.channels
