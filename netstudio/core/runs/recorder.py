"""RunRecorder: the training callback that writes a run folder as the run goes.

    trainer = prepare_run(project, callbacks=[...])          # checks; nothing written yet
    run = RunStore.for_project(path).create(project)         # folder, snapshot, run.json
    recorder = RunRecorder(run, project_path=path).attach(trainer)
    result = trainer.fit()                                   # on_fit_end finishes the run

After every epoch: checkpoint.pt (the trainer writes it), metrics.json (the history so far,
status "running") and curves.json. At the end: metrics.json, curves.json, model.pt (runs that
finished or were stopped) and run.json's final status and summary; then the writer lock is
released. A process that dies mid-run leaves run.json at "running" with no writer, which
``Run.status`` reports as "interrupted", with the last epoch's checkpoint and metrics.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from netstudio.core.runs import files
from netstudio.core.runs import messages as msg
from netstudio.core.runs.folder import Run
from netstudio.core.runs.layout import CURVES_FORMAT, timestamp
from netstudio.core.runs.metrics import metrics_dict, summary_of
from netstudio.core.runs.weights_check import FINGERPRINT, fingerprint
from netstudio.core.settings.fields import finite
from netstudio.core.train.callbacks import Callback
from netstudio.core.train.events import BatchEnd, EpochEnd, RunResult, Status

MAX_CURVE_POINTS = 4000  # per run; older points are thinned out (every other one) beyond it


class RunRecorder(Callback):
    """Records into ``run`` (from ``RunStore.create`` or ``create_standalone``).

    ``finish_on_fit_end=False`` leaves the last write to the caller's ``finish(trainer,
    result)`` (the command line tests a stopped run after fit() first). ``tensorboard``:
    also write TensorBoard event files into ``run/tb`` (skipped, with one ``notice``, when
    the tensorboard package is missing). ``notice`` receives one-line messages."""

    def __init__(self, run: Run, *, project_path: str | Path | None = None,
                 finish_on_fit_end: bool = True, tensorboard: bool = True,
                 notice: Callable[[str], None] | None = None) -> None:
        self.run = run
        self.project_path = None if project_path is None else str(project_path)
        self.finish_on_fit_end = finish_on_fit_end
        self.notice = notice or (lambda _text: None)
        self.finished = False
        self.metrics: dict[str, Any] | None = None
        self.write_error: str | None = None
        self._curves: dict[str, list[Any]] = {k: [] for k in ("x", "step", "loss", "accuracy",
                                                               "lr")}
        self._stride = 1  # keep every n-th report once the curves are long
        self._reports = 0
        self._start = time.perf_counter()
        self.tensorboard = None
        if tensorboard:
            from netstudio.core.runs.tensorboard import (
                TensorBoardLogger,
                tensorboard_missing,
            )

            missing = tensorboard_missing()
            if missing:
                self.notice(missing)
            else:
                self.tensorboard = TensorBoardLogger(run.tb_dir, notice=self.notice)

    def continue_curves(self, points: dict[str, Any]) -> None:
        """Start from the curves of the run this one continues (its curves.json "batch"), so
        the new run's curves show the whole training."""
        if isinstance(points.get("x"), list):
            n = len(points["x"])
            for key in self._curves:
                values = points.get(key)
                self._curves[key] = list(values)[:n] if isinstance(values, list) and len(
                    values) >= n else [None] * n

    def attach(self, trainer: Any) -> RunRecorder:
        """Add this recorder to a prepared trainer, which then checkpoints into the run."""
        trainer.callbacks.callbacks.append(self)
        trainer.checkpoint_path = self.run.checkpoint_file
        return self

    # ---- the trainer's hooks ----------------------------------------------------------------
    def on_fit_start(self, trainer: Any) -> None:
        self._start = time.perf_counter()
        params = sum(p.numel() for p in trainer.model.parameters() if p.requires_grad)
        self.run.update(device=str(trainer.device), summary={"params": params})
        if self.tensorboard is not None:
            self.tensorboard.on_fit_start(trainer)

    def on_batch_end(self, trainer: Any, event: BatchEnd) -> None:
        self._reports += 1
        if self._reports % self._stride == 0:
            c = self._curves
            c["x"].append(round((event.epoch - 1) + event.batch / max(1, event.batches_per_epoch),
                                5))
            c["step"].append(event.step)
            c["loss"].append(event.loss if finite(event.loss) else None)
            c["accuracy"].append(event.accuracy)
            c["lr"].append(event.lr)
            if len(c["x"]) > MAX_CURVE_POINTS:
                for key, values in c.items():
                    c[key] = values[::2]
                self._stride *= 2
        if self.tensorboard is not None:
            self.tensorboard.on_batch_end(trainer, event)

    def on_epoch_end(self, trainer: Any, event: EpochEnd) -> None:
        # the trainer has written checkpoint.pt just before: the metrics match it
        progress = RunResult(Status.RUNNING, "", tuple(trainer.history), None,
                             time.perf_counter() - self._start, str(trainer.device))
        self._write_metrics(metrics_dict(progress, trainer, self.project_path))
        if self.tensorboard is not None:
            self.tensorboard.on_epoch_end(trainer, event)

    def on_fit_end(self, trainer: Any, result: RunResult) -> None:
        if self.finish_on_fit_end:
            self.finish(trainer, result)

    # ---- the end ----------------------------------------------------------------------------
    def finish(self, trainer: Any, result: RunResult) -> dict[str, Any]:
        """Write the run's results and final status, release the run. Returns metrics.json's
        content. Raises OSError (disk full, ...) after marking the run failed if it can; the
        run's folder is then left with its last whole files."""
        if self.finished:
            return self.metrics or {}
        self.finished = True
        metrics = metrics_dict(result, trainer, self.project_path)
        self.metrics = metrics
        try:
            self._write_metrics(metrics)
            if result.ok:
                from netstudio.core.train.checkpoint import save_state

                save_state(self.run.model_file, trainer.model.state_dict())
            stamp = fingerprint(self.run) if result.ok else None  # listings check it
            self.run.update(status=result.status.value, message=result.message,
                            finished=timestamp(), device=result.device,
                            summary=summary_of(metrics),
                            **({FINGERPRINT: stamp} if stamp else {}))
        except OSError as e:
            self.write_error = msg.NOT_WRITTEN(path=self.run.path,
                                               reason=e.strerror or str(e))
            with contextlib.suppress(Exception):  # the disk is full: nothing more to do
                self.run.update(status="failed", message=self.write_error,
                                finished=timestamp())
            raise
        finally:
            if self.tensorboard is not None:
                self.tensorboard.close(trainer, result, metrics)
            self.run.release()
        return metrics

    def abandon(self, message: str) -> None:
        """The run ends without training (setup failed after the folder was made)."""
        if self.finished:
            return
        self.finished = True
        try:
            self.run.update(status="failed", message=message, finished=timestamp())
        finally:
            if self.tensorboard is not None:
                self.tensorboard.close(None, None, {})
            self.run.release()

    def _write_metrics(self, metrics: dict[str, Any]) -> None:
        files.write_json(self.run.metrics_file, metrics)
        files.write_json(self.run.curves_file,
                         {"format": CURVES_FORMAT, "version": 1, "batch": self._curves},
                         indent=None)
