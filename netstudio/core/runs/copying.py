"""Runs carried to a project saved under a new name (Save As): copied, never moved.

The old file still exists and keeps its runs; the new file's store gets the same runs (ids,
names, numbers, notes kept). Each run is copied into a hidden folder of the target store and
renamed into place, so a crash or a full disk midway never leaves half a run there (the next
copy removes the leftover, and listings skip hidden folders). Large files (weights, event
files, variants) are hard links where the file system allows, copies otherwise: netstudio
replaces a run's files (temp file + rename) and never rewrites one in place, so the two stores
can never change each other's runs. The store's ``search.db`` (its studies) is copied with
SQLite's online backup when the target has none. Runs being recorded are left for a later
call (copying is idempotent: a run the target already holds is skipped).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Collection
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from netstudio.core.runs import files
from netstudio.core.runs import messages as msg
from netstudio.core.runs.folder import Run
from netstudio.core.runs.record import RunError

if TYPE_CHECKING:
    from netstudio.core.runs.store import RunStore

COPYING_PREFIX = ".copying-"
LINK_MIN_BYTES = 64 * 1024  # smaller files (the JSON records) are real copies, except:
LINKED_SUFFIXES = (".pt", ".onnx")  # weights: linked whatever their size
SEARCH_DB = "search.db"  # core.tune.storage.DB_NAME (not imported: no optuna here)


def carry_runs(old_project: str | os.PathLike[str], new_project: str | os.PathLike[str],
               ids: Collection[str] | None = None) -> list[Run]:
    """After a project was saved as ``new_project`` (it was ``old_project``): the runs of
    the old file's store copied into the new file's store (what the app's Save As and
    anything else saving under a new name calls). Nothing when both use one store."""
    from netstudio.core.runs.store import RunStore

    return copy_runs(RunStore.for_project(old_project), RunStore.for_project(new_project),
                     ids)


def copy_runs(source: RunStore, target: RunStore, ids: Collection[str] | None = None
              ) -> list[Run]:
    """Copy every run of ``source`` (or those of ``ids``: a run that was being recorded at
    the first copy) not being recorded into ``target``; the runs as they are there. Raises
    RunError (naming the run and the reason) when one cannot be copied; the runs copied
    before it stay, complete."""
    if not source.exists() or _same_folder(source.path, target.path):
        return []
    copied: list[Run] = []
    target._ensure()
    with target.locked():
        _remove_leftovers(target.path)
        have = {entry.name for entry in os.scandir(target.path)}
        for run in source.list().runs:
            if run.live or run.path.name in have or (ids is not None and run.id not in ids):
                continue
            copied.append(_copy_one(run, target.path / run.path.name))
        _copy_search_db(source.path / SEARCH_DB, target.path / SEARCH_DB)
        files.fsync_dir(target.path)
    return copied


def _copy_one(run: Run, dst: Path) -> Run:
    tmp = dst.with_name(COPYING_PREFIX + dst.name)
    try:
        shutil.copytree(run.path, tmp, copy_function=_link_or_copy,
                        ignore=shutil.ignore_patterns(".*"))  # locks belong to the source
        os.rename(tmp, dst)
    except (OSError, _CopyFailed) as e:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(e, _CopyFailed):
            e = e.args[0]
        raise RunError(msg.COPY_RUN_FAILED(path=run.path, target=dst.parent,
                                           reason=_reason(e))) from None
    return Run.open(dst)


class _CopyFailed(Exception):
    """An OSError of one file, passed through copytree (which would keep only its text)."""


def _link_or_copy(src: str, dst: str) -> str:
    try:
        if src.endswith(LINKED_SUFFIXES) or os.path.getsize(src) >= LINK_MIN_BYTES:
            try:
                os.link(src, dst)
                return dst
            except OSError as e:  # another file system, FAT, no permission: a real copy
                if e.errno == errno.ENOSPC:
                    raise
        shutil.copy2(src, dst)
        with open(dst, "rb") as f:  # on disk before the rename makes the run visible
            os.fsync(f.fileno())
    except OSError as e:
        raise _CopyFailed(e) from None
    return dst


def _copy_search_db(src: Path, dst: Path) -> None:
    if not src.is_file() or dst.exists():
        return
    tmp = dst.with_name(COPYING_PREFIX + dst.name)
    tmp.unlink(missing_ok=True)
    try:  # a consistent copy even while a search writes to it
        with closing(sqlite3.connect(src)) as a, closing(sqlite3.connect(tmp)) as b:
            a.backup(b)
        os.replace(tmp, dst)
    except (sqlite3.Error, OSError) as e:
        tmp.unlink(missing_ok=True)
        raise RunError(msg.COPY_STUDIES_FAILED(path=src, target=dst.parent,
                                               reason=_reason(e))) from None


def _remove_leftovers(folder: Path) -> None:
    """Half copies a crashed copy left (the store lock is held: nobody is copying now)."""
    for entry in os.scandir(folder):
        if entry.name.startswith(COPYING_PREFIX):
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _reason(e: BaseException) -> str:
    if isinstance(e, shutil.Error) and e.args and isinstance(e.args[0], list) and e.args[0]:
        return str(e.args[0][0][-1])  # copytree's first (source, target, why)
    if isinstance(e, OSError) and e.errno == errno.ENOSPC:
        return "the disk is full"
    if isinstance(e, OSError):
        return str(e.strerror or e)
    return str(e)
