"""Safe file access: the one atomic write, and bounded reads of files netstudio did not write.

Writing (used for project saves, autosaves, checkpoints, weights, metrics, exports, run
records)::

    atomic_write(path, data) -> Path
        data: str (written as UTF-8), bytes, or a function ``write(f)`` given the open binary
        temp file (e.g. ``lambda f: torch.save(state, f)``).
    with atomic_path(path) as tmp: ...    # for libraries that want a file name (ONNX, .pt2)
        write the file at ``tmp`` (a str ending in path's suffix); renamed over ``path`` when
        the block ends without an exception, removed otherwise.
    probe_writable(folder)                # before long work that will write there

Both write a temp file in the target's folder, flush and fsync it, give it the mode the target
already has (a new file gets 0666 minus the umask, like any other file the user creates), rename
it over the target and fsync the folder: a reader sees the old file or the new one, never half
of one, even after kill -9 or a power cut. Temp files left by killed writes (``.NAME.PID.XXX.tmp``)
are removed on the next write to the same target. Every failure is raised as ``WriteError`` (an
OSError; ``disk_full`` tells a full disk or quota) whose message names the file and what to do.

Reading (data facts, project files, anything a user points netstudio at)::

    read_regular(path, limit, what="file") -> bytes
        the bytes of a regular file of at most ``limit`` bytes; raises ReadError (an OSError)
        for a FIFO, a device (/dev/zero), a folder or a bigger file, without ever blocking.
    open_regular(path) -> BufferedReader    the same checks, for reading a header only.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from netstudio.core.text import QT_TRANSLATE_NOOP

Writer = Callable[[IO[bytes]], object]

CANNOT_WRITE = QT_TRANSLATE_NOOP("Files", "{path}: cannot be written ({reason}).")
DISK_FULL = QT_TRANSLATE_NOOP("Files", "the disk is full (or over its quota); free some space "
                                       "or choose another folder")
NO_PERMISSION = QT_TRANSLATE_NOOP("Files", "permission denied; choose a folder you can write to")
NO_FOLDER = QT_TRANSLATE_NOOP("Files", "its folder does not exist; create it first")
NOT_READ = QT_TRANSLATE_NOOP("Files", "{path}: {reason}")
NOT_REGULAR = QT_TRANSLATE_NOOP("Files", "not a regular file (a pipe, socket or device); give "
                                         "the path of a {what}.")
TOO_BIG = QT_TRANSLATE_NOOP("Files", "is {size}, more than the {limit} a {what} may have; "
                                     "check the path.")
GREW_TOO_BIG = QT_TRANSLATE_NOOP("Files", "is more than the {limit} a {what} may have.")
A_FILE = QT_TRANSLATE_NOOP("Files", "file")

# a temp file older than this is left over whatever its writer's process id says
STALE_AFTER_S = 24 * 3600
# legacy temp names (no process id) count as left over after this long
LEGACY_STALE_AFTER_S = 60.0
_NAME_MAX = 120  # of the target's name inside a temp name (file names stop at 255 bytes)
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class WriteError(OSError):
    """A file could not be written; ``str(e)`` is a sentence naming it and what to do."""

    def __init__(self, path: Path, cause: BaseException) -> None:
        code = getattr(cause, "errno", None)
        self.disk_full = code in _FULL
        if self.disk_full:
            reason: str = DISK_FULL
        elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = NO_PERMISSION
        elif code == errno.ENOENT:
            reason = NO_FOLDER
        elif isinstance(cause, OSError) and cause.strerror:
            reason = cause.strerror
        else:
            reason = f"{type(cause).__name__}: {cause}"
        super().__init__(code or errno.EIO, reason, str(path))
        self.path = Path(path)
        self.message = CANNOT_WRITE(path=self.path, reason=reason)

    def __str__(self) -> str:
        return self.message


class ReadError(OSError):
    """A file that is not read, because it is not a regular file or is too big."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(errno.EINVAL, reason, str(path))
        self.path = Path(path)
        self.message = NOT_READ(path=self.path, reason=reason)

    def __str__(self) -> str:
        return self.message


