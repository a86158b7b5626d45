"""``netstudio serve`` as a real process on a free port, queried over loopback with httpx."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np
import pytest
from PIL import Image

from tests.deploy.conftest import ROOT, free_port

pytestmark = pytest.mark.slow


def start_server(args: list[str], cwd=ROOT) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, *args, "--port", str(port)], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stdout.read()}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("the server did not answer within 60 s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def server(measured_run):
    # two worker processes: every test below also checks that they answer alike
    proc, url = start_server(["-m", "netstudio", "serve", str(measured_run), "--variant",
                              "int8", "--workers", "2"])
    yield url
    stop(proc)


def png(array: np.ndarray, mode: str = "L", fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    Image.fromarray(array.astype(np.uint8), mode if array.ndim == 3 else None).save(buf, fmt)
    return buf.getvalue()


def test_answers_an_image_and_pixels_like_the_test_set(server, measured_run):
    from netstudio.core.deploy.evaluation import load_eval_data
    from netstudio.core.deploy.source import open_run

    data = load_eval_data(open_run(measured_run), test_limit=20)
    right = 0
    for x, y in zip(data.test_x, data.test_y, strict=True):
        image = png(np.round(x[0] * 255))
        r = httpx.post(server + "/predict", files={"file": ("digit.png", image, "image/png")})
        assert r.status_code == 200, r.text
        body = r.json()
        assert set(body) >= {"class", "label", "probabilities", "model", "variant"}
        assert body["variant"] == "int8" and body["model"] == measured_run.name
        assert len(body["probabilities"]) == 10 and abs(sum(body["probabilities"]) - 1) < 1e-4
        right += body["class"] == int(y)
        j = httpx.post(server + "/predict", json={"pixels": x[0].tolist()}).json()
        assert j["class"] == body["class"]
    assert right >= 15  # the run's model is ~88% accurate


def test_any_size_jpeg_bmp_and_dark_on_light(server):
    digit = np.zeros((280, 200), np.uint8)
    digit[40:240, 90:110] = 255  # a thick "1"
    for fmt in ("JPEG", "BMP"):
        r = httpx.post(server + "/predict", files={"file": ("d", png(digit, fmt=fmt))})
        assert r.status_code == 200, r.text
    r = httpx.post(server + "/predict", files={"file": ("d.png", png(255 - digit))})
    assert r.status_code == 200 and r.json().get("inverted") is True
    rgba = np.dstack([digit] * 3 + [np.full_like(digit, 255)])
    assert httpx.post(server + "/predict", files={"file": ("c.png", png(rgba, "RGBA"))}
                      ).status_code == 200


def test_batch_health_metadata_docs(server):
    zeros = np.zeros((28, 28)).tolist()
    r = httpx.post(server + "/predict/batch", json={"images": [zeros, zeros, zeros]})
    assert r.status_code == 200 and len(r.json()["predictions"]) == 3
    files = [("files", (f"{i}.png", png(np.zeros((28, 28))), "image/png")) for i in range(2)]
    r = httpx.post(server + "/predict/batch", files=files)
    assert r.status_code == 200 and len(r.json()["predictions"]) == 2
    meta = httpx.get(server + "/metadata").json()
    assert meta["input_shape"] == [1, 28, 28] and meta["class_names"][7] == "7"
    assert meta["scaling"]["mode"] == "standardize" and 0.5 < meta["test_accuracy"] <= 1
    assert httpx.get(server + "/health").json()["status"] == "ok"
    assert httpx.get(server + "/docs").status_code == 200
    assert "/predict/batch" in httpx.get(server + "/openapi.json").json()["paths"]


@pytest.mark.parametrize(("kwargs", "status", "words"), [
    ({"files": {"file": ("x.png", b"this is not an image")}}, 400, "not an image"),
    ({"files": {"file": ("x.png", b"")}}, 400, "empty"),
    ({"files": {"other": ("x.png", b"abc")}}, 422, "field 'file'"),
    ({"json": {"pixels": np.zeros((3, 28, 28)).tolist()}}, 422, "wrong channels"),
    ({"json": {"pixels": np.zeros((10, 10)).tolist()}}, 422, "28 x 28"),
    ({"json": {"pixels": [[1, 2], [3]]}}, 422, "rectangular"),
    ({"json": {"pixels": np.full((28, 28), 999).tolist()}}, 422, "0..1"),
    ({"json": {"image": []}}, 422, '"pixels"'),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "JSON"),
    ({"content": b"abc", "headers": {"content-type": "text/plain"}}, 415, "content type"),
    ({"content": b""}, 400, "empty"),
])
def test_bad_input_is_a_4xx_that_says_what_is_wrong(server, kwargs, status, words):
    r = httpx.post(server + "/predict", **kwargs)
    assert r.status_code == status, r.text
    assert words in r.json()["detail"]
    assert httpx.get(server + "/health").status_code == 200  # still up


def test_gif_is_refused_by_name(server):
    buf = io.BytesIO()
    Image.new("L", (28, 28)).save(buf, "GIF")
    r = httpx.post(server + "/predict", files={"file": ("x.gif", buf.getvalue())})
    assert r.status_code == 415 and "GIF" in r.json()["detail"]


def test_too_large_is_refused_while_reading(server):
    big = b"\0" * (11 * 1024 * 1024)
    r = httpx.post(server + "/predict", files={"file": ("big.png", big)})
    assert r.status_code == 413 and "10 MB" in r.json()["detail"]

    def chunks():  # no Content-Length: the limit applies to what arrives
        for _ in range(12):
            yield b"\0" * (1024 * 1024)
    r = httpx.post(server + "/predict", content=chunks(),
                   headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert httpx.get(server + "/health").status_code == 200


def test_bad_command_lines_exit_2(measured_run, tmp_path):
    def code(*args):
        return subprocess.run([sys.executable, "-m", "netstudio", "serve", *args],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
    r = code(str(tmp_path / "nothing"))
    assert r.returncode == 2 and "no such" in r.stderr
    r = code(str(measured_run), "--variant", "int4")
    assert r.returncode == 2 and "no variant 'int4'" in r.stderr and "int8" in r.stderr
    r = code(str(measured_run), "--port", "70000")
    assert r.returncode == 2
    for workers in ("0", "65"):
        r = code(str(measured_run), "--workers", workers)
        assert r.returncode == 2 and "--workers" in r.stderr


def workers_of(pid: int) -> list[int]:
    """The worker processes ``pid`` spawned (Linux /proc; not multiprocessing's tracker)."""
    tasks = Path(f"/proc/{pid}/task")
    kids = [int(c) for t in tasks.iterdir() for c in (t / "children").read_text().split()]
    return [k for k in kids if b"spawn_main" in Path(f"/proc/{k}/cmdline").read_bytes()]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc")
def test_workers_share_the_port_and_stop_with_the_service(measured_run):
    proc, url = start_server(["-m", "netstudio", "serve", str(measured_run), "--workers", "2"])
    try:
        deadline = time.monotonic() + 60
        while len(workers := workers_of(proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(workers) == 2
        pixels = np.zeros((28, 28)).tolist()
        with httpx.Client() as c:  # new connections land on either worker
            answers = {c.post(url + "/predict", json={"pixels": pixels},
                              headers={"connection": "close"}).json()["class"]
                       for _ in range(8)}
        assert len(answers) == 1  # the same model in each
    finally:
        stop(proc)
    assert proc.returncode == 0
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()


def test_uploads_are_converted_like_the_training_images(measured_run):
    """serve.py cannot import netstudio; its conversion must stay the core policy's."""
    from netstudio.core.data.preprocess import as_pixels
    from netstudio.core.deploy.serve_app import Model
    from netstudio.core.deploy.serving import resolve_served

    served = resolve_served(measured_run, "int8")
    model = Model(served.model_path, served.metadata)
    rng = np.random.default_rng(0)
    for shape in ((97, 61, 3), (28, 28), (300, 200)):
        picture = rng.integers(0, 80, size=shape, dtype=np.uint8)  # dark: never inverted
        ours, inverted = model.from_image(png(picture, "RGB" if len(shape) == 3 else "L"))
        assert not inverted
        core = as_pixels(picture, [1, 28, 28]).astype(np.float32) / 255.0
        np.testing.assert_allclose(ours, core, atol=1 / 255 + 1e-6)
