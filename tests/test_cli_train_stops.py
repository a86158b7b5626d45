"""netstudio train: SIGTERM stops like Ctrl-C, the tested weights are named, and an output
folder that cannot be written is found before any data is loaded (docs/reliability.md)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netstudio.cli import main
from netstudio.core.files import WriteError
from tests.test_cli_robustness import project_file

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_sigterm_stops_tests_and_writes_like_ctrl_c(tmp_path):
    path = project_file(tmp_path, training={"epochs": 3, "batch_size": 16})
    out = tmp_path / "run"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get(
        "PYTHONPATH", "")]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "netstudio", "train", str(path), "--out", str(out),
         "--subset", "30000", "--no-tensorboard"],
        env=env, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:  # "training tiny MLP on ..." once the data is loaded
        if line.startswith("training"):
            break
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    err = proc.stderr.read()
    assert proc.wait(120) == 143, err
    assert "stopping after this batch (terminated)" in err and "Traceback" not in err
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["status"] == "stopped" and "test_accuracy" in metrics
    weights = metrics["weights"]
    assert weights["mid_epoch"] and weights["epoch"] == weights["whole_epochs"] + 1
    assert f"Tested the weights of step {weights['step']}, in the middle of epoch" in err
    assert (out / "model.pt").exists()


def test_an_unwritable_output_folder_is_found_before_loading_data(tmp_path, capsys,
                                                                  monkeypatch):
    import netstudio.core.files as files
    import netstudio.core.train.run as run

    def refuse(folder):
        raise WriteError(Path(folder), PermissionError(13, "Permission denied"))

    loaded = []
    monkeypatch.setattr(files, "probe_writable", refuse)
    monkeypatch.setattr(run, "prepare_run", lambda *a, **k: loaded.append(1))
    path = project_file(tmp_path)
    code = main(["train", str(path), "--out", str(tmp_path / "ro")])
    err = capsys.readouterr().err
    assert code == 2 and not loaded
    assert "cannot be written to" in err and "permission denied" in err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX only")
def test_probe_writable_refuses_a_read_only_folder():
    """Really read-only: a 0555 folder, probed by a process of the user nobody when the
    tests run as root (root writes anywhere). The folder is made in a fresh folder of its
    own, so no folder another test (or another test session) uses changes its mode."""
    import shutil
    import tempfile

    from netstudio.core.files import probe_writable

    base = Path(tempfile.mkdtemp(prefix="netstudio-ro-"))
    os.chmod(base, 0o755)  # nobody may walk into it (the system's temp folder allows it)
    folder = base / "ro"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        said_r, said_w = os.pipe()  # what the child raised, if not the expected error
        pid = os.fork()
        if pid == 0:  # the child: only os calls, then _exit
            os.close(said_r)
            code = 1
            try:
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                probe_writable(folder / "new-run")
            except WriteError as e:
                code = 3 if "permission denied" in str(e) else 4
                os.write(said_w, str(e).encode()[:2000])
            except BaseException as e:
                code = 5
                os.write(said_w, repr(e).encode()[:2000])
            os._exit(code)
        os.close(said_w)
        _, status = os.waitpid(pid, 0)
        said = os.read(said_r, 4096).decode(errors="replace")
        os.close(said_r)
    finally:
        os.chmod(folder, 0o755)
    try:
        assert os.waitstatus_to_exitcode(status) == 3, said
        probe_writable(folder / "new-run")  # writable again: no error, nothing left behind
        assert list(folder.iterdir()) == []
    finally:
        shutil.rmtree(base, ignore_errors=True)
