"""Test images for the views (sample strip, misclassified gallery), loaded off the GUI thread.

The loaded splits are shared with the training worker's cache, so the data is read once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from netstudio.gui.training.worker import load_splits_cached

STRIP = 24  # test images in the strip


@dataclass(frozen=True, eq=False)
class SampleSet:
    key: str
    images: np.ndarray  # uint8 [N, C, H, W], the test split (or validation if none)
    labels: np.ndarray  # int64 [N]
    class_names: tuple[str, ...]
    mean: tuple[float, ...]
    std: tuple[float, ...]

    def image01(self, index: int) -> np.ndarray:
        """[C, H, W] float32 in 0..1."""
        return self.images[index].astype(np.float32) / 255.0

    def strip_indices(self) -> list[int]:
        """The first test image of each class, then the next ones: a varied strip."""
        chosen: list[int] = []
        for c in range(len(self.class_names)):
            hits = np.flatnonzero(self.labels[:2000] == c)
            if len(hits):
                chosen.append(int(hits[0]))
        rest = [i for i in range(min(len(self.labels), 200)) if i not in chosen]
        return (chosen + rest)[:STRIP]


def sample_key(data: dict[str, Any], seed: Any, base_dir: Path | None) -> str:
    return json.dumps([data, seed, str(base_dir)], sort_keys=True, default=str)


class _Job(QObject):
    loaded = Signal(object)  # SampleSet
    failed = Signal(str, str)  # key, message
    done = Signal()

    def __init__(self, key: str, data: dict[str, Any], seed: int, base_dir: Path | None) -> None:
        super().__init__()
        self.key, self.data, self.seed, self.base_dir = key, data, seed, base_dir

    @Slot()
    def run(self) -> None:
        try:
            s = load_splits_cached(self.data, self.seed, self.base_dir)
            x, y = (s.test_x, s.test_y) if s.test_x is not None else (s.val_x, s.val_y)
            self.loaded.emit(SampleSet(self.key, x.numpy().copy(), y.numpy().copy(),
                                       tuple(s.info.class_names), tuple(s.mean), tuple(s.std)))
        except Exception as e:  # noqa: BLE001 - shown to the learner as a sentence
            self.failed.emit(self.key, str(e) or type(e).__name__)
        self.done.emit()


class SampleLoader(QObject):
    """``request(project)`` loads in the background; ``loaded(SampleSet)`` when ready."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: SampleSet | None = None
        self._pending: str | None = None
        self._threads: list[QThread] = []

    def request(self, project: Any) -> None:
        data = dict(project.data)
        training = project.training
        seed = training.get("seed", 0) if isinstance(training.get("seed", 0), int) else 0
        path = getattr(project, "path", None)
        base_dir = Path(path).parent if path else None
        key = sample_key(data, seed, base_dir)
        if (self.current is not None and self.current.key == key) or self._pending == key:
            return
        self._pending = key
        job = _Job(key, data, seed, base_dir)
        thread = QThread(self)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        q = Qt.ConnectionType.QueuedConnection
        job.loaded.connect(self._on_loaded, q)
        job.failed.connect(self._on_failed, q)
        job.done.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        thread._job = job  # type: ignore[attr-defined]  # keep the job alive with its thread
        self._threads.append(thread)
        thread.start()

    def wait(self, timeout_ms: int = 10000) -> None:
        for t in list(self._threads):
            t.wait(timeout_ms)

    @Slot(object)
    def _on_loaded(self, samples: SampleSet) -> None:
        if samples.key == self._pending:
            self._pending = None
            self.current = samples
            self.loaded.emit(samples)

    @Slot(str, str)
    def _on_failed(self, key: str, message: str) -> None:
        if key == self._pending:
            self._pending = None
            self.failed.emit(message)

    @Slot()
    def _on_thread_finished(self) -> None:
        for t in [t for t in self._threads if t.isFinished()]:
            self._threads.remove(t)
            t.deleteLater()
