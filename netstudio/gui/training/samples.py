"""Test images for the views (sample strip, misclassified gallery), loaded off the GUI thread.

The loaded splits are shared with the training worker's cache, so the data is read once.
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal, Slot

from netstudio.core.data.loading import load_splits_cached
from netstudio.gui.i18n import core_text

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


def _load(key: str, data: dict[str, Any], seed: int, base_dir: Path | None
          ) -> SampleSet | str:
    """The test images, or a sentence saying why they could not be loaded."""
    try:
        s = load_splits_cached(data, seed, base_dir=base_dir, download=True)
        x, y = (s.test_x, s.test_y) if s.test_x is not None else (s.val_x, s.val_y)
        return SampleSet(key, x.numpy().copy(), y.numpy().copy(), tuple(s.info.class_names),
                         tuple(s.mean), tuple(s.std))
    except Exception as e:  # noqa: BLE001 - shown to the learner as a sentence
        return core_text(getattr(e, "message", None)) or str(e) or type(e).__name__


class SampleLoader(QObject):
    """``request(project)`` loads in the background; ``loaded(SampleSet)`` when ready.

    A plain Python thread does the loading (no QThread): a window closed while it reads
    does not have to wait for it, and Qt never sees a running thread being destroyed. It is
    not a daemon, so an exiting interpreter waits the few seconds for it instead of killing
    it inside torch code. The result comes back through a queued signal; if this object is
    gone by then, nothing happens.
    """

    loaded = Signal(object)
    failed = Signal(str)
    _finished = Signal(str, object)  # key, SampleSet | message (from the loading thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: SampleSet | None = None
        self._pending: str | None = None
        self._threads: list[threading.Thread] = []
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

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
        thread = threading.Thread(target=self._run, args=(key, data, seed, base_dir),
                                  name="netstudio-samples", daemon=False)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _run(self, key: str, data: dict[str, Any], seed: int, base_dir: Path | None) -> None:
        result = _load(key, data, seed, base_dir)
        with contextlib.suppress(RuntimeError):  # the loader was deleted meanwhile
            self._finished.emit(key, result)

    def wait(self, timeout_ms: int = 10000) -> None:
        for t in list(self._threads):
            t.join(timeout_ms / 1000)

    @Slot(str, object)
    def _on_finished(self, key: str, result: Any) -> None:
        if key != self._pending:
            return  # an older request: a newer one is on its way
        self._pending = None
        if isinstance(result, SampleSet):
            self.current = result
            self.loaded.emit(result)
        else:
            self.failed.emit(str(result))
