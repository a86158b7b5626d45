"""Scratch stores: where an untitled project's runs live until it is first saved.

Each app session that trains an untitled project gets ``ROOT/<session>/`` (ROOT is a folder
under the user's data folder; the app passes its own), a normal RunStore, owned through a
lock held while the session lives. Saving the project moves the runs into its store
(``RunStore.move_runs_to``). A session that crashed leaves its store unowned:
``orphaned_stores(ROOT)`` finds those holding runs so the next start can offer them back
(``ScratchSession.adopt``), and removes empty ones.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from filelock import Timeout

from netstudio.core.runs import files
from netstudio.core.runs import messages as msg
from netstudio.core.runs.layout import new_run_id
from netstudio.core.runs.record import RunError
from netstudio.core.runs.store import CREATING_GRACE, RunStore

OWNER_LOCK = ".owner.lock"


class ScratchSession:
    """This process's scratch store; the owner lock keeps other sessions from offering it
    for recovery while it is in use."""

    def __init__(self, store: RunStore) -> None:
        self.store = store
        self._owner = files.lock(store.path / OWNER_LOCK, timeout=0)
        try:
            self._owner.acquire()
        except Timeout:
            raise RunError(msg.ANOTHER_NETSTUDIO_WINDOW_USING(path=store.path)) \
                from None

    @classmethod
    def new(cls, root: str | os.PathLike[str]) -> ScratchSession:
        path = Path(root) / new_run_id()
        try:
            path.mkdir(parents=True)
        except OSError as e:
            raise RunError(msg.CREATE_FOLDER_RUNS_UNTITLED(path=path, reason=e.strerror or e)) from None
        return cls(RunStore(path))

    @classmethod
    def adopt(cls, store: RunStore) -> ScratchSession:
        """Take over a crashed session's store (after the learner agreed to recover it)."""
        return cls(store)

    def release(self) -> None:
        self._owner.release()

    def discard(self) -> None:
        """Delete the scratch store and its runs (the untitled project was dropped)."""
        self.release()
        shutil.rmtree(self.store.path, ignore_errors=True)


def orphaned_stores(root: str | os.PathLike[str]) -> list[RunStore]:
    """Scratch stores no session owns that hold runs (newest first); empty ones are
    removed on the way."""
    found: list[tuple[float, RunStore]] = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return []
    for entry in entries:
        if not entry.is_dir() or entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if files.is_held(path / OWNER_LOCK) or _young(path):
            continue
        store = RunStore(path)
        listing = store.list()
        if listing.runs or listing.skipped:
            newest = max((r.created_time for r in listing.runs), default=0.0)
            found.append((newest, store))
        else:
            with contextlib.suppress(OSError):
                shutil.rmtree(path)
    return [s for _, s in sorted(found, key=lambda f: f[0], reverse=True)]


def _young(path: Path) -> bool:
    """Made seconds ago: its session may not hold the owner lock yet."""
    import time

    try:
        return time.time() - path.stat().st_mtime < CREATING_GRACE
    except OSError:
        return True
