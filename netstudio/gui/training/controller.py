"""The GUI thread's side of training: one QThread + TrainingWorker per run.

Start freezes a copy of the project (later edits do not touch the run). Worker signals reach
this object's @Slot methods through queued connections and are re-emitted for the views,
after dropping anything from an older run. Stop/Pause/Resume/Step call the worker directly:
they only set thread-safe flags in the trainer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from netstudio.core.train import capture
from netstudio.core.train.events import Status
from netstudio.gui.training.worker import (
    CaptureRequest,
    RunOptions,
    RunTarget,
    TrainingWorker,
    WeightsFrame,
)
from netstudio.gui.worker_thread import quit_and_wait, release, worker_thread

IDLE, STARTING, RUNNING, PAUSED, STOPPING = "idle", "starting", "running", "paused", "stopping"


class TrainingController(QObject):
    state_changed = Signal(str)
    run_started = Signal(object)  # RunInfo
    batch_ended = Signal(object)  # BatchEnd
    epoch_ended = Signal(object)  # EpochEnd
    maps_captured = Signal(object)  # MapsFrame
    stats_captured = Signal(object)  # StatsFrame
    weights_captured = Signal(object)  # WeightsFrame
    run_finished = Signal(object)  # RunResult
    setup_failed = Signal(str, object)  # message, ((node id, message), ...)
    notice = Signal(str)  # a one-line remark from the run (TensorBoard skipped, ...)
    findings_ready = Signal(object)  # the training doctor's findings so far (tuple)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = IDLE
        self.run_id = 0
        self.options = RunOptions()  # tests set a subset here
        self.thread: QThread | None = None
        self.worker: TrainingWorker | None = None
        self._request = CaptureRequest()
        self._step_after_pause = False
        self._pause_poll = QTimer(self)
        self._pause_poll.setInterval(50)
        self._pause_poll.timeout.connect(self._on_pause_poll)

    # ---- commands ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.state != IDLE

    def start(self, project: Any, options: RunOptions | None = None,
              target: RunTarget | None = None) -> bool:
        """Start a run of ``project`` (copied now), recorded where ``target`` says. False if a
        run is still going."""
        if self.busy:
            return False
        self.run_id += 1
        path = getattr(project, "path", None)
        worker = TrainingWorker(project.to_dict(), path, self.run_id, options or self.options,
                                target)
        worker.request = self._request
        thread = worker_thread(self, worker, f"netstudio-training-{self.run_id}", (
            (worker.run_started, self._on_run_started),
            (worker.batch_ended, self._on_batch_ended),
            (worker.epoch_ended, self._on_epoch_ended),
            (worker.maps_captured, self._on_maps_captured),
            (worker.stats_captured, self._on_stats_captured),
            (worker.weights_captured, self._on_weights_captured),
            (worker.run_finished, self._on_run_finished),
            (worker.setup_failed, self._on_setup_failed),
            (worker.notice, self._on_notice),
            (worker.findings_ready, self._on_findings_ready)), self._on_thread_finished)
        self.thread, self.worker = thread, worker
        self._set_state(STARTING)
        thread.start()
        return True

    @Slot()
    def stop(self) -> None:
        if self.worker is not None and self.state != IDLE:
            self.worker.stop()
            self._pause_poll.stop()
            self._set_state(STOPPING)

    @Slot()
    def pause(self) -> None:
        if self.worker is not None and self.state == RUNNING:
            self.worker.pause()
            self._pause_poll.start()

    @Slot()
    def resume(self) -> None:
        pausing = self._pause_poll.isActive()
        if self.worker is not None and (self.state == PAUSED or pausing):
            self._pause_poll.stop()
            self._step_after_pause = False
            self.worker.resume()
            self._set_state(RUNNING)

    @Slot()
    def step(self) -> None:
        """Train exactly one batch (pausing first if running); every view updates after it."""
        if self.worker is None:
            return
        if self.state == RUNNING:
            self._step_after_pause = True
            self.pause()
        elif self.state == PAUSED:
            self.worker.step()

    def set_request(self, request: CaptureRequest) -> None:
        """What to capture in the training thread (selected node, image, histograms)."""
        self._request = request
        if self.worker is not None:
            self.worker.request = request  # one atomic attribute store

    @property
    def request(self) -> CaptureRequest:
        return self._request

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop any run and wait for its thread (window close)."""
        if self.worker is not None:
            self.worker.stop()
        quit_and_wait(self.thread, timeout_ms)

    # ---- worker -> views --------------------------------------------------------------------
    def _current(self, frame: Any) -> bool:
        return getattr(frame, "run_id", self.run_id) == self.run_id and self.worker is not None

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    @Slot(object)
    def _on_run_started(self, info: Any) -> None:
        if self._current(info):
            if self.state == STARTING:
                self._set_state(RUNNING)
            self.run_started.emit(info)

    @Slot(object)
    def _on_batch_ended(self, event: Any) -> None:
        if self.worker is not None:
            self.batch_ended.emit(event)

    @Slot(object)
    def _on_epoch_ended(self, event: Any) -> None:
        if self.worker is not None:
            self.epoch_ended.emit(event)

    @Slot(object)
    def _on_maps_captured(self, frame: Any) -> None:
        if self._current(frame):
            self.maps_captured.emit(frame)

    @Slot(object)
    def _on_stats_captured(self, frame: Any) -> None:
        if self._current(frame):
            self.stats_captured.emit(frame)

    @Slot(object)
    def _on_weights_captured(self, frame: Any) -> None:
        if self._current(frame):
            self.weights_captured.emit(frame)

    @Slot(object)
    def _on_run_finished(self, result: Any) -> None:
        self._pause_poll.stop()
        self.run_finished.emit(result)

    @Slot(object)
    def _on_findings_ready(self, findings: Any) -> None:
        if self.worker is not None:
            self.findings_ready.emit(findings)

    @Slot(str, object)
    def _on_setup_failed(self, message: str, diagnostics: Any) -> None:
        self.setup_failed.emit(message, diagnostics)

    @Slot(str)
    def _on_notice(self, text: str) -> None:
        self.notice.emit(text)

    @Slot()
    def _on_thread_finished(self) -> None:
        release(self.thread, self.worker)
        self.thread = self.worker = None
        self._set_state(IDLE)

    @Slot()
    def _on_pause_poll(self) -> None:
        """Once the loop really waits, take a weight snapshot: the model is idle then."""
        worker = self.worker
        if worker is None or worker.status is None or worker.status.final:
            self._pause_poll.stop()
            return
        if worker.status == Status.PAUSED:
            self._pause_poll.stop()
            self._set_state(PAUSED)
            trainer = worker.trainer
            self.weights_captured.emit(WeightsFrame(
                self.run_id, capture.snapshot_weights(trainer.model), trainer.global_step,
                "paused"))
            if self._step_after_pause:  # Step pressed while running: pause, then one batch
                self._step_after_pause = False
                worker.step()
