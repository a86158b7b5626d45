"""One run folder: its record, project snapshot, metrics, curves and weights.

``Run.open(path)`` checks what a listing needs (run.json, the snapshot, metrics.json, model.pt
for a run that ended well) and raises RunError naming what is wrong; everything heavier
(the weights, the compiled network) is read only when asked for.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netstudio.core.files import ReadError
from netstudio.core.runs import files
from netstudio.core.runs import messages as msg
from netstudio.core.runs.layout import (
    CHECKPOINT_PT,
    CURVES_JSON,
    EXPLAIN_DIR,
    FINAL_WITH_WEIGHTS,
    METRICS_JSON,
    MODEL_PT,
    PROJECT_JSON,
    RECORD_LOCK,
    RUN_JSON,
    TB_DIR,
    VARIANTS_DIR,
    WRITER_LOCK,
)
from netstudio.core.runs.record import RunError, RunRecord
from netstudio.core.text import message_of
from netstudio.core.untrusted import load_tensors

if TYPE_CHECKING:
    from netstudio.core.compiler import CompiledNet
    from netstudio.core.project import Project


class Run:
    """A run folder (in a store, or standalone from ``netstudio train --out DIR``)."""

    def __init__(self, path: Path, record: RunRecord, project_dict: dict[str, Any],
                 metrics: dict[str, Any] | None) -> None:
        self.path = Path(path)
        self.record = record
        self._project_dict = project_dict
        self._metrics = metrics
        self.writer: Any = None  # the writer lock, held by the process recording this run

    # ---- paths ------------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.record.id

    run_json = property(lambda self: self.path / RUN_JSON)
    project_file = property(lambda self: self.path / PROJECT_JSON)
    metrics_file = property(lambda self: self.path / METRICS_JSON)
    curves_file = property(lambda self: self.path / CURVES_JSON)
    model_file = property(lambda self: self.path / MODEL_PT)
    checkpoint_file = property(lambda self: self.path / CHECKPOINT_PT)
    tb_dir = property(lambda self: self.path / TB_DIR)
    variants_dir = property(lambda self: self.path / VARIANTS_DIR)
    explain_dir = property(lambda self: self.path / EXPLAIN_DIR)

    # ---- reading ----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Run:
        """Read and check a run folder; RunError says why it cannot be used."""
        p = Path(path)
        if not p.is_dir():
            raise RunError(msg.NO_RUN_FOLDER(path=p) if not p.exists()
                           else msg.FILE_NOT_RUN_FOLDER(path=p))
        record = RunRecord.from_dict(files.read_json(p / RUN_JSON, msg.RUN_RECORD), p)
        snapshot = files.read_json(p / PROJECT_JSON, msg.PROJECT_SNAPSHOT)
        if not isinstance(snapshot, dict) or snapshot.get("format") != "netstudio":
            raise RunError(msg.NETSTUDIO_PROJECT(path=p, project_json=PROJECT_JSON))
        metrics = None
        if (p / METRICS_JSON).exists() or record.status in FINAL_WITH_WEIGHTS:
            metrics = files.read_json(p / METRICS_JSON, "metrics.json")
            if not isinstance(metrics, dict):
                raise RunError(msg.METRICS_JSON_HOLD_JSON(path=p))
        if record.status in FINAL_WITH_WEIGHTS and not (p / MODEL_PT).is_file():
            raise RunError(msg.RUN_BUT_WEIGHTS_MISSING(path=p,
                                                       status=record.status,
                                                       model_pt=MODEL_PT))
        return cls(p, record, snapshot, metrics)

    @property
    def live(self) -> bool:
        """Some process is recording this run right now."""
        return files.is_held(self.path / WRITER_LOCK)

    @property
    def status(self) -> str:
        """run.json's status, except that a "running" run nobody records any more (its
        process crashed or was killed) is "interrupted": its last checkpoint is kept."""
        status = self.record.status
        if status == "running" and not self.live:
            return "interrupted"
        return status

    @property
    def name(self) -> str:
        return self.record.name or self.id

    def project_dict(self) -> dict[str, Any]:
        """The snapshot as JSON data (a copy)."""
        import copy

        return copy.deepcopy(self._project_dict)

    def project(self) -> Project:
        """The exact project that trained (path None: it belongs to no file)."""
        from netstudio.core.project import Project, ProjectError

        try:
            return Project.from_dict(self._project_dict, str(self.project_file))
        except ProjectError as e:
            raise RunError(message_of(e)) from None

    def metrics(self) -> dict[str, Any]:
        """metrics.json (empty while a run has not finished its first epoch)."""
        if self._metrics is None and self.metrics_file.exists():
            m = files.read_json(self.metrics_file, "metrics.json")
            self._metrics = m if isinstance(m, dict) else {}
        return dict(self._metrics or {})

    def curves(self) -> dict[str, Any]:
        """curves.json: per-report points {"x", "step", "loss", "accuracy", "lr"} (lists of
        equal length; x is in epochs). Empty when the run has none."""
        if not self.curves_file.exists():
            return {}
        with contextlib.suppress(RunError):
            raw = files.read_json(self.curves_file, "curves.json")
            if isinstance(raw, dict) and isinstance(raw.get("batch"), dict):
                return raw["batch"]
        return {}

    @property
    def training(self) -> dict[str, Any]:
        t = self._project_dict.get("training")
        return t if isinstance(t, dict) else {}

    @property
    def created_time(self) -> float:
        """Seconds since the epoch (for sorting); the folder's time if run.json has none."""
        with contextlib.suppress(ValueError, TypeError):
            return dt.datetime.fromisoformat(self.record.created).timestamp()
        with contextlib.suppress(OSError):
            return self.path.stat().st_mtime
        return 0.0

    # ---- weights ----------------------------------------------------------------------------
    def state_dict(self, source: str = "auto") -> dict[str, Any]:
        """The trained weights: ``model.pt`` ("model"), the last checkpoint's ("checkpoint"),
        or "auto": model.pt, else the checkpoint (an interrupted run). Loaded with
        ``weights_only=True``: a run folder never runs code."""
        path = self.model_file
        if source == "checkpoint" or (source == "auto" and not path.exists()):
            path = self.checkpoint_file
        if not path.exists():
            raise RunError(msg.RUN_WEIGHTS_YET_ENDED(path=self.path,
                                                     model_pt=MODEL_PT,
                                                     checkpoint_pt=CHECKPOINT_PT))
        try:
            state = load_tensors(path)
        except ReadError as e:  # a FIFO or device: refused, never read
            raise RunError(message_of(e)) from None
        except Exception as e:  # noqa: BLE001 - truncated, not torch, or holds objects
            raise RunError(msg.READ_PYTORCH_WEIGHTS_FILE(path=path, error=type(e).__name__)) from None
        if isinstance(state, dict) and isinstance(state.get("model"), dict):
            state = state["model"]  # checkpoint.pt
        if not isinstance(state, dict):
            raise RunError(msg.HOLDS_STATE_DICT(path=path))
        return state

    def load_network(self, source: str = "auto") -> CompiledNet:
        """The run's network (compiled from its snapshot) with its trained weights, in eval
        mode on the CPU. RunError if the snapshot cannot be built or the weights belong to
        another network."""
        from netstudio.core.compiler import CompileError, compile_project

        project = self.project()
        try:
            net = compile_project(project, seed=_seed(project.training))
        except CompileError as e:
            raise RunError(msg.RUN_NETWORK_BUILT(path=self.path, error=message_of(e))) from None
        state = self.state_dict(source)
        try:
            net.load_state_dict(state, strict=True)
        except RuntimeError as e:
            lines = str(e).splitlines()
            detail = lines[1].strip() if len(lines) > 1 else lines[0] if lines else ""
            raise RunError(msg.WEIGHTS_BELONG_ANOTHER_NETWORK(path=self.path, detail=detail)) from None
        net.eval()
        return net

    # ---- changes ----------------------------------------------------------------------------
    def own_files(self) -> list[tuple[str, Path]]:
        """The files that make up this run, named: what an export or a tool writing into the
        run folder must never replace."""
        names = (RUN_JSON, PROJECT_JSON, METRICS_JSON, CURVES_JSON, MODEL_PT, CHECKPOINT_PT)
        return [(f"the run's own {name}", self.path / name) for name in names]

    def update(self, **changes: Any) -> RunRecord:
        """Change run.json fields (name, notes, status, ..., or extra keys) under the run's
        lock, re-reading it first so a rename in one window and a status change by the
        process training it never undo each other."""
        known = set(RunRecord.__dataclass_fields__) - {"extra", "id"}
        with files.lock(self.path / RECORD_LOCK):
            raw = files.read_json(self.run_json, msg.RUN_RECORD)
            record = RunRecord.from_dict(raw, self.path)
            for key, value in changes.items():
                if key in known:
                    setattr(record, key, value)
                else:
                    record.extra[key] = value
            files.write_json(self.run_json, record.to_dict())
        self.record = record
        return record

    def update_metrics(self, **keys: Any) -> dict[str, Any]:
        """Add or replace top-level keys of metrics.json (e.g. "findings"), under the lock."""
        with files.lock(self.path / RECORD_LOCK):
            current = (files.read_json(self.metrics_file, "metrics.json")
                       if self.metrics_file.exists() else {})
            if not isinstance(current, dict):
                current = {}
            current.update(keys)
            files.write_json(self.metrics_file, current)
        self._metrics = current
        return dict(current)

    def release(self) -> None:
        """Let go of the writer lock (the run is over, or this process will not record it)."""
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.release()

    def __repr__(self) -> str:
        return f"Run({str(self.path)!r}, status={self.status!r})"


def _seed(training: dict[str, Any]) -> int:
    seed = training.get("seed", 0)
    return seed if isinstance(seed, int) and not isinstance(seed, bool) and seed >= 0 else 0
