"""Small searches: the first MNIST digits as IDX files (a process loads them at once) and a
tiny MLP project over them with a search section."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np

from tests.core.runs_helpers import tiny_raw

_CACHE: dict[str, bytes] = {}


def _idx(array: np.ndarray) -> bytes:
    header = struct.pack(">BBBB", 0, 0, 8, array.ndim) + struct.pack(
        f">{array.ndim}I", *array.shape)
    return header + array.astype(np.uint8).tobytes()


def write_digits(folder: Path, n_train: int = 400, n_test: int = 100) -> dict:
    """IDX files of the first MNIST digits in ``folder``; the project's data section."""
    if not _CACHE:
        from netstudio.core.data.bundled import mnist

        for split, n in (("train", n_train), ("test", n_test)):
            x, y = mnist(split)
            _CACHE[f"{split}-images"] = _idx(x[:n, 0].numpy())
            _CACHE[f"{split}-labels"] = _idx(y[:n].numpy())
    for name, data in _CACHE.items():
        (folder / name).write_bytes(data)
    return {"dataset": "idx", "train_images": "train-images", "train_labels": "train-labels",
            "test_images": "test-images", "test_labels": "test-labels", "val_split": 0.25}


def tune_file(folder: Path, search: dict, name: str = "tiny.nsproj.json",
              **training) -> Path:
    """A tiny MLP (Flatten -> Linear 16 -> ReLU -> Dropout -> Linear 10) with ``search``."""
    raw = tiny_raw(hidden=16, **training)
    raw["graph"]["nodes"].append({"id": "drop", "type": "Dropout", "params": {"p": 0.1}})
    raw["graph"]["edges"] = [e for e in raw["graph"]["edges"] if e["to"] != "fc"]
    raw["graph"]["edges"] += [{"from": "relu", "to": "drop"}, {"from": "drop", "to": "fc"}]
    raw["data"] = write_digits(folder)
    raw["search"] = {"epochs_per_trial": 1, **search}
    path = folder / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path
