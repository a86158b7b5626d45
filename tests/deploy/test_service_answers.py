"""Every refusal the HTTP service answers is one the app recognises (and so can show in the
user's language): the service is made to refuse each kind of bad input, in process."""

from __future__ import annotations

import io

import numpy as np
import pytest

from netstudio.core.deploy import serve_app
from netstudio.core.deploy.service_answers import DETAILS, detail_text, refusal
from netstudio.core.text import Text
from tests.deploy.test_serve_app import Client


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """The service over a one-operator ONNX model (Flatten): refusals never reach it."""
    import onnx
    from onnx import TensorProto, helper

    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 1, 28, 28])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 784])
    graph = helper.make_graph([helper.make_node("Flatten", ["x"], ["y"])], "g", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    path = tmp_path_factory.mktemp("served") / "model.onnx"
    onnx.save(model, path)
    return Client(serve_app.create_app(path, {"input_shape": [1, 28, 28]}, max_bytes=200_000))


def _png(size: tuple[int, int], mode: str = "L", kind: str = "PNG") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, kind)
    return buffer.getvalue()


BAD_JSON_PIXELS = [
    {}, {"pixels": [[1, 2], [3]]}, {"pixels": [["a"]]}, {"pixels": []},
    {"pixels": [[[[0.5]]]]}, {"pixels": np.zeros((3, 28, 28)).tolist()},
    {"pixels": np.zeros((20, 20)).tolist()}, {"pixels": [[300.0] * 28] * 28},
]


def _refusals(client: Client) -> list[tuple[int, str]]:
    answers = [client.post("/predict", json=body) for body in BAD_JSON_PIXELS]
    answers += [
        client.post("/predict", content=b"{nope", headers={"content-type": "application/json"}),
        client.post("/predict", content=b'{"pixels": [[NaN]]}',
                    headers={"content-type": "application/json"}),
        client.post("/predict", json=[1, 2]),
        client.post("/predict", content=b""),
        client.post("/predict", content=b"x", headers={"content-type": "text/plain"}),
        client.post("/predict", content=b"x" * 300_000),
        client.post("/predict/batch", json={"images": []}),
        client.post("/predict/batch", json={"images": [[[0.1]]] * 300}),
        client.post("/predict/batch", json={"images": [np.zeros((28, 28)).tolist(), []]}),
        client.post("/predict", files={"file": ("a.png", b"")}),
        client.post("/predict", files={"file": ("a.png", b"not an image")}),
        client.post("/predict", files={"file": ("a.gif", _png((4, 4), "L", "GIF"))}),
        client.post("/predict", files={"other": ("a.png", _png((4, 4)))}),
        client.post("/predict", files=[("file", ("a.png", _png((4, 4)))),
                                       ("file", ("b.png", _png((4, 4))))]),
    ]
    return [(a.status_code, a.json()["detail"]) for a in answers]


def test_every_refusal_of_the_service_is_recognised(client):
    refusals = _refusals(client)
    assert all(400 <= status < 500 for status, _ in refusals), refusals
    unknown = [detail for _, detail in refusals if not isinstance(detail_text(detail), Text)]
    assert not unknown, f"serve_app.py answers sentences service_answers.py does not know: " \
                        f"{unknown}"
    # every other known sentence was produced: the list above follows the service
    used = {detail_text(d).template for _, d in refusals}
    hard_to_make = {"NaN", "form could not", "-channel input", "million pixels"}
    missing = [t for t in DETAILS if t not in used and not any(h in t for h in hard_to_make)]
    assert not missing, missing


def test_a_refusal_keeps_the_english_and_quotes_what_it_does_not_know():
    text = refusal(422, '"pixels" is 28 x 28; this model takes 32 x 32.')
    assert text == ('The served model refused the drawing (HTTP 422): "pixels" is 28 x 28; '
                    'this model takes 32 x 32.')
    assert text.args["detail"].args == {"got_height": "28", "got_width": "28", "height": "32",
                                        "width": "32"}
    assert isinstance(detail_text("image 2: \"pixels\" is empty.").args["detail"], Text)
    assert detail_text("something new") == "something new"
    assert refusal(422, [{"loc": ["body"]}]).endswith("[{'loc': ['body']}]")
