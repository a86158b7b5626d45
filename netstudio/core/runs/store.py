"""A run store: the folder holding a project's runs (``DIR/foo.runs/`` beside
``DIR/foo.nsproj.json``), one subfolder per run.

Several processes may use one store at once (two app windows, the app and ``netstudio
train``): a new run gets its folder with an exclusive ``mkdir`` (ids never clash), the
store's own changes (numbering and naming, delete, move) take the store lock, run.json
updates take the run's lock, and every file is replaced atomically. Run numbers and names are
unique in a store (naming.py).
"""

from __future__ import annotations

import builtins
import contextlib
import copy
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.runs import files, naming
from netstudio.core.runs import messages as msg
from netstudio.core.runs.folder import Run
from netstudio.core.runs.layout import (
    CURVES_JSON,
    METRICS_JSON,
    MODEL_PT,
    PROJECT_JSON,
    RECORD_LOCK,
    RUN_JSON,
    STORE_LOCK,
    STORE_SUFFIX,
    TRASH_DIR,
    WRITER_LOCK,
    new_run_id,
    store_path_for,
    timestamp,
)
from netstudio.core.runs.record import RunError, RunRecord
from netstudio.core.text import message_of

CREATING_GRACE = 10.0  # seconds: a younger folder without run.json is being created


@dataclass(frozen=True)
class Skipped:
    """A folder in the store that is not a usable run, and why (a sentence)."""

    path: Path
    reason: str


@dataclass
class Listing:
    runs: list[Run] = field(default_factory=list)  # oldest first
    skipped: list[Skipped] = field(default_factory=list)


