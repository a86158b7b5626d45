"""Compression in a background thread (pattern: gui/training/controller.py).

The worker owns the core Workbench (netstudio.core.deploy.compress) and runs one job at a
time; only small results cross to the GUI thread: progress (text, fraction; throttled),
variant rows, sweep points, error sentences.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from netstudio.core.text import message_of
from netstudio.gui.i18n import core_text


@dataclass(frozen=True)
class Job:
    run_dir: Path
    kind: str  # "list", "make", "sweep", "export", "bundle"
    request: Any = None  # compress.Request for "make"; (format, path) for "export"; the
    # folder for "bundle"
    sparsities: tuple[float, ...] = ()
    structured: bool = False
    quick: bool = False  # fewer timing repetitions (tests)


class DeployWorker(QObject):
    progress = Signal(str, float)
    listed = Signal(object)  # list[dict]: the --json rows, original first
    swept = Signal(object)  # (original accuracy, list[SweepPoint])
    errored = Signal(str)
    skipped = Signal(object)  # list[str]: damaged variant folders left out of the table
    exported = Signal(str)  # the written file
    bundled = Signal(str, str)  # the bundle folder, the variant it ships
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.stop_event = threading.Event()
        self._bench: Any = None
        self._last_progress = 0.0

    @Slot(object)
    def run(self, job: Job) -> None:
        from netstudio.core.deploy import DeployError

        try:
            if job.kind == "export":
                self.exported.emit(export_run(job.run_dir, *job.request))
                return
            if job.kind == "bundle":  # core's one bundle path, as the command line's
                from netstudio.core.deploy.bundle import export_bundle

                served = export_bundle(job.run_dir, job.request, progress=self._report)
                self.bundled.emit(str(job.request), str(served.metadata.get("variant", "")))
                return
            bench = self._workbench(job.run_dir, job.quick)
            if job.kind == "make":
                bench.make(job.request)
            if job.kind == "sweep":
                points = bench.sweep(list(job.sparsities), job.structured)
                self.swept.emit((bench.original().figures.test_accuracy, points))
            self.listed.emit(self._rows(bench))
            if problems := bench.store.list()[1]:
                self.skipped.emit([core_text(problem) for problem in problems])
        except DeployError as e:
            self.errored.emit(core_text(e.message))
        except Exception as e:  # noqa: BLE001 - shown to the learner, never a crash
            self.errored.emit(f"{type(e).__name__}: {e}")
        finally:
            self.finished.emit()

    def _workbench(self, run_dir: Path, quick: bool) -> Any:
        from netstudio.core.deploy.compress import Workbench
        from netstudio.core.deploy.source import open_run

        if self._bench is None or self._bench.source.run_dir != run_dir:
            self._bench = None
            self._bench = Workbench(open_run(run_dir), progress=self._report,
                                    stop=self.stop_event, quick=quick)
        return self._bench

    def _rows(self, bench: Any) -> list[dict[str, Any]]:
        original = bench.original()
        records, _ = bench.store.list()
        return [r.row(original) for r in records]

    def _report(self, message: str, fraction: float) -> None:
        now = time.monotonic()
        if now - self._last_progress >= 0.05 or fraction >= 1.0:  # at most ~20 a second
            self._last_progress = now
            self.progress.emit(core_text(message), fraction)


class DeployController(QObject):
    """Owns the worker thread; ``submit(job)`` runs a job there, ``cancel()`` asks it to stop
    between steps, ``shutdown()`` ends the thread (on quit)."""

    job_requested = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("netstudio-deploy")
        self.worker = DeployWorker()
        self.worker.moveToThread(self.thread)
        self.job_requested.connect(self.worker.run, Qt.ConnectionType.QueuedConnection)
        self.worker.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.busy = False

    def submit(self, job: Job) -> bool:
        if self.busy:
            return False
        if self.thread.isRunning():  # the last job's thread is still ending its event loop
            self.thread.wait()
        self.thread.start()  # the thread runs only while a job does
        self.busy = True
        # cleared here, not when the worker starts the job: a Cancel pressed before it
        # starts still stops it
        self.worker.stop_event.clear()
        self.busy_changed.emit(True)
        self.job_requested.emit(job)
        return True

    def cancel(self) -> None:
        self.worker.stop_event.set()

    @Slot()
    def _on_finished(self) -> None:
        self.busy = False
        # no idle thread is left running: none outlives the window or aborts the exit
        self.thread.quit()
        self.busy_changed.emit(False)

    def shutdown(self) -> None:
        self.cancel()
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(30000)


def export_run(run_dir: Path, fmt: str, target: Path) -> str:
    """The run's trained network through core's exporters (ONNX or a torch.export .pt2)."""
    from netstudio.core.deploy import DeployError
    from netstudio.core.deploy.source import open_run
    from netstudio.core.export import ExportError
    from netstudio.core.export.onnx_export import export_onnx
    from netstudio.core.export.torch_export import export_torch_program

    net = open_run(run_dir).build()
    try:
        written = (export_onnx if fmt == "onnx" else export_torch_program)(net, target)
    except (ExportError, OSError) as e:
        raise DeployError(message_of(e)) from None
    return str(written)
