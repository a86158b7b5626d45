"""core.files: the one atomic write (mode, cleanup, disk full) and bounded reads."""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
import time

import pytest
import torch

from netstudio.core.files import (
    ReadError,
    WriteError,
    atomic_path,
    atomic_write,
    open_regular,
    read_regular,
)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_file_gets_the_usual_mode_and_an_existing_one_keeps_its_own(tmp_path, umask_022):
    new = atomic_write(tmp_path / "new.json", "{}")
    assert new.read_text() == "{}" and mode(new) == 0o644
    kept = tmp_path / "kept.json"
    kept.write_text("old")
    os.chmod(kept, 0o640)
    atomic_write(kept, b"new")
    assert kept.read_bytes() == b"new" and mode(kept) == 0o640
    with atomic_path(tmp_path / "lib.onnx") as tmp:  # a library writes the file by name
        assert tmp.endswith(".onnx")
        with open(tmp, "wb") as f:
            f.write(b"x")
    assert mode(tmp_path / "lib.onnx") == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.json", "lib.onnx", "new.json"]


def test_writes_through_a_symlink(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "ckpt.pt"
    target.write_bytes(b"old")

    def boom(f):
        f.write(b"half")
        raise ValueError("bug in the writer")

    with pytest.raises(ValueError, match="bug in the writer"):
        atomic_write(target, boom)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["ckpt.pt"]


class _FullDisk(io.RawIOBase):
    """A file on a disk that fills up after ``room`` bytes."""

    def __init__(self, f, room: int) -> None:
        self.f, self.room = f, room

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        if len(b) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(b)
        return self.f.write(b)


def test_a_full_disk_is_called_a_full_disk_even_through_torch_save(tmp_path):
    target = tmp_path / "ckpt.pt"
    with pytest.raises(WriteError) as info:  # torch wraps the OSError in a RuntimeError
        atomic_write(target, lambda f: torch.save({"w": torch.zeros(10_000)}, _FullDisk(f, 500)))
    assert info.value.disk_full and isinstance(info.value, OSError)
    assert "disk is full" in str(info.value) and str(target) in str(info.value)
    assert not target.exists() and list(tmp_path.iterdir()) == []
    with pytest.raises(WriteError, match="disk is full"):
        atomic_write(target, lambda f: _FullDisk(f, 0).write(b"x"))


def test_a_missing_folder_or_a_read_only_one_is_a_write_error(tmp_path):
    with pytest.raises(WriteError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "x.json", "{}")
    if os.geteuid() == 0:
        return  # root writes anywhere
    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, 0o500)
    try:
        with pytest.raises(WriteError, match="permission denied"):
            atomic_write(ro / "x.json", "{}")
    finally:
        os.chmod(ro, 0o700)


def test_a_lone_surrogate_fails_before_anything_is_written(tmp_path):
    with pytest.raises(UnicodeEncodeError):
        atomic_write(tmp_path / "p.json", "\ud800")
    assert list(tmp_path.iterdir()) == []


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_temp_files_of_killed_writes_are_cleaned_on_the_next_write(tmp_path):
    target = tmp_path / "model.pt"
    dead = tmp_path / f".model.pt.{_dead_pid()}.0badc0de.tmp"
    dead_pt2 = tmp_path / f".model.pt.{_dead_pid()}.0badc0de.tmp.pt"
    legacy = tmp_path / ".model.pt.k3j_x9ab.tmp"  # mkstemp names of earlier versions
    alive = tmp_path / f".model.pt.{os.getppid()}.12345678.tmp"  # a writer still at work
    fresh_legacy = tmp_path / ".model.pt.abcdefgh.tmp"
    other = tmp_path / ".other.pt.k3j_x9ab.tmp"
    for p in (dead, dead_pt2, legacy, alive, fresh_legacy, other):
        p.write_bytes(b"x" * 100)
    old = time.time() - 3600
    for p in (legacy, other):
        os.utime(p, (old, old))
    atomic_write(target, b"new")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([target.name, alive.name, fresh_legacy.name, other.name])


def test_read_regular_refuses_fifos_devices_folders_and_big_files(tmp_path):
    small = tmp_path / "small.bin"
    small.write_bytes(b"12345")
    assert read_regular(small, 5) == b"12345"
    with pytest.raises(ReadError, match="more than the 4 bytes"):
        read_regular(small, 4, "project file")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    t0 = time.monotonic()
    with pytest.raises(ReadError, match="not a regular file"):
        read_regular(fifo, 100)  # no writer: a plain open() would block for ever
    assert time.monotonic() - t0 < 1
    with pytest.raises(ReadError, match="not a regular file"):
        open_regular("/dev/zero")
    with pytest.raises(IsADirectoryError):
        open_regular(tmp_path)
    with pytest.raises(FileNotFoundError):
        open_regular(tmp_path / "nope")


WRITER = """
import sys
from netstudio.core.files import atomic_write
target, n = sys.argv[1], 0
print("ready", flush=True)
while True:
    n += 1
    atomic_write(target, (f"{n}:" + "x" * 2_000_000 + f":{n}").encode())
"""


@pytest.mark.slow
def test_kill_9_during_writes_leaves_a_whole_file(tmp_path):
    """A process rewriting a 2 MB file in a loop, killed at random moments: the file is
    always one whole version, and the temp files of the killed writes do not pile up."""
    import random
    import signal

    target = tmp_path / "state.bin"
    atomic_write(target, b"0:" + b"x" * 2_000_000 + b":0")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(__import__("pathlib").Path(__file__).resolve().parents[2]),
         os.environ.get("PYTHONPATH", "")])}
    rng = random.Random(0)
    for _ in range(20):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        data = target.read_bytes()
        head, _, tail = data.partition(b":")
        assert len(data) == len(head) * 2 + 2 + 2_000_000 and data.endswith(b":" + head)
        assert tail.startswith(b"x")
    atomic_write(target, b"done")  # removes what the killed writers left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.bin"]