class RunStore:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    @classmethod
    def for_project(cls, project_path: str | os.PathLike[str]) -> RunStore:
        """The store of the project file ``DIR/foo.nsproj.json``: ``DIR/foo.runs``."""
        return cls(store_path_for(project_path))

    @property
    def trash(self) -> Path:
        return self.path / TRASH_DIR

    def exists(self) -> bool:
        return self.path.is_dir()

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store lock (short operations only: create, delete, move)."""
        self._ensure()
        with files.lock(self.path / STORE_LOCK):
            yield

    def _ensure(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise RunError(msg.FILE_RUNS_KEPT_THERE(path=self.path))
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise RunError(msg.CREATE_RUN_FOLDER(path=self.path, reason=e.strerror or e)) \
                from None

    # ---- listing ----------------------------------------------------------------------------
    def list(self) -> Listing:
        """Every usable run, oldest first, and every folder skipped with the reason. Never
        raises for a bad run folder; a store that does not exist yet is empty."""
        out = Listing()
        try:
            entries = sorted(os.scandir(self.path), key=lambda e: e.name)
        except FileNotFoundError:
            return out
        except NotADirectoryError:
            out.skipped.append(Skipped(self.path, f"{self.path}: is a file, not a run store."))
            return out
        except OSError as e:
            out.skipped.append(Skipped(self.path, f"{self.path}: cannot be read "
                                                  f"({e.strerror or e})."))
            return out
        for entry in entries:
            if entry.name.startswith(".") or not entry.is_dir():
                continue
            path = Path(entry.path)
            try:
                out.runs.append(Run.open(path))
            except RunError as e:
                if not _being_created(path):
                    out.skipped.append(Skipped(path, message_of(e)))
        # Ids and times are to the second: runs made within one second keep the store's order.
        out.runs.sort(key=lambda r: (r.created_time, r.record.number or 0, r.id))
        return out

    def runs(self) -> builtins.list[Run]:  # (the method "list" hides the builtin here)
        return self.list().runs

    def get(self, ref: str | os.PathLike[str]) -> Run:
        """A run by id, by a unique start of its id, or by its folder path."""
        text = str(ref)
        candidate = Path(text)
        if candidate.is_dir() and (candidate / RUN_JSON).exists():
            return Run.open(candidate)
        direct = self.path / text
        if text and "/" not in text and os.sep not in text and direct.is_dir():
            return Run.open(direct)
        listing = self.list()
        matches = [r for r in listing.runs if r.id.startswith(text)] if text else []
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise RunError(msg.MATCHES_RUNS_MORE_ID(text=text,
                                                    count=len(matches),
                                                    items=', '.join(r.id for r in matches[:4])))
        raise RunError(msg.RUN_LIST_THEM_NETSTUDIO(text=text, path=self.path))

    # ---- creating ---------------------------------------------------------------------------
    def create(self, project: Any, *, name: str | None = None, parent: str | None = None,
               source: str | os.PathLike[str] | None = None, seed: int | None = None,
               extra: dict[str, Any] | None = None,
               training: dict[str, Any] | None = None) -> Run:
        """A new run folder holding the project snapshot and run.json (status "running"),
        whose writer lock the caller now holds (``RunRecorder`` releases it when the run
        ends). ``project``: a Project or its dict; ``training``: settings the run uses
        instead of the project's (``{"epochs": 5}`` from ``--epochs 5``), so the snapshot
        says what really trained."""
        snapshot = _snapshot(project, training)
        with self.locked():  # numbers and names stay unique: run.json is written before
            taken = naming.taken_in(self.path)  # the lock is let go
            number = taken.next_number
            name = naming.unique_name(name or naming.default_name(number), taken.names)
            folder = self._new_folder()
            try:
                return _start_run(folder, snapshot, number=number, name=name,
                                  parent=parent, source=source, seed=seed, extra=extra)
            except BaseException:  # no half-made folder left to be listed as damaged
                shutil.rmtree(folder, ignore_errors=True)
                raise

    def _new_folder(self) -> Path:
        for _ in range(100):
            path = self.path / new_run_id()
            try:
                path.mkdir()  # exclusive: a folder another writer made is never reused
                return path
            except FileExistsError:
                time.sleep(0.001)
        raise RunError(msg.COULD_FIND_FREE_RUN(path=self.path))

    def rename(self, ref: str | Run, name: str) -> str:
        """Give a run of this store a new name, made unique in the store (`` (2)`` added when
        another run has it); returns the name it got."""
        run = ref if isinstance(ref, Run) else self.get(ref)
        with self.locked():
            taken = naming.taken_in(self.path, skip=run.path.name)
            unique = naming.unique_name(name, taken.names)
            run.update(name=unique)
        return unique

    # ---- deleting and moving ----------------------------------------------------------------
    def delete(self, ref: str | Run, *, permanent: bool = False) -> Path | None:
        """Move a run into the store's ``.trash`` folder (returns where it went), or with
        ``permanent`` delete it. A run being recorded cannot be deleted."""
        run = ref if isinstance(ref, Run) else self.get(ref)
        if run.live:
            raise RunError(msg.RUN_STILL_TRAINING_STOP(path=run.path))
        with self.locked():
            if permanent:
                _remove_tree(run.path)
                return None
            self.trash.mkdir(exist_ok=True)
            target = self.trash / run.path.name
            if target.exists():
                target = self.trash / f"{run.path.name}-{new_run_id()}"
            os.replace(run.path, target)
            files.fsync_dir(self.path)
            return target

    def empty_trash(self) -> None:
        with self.locked():
            _remove_tree(self.trash)

    def move_runs_to(self, other: RunStore) -> builtins.list[Run]:
        """Move every finished run (not one being recorded) into ``other``, keeping ids and
        names; returns the runs as they are there. Used when an untitled project is first
        saved: its scratch runs join the new project's store."""
        moved: list[Run] = []
        other._ensure()
        with self.locked(), other.locked():
            taken = naming.taken_in(other.path)
            for run in self.list().runs:
                if run.live:
                    continue
                target = other.path / run.path.name
                raw = files.read_json(run.run_json, msg.RUN_RECORD)
                renamed = target.exists()
                if renamed:  # the folder name is the id the store finds the run by
                    target = other.path / new_run_id()
                    raw["id"] = target.name
                if naming.fit_arriving(raw, taken) or renamed:  # "run 1" of scratch: run 4
                    with files.lock(run.path / RECORD_LOCK):
                        files.write_json(run.run_json, raw)
                _move_tree(run.path, target)
                moved.append(Run.open(target))
            files.fsync_dir(other.path)
        return moved

    def copy_runs_to(self, other: RunStore) -> builtins.list[Run]:
        """Copy every run not being recorded into ``other`` (Save As under a new name: the
        old file keeps its runs), keeping ids (numbers and names unless ``other`` uses them);
        runs ``other`` holds already are skipped, runs still training wait in its ledger.
        Atomic per run; weights are hard links where possible (copying.py)."""
        from netstudio.core.runs.copying import copy_runs

        return copy_runs(self, other)

    def __repr__(self) -> str:
        return f"RunStore({str(self.path)!r})"


