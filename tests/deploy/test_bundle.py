"""``netstudio export RUN --bundle DIR``: a folder that serves with one command."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from netstudio.cli import main
from tests.deploy.conftest import free_port

pytestmark = pytest.mark.slow

# Runs serve.py with torch and netstudio made unimportable: the bundle must not need them.
GUARDED = textwrap.dedent("""
    import importlib.abc, runpy, sys
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("torch", "netstudio", "torchvision"):
                raise ImportError(f"serve.py must not import {name}")
    sys.meta_path.insert(0, Block())
    sys.argv = ["serve.py", "--port", sys.argv[1]]
    runpy.run_path("serve.py", run_name="__main__")
""")


@pytest.fixture(scope="module")
def bundle(measured_run, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "mnist-int8"
    assert main(["export", str(measured_run), "--bundle", str(out)]) == 0
    return out


def wait_up(proc: subprocess.Popen, url: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.stdout.read())
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise AssertionError("serve.py did not answer")


@contextlib.contextmanager
def serving(bundle: Path, python: str, script: list[str], env: dict[str, str]
            ) -> Iterator[str]:
    """serve.py started in the bundle on a free port; yields its URL."""
    port = free_port()
    proc = subprocess.Popen([python, *script, str(port)], cwd=bundle, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_up(proc, url)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def query(bundle: Path, python: str, script: list[str], env: dict[str, str]) -> dict:
    with serving(bundle, python, script, env) as url, open(bundle / "example.png", "rb") as f:
        r = httpx.post(url + "/predict", files={"file": ("example.png", f)})
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_bundle_holds_what_it_promises(bundle):
    assert sorted(p.name for p in bundle.iterdir()) == sorted(
        ["model.onnx", "metadata.json", "serve.py", "pixels.py", "requirements.txt", "README.md",
         "example.png", "example.json"])
    readme = (bundle / "README.md").read_text()
    assert "curl -F file=@example.png http://127.0.0.1:8000/predict" in readme
    requirements = (bundle / "requirements.txt").read_text()
    assert "torch" not in requirements and "netstudio" not in requirements


def test_serve_py_runs_without_torch_or_netstudio(bundle):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    answer = query(bundle, sys.executable, ["-c", GUARDED], env)
    assert answer["variant"] == "int8" and answer["label"] == str(answer["class"])


def test_the_readme_curl_commands_work_as_written(bundle):
    """Every curl line of the README, pasted into a shell in the bundle folder (only the
    port differs: 8000 may be taken on a test machine)."""
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    readme = (bundle / "README.md").read_text()
    commands = [line for block in re.findall(r"```bash\n(.*?)```", readme, re.S)
                for line in block.splitlines() if line.startswith("curl ")]
    assert len(commands) == 5
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    answers = []
    with serving(bundle, sys.executable, ["serve.py", "--port"], env) as url:
        port = url.rsplit(":", 1)[1]
        for command in commands:
            done = subprocess.run(["bash", "-c", command.replace(":8000", f":{port}")],
                                  cwd=bundle, capture_output=True, text=True, timeout=30)
            assert done.returncode == 0, (command, done.stderr)
            answer = json.loads(done.stdout)
            assert "detail" not in answer, (command, answer)
            answers.append(answer)
    by_file, by_json, batch = answers[:3]
    assert by_file["class"] == by_json["class"] == int(by_file["label"])
    assert [p["class"] for p in batch["predictions"]] == [by_file["class"]] * 2
    assert answers[3]["status"] == "ok" and answers[4]["input_shape"] == [1, 28, 28]


def test_export_bundle_refuses_a_folder_with_other_files(measured_run, tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["export", str(measured_run), "--bundle", str(tmp_path)]) == 2
    assert "other files" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text() == "mine"


def _pypi_reachable() -> bool:
    try:
        return httpx.head("https://pypi.org/simple/pip/", timeout=5).status_code < 500
    except httpx.HTTPError:
        return False


def test_bundle_serves_from_a_fresh_virtual_environment(bundle, tmp_path):
    """A real fresh venv (no system packages) with only requirements.txt installed."""
    if not _pypi_reachable():
        pytest.skip("the package index cannot be reached: a fresh venv cannot be installed")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = str(venv / "bin" / "python")
    subprocess.run([python, "-m", "pip", "install", "-q", "-r", "requirements.txt"],
                   cwd=bundle, check=True, timeout=900)
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)}
    probe = subprocess.run([python, "-c", "import torch"], capture_output=True, env=env)
    assert probe.returncode != 0  # really fresh: torch is not there
    answer = query(bundle, python, ["serve.py", "--port"], env)
    assert answer["variant"] == "int8"


@pytest.mark.parametrize(("flags", "status", "words"), [
    (["--port", "70000"], 2, "--port must be a whole number from 1 to 65535"),
    (["--port", "0"], 2, "--port must be"),
    (["--threads", "0"], 2, "--threads must be a whole number from 1 to 64"),
    (["--host", "bad..host"], 2, "--host bad..host: not an address"),
    (["--host", "192.0.2.1"], 2, "--host 192.0.2.1: not an address of this machine"),
])
def test_the_bundles_serve_py_refuses_a_bad_address_or_option_in_a_sentence(
        bundle, capsys, flags, status, words):
    from netstudio.core.deploy import serve_app

    with pytest.raises(SystemExit) as stop:
        serve_app.main(["--model", str(bundle / "model.onnx"),
                        "--metadata", str(bundle / "metadata.json"), *flags])
    err = capsys.readouterr().err
    assert stop.value.code == status, err
    assert words in err and "Traceback" not in err


def test_the_bundles_serve_py_on_a_port_in_use_exits_1_before_listening(bundle, capsys):
    from netstudio.core.deploy import serve_app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SystemExit) as stop:
            serve_app.main(["--model", str(bundle / "model.onnx"),
                            "--metadata", str(bundle / "metadata.json"), "--port", str(port)])
    err = capsys.readouterr().err
    assert stop.value.code == 1
    assert f"port {port} on 127.0.0.1 is in use" in err


def test_serve_py_says_what_netstudio_serve_says_of_an_address():
    from netstudio.core.deploy import messages as msg
    from netstudio.core.deploy.serve_app import ADDRESS_SENTENCES
    from netstudio.core.deploy.serving import ADDRESS_MESSAGES

    assert ADDRESS_MESSAGES["in_use"] is msg.PORT_IN_USE
    assert {kind: t.source for kind, t in ADDRESS_MESSAGES.items()} == ADDRESS_SENTENCES
