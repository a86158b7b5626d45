"""Reading and writing the JSON files of a run: atomic writes, readable errors, locks."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from netstudio.core import strict_json
from netstudio.core.files import ReadError, atomic_write, read_regular
from netstudio.core.runs import messages as msg
from netstudio.core.runs.record import RunError
from netstudio.core.text import message_of

LOCK_TIMEOUT = 30.0  # seconds to wait for another writer's short update before giving up
MAX_JSON = 64 * 1024 * 1024  # a run's JSON file bigger than this is not one netstudio wrote


def read_json(path: Path, what: str) -> Any:
    """The parsed file; RunError names the file and the problem (missing, truncated, ...)."""
    try:
        text = read_regular(path, MAX_JSON, what).decode("utf-8")
    except FileNotFoundError:
        raise RunError(msg.MISSING(parent=path.parent, what=what, name=path.name)) from None
    except UnicodeDecodeError:
        raise RunError(msg.UTF_TEXT(path=path, what=what)) from None
    except ReadError as e:  # a pipe, a device, a huge file: never read (or blocked on)
        raise RunError(message_of(e)) from None
    except OSError as e:
        raise RunError(msg.READ(path=path, what=what, reason=e.strerror or e)) from None
    if not text.strip():
        raise RunError(msg.EMPTY(path=path, what=what))
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise RunError(msg.VALID_JSON_TRUNCATED_DAMAGED(path=path,
                                                        what=what,
                                                        lineno=e.lineno,
                                                        colno=e.colno,
                                                        reason=e.msg)) from None


def write_json(path: Path, data: Any, *, indent: int | None = 2) -> None:
    """Atomically (core.files.atomic_write): a crash or a full disk never leaves half a file;
    strict JSON (a NaN loss is written as null). Raises WriteError (an OSError) naming the
    file."""
    atomic_write(path, strict_json.dumps(data, indent=indent) + "\n")


def lock(path: Path, timeout: float = LOCK_TIMEOUT) -> FileLock:
    """An inter-process lock on ``path`` (a context manager). Not thread-local: a run
    created in one thread may be finished in another."""
    return FileLock(str(path), timeout=timeout, thread_local=False)


def is_held(path: Path) -> bool:
    """Whether another process (or another lock object of this one) holds ``path``."""
    if not path.exists():
        return False
    probe = FileLock(str(path), timeout=0, thread_local=False)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:  # a read-only store: nobody can be writing to it from here
        return False
    probe.release()
    return False


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` survive a power cut (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
