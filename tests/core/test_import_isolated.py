"""A Python file's import in a child process (the app's File > Import): it answers like the
in-process import, and code that loops, waits or kills its process is stopped with a
message instead of keeping the import busy for ever."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from netstudio.core.importers import ImportFailure
from netstudio.core.importers.isolated import ImportCancelled, IsolatedImport

MNIST_NET = Path(__file__).resolve().parents[1] / "data" / "mnist_net.py"

LOOPS = "import time\nwhile True:\n    time.sleep(0.05)\n"
EXITS = "import os\nos._exit(7)\n"


def test_imports_and_saves_like_the_command_line(tmp_path):
    out = tmp_path / "net.nsproj.json"
    summary = IsolatedImport(f"{MNIST_NET}:Net", out, (1, 28, 28)).run()
    assert summary.path == out and out.is_file() and (tmp_path / "net.weights.pt").is_file()
    assert summary.layers > 3 and summary.params > 1000 and summary.problem is None


def test_code_that_never_finishes_is_stopped_by_the_time_limit(tmp_path):
    (tmp_path / "forever.py").write_text(LOOPS)
    out = tmp_path / "out.nsproj.json"
    with pytest.raises(ImportFailure, match="did not finish within 1 s") as e:
        IsolatedImport(f"{tmp_path / 'forever.py'}:Net", out, seconds=1).run()
    assert "forever.py line" in str(e.value)
    assert not out.exists()


def test_code_that_ends_its_process_is_a_message(tmp_path):
    (tmp_path / "quits.py").write_text(EXITS)
    with pytest.raises(ImportFailure, match="stopped unexpectedly .exit code 7"):
        IsolatedImport(f"{tmp_path / 'quits.py'}:Net", tmp_path / "o.nsproj.json").run()


def test_cancel_ends_the_child_at_once(tmp_path):
    (tmp_path / "forever.py").write_text(LOOPS)
    job = IsolatedImport(f"{tmp_path / 'forever.py'}:Net", tmp_path / "o.nsproj.json",
                         seconds=600)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            job.run()
        except BaseException as e:  # noqa: BLE001 - the test reads it
            outcome.append(e)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 60
    while (job._process is None or not job._process.is_alive()) and time.monotonic() < deadline:
        time.sleep(0.05)
    job.cancel()
    thread.join(30)
    assert not thread.is_alive() and isinstance(outcome[0], ImportCancelled)
    assert not job._process.is_alive()


def test_a_failure_keeps_its_translatable_sentence(tmp_path):
    from netstudio.core.text import Text

    with pytest.raises(ImportFailure) as e:
        IsolatedImport(f"{tmp_path / 'missing.py'}:Net", tmp_path / "o.nsproj.json").run()
    assert isinstance(e.value.args[0], Text) and "no such file" in str(e.value)
