"""TensorBoard event files for a run (``tensorboard --logdir foo.runs`` shows every run).

Written with ``torch.utils.tensorboard.SummaryWriter``, which needs the ``tensorboard``
package (the ``tensorboard`` extra); without it the event files are skipped with one line
saying so, and everything else about the run is recorded as usual.

What is logged: scalars ``batch/loss``, ``batch/accuracy``, ``batch/lr`` at every report
(step = global batch), ``epoch/train_loss``, ``epoch/train_accuracy``, ``epoch/val_loss``,
``epoch/val_accuracy``, ``epoch/lr`` (step = epoch); at each epoch's end the histograms
``weights/<node>.<param>`` and ``gradients/<node>.<param>`` and the feature maps of the first
few image-shaped layers for the first test image (``feature_maps/<node>``, up to 8 channels);
at the end the run's hyperparameters with its final metrics (the HParams tab).
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from netstudio.core.runs import messages as msg
from netstudio.core.text import message_of
from netstudio.core.train.callbacks import Callback

MAX_MAP_LAYERS = 3  # feature-map images per epoch: the first few image-shaped layers
MAX_CHANNELS = 8
HPARAM_KEYS = ("optimizer", "lr", "batch_size", "epochs", "seed", "weight_decay", "momentum",
               "l1", "loss", "schedule", "grad_clip", "amp")


def tensorboard_missing() -> str | None:
    """None when event files can be written, else the one-line reason."""
    if importlib.util.find_spec("tensorboard") is None:
        return msg.TENSORBOARD_MISSING()
    return None


class TensorBoardLogger(Callback):
    """Writes one run's event files into ``log_dir``. A failure here never stops training:
    the logger says so once (``notice``) and switches itself off."""

    def __init__(self, log_dir: Path, notice: Callable[[str], None] | None = None) -> None:
        self.log_dir = Path(log_dir)
        self.notice = notice or (lambda _text: None)
        self.writer: Any = None
        self._map_nodes: list[str] = []
        self._probe: Any = None
        try:  # before fit(): the import (~0.3 s) does not count in the run's time
            from torch.utils.tensorboard import SummaryWriter

            self.writer = SummaryWriter(log_dir=str(self.log_dir), flush_secs=30)
        except Exception as e:  # noqa: BLE001 - missing package or unwritable folder
            self.notice(msg.TENSORBOARD_SKIPPED(error=type(e).__name__, reason=message_of(e)))

    def _safely(self, fn: Callable[[], None]) -> None:
        if self.writer is None:
            return
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - logging must not end a run
            self.notice(msg.TENSORBOARD_STOPPED(error=type(e).__name__, reason=message_of(e)))
            with contextlib.suppress(Exception):
                self.writer.close()
            self.writer = None

    def on_fit_start(self, trainer: Any) -> None:
        self._safely(lambda: self._choose_map_nodes(trainer))

    def _choose_map_nodes(self, trainer: Any) -> None:
        model = trainer.model
        self._probe = trainer.sample(1)
        from netstudio.core.train import capture

        ids = [i for i in getattr(model, "order", ()) if i != getattr(model, "input_id", None)]
        _, outputs = capture.capture_outputs(model, self._probe, ids)
        self._map_nodes = [i for i in ids if i in outputs and outputs[i].ndim == 4
                           ][:MAX_MAP_LAYERS]

    def on_batch_end(self, trainer: Any, event: Any) -> None:
        def log() -> None:
            w = self.writer
            w.add_scalar("batch/loss", event.loss, event.step)
            if event.accuracy is not None:
                w.add_scalar("batch/accuracy", event.accuracy, event.step)
            w.add_scalar("batch/lr", event.lr, event.step)

        self._safely(log)

    def on_epoch_end(self, trainer: Any, event: Any) -> None:
        def log() -> None:
            w, e = self.writer, event.epoch
            w.add_scalar("epoch/train_loss", event.train_loss, e)
            for key in ("train_accuracy", "val_loss", "val_accuracy"):
                value = getattr(event, key)
                if value is not None:
                    w.add_scalar(f"epoch/{key}", value, e)
            w.add_scalar("epoch/lr", event.lr, e)
            for name, p in trainer.model.named_parameters():
                tag = name.removeprefix("layers.")
                w.add_histogram(f"weights/{tag}", p.detach().float().cpu(), e)
                if p.grad is not None:
                    w.add_histogram(f"gradients/{tag}", p.grad.detach().float().cpu(), e)
            self._log_maps(trainer, e)
            w.flush()

        self._safely(log)

    def _log_maps(self, trainer: Any, epoch: int) -> None:
        if not self._map_nodes or self._probe is None:
            return
        from netstudio.core.train import capture

        _, outputs = capture.capture_outputs(trainer.model, self._probe, self._map_nodes)
        for node_id in self._map_nodes:
            maps = outputs.get(node_id)
            if maps is None:
                continue
            m = maps[0, :MAX_CHANNELS]  # [C, H, W], float32
            lo = m.min(axis=(1, 2), keepdims=True)
            hi = m.max(axis=(1, 2), keepdims=True)
            m = (m - lo) / np.maximum(hi - lo, 1e-8)  # each channel on its own 0..1 scale
            self.writer.add_images(f"feature_maps/{node_id}", m[:, None], epoch,
                                   dataformats="NCHW")

    def close(self, trainer: Any, result: Any, metrics: dict[str, Any]) -> None:
        """Write the hyperparameters with the final metrics, then close the files."""
        def log() -> None:
            if trainer is not None and result is not None:
                self._log_hparams(trainer, metrics)
            self.writer.close()
            self.writer = None

        self._safely(log)

    def _log_hparams(self, trainer: Any, metrics: dict[str, Any]) -> None:
        from torch.utils.tensorboard.summary import hparams

        config = trainer.config.to_dict()
        h = {k: _hparam(config.get(k)) for k in HPARAM_KEYS if config.get(k) is not None}
        h["params"] = int(metrics.get("params") or 0)
        h["dataset"] = str(metrics.get("dataset", ""))
        final = {f"hparam/{k}": float(metrics[k]) for k in
                 ("test_accuracy", "test_loss", "val_loss", "val_accuracy")
                 if isinstance(metrics.get(k), int | float)}
        if not final:
            return
        exp, ssi, sei = hparams(h, final)
        fw = self.writer._get_file_writer()  # the same event file: one run in HParams
        for summary in (exp, ssi, sei):
            fw.add_summary(summary)
        step = int(metrics.get("epochs") or 0)
        for key, value in final.items():
            self.writer.add_scalar(key, value, step)


def _hparam(value: Any) -> Any:
    if isinstance(value, bool | int | float | str):
        return value
    import json

    return json.dumps(value, sort_keys=True)  # a schedule or early_stopping dict
