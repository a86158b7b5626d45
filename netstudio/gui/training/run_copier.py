"""Runs copied into a store in the background (Save As under a new name; core.runs.carry_pending),
so copying gigabytes of weights across file systems never freezes the window.

A plain Python thread does the copying (as SampleLoader loads samples): only small immutable
values cross back, through queued signals, at most ~20 progress reports a second (the core
throttles them). ``stop_and_wait`` (the window closes) makes the copy stop within a MiB; what
was not copied stays in the store's ledger and is copied the next time the project is opened.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from netstudio.core.runs import CarryProgress, CarryResult, RunStore, carry_pending


class RunCopier(QObject):
    progress = Signal(object)  # CarryProgress
    finished = Signal(object, object)  # the target RunStore, CarryResult
    _progress = Signal(object)  # (from the copying thread)
    _finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.target: RunStore | None = None
        self._progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, target: RunStore) -> bool:
        """Copy what ``target``'s ledger lists; False if a copy is running already."""
        if self._thread is not None:
            return False
        self._stop.clear()
        self.target = target
        self._thread = threading.Thread(target=self._run, args=(target,),
                                        name="netstudio-copy-runs", daemon=False)
        self._thread.start()
        return True

    def _run(self, target: RunStore) -> None:
        try:
            result = carry_pending(target, self._emit_progress, self._stop.is_set)
        except Exception as e:  # noqa: BLE001 - shown as a sentence, never lost in a thread
            result = CarryResult(failed=[str(e) or type(e).__name__])
        with contextlib.suppress(RuntimeError):  # the window is gone meanwhile
            self._finished.emit(target, result)

    def _emit_progress(self, p: Any) -> None:
        with contextlib.suppress(RuntimeError):
            self._progress.emit(p)

    @Slot(object, object)
    def _on_finished(self, target: RunStore, result: CarryResult) -> None:
        thread, self._thread = self._thread, None
        if thread is None:  # stopped for good (the window closed): nobody to tell
            return
        thread.join(1.0)  # it has emitted its last signal: ends at once
        self.finished.emit(target, result)

    def stop_and_wait(self, timeout_s: float = 10.0) -> None:
        """Stop the copy for good (the window closes; what is left stays in the ledger) and
        wait for the thread."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout_s)


class CopyStrip(QWidget):
    """One line above the run table while runs are being copied (a bar saying which and how
    much) or wait to be (a run still training elsewhere); hidden otherwise. The whole sentence
    is the tooltip: the run table's column is narrow at 1280x720."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()  # one line, never wider than the column (the tooltip has all)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setVisible(False)

    def show_progress(self, target: RunStore, p: CarryProgress) -> None:
        current = min(p.runs_done + 1, p.runs_total)
        self.bar.setFormat(self.tr("Copying run {0} of {1}: {2} of {3}").format(
            current, p.runs_total, size_text(p.done_bytes), size_text(p.total_bytes)))
        self.setToolTip(self.tr("Copying runs to {0}: {1} of {2} ({3}), {4} of {5}.").format(
            target.path, current, p.runs_total, p.run, size_text(p.done_bytes),
            size_text(p.total_bytes)))
        self.bar.setValue(int(1000 * p.done_bytes / p.total_bytes) if p.total_bytes else 0)
        self.label.setVisible(False)
        self.bar.setVisible(True)
        self.setVisible(True)

    def show_waiting(self, target: RunStore, count: int) -> None:
        self.label.setText(self.tr("{0} run(s) still training: copied when done.")
                           .format(count))
        self.setToolTip(self.tr("{0} run(s) still training: copied to {1} when they end "
                                "(also if this window is closed first: then when the "
                                "project is opened again).").format(count, target.path))
        self.label.setVisible(True)
        self.bar.setVisible(False)
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)
        self.label.setText("")
        self.setToolTip("")


def size_text(n: int) -> str:
    """Bytes in words a learner reads at a glance: 12 KB, 340 MB, 1.2 GB."""
    for unit, size in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if n >= size:
            value = n / size
            return f"{value:.1f} {unit}" if value < 10 else f"{value:,.0f} {unit}"
    return f"{n} B"
