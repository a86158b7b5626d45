"""Runs carried to a project saved under a new name (Save As): copied, never moved.

The old file still exists and keeps its runs; the new file's store gets the same runs (ids and
notes kept; a number or name the new store already uses is replaced, naming.py). Carrying is
two steps, so that the copying can run in a worker thread and survive anything:

1. ``plan_carry(old_file, new_file)`` (fast, right after the project file was saved) writes
   the new store's ledger ``.carry.json``: which runs of which store it still has to get.
2. ``carry_pending(store, progress, should_stop)`` copies what the ledger lists and crosses
   each run off once it is in place. A run that is still training (in this process or
   another, e.g. ``netstudio train`` in a terminal: its writer lock is held) stays listed,
   and is copied by a later call once it has ended: the app calls it again when its own run
   ends, while the project is open, and whenever it opens the project. A copy that was
   stopped (the window closed) or cut short (a crash, a full disk) also stays listed.

Each run is copied into a hidden folder of the target store (``.copying-<id>``) and renamed
into place with its final number and name, so a crash or a full disk midway never leaves half
a run there: listings skip hidden folders, and the next copy removes the leftover. Only one
process copies into a store at a time (``.carry.lock``). Large files (weights, event files,
variants) are hard links where the file system allows, copies otherwise: netstudio replaces a
run's files (temp file + rename) and never rewrites one in place, so the two stores can never
change each other's runs. The store's ``search.db`` (its studies) is copied with SQLite's
online backup when the target has none.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Collection
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import Timeout

from netstudio.core.runs import files, naming
from netstudio.core.runs import messages as msg
from netstudio.core.runs.folder import Run
from netstudio.core.runs.layout import RUN_JSON
from netstudio.core.runs.record import RunError
from netstudio.core.text import message_of

if TYPE_CHECKING:
    from netstudio.core.runs.store import RunStore

COPYING_PREFIX = ".copying-"
LEDGER = ".carry.json"
LEDGER_FORMAT = "netstudio-carry"
CARRY_LOCK = ".carry.lock"  # held by the one process copying into the store
LINK_MIN_BYTES = 64 * 1024  # smaller files (the JSON records) are real copies, except:
LINKED_SUFFIXES = (".pt", ".onnx")  # weights: linked whatever their size
SEARCH_DB = "search.db"  # core.tune.storage.DB_NAME (not imported: no optuna here)
CHUNK = 1024 * 1024  # bytes copied between two looks at should_stop
PROGRESS_EVERY = 0.05  # seconds: at most ~20 progress reports a second


@dataclass(frozen=True)
class CarryProgress:
    """How far a copy is (sent to ``progress``; small and immutable: it crosses threads)."""

    done_bytes: int
    total_bytes: int
    runs_done: int
    runs_total: int
    run: str  # the name of the run being copied


@dataclass
class CarryResult:
    copied: list[Run] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # ids still training where they are
    failed: list[str] = field(default_factory=list)  # sentences: runs that could not be copied
    stopped: bool = False  # should_stop said so: the rest stays listed for the next call
    busy: bool = False  # another process is copying into this store: nothing was done

    @property
    def pending(self) -> bool:
        """Runs remain to be copied by a later call."""
        return bool(self.waiting or self.failed or self.stopped or self.busy)


class CarryStopped(Exception):
    """should_stop() said to stop (the window is closing)."""


def carry_runs(old_project: str | os.PathLike[str], new_project: str | os.PathLike[str],
               ids: Collection[str] | None = None) -> list[Run]:
    """After a project was saved as ``new_project`` (it was ``old_project``): the runs of the
    old file's store copied into the new file's store now (``plan_carry`` then
    ``carry_pending``; runs still training stay in the ledger for a later ``carry_pending``).
    Nothing when both use one store. Raises RunError naming the first run that could not be
    copied; the runs copied before it stay, complete."""
    from netstudio.core.runs.store import RunStore

    target = RunStore.for_project(new_project)
    if not plan_carry(old_project, new_project, ids):
        return []
    return _raise_failed(carry_pending(target, wait=True), target)


def copy_runs(source: RunStore, target: RunStore, ids: Collection[str] | None = None
              ) -> list[Run]:
    """Copy the runs of ``source`` (or those of ``ids``) that ``target`` lacks into it; runs
    still training are left in target's ledger. The runs as they are there; RunError as in
    carry_runs."""
    if not _plan(source, target, ids):
        return []
    return _raise_failed(carry_pending(target, wait=True), target)


def plan_carry(old_project: str | os.PathLike[str], new_project: str | os.PathLike[str],
               ids: Collection[str] | None = None) -> int:
    """Record in the new file's store which runs of the old file's store it must get (all it
    lacks, or those of ``ids``), with the runs the old store was itself still waiting for;
    returns how many are listed now. Fast: nothing is copied. RunError if the new store
    cannot be written."""
    from netstudio.core.runs.store import RunStore

    return _plan(RunStore.for_project(old_project), RunStore.for_project(new_project), ids)


def _plan(source: RunStore, target: RunStore, ids: Collection[str] | None) -> int:
    if not source.exists() or _same_folder(source.path, target.path):
        return 0
    wanted = [r.path.name for r in source.list().runs
              if ids is None or r.id in ids or r.path.name in ids]
    studies = ids is None and (source.path / SEARCH_DB).is_file()
    inherited = _read_ledger(source.path)  # what the old store still waits for comes too
    if not wanted and not studies and not inherited:
        return 0
    target._ensure()
    with target.locked():
        have = {e.name for e in os.scandir(target.path)}
        ledger = _read_ledger(target.path)
        for store, entry in [(source.path, _Entry(wanted, studies)), *inherited.items()]:
            if _same_folder(store, target.path):
                continue
            listed = ledger.setdefault(store.resolve(), _Entry())
            listed.runs += [i for i in entry.runs if i not in have and i not in listed.runs]
            listed.studies = listed.studies or (entry.studies and SEARCH_DB not in have)
        _write_ledger(target.path, ledger)
        return sum(len(e.runs) + e.studies for e in ledger.values())


def pending_carries(store: RunStore) -> dict[Path, list[str]]:
    """The runs the store's ledger still lists: {source store: [run folder names]} (empty:
    nothing to wait for)."""
    return {k: list(e.runs) for k, e in _read_ledger(store.path).items() if e.runs}


def carry_ready(store: RunStore, among: Collection[str] | None = None) -> bool:
    """Whether ``carry_pending`` has something to copy now: a run the ledger lists (of
    ``among`` only, when given: the runs that were still training) that is not training any
    more, or studies. Cheap: one lock probe per listed run."""
    from netstudio.core.runs.layout import WRITER_LOCK

    for source, entry in _read_ledger(store.path).items():
        if entry.studies and among is None:
            return True
        if any(not files.is_held(source / i / WRITER_LOCK) for i in entry.runs
               if among is None or i in among):
            return True
    return False


def carry_pending(target: RunStore, progress: Callable[[CarryProgress], Any] | None = None,
                  should_stop: Callable[[], bool] | None = None, *, wait: bool = False
                  ) -> CarryResult:
    """Copy every run target's ledger lists that has ended into target (see the module
    docstring), reporting ``progress`` (at most ~20 times a second, and at each run's start
    and end) and looking at ``should_stop`` between files and every MiB. Never raises for
    one run: the result names the runs copied, waiting, failed, and whether it was stopped.
    ``wait``: wait (up to 30 s) for another process copying into target instead of
    returning ``busy``."""
    result = CarryResult()
    if not (target.path / LEDGER).exists():
        return result
    lock = files.lock(target.path / CARRY_LOCK, timeout=files.LOCK_TIMEOUT if wait else 0)
    try:
        lock.acquire()
    except Timeout:
        result.busy = True
        return result
    except OSError as e:
        result.failed.append(msg.COPY_RUN_FAILED(path=target.path, target=target.path,
                                                 reason=_reason(e)))
        return result
    done: set[str] = set()  # crossed off the ledger at the end (also when stopped)
    studies_done: set[Path] = set()
    try:
        with target.locked():
            _remove_leftovers(target.path)
        work = _work(target, result, done)
        meter = _Meter(progress, sum(_size(r.path) for r in work), len(work))
        for run in work:
            if should_stop is not None and should_stop():
                result.stopped = True
                break
            meter.start_run(run.name)
            try:
                copied = _copy_one(run, target, meter, should_stop)
            except CarryStopped:
                result.stopped = True
                break
            except RunError as e:
                result.failed.append(message_of(e))
                continue
            result.copied.append(copied)
            done.add(run.id)
            meter.end_run()
        for source, entry in _read_ledger(target.path).items():
            if not entry.studies or result.stopped:
                continue
            try:
                _copy_search_db(source / SEARCH_DB, target.path / SEARCH_DB)
                studies_done.add(source)
            except RunError as e:
                result.failed.append(message_of(e))
    finally:
        with suppress(RunError, OSError), target.locked():
            ledger = _read_ledger(target.path)
            for store, entry in ledger.items():
                entry.runs = [i for i in entry.runs if i not in done]
                entry.studies = entry.studies and store not in studies_done
            _write_ledger(target.path, ledger)
        lock.release()
    return result


def _work(target: RunStore, result: CarryResult, done: set[str]) -> list[Run]:
    """The runs to copy now; ``done`` gets those the ledger can forget (already there, gone
    from their store); ``result.waiting`` those still training."""
    from netstudio.core.runs.store import RunStore

    work: list[Run] = []
    for store, entry in _read_ledger(target.path).items():
        run_ids = entry.runs
        if not run_ids:
            continue
        listing = RunStore(store).list()
        runs = {r.path.name: r for r in listing.runs}
        damaged = {s.path.name: s.reason for s in listing.skipped}
        for run_id in run_ids:
            if (target.path / run_id).exists() or run_id in done:
                done.add(run_id)  # copied before (a crash came before the ledger changed)
            elif run_id in runs and runs[run_id].live:
                result.waiting.append(run_id)
            elif run_id in runs:
                work.append(runs[run_id])
            elif run_id in damaged:  # stays listed: it may be repaired
                result.failed.append(msg.COPY_RUN_FAILED(path=store / run_id,
                                                         target=target.path,
                                                         reason=damaged[run_id]))
            else:
                done.add(run_id)  # deleted from its store (or the store is gone)
    return work


def _copy_one(run: Run, target: RunStore, meter: _Meter,
              should_stop: Callable[[], bool] | None) -> Run:
    dst = target.path / run.path.name
    tmp = target.path / (COPYING_PREFIX + run.path.name)
    shutil.rmtree(tmp, ignore_errors=True)

    def copy_file(src: str, to: str) -> str:
        return _link_or_copy(src, to, meter, should_stop)

    try:
        shutil.copytree(run.path, tmp, copy_function=copy_file,
                        ignore=shutil.ignore_patterns(".*"))  # locks belong to the source
        with target.locked():  # its number and name are decided with the store's others
            raw = files.read_json(tmp / RUN_JSON, msg.RUN_RECORD)
            if isinstance(raw, dict) and naming.fit_arriving(raw, naming.taken_in(target.path)):
                files.write_json(tmp / RUN_JSON, raw)  # replaces the copy, never the source
            os.rename(tmp, dst)
            files.fsync_dir(target.path)
    except CarryStopped:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    except (OSError, RunError, _CopyFailed) as e:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(e, _CopyFailed):
            e = e.args[0]
        if isinstance(e, CarryStopped):
            raise e from None
        reason = message_of(e) if isinstance(e, RunError) else _reason(e)
        raise RunError(msg.COPY_RUN_FAILED(path=run.path, target=target.path,
                                           reason=reason)) from None
    return Run.open(dst)


class _CopyFailed(Exception):
    """An OSError (or the stop) of one file, passed through copytree (which would keep only
    its text)."""


class _Meter:
    """Counts bytes and sends CarryProgress, throttled."""

    def __init__(self, progress: Callable[[CarryProgress], Any] | None, total: int,
                 runs: int) -> None:
        self.progress, self.total, self.runs = progress, total, runs
        self.done = self.runs_done = 0
        self.run = ""
        self._last = 0.0

    def start_run(self, name: str) -> None:
        self.run = name
        self._send(force=True)

    def end_run(self) -> None:
        self.runs_done += 1
        self._send(force=True)

    def add(self, n: int) -> None:
        self.done += n
        self._send()

    def _send(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.progress is None or (not force and now - self._last < PROGRESS_EVERY):
            return
        self._last = now
        self.progress(CarryProgress(min(self.done, self.total), self.total, self.runs_done,
                                    self.runs, self.run))


def _link_or_copy(src: str, dst: str, meter: _Meter,
                  should_stop: Callable[[], bool] | None) -> str:
    try:
        if should_stop is not None and should_stop():
            raise CarryStopped
        info = os.stat(src)
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device is no part of a run: never
            return dst  # opened (reading a FIFO would block for ever)
        size = info.st_size
        if src.endswith(LINKED_SUFFIXES) or size >= LINK_MIN_BYTES:
            try:
                os.link(src, dst)
                meter.add(size)
                return dst
            except OSError as e:  # another file system, FAT, no permission: a real copy
                if e.errno == errno.ENOSPC:
                    raise
        copy_file(src, dst, meter.add, should_stop)
        shutil.copystat(src, dst)  # its time too: the weights fingerprint stays valid
        with open(dst, "rb") as f:  # on disk before the rename makes the run visible
            os.fsync(f.fileno())
    except (OSError, CarryStopped) as e:
        raise _CopyFailed(e) from None
    return dst


def copy_file(src: str, dst: str, on_bytes: Callable[[int], Any],
              should_stop: Callable[[], bool] | None) -> None:
    """Copy one file in chunks, counting them and looking at ``should_stop`` between them
    (a multi-GB weights file must not keep a closing window waiting)."""
    with open(src, "rb") as a, open(dst, "wb") as b:
        while chunk := a.read(CHUNK):
            b.write(chunk)
            on_bytes(len(chunk))
            if should_stop is not None and should_stop():
                raise CarryStopped


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


@dataclass
class _Entry:
    """What a store still has to get from one source store."""

    runs: list[str] = field(default_factory=list)  # run folder names
    studies: bool = False  # its search.db (copied when the target has none)


def _read_ledger(folder: Path) -> dict[Path, _Entry]:
    """The ledger of the store ``folder``: {source store: what to get}; empty when there is
    none. A damaged ledger lists nothing (runs are never lost by that: they are still in
    their own store)."""
    path = folder / LEDGER
    if not path.exists():
        return {}
    try:
        raw = files.read_json(path, LEDGER)
    except RunError:
        return {}
    out: dict[Path, _Entry] = {}
    entries = raw.get("from") if isinstance(raw, dict) else None
    for item in entries if isinstance(entries, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("store"), str):
            continue
        ids = item.get("runs")
        entry = out.setdefault(Path(item["store"]), _Entry())
        entry.runs += [i for i in ids if _plain_id(i)] if isinstance(ids, list) else []
        entry.studies = entry.studies or item.get("studies") is True
    return {k: v for k, v in out.items() if v.runs or v.studies}


def _write_ledger(folder: Path, ledger: dict[Path, _Entry]) -> None:
    path = folder / LEDGER
    entries = [{"store": str(store), "runs": e.runs, "studies": e.studies}
               for store, e in ledger.items() if e.runs or e.studies]
    if not entries:
        path.unlink(missing_ok=True)
        return
    files.write_json(path, {"format": LEDGER_FORMAT, "version": 1, "from": entries})


def _plain_id(value: Any) -> bool:
    """A run id that names a folder inside a store (never a path out of it)."""
    return (isinstance(value, str) and bool(value) and not value.startswith(".")
            and "/" not in value and os.sep not in value and "\0" not in value)


def _size(folder: Path) -> int:
    total = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                with suppress(OSError):
                    total += os.path.getsize(os.path.join(root, name))
    return total


def _raise_failed(result: CarryResult, target: RunStore) -> list[Run]:
    if result.failed:
        raise RunError(result.failed[0])
    if result.busy:
        raise RunError(msg.COPY_BUSY(path=target.path))
    return result.copied


def _remove_leftovers(folder: Path) -> None:
    """Half copies a crashed or stopped copy left (the carry lock is held: nobody is copying
    into this store now)."""
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
