"""Variants of a run, stored with it: ``RUN_DIR/variants/<name>/``.

Each folder holds ``variant.json`` (this record), ``model.onnx`` (takes images in 0..1, see
inputs.py) and, for pruned variants, ``model.pt`` (+ ``project.nsproj.json`` when channel
pruning changed the layer sizes). ``original`` is the run's own float network, measured the
same way, so it can stand first in the table. A folder is written whole under a temporary
name and renamed into place: a crash never leaves half a variant.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg

FORMAT = "netstudio-variant"
VERSION = 1
RECORD = "variant.json"
MODEL = "model.onnx"
LOCK = ".lock"
ORIGINAL = "original"
KINDS = ("float", "int8-static", "int8-dynamic", "pruned", "pruned-structured")
# The --json row keys, in this order (the command-line contract), then the extra figures.
ROW_KEYS = ("name", "kind", "path", "test_accuracy", "size_bytes", "params", "nonzero_params",
            "latency_ms_batch1", "images_per_second_batch64")


@dataclass
class Figures:
    test_accuracy: float
    test_images: int
    agreement: float  # share of test images where the argmax equals the original's
    size_bytes: int
    params: int
    nonzero_params: int
    latency_ms_batch1: float  # onnxruntime
    images_per_second_batch64: float
    torch_latency_ms_batch1: float | None = None
    torch_images_per_second_batch64: float | None = None


@dataclass
class VariantRecord:
    name: str
    kind: str
    settings: dict[str, Any]
    figures: Figures
    serving: dict[str, Any]  # input_shape, class_names, scaling, run id: what a server shows
    file: str = MODEL
    created: float = field(default_factory=time.time)
    folder: Path | None = None

    @property
    def path(self) -> Path:
        return (self.folder or Path(".")) / self.file

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("folder")
        return {"format": FORMAT, "version": VERSION, **d}

    @classmethod
    def from_dict(cls, d: dict[str, Any], folder: Path) -> VariantRecord:
        if d.get("format") != FORMAT:
            raise ValueError("not a netstudio variant record")
        if int(d.get("version", 0)) > VERSION:
            raise ValueError("written by a newer netstudio")
        return cls(str(d["name"]), str(d["kind"]), dict(d.get("settings") or {}),
                   Figures(**d["figures"]), dict(d.get("serving") or {}),
                   str(d.get("file", MODEL)), float(d.get("created", 0.0)), folder)

    def row(self, original: VariantRecord | None = None) -> dict[str, Any]:
        """The --json row: the contract's keys first, then the extra figures."""
        f = self.figures
        row: dict[str, Any] = {
            "name": self.name, "kind": self.kind, "path": str(self.path),
            "test_accuracy": f.test_accuracy, "size_bytes": f.size_bytes,
            "params": f.params, "nonzero_params": f.nonzero_params,
            "latency_ms_batch1": round(f.latency_ms_batch1, 4),
            "images_per_second_batch64": round(f.images_per_second_batch64, 1),
        }
        base = original.figures if original is not None else f
        # a change is only meaningful on the same test images (--test-limit measures fewer)
        row["accuracy_change"] = (round(f.test_accuracy - base.test_accuracy, 6)
                                  if f.test_images == base.test_images else None)
        row["agreement"] = f.agreement
        row["size_ratio"] = round(f.size_bytes / base.size_bytes, 4) if base.size_bytes else None
        row["test_images"] = f.test_images
        row["torch_latency_ms_batch1"] = _round(f.torch_latency_ms_batch1, 4)
        row["torch_images_per_second_batch64"] = _round(f.torch_images_per_second_batch64, 1)
        row["settings"] = self.settings
        return row


def _round(v: float | None, digits: int) -> float | None:
    return None if v is None else round(v, digits)


def valid_name(name: str) -> str | None:
    """Why ``name`` cannot name a variant folder, or None."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", name or ""):
        return (f"variant name {name!r}: use 1-64 letters, digits, '.', '_' or '-' "
                "(starting with a letter or digit).")
    return None


class VariantStore:
    """The variants of one run."""

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = Path(run_dir)
        self.root = self.run_dir / "variants"

    def folder(self, name: str) -> Path:
        return self.root / name

    def load(self, name: str) -> VariantRecord | None:
        folder = self.folder(name)
        try:
            raw = json.loads((folder / RECORD).read_text(encoding="utf-8"))
            record = VariantRecord.from_dict(raw, folder)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        try:  # a model file replaced or cut short by hand no longer matches its figures
            intact = record.path.stat().st_size == record.figures.size_bytes
        except OSError:
            return None
        return record if intact else None

    def list(self) -> tuple[list[VariantRecord], list[str]]:
        """(records, problems): the original first, then by creation time; a damaged
        folder is named in ``problems`` and skipped."""
        if not self.root.is_dir():
            return [], []
        records: list[VariantRecord] = []
        problems: list[str] = []
        for folder in sorted(self.root.iterdir()):
            if not folder.is_dir() or folder.name.startswith("."):
                continue
            record = self.load(folder.name)
            if record is None:
                problems.append(msg.DAMAGED_VARIANT_UNREADABLE_MAKE(
                    folder=folder, record=RECORD, model=MODEL))
            else:
                records.append(record)
        records.sort(key=lambda r: (r.name != ORIGINAL, r.created))
        return records, problems

    def begin(self, name: str) -> Path:
        """A fresh temporary folder to write a variant into (then ``commit``)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self.clean_leftovers()
            return Path(tempfile.mkdtemp(prefix=f".{name}.", dir=self.root))
        except OSError as e:
            raise DeployError(msg.WRITE(root=self.root, reason=e.strerror or e),
                              unusable=True) from None

    def commit(self, tmp: Path, record: VariantRecord) -> VariantRecord:
        """Write the record into ``tmp`` and move it to ``variants/<name>`` (replacing an
        older variant of that name)."""
        target = self.folder(record.name)
        record.folder = tmp
        (tmp / RECORD).write_text(json.dumps(record.to_dict(), indent=2) + "\n",
                                  encoding="utf-8")
        os.chmod(tmp, 0o755)
        old = None
        with self._locked():  # two compressions of one run may finish at the same moment
            if target.exists():
                old = Path(tempfile.mkdtemp(prefix=f".old-{record.name}.", dir=self.root))
                os.replace(target, old / "v")
            os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        record.folder = target
        return record

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold variants/.lock (an advisory lock between processes; none where the
        platform has no fcntl)."""
        try:
            import fcntl
        except ImportError:
            yield
            return
        with open(self.root / LOCK, "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def discard(self, tmp: Path) -> None:
        shutil.rmtree(tmp, ignore_errors=True)

    def clean_leftovers(self, older_than_s: float = 3600.0) -> None:
        """Remove temporary folders of interrupted writes (old enough that no running
        compression can still be writing them)."""
        if not self.root.is_dir():
            return
        now = time.time()
        for p in self.root.iterdir():
            try:
                stale = now - p.stat().st_mtime > older_than_s
            except OSError:
                continue
            if p.name.startswith(".") and p.is_dir() and stale:
                shutil.rmtree(p, ignore_errors=True)