# ---- writing ------------------------------------------------------------------------------
def atomic_write(path: str | os.PathLike[str], data: str | bytes | Writer) -> Path:
    """Replace ``path`` with ``data`` atomically (see the module docstring); returns the path.

    Raises WriteError; a ``str`` that cannot be encoded as UTF-8 (a lone surrogate) raises
    UnicodeEncodeError before anything is written."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    payload = data

    def write(f: IO[bytes]) -> None:
        if isinstance(payload, bytes):
            f.write(payload)
        else:
            payload(f)

    target = _target(path)
    with atomic_path(target) as tmp:
        try:
            with open(tmp, "wb") as f:
                write(f)
        except Exception as e:
            # torch.save reports a failed write as a RuntimeError ("unexpected pos ...")
            # chained to the OSError; find that, so a full disk is called a full disk
            cause = _os_error_in(e)
            if cause is None and not _no_space_left(target.parent):
                raise
            raise WriteError(target, cause or OSError(errno.ENOSPC, "no space")) from e
    return target


def _os_error_in(exc: BaseException) -> OSError | None:
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, OSError):
            return cur
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return None


def _no_space_left(folder: Path) -> bool:
    try:
        st = os.statvfs(folder if str(folder) else ".")
    except (OSError, AttributeError):
        return False
    return st.f_bavail == 0


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temp file name next to ``path`` for a library to write; see the module docstring."""
    target = _target(path)
    folder = target.parent
    _remove_stale(folder, target.name)
    name = target.name[:_NAME_MAX]
    tmp = folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp{target.suffix}"
    try:
        # created here with 0666 & ~umask (mkstemp would make it 0600)
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as e:
        raise WriteError(target, e) from e
    try:
        yield str(tmp)
        try:
            _fsync_file(tmp)
            mode = _existing_mode(target)
            if mode is not None:
                os.chmod(tmp, mode)
            os.replace(tmp, target)
        except OSError as e:
            raise WriteError(target, e) from e
        _fsync_folder(folder)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def probe_writable(folder: str | os.PathLike[str]) -> None:
    """Raise WriteError unless a file can be created in ``folder`` (or, while it does not
    exist yet, in the nearest folder above it that does): a read-only output folder is
    found before the work that would write there, not after it."""
    wanted = Path(folder)
    here = wanted
    while not here.exists() and here.parent != here:
        here = here.parent
    try:
        if not here.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, f"{here} is a file, not a folder", str(here))
        probe = here / f".netstudio-probe.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.unlink(probe)
    except OSError as e:
        raise WriteError(wanted, e) from e


def _target(path: str | os.PathLike[str]) -> Path:
    p = Path(path)
    # write through a symbolic link (as editors do) instead of replacing the link
    return Path(os.path.realpath(p)) if p.is_symlink() else p


def _existing_mode(path: Path) -> int | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) else None


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # the rename itself must reach the disk; some file systems cannot fsync a folder
    with contextlib.suppress(OSError):
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_stale(folder: Path, name: str) -> None:
    """Delete temp files of ``name`` whose writer is gone (killed mid-write)."""
    pattern = re.compile(r"\." + re.escape(name[:_NAME_MAX])
                         + r"\.(?:(\d+)\.[0-9a-f]{8}|[A-Za-z0-9_]{8})\.tmp(?:\.[^.]*)?\Z")
    now = time.time()
    try:
        entries = list(os.scandir(folder if str(folder) else "."))
    except OSError:
        return
    for entry in entries:
        m = pattern.match(entry.name)
        if m is None:
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            pid = int(m.group(1)) if m.group(1) else None
            if pid is None:
                stale = age > LEGACY_STALE_AFTER_S
            else:
                stale = age > STALE_AFTER_S or (pid != os.getpid() and not _alive(pid))
            if stale and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
        except OSError:
            continue


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    except OSError:
        return True
    return True


# ---- reading ------------------------------------------------------------------------------
def open_regular(path: str | os.PathLike[str], what: str = A_FILE) -> io.BufferedReader:
    """Open ``path`` for binary reading if it is a regular file; never blocks on a FIFO.

    Raises FileNotFoundError, IsADirectoryError or other OSErrors as open() does, and
    ReadError for a FIFO, socket or device."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(mode):
            raise ReadError(path, NOT_REGULAR(what=what))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str], limit: int, what: str = A_FILE) -> bytes:
    """All bytes of a regular file of at most ``limit`` bytes (see open_regular)."""
    with open_regular(path, what) as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise ReadError(path, TOO_BIG(size=human_size(size), limit=human_size(limit),
                                          what=what))
        data = f.read(limit + 1)  # the size may change while reading
    if len(data) > limit:
        raise ReadError(path, GREW_TOO_BIG(limit=human_size(limit), what=what))
    return data


def human_size(n: int) -> str:
    """1234567 -> "1.23 MB"."""
    if n < 1000:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1000
        if value < 1000 or unit == "TB":
            return f"{value:.3g} {unit}"
    return f"{n} bytes"