def create_standalone(folder: str | os.PathLike[str], project: Any, *,
                      source: str | os.PathLike[str] | None = None, parent: str | None = None,
                      seed: int | None = None, extra: dict[str, Any] | None = None,
                      training: dict[str, Any] | None = None) -> Run:
    """A run in ``folder`` itself, outside any store (``netstudio train --out DIR``): the
    same layout; the folder may exist but must not hold another run that is still training."""
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise RunError(msg.FILE_FOLDER_NEW_EXISTING(path=path))
    if path.name.endswith(STORE_SUFFIX) and path.is_dir():
        raise RunError(msg.IS_A_RUN_STORE(path=path))
    if path.parent.name.endswith(STORE_SUFFIX) and (path / RUN_JSON).exists():
        raise RunError(msg.HOLDS_A_STORED_RUN(path=path, store=path.parent))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise RunError(msg.CREATE_FOLDER(path=path, reason=e.strerror or e)) from None
    if files.is_held(path / WRITER_LOCK):
        raise RunError(msg.ANOTHER_RUN_BEING_WRITTEN(path=path))
    for stale in (METRICS_JSON, MODEL_PT, CURVES_JSON):  # an earlier run's results
        (path / stale).unlink(missing_ok=True)
    snapshot = _snapshot(project, training)
    return _start_run(path, snapshot, number=None, name=None, parent=parent, source=source,
                      seed=seed, extra=extra, run_id=path.name)


def _start_run(path: Path, snapshot: dict[str, Any], *, number: int | None, name: str | None,
               parent: str | None, source: str | os.PathLike[str] | None, seed: int | None,
               extra: dict[str, Any] | None, run_id: str | None = None) -> Run:
    from netstudio import __version__

    writer = files.lock(path / WRITER_LOCK, timeout=0)
    writer.acquire()
    try:
        record = RunRecord(
            id=run_id or path.name, number=number,
            name=name or (f"run {number}" if number else path.name),
            status="running", created=timestamp(), parent=parent,
            source=str(Path(source).resolve()) if source else None,
            seed=seed if seed is not None else _seed_of(snapshot),
            versions={"netstudio": __version__, "torch": _torch_version()},
            extra=dict(extra or {}))
        with files.lock(path / RECORD_LOCK):
            files.write_json(path / PROJECT_JSON, snapshot)
            files.write_json(path / RUN_JSON, record.to_dict())
        files.fsync_dir(path)
    except BaseException:
        writer.release()
        raise
    run = Run(path, record, snapshot, None)
    run.writer = writer  # RunRecorder releases it when the run ends
    return run


def _snapshot(project: Any, training: dict[str, Any] | None) -> dict[str, Any]:
    snapshot = project.to_dict() if hasattr(project, "to_dict") else copy.deepcopy(dict(project))
    if training:
        section = snapshot.get("training")
        snapshot["training"] = {**(section if isinstance(section, dict) else {}), **training}
    return snapshot


def _seed_of(snapshot: dict[str, Any]) -> int | None:
    seed = (snapshot.get("training") or {}).get("seed", 0)
    return seed if isinstance(seed, int) and not isinstance(seed, bool) else None


def _torch_version() -> str:
    import sys

    torch = sys.modules.get("torch")
    if torch is None:
        try:
            from importlib.metadata import version

            return version("torch")
        except Exception:  # noqa: BLE001 - informational only
            return "unknown"
    return str(torch.__version__)


def _being_created(path: Path) -> bool:
    """A folder another process is making right now (no run.json yet): not a problem."""
    if (path / RUN_JSON).exists():
        return False
    if files.is_held(path / WRITER_LOCK):
        return True
    try:  # a moment ago a fresh, empty folder (mkdir comes just before the lock)
        return (time.time() - path.stat().st_mtime < CREATING_GRACE
                and all(p.name.startswith(".") for p in path.iterdir()))
    except OSError:
        return True  # gone meanwhile


def _remove_tree(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)


def _move_tree(src: Path, dst: Path) -> None:
    """os.replace when both are on one file system, else copy then delete (a crash midway
    leaves the copy incomplete but the original intact: copied to a temp name first)."""
    try:
        os.replace(src, dst)
        return
    except OSError as e:
        import errno

        if e.errno != errno.EXDEV:
            raise
    tmp = dst.with_name(f".moving-{dst.name}")
    _remove_tree(tmp)
    shutil.copytree(src, tmp)
    os.replace(tmp, dst)
    _remove_tree(src)
