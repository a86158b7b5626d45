"""The training thread's side: a QObject that runs the core Trainer and reports by signals.

The worker is moved to its own QThread and never touches a widget. Its callback turns the
Trainer's events into Qt signals carrying frozen values (floats, numpy arrays; never tensors);
queued connections deliver them to the GUI thread. Feature maps and histograms are captured
here, between batches, on a throttled schedule, for what the GUI asked for in ``request``.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from netstudio.core.data.preprocess import Preprocessing
from netstudio.core.train import capture
from netstudio.core.train.callbacks import Callback
from netstudio.core.train.events import BatchEnd, EpochEnd, RunResult, Status
from netstudio.gui.i18n import core_text, error_text

MAPS_INTERVAL = 0.5  # seconds between feature-map captures while training
STATS_INTERVAL = 1.0  # seconds between histogram captures (only when a view wants them)
PROBE_SIZE = 64  # test images the histograms are computed on


# ---- what crosses to the GUI thread --------------------------------------------------------
@dataclass(frozen=True)
class RunInfo:
    run_id: int
    task: str
    epochs: int
    device: str  # "cpu" or "cuda: NVIDIA ..." (the GPU's name)
    train_samples: int
    test_samples: int
    class_names: tuple[str, ...]
    preprocessing: Preprocessing  # how the run's images become the network's input
    run_dir: str | None = None  # the run's folder in the store (None: not recorded)
    stored_id: str | None = None  # its id there


@dataclass(frozen=True, eq=False)
class MapsFrame:
    run_id: int
    node_id: str
    maps: np.ndarray  # the node's output for the chosen image, per sample ([C, H, W] if spatial)
    weight: np.ndarray | None  # the node's Conv2d weight, for the filter view
    step: int


@dataclass(frozen=True, eq=False)
class StatsFrame:
    run_id: int
    stats: tuple[capture.LayerStats, ...]
    step: int


@dataclass(frozen=True, eq=False)
class WeightsFrame:
    run_id: int
    weights: dict[str, np.ndarray] = field(repr=False)
    step: int
    reason: str  # "epoch", "step", "paused", "end"


@dataclass(frozen=True, eq=False)
class CaptureRequest:
    """What the GUI wants to see; replaced whole (an atomic assignment) from the GUI thread."""

    node_id: str | None = None
    image: np.ndarray | None = None  # [C, H, W] in 0..1, before normalisation
    histograms: bool = False


@dataclass(frozen=True)
class RunOptions:
    """Overrides for one run (tests and quick experiments)."""

    subset: int | None = None
    epochs: int | None = None
    report_hz: float | None = None
    tensorboard: bool = True  # also write TensorBoard event files into the run folder


@dataclass(frozen=True)
class RunTarget:
    """Where the run is recorded (a run store folder; None: not recorded) and, to continue a
    stored run, its checkpoint and id (the new run's parent)."""

    store: Path | None = None
    resume_from: Path | None = None
    parent: str | None = None


def device_label(device: torch.device) -> str:
    if device.type == "cuda":
        try:
            return f"cuda: {torch.cuda.get_device_name(device)}"
        except Exception:  # noqa: BLE001 - the name is cosmetic
            return "cuda"
    return str(device)


def training_threads() -> int:
    """Leave one core to the GUI thread (torch releases the GIL inside its kernels)."""
    return max(1, (os.cpu_count() or 2) - 1)


class TrainingWorker(QObject):
    """Runs one training run in the thread it lives in (``run`` is started by thread.started)."""

    run_started = Signal(object)  # RunInfo
    batch_ended = Signal(object)  # BatchEnd
    epoch_ended = Signal(object)  # EpochEnd
    maps_captured = Signal(object)  # MapsFrame
    stats_captured = Signal(object)  # StatsFrame
    weights_captured = Signal(object)  # WeightsFrame
    run_finished = Signal(object)  # RunResult
    setup_failed = Signal(str, object)  # message, tuple of (node id, message) diagnostics
    notice = Signal(str)  # a one-line remark (TensorBoard files skipped, a write failed)
    findings_ready = Signal(object)  # tuple of the training doctor's Findings (frozen)
    done = Signal()  # always last

    def __init__(self, project_dict: dict[str, Any], project_path: Path | None, run_id: int,
                 options: RunOptions | None = None, target: RunTarget | None = None) -> None:
        super().__init__()
        self.project_dict = project_dict  # a frozen copy: later edits do not affect this run
        self.project_path = project_path
        self.run_id = run_id
        self.options = options or RunOptions()
        self.target = target or RunTarget()
        self.recorder: Any = None
        self.request = CaptureRequest()
        self.trainer: Any = None
        self._stop_requested = False
        self._step_pending = False
        self._image_key: int | None = None
        self._image_tensor: torch.Tensor | None = None
        self._next_maps = 0.0
        self._next_stats = 0.0
        self._probe: torch.Tensor | None = None

    # ---- control, called from the GUI thread (the trainer's methods are thread-safe) ---------
    def stop(self) -> None:
        self._stop_requested = True
        if self.trainer is not None:
            self.trainer.stop()

    def pause(self) -> None:
        if self.trainer is not None:
            self.trainer.pause()

    def resume(self) -> None:
        if self.trainer is not None:
            self.trainer.resume()

    def step(self) -> None:
        if self.trainer is not None:
            self._step_pending = True
            self.trainer.step()

    @property
    def status(self) -> Status | None:
        return None if self.trainer is None else self.trainer.status

    # ---- the run (training thread) ----------------------------------------------------------
    @Slot()
    def run(self) -> None:
        torch.set_num_threads(training_threads())
        try:
            self.trainer = self._prepare()
        except Exception as e:  # noqa: BLE001 - every failure becomes a message
            diagnostics = tuple((getattr(d, "node", None), core_text(getattr(d, "message", d)))
                                for d in getattr(e, "diagnostics", ()))
            # core_text: translated here (QCoreApplication.translate is thread-safe)
            self.setup_failed.emit(core_text(getattr(e, "message", None)) or _first_line(e),
                                   diagnostics)
            self.done.emit()
            return
        if self._stop_requested:
            self.trainer.stop()
        result = self.trainer.fit()  # never raises: failures come back as a RunResult
        if self.recorder is not None and self.recorder.write_error:
            # translate() is thread-safe: this runs in the training thread.
            self.notice.emit(QCoreApplication.translate(
                "TrainingWorker", "The run could not be saved: {0}").format(
                core_text(self.recorder.write_error)))
        self.run_finished.emit(result)
        self.done.emit()

    def _prepare(self) -> Any:
        from netstudio.core.project import Project
        from netstudio.core.runs import Run, RunError, RunRecorder, RunStore
        from netstudio.core.train.run import prepare_run

        project = Project.from_dict(self.project_dict)
        project.path = self.project_path
        opts, target = self.options, self.target
        if opts.report_hz is not None:
            project.training = {**project.training, "report_hz": opts.report_hz}
        from netstudio.core.explain.doctor import Doctor

        doctor = Doctor(on_findings=self.findings_ready.emit)  # after epochs, at the end
        trainer = prepare_run(project, callbacks=[_Bridge(self), doctor], epochs=opts.epochs,
                              subset=opts.subset, resume_from=target.resume_from,
                              download=True, reuse_data=True)
        if target.store is not None:  # the folder exists once the run can start
            extra = {"subset": opts.subset} if opts.subset else None
            run = RunStore(target.store).create(
                self.project_dict, parent=target.parent, source=self.project_path,
                extra=extra, training={"epochs": trainer.config.epochs})
            self.recorder = RunRecorder(run, project_path=self.project_path,
                                        tensorboard=opts.tensorboard,
                                        notice=lambda text: self.notice.emit(core_text(text))
                                        ).attach(trainer)
            if target.resume_from is not None:  # the parent's curves come first
                with contextlib.suppress(RunError):
                    self.recorder.continue_curves(Run.open(target.resume_from.parent).curves())
        return trainer

    # ---- capture (training thread, from the callback) ---------------------------------------
    def consume_step(self) -> bool:
        pending, self._step_pending = self._step_pending, False
        return pending

    def _input_tensor(self, trainer: Any, image: np.ndarray) -> torch.Tensor:
        if self._image_key != id(image) or self._image_tensor is None:
            t = torch.as_tensor(np.asarray(image, np.float32)).to(trainer.device)
            self._image_key, self._image_tensor = id(image), trainer.preprocessing.apply(t)
        return self._image_tensor

    def capture_maps(self, trainer: Any, step: int) -> None:
        req = self.request
        if req.node_id is None or req.image is None:
            return
        image = self._input_tensor(trainer, req.image)
        maps = capture.feature_maps(trainer.model, image, [req.node_id]).get(req.node_id)
        if maps is None:
            return
        layers = trainer.model.layers
        layer = layers[req.node_id] if req.node_id in layers else None  # noqa: SIM401 (no .get)
        weight = capture.to_numpy(layer.weight) if isinstance(layer, torch.nn.Conv2d) else None
        self.maps_captured.emit(MapsFrame(self.run_id, req.node_id, maps, weight, step))

    def capture_stats(self, trainer: Any, step: int) -> None:
        if self._probe is None:
            self._probe = trainer.sample(PROBE_SIZE)
        ids = [i for i in getattr(trainer.model, "order", ()) if i in trainer.model.layers
               and i != getattr(trainer.model, "input_id", None)]
        stats = capture.layer_stats(trainer.model, self._probe, ids)
        self.stats_captured.emit(StatsFrame(self.run_id, tuple(stats.values()), step))

    def send_weights(self, trainer: Any, step: int, reason: str) -> None:
        self.weights_captured.emit(
            WeightsFrame(self.run_id, capture.snapshot_weights(trainer.model), step, reason))


class _Bridge(Callback):
    """Trainer callback -> worker signals. Runs in the training thread; copies what it sends."""

    def __init__(self, worker: TrainingWorker) -> None:
        self.w = worker

    def on_fit_start(self, trainer: Any) -> None:
        d = trainer.data
        self.w.run_started.emit(RunInfo(
            run_id=self.w.run_id, task=trainer.config.task, epochs=trainer.config.epochs,
            device=device_label(trainer.device), train_samples=len(d.train_x),
            test_samples=0 if d.test_x is None else len(d.test_x),
            class_names=tuple(d.info.class_names), preprocessing=trainer.preprocessing,
            run_dir=None if self.w.recorder is None else str(self.w.recorder.run.path),
            stored_id=None if self.w.recorder is None else self.w.recorder.run.id))
        # No weight snapshot here: the GUI's copy is compiled with the same seed, so it
        # already holds these initial weights.
        self._notes = 0
        self._send_notes(trainer)

    def _send_notes(self, trainer: Any) -> None:
        """The trainer's notes (no GPU, bf16 emulated, compile warm-up or fallback), once."""
        notes = getattr(trainer, "notes", [])
        for note in notes[self._notes:]:
            self.w.notice.emit(core_text(note))
        self._notes = len(notes)

    def on_batch_end(self, trainer: Any, event: BatchEnd) -> None:
        w = self.w
        w.batch_ended.emit(event)
        now = time.monotonic()
        stepped = w.consume_step()  # Step: update every view now, not on the schedule
        if stepped or now >= w._next_maps:
            w._next_maps = now + MAPS_INTERVAL
            _for_views(w.capture_maps, trainer, event.step)
        if w.request.histograms and (stepped or now >= w._next_stats):
            w._next_stats = now + STATS_INTERVAL
            _for_views(w.capture_stats, trainer, event.step)
        if stepped:
            _for_views(w.send_weights, trainer, event.step, "step")

    def on_epoch_end(self, trainer: Any, event: EpochEnd) -> None:
        self.w.epoch_ended.emit(event)
        self._send_notes(trainer)
        _for_views(self.w.send_weights, trainer, trainer.global_step, "epoch")

    def on_fit_end(self, trainer: Any, result: RunResult) -> None:
        if result.status in (Status.FINISHED, Status.STOPPED):
            _for_views(self.w.send_weights, trainer, trainer.global_step, "end")
            _for_views(self.w.capture_maps, trainer, trainer.global_step)


def _for_views(capture: Any, *args: Any) -> None:
    """A capture for the views, which must never end the run: the image the views asked
    for can be one the network no longer takes (the dataset was changed in the form while
    the views still held an image of the old one), a layer can reject it; that frame is
    not sent, and training goes on."""
    with contextlib.suppress(Exception):  # the views keep their last frame
        capture(*args)


def _first_line(e: BaseException) -> str:
    text = error_text(e).strip().splitlines()
    # translate() is thread-safe: this runs in the training thread.
    return QCoreApplication.translate("TrainingWorker", "Could not start training: {0}").format(
        text[0] if text else type(e).__name__)
