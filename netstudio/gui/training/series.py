"""Growable curve buffers (amortised O(1) append, numpy views for setData) with an EMA.

Qt-free on purpose: the run list keeps these and saves them as plain lists.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np


class Series:
    """x/y points plus a debiased exponential moving average of y (TensorBoard-style)."""

    def __init__(self, smoothing: float = 0.9, capacity: int = 256) -> None:
        self.smoothing = smoothing
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self._s = np.empty(capacity)
        self._n = 0
        self._ema = 0.0
        self._weight = 0.0

    def __len__(self) -> int:
        return self._n

    def append(self, x: float, y: float) -> None:
        if self._n == len(self._x):
            grow = max(256, 2 * self._n)
            self._x, self._y, self._s = (np.resize(a, grow) for a in (self._x, self._y, self._s))
        if math.isfinite(y):  # a NaN batch must not poison the smoothed curve
            self._ema = self.smoothing * self._ema + (1 - self.smoothing) * y
            self._weight = self.smoothing * self._weight + (1 - self.smoothing)
        self._x[self._n] = x
        self._y[self._n] = y
        self._s[self._n] = self._ema / self._weight if self._weight else y
        self._n += 1

    @property
    def x(self) -> np.ndarray:
        return self._x[:self._n]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self._n]

    @property
    def smoothed(self) -> np.ndarray:
        return self._s[:self._n]

    @property
    def last(self) -> float | None:
        return float(self._y[self._n - 1]) if self._n else None

    def to_dict(self) -> dict[str, list[float]]:
        return {"x": [round(float(v), 5) for v in self.x],
                "y": [float(v) if math.isfinite(v) else None for v in self.y]}  # type: ignore[misc]

    @classmethod
    def from_dict(cls, d: dict[str, Any], smoothing: float = 0.9) -> Series:
        s = cls(smoothing)
        for x, y in zip(d.get("x", []), d.get("y", []), strict=False):
            s.append(float(x), float("nan") if y is None else float(y))
        return s


class Curves:
    """Everything the dashboard draws for one run."""

    def __init__(self) -> None:
        self.loss = Series()
        self.acc = Series()
        self.val_loss = Series()
        self.val_acc = Series()

    def add_batch(self, x: float, loss: float, accuracy: float | None) -> None:
        self.loss.append(x, loss)
        if accuracy is not None:
            self.acc.append(x, accuracy)

    def add_epoch(self, epoch: float, val_loss: float | None, val_accuracy: float | None) -> None:
        if val_loss is not None:
            self.val_loss.append(epoch, val_loss)
        if val_accuracy is not None:
            self.val_acc.append(epoch, val_accuracy)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k).to_dict() for k in ("loss", "acc", "val_loss", "val_acc")}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Curves:
        c = cls()
        for k in ("loss", "acc", "val_loss", "val_acc"):
            if isinstance(d.get(k), dict):
                setattr(c, k, Series.from_dict(d[k]))
        return c
