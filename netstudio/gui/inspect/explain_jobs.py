"""Background jobs for the explain views: one QThread per runner, the controller's pattern.

    runner = JobRunner("attributions", coalesce=True)
    runner.finished.connect(view.on_result)          # (job id, result) in the GUI thread
    job_id = runner.submit(fn)                       # fn(progress, should_stop) -> result

``fn`` runs in the runner's thread and must only read what it was given (numpy arrays, dicts)
and return a plain value. ``progress(done, total, phase)`` reaches the GUI at most ~20 times a
second; ``should_stop()`` turns true after ``stop()``; raising projector.Stopped ends the job
as stopped. With ``coalesce`` a job submitted while one runs waits, and only the newest
waiting job runs next (live attributions while drawing); otherwise submit stops the running
job first.
"""

from __future__ import annotations

import itertools
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from netstudio.core.explain.projector import Stopped
from netstudio.gui.i18n import error_text

Job = Callable[[Callable[..., None], Callable[[], bool]], Any]
PROGRESS_INTERVAL = 0.05
_IDS = itertools.count(1)  # job ids are unique across runners
# Threads whose runner is gone while a job still runs (a Captum call cannot be interrupted):
# kept here until they end, because Qt aborts the process when a running QThread is destroyed.
_RETIRED: set[tuple[QThread, QObject]] = set()


def _retire(thread: QThread, worker: QObject) -> None:
    if not shiboken6.isValid(thread):  # the application is gone already (exit)
        return
    thread.quit()
    if not thread.isRunning():
        return
    pair = (thread, worker)
    _RETIRED.add(pair)
    thread.finished.connect(lambda: _RETIRED.discard(pair))


class _JobWorker(QObject):
    progressed = Signal(int, int, int, str)  # job id, done, total, phase
    finished = Signal(int, object)
    failed = Signal(int, str)
    stopped = Signal(int)

    @Slot(object)
    def run(self, job: tuple[int, Job, threading.Event]) -> None:
        job_id, fn, stop = job
        last = [0.0]

        def progress(done: int, total: int, phase: str = "") -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or done >= total:
                last[0] = now
                self.progressed.emit(job_id, int(done), int(total), str(phase))

        try:
            result = fn(progress, stop.is_set)
        except Stopped:
            self.stopped.emit(job_id)
            return
        except Exception as e:  # noqa: BLE001 - shown to the learner as a sentence
            text = error_text(e).strip().splitlines()
            self.failed.emit(job_id, text[0] if text else type(e).__name__)
            traceback.print_exc()
            return
        if stop.is_set():
            self.stopped.emit(job_id)
        else:
            self.finished.emit(job_id, result)


class JobRunner(QObject):
    progress = Signal(int, int, str)  # done, total, phase (of the current job)
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, message
    stopped = Signal(int)  # job id
    busy_changed = Signal(bool)
    _start = Signal(object)

    def __init__(self, name: str, coalesce: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coalesce = coalesce
        self._thread = QThread()  # no parent: it may outlive the runner (see _retire)
        self._thread.setObjectName(f"netstudio-{name}")
        self._worker = _JobWorker()
        self._worker.moveToThread(self._thread)
        thread, worker = self._thread, self._worker
        self.destroyed.connect(lambda *_: _retire(thread, worker))
        q = Qt.ConnectionType.QueuedConnection
        self._start.connect(self._worker.run, q)
        self._worker.progressed.connect(self._on_progressed, q)
        self._worker.finished.connect(self._on_finished, q)
        self._worker.failed.connect(self._on_failed, q)
        self._worker.stopped.connect(self._on_stopped, q)
        self._running: tuple[int, threading.Event] | None = None
        self._pending: tuple[int, Job] | None = None
        self._quitting = False

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def current(self) -> int | None:
        return self._running[0] if self._running else None

    def submit(self, fn: Job) -> int:
        job_id = next(_IDS)
        if self._running is None:
            self._launch(job_id, fn)
        else:
            if not self.coalesce:
                self._running[1].set()
            self._pending = (job_id, fn)  # replaces an older waiting job
        return job_id

    def stop(self) -> None:
        """Ask the running job to stop (cooperative) and drop a waiting one."""
        self._pending = None
        if self._running is not None:
            self._running[1].set()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop and wait for the thread (window close); the runner can be used again."""
        self.stop()
        self._thread.quit()
        self._thread.wait(timeout_ms)
        self._quitting = False

    def _launch(self, job_id: int, fn: Job) -> None:
        stop = threading.Event()
        was_busy = self.busy
        self._running = (job_id, stop)
        if self._quitting:  # its event loop is ending: let it end, then start it again
            self._thread.wait()
            self._quitting = False
        if not self._thread.isRunning():  # the thread runs only while there is work
            self._thread.start()
        self._start.emit((job_id, fn, stop))
        if not was_busy:
            self.busy_changed.emit(True)

    def _done(self) -> None:
        self._running = None
        if self._pending is not None:
            job_id, fn = self._pending
            self._pending = None
            self._launch(job_id, fn)
        else:
            self._thread.quit()  # idle: nothing keeps a thread alive that Qt could outlive
            self._quitting = True
            self.busy_changed.emit(False)

    @Slot(int, int, int, str)
    def _on_progressed(self, job_id: int, done: int, total: int, phase: str) -> None:
        if job_id == self.current:
            self.progress.emit(done, total, phase)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: Any) -> None:
        self._done()
        self.finished.emit(job_id, result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        self._done()
        self.failed.emit(job_id, message)

    @Slot(int)
    def _on_stopped(self, job_id: int) -> None:
        self._done()
        self.stopped.emit(job_id)
