"""The HTTP service under hostile input, in process (FastAPI's TestClient): each bad request is
a 4xx JSON answer naming what is wrong, and the service keeps answering good ones."""

from __future__ import annotations

import io
import json
import struct
import threading
import zlib

import numpy as np
import pytest
from PIL import Image

from netstudio.core.data.pixels import as_pixels


@pytest.fixture(scope="module")
def client(measured_run):
    from fastapi.testclient import TestClient

    from netstudio.core.deploy.serve_app import create_app
    from netstudio.core.deploy.serving import resolve_served

    served = resolve_served(measured_run)  # the float network: compared with torch below
    return TestClient(create_app(served.model_path, served.metadata),
                      raise_server_exceptions=False)


def encode(array: np.ndarray, fmt: str = "PNG", mode: str | None = None) -> bytes:
    buf = io.BytesIO()
    image = Image.fromarray(array)
    (image.convert(mode) if mode else image).save(buf, fmt)
    return buf.getvalue()


def png_header_only(width: int, height: int, rows: bytes = b"") -> bytes:
    """A PNG that declares ``width`` x ``height`` 8-bit grey pixels; ``rows`` compressed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)
    head = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def digit() -> np.ndarray:
    d = np.zeros((28, 28), np.uint8)
    d[5:23, 12:16] = 255
    return d


def post(client, **kwargs):
    return client.post("/predict", **kwargs)


def test_served_probabilities_are_the_engines_on_the_same_image(client, measured_run):
    """An odd-size colour upload goes through core's one policy: the float network in torch,
    fed ``Preprocessing.image`` of the same picture, gives the same probabilities."""
    from netstudio.core.data.preprocess import Preprocessing
    from netstudio.core.deploy.source import open_run
    from netstudio.core.train.capture import predict_probs

    source = open_run(measured_run)
    policy = Preprocessing.from_dict(source.metrics["normalization"])
    net = source.build()
    rng = np.random.default_rng(1)
    for shape in ((97, 61, 3), (40, 33)):
        picture = rng.integers(0, 90, size=shape, dtype=np.uint8)  # dark: not inverted
        r = post(client, files={"file": ("p.png", encode(picture))})
        assert r.status_code == 200, r.text
        engine = predict_probs(net, policy.image(Image.fromarray(picture))[None])[0]
        np.testing.assert_allclose(r.json()["probabilities"], engine, atol=2e-4)


def test_a_16_bit_png_is_scaled_not_clipped():
    ramp = (np.arange(28 * 28).reshape(28, 28) * 80).astype(np.uint16)  # 0..62,720
    image = Image.open(io.BytesIO(encode(ramp)))
    eight = np.round(ramp / 257).astype(np.uint8)
    np.testing.assert_allclose(as_pixels(image, (1, 28, 28))[0], eight, atol=1)


def test_16_bit_rgba_and_cmyk_uploads_answer_like_the_plain_image(client):
    d = digit() // 2  # mid-grey ink: 16-bit values above 255 must be scaled, not clipped
    plain = post(client, files={"file": ("d.png", encode(d))}).json()["probabilities"]
    variants = {
        "16-bit": encode(d.astype(np.uint16) * 257),  # Pillow opens it as mode I;16
        "RGBA": encode(np.dstack([d, d, d, np.full_like(d, 255)])),
        "transparent": encode(np.dstack([d, d, d, (d > 0) * np.uint8(255)])),  # clear ground
        "CMYK JPEG": encode(np.dstack([d, d, d]), "JPEG", "CMYK"),
    }
    for name, data in variants.items():
        r = post(client, files={"file": ("x", data)})
        assert r.status_code == 200, (name, r.text)
        atol = 0.05 if "JPEG" in name else 1e-4  # JPEG is lossy
        np.testing.assert_allclose(r.json()["probabilities"], plain, atol=atol, err_msg=name)


@pytest.mark.parametrize(("name", "body", "status", "words"), [
    ("truncated", encode(digit())[:60], 400, "not an image"),
    ("zero pixels", png_header_only(0, 0), 400, "not an image"),
    ("bomb", png_header_only(60000, 60000), 413, "pixels"),
    ("too many pixels", png_header_only(8000, 6000, b"\0" * 6001 * 8000), 413, "40 million"),
], ids=["truncated", "zero pixels", "bomb", "too many pixels"])
def test_broken_and_oversized_images_are_refused(client, name, body, status, words):
    r = post(client, files={"file": ("x.png", body)})
    assert r.status_code == status, (name, r.text)
    assert words in r.json()["detail"], name


@pytest.mark.parametrize(("body", "words"), [
    ({"pixels": [["1"] * 28] * 28}, "numbers"),
    ({"pixels": [[True] * 28] * 28}, "numbers"),
    ({"pixels": [[None] * 28] * 28}, "numbers"),
    ({"pixels": [[[0.5] * 28] * 28, [[0.5] * 27] * 28]}, "rectangular"),
    ({"pixels": {"a": 1}}, "array"),
])
def test_json_pixels_must_be_numbers(client, body, words):
    r = post(client, json=body)
    assert r.status_code == 422, r.text
    assert words in r.json()["detail"]


def test_nan_literals_are_refused(client):
    row = "[" + ",".join(["NaN"] * 28) + "]"
    r = post(client, content=('{"pixels": [' + ",".join([row] * 28) + "]}").encode(),
             headers={"content-type": "application/json"})
    assert r.status_code == 422 and "NaN" in r.json()["detail"]


def test_a_batch_names_its_bad_image(client):
    good = encode(digit())
    r = client.post("/predict/batch", files=[("files", ("a.png", good)),
                                             ("files", ("b.png", b"junk"))])
    assert r.status_code == 400 and "image 2: the file is not an image" in r.json()["detail"]
    r = client.post("/predict/batch", json={"images": [digit().tolist(), [[1]]]})
    assert r.status_code == 422 and "image 2" in r.json()["detail"]


def test_concurrent_requests_all_answer(client):
    good = encode(digit())
    statuses: list[int] = []

    def ask() -> None:
        for i in range(5):
            data = good if i % 2 else b"junk"
            statuses.append(post(client, files={"file": ("d.png", data)}).status_code)

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(set(statuses)) == [200, 400] and len(statuses) == 30
    assert json.loads(client.get("/health").text)["status"] == "ok"
