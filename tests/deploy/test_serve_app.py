"""The service's request path in process (httpx over ASGI, no socket): the JSON fast path,
the worker-thread path for large requests, and the fallback for JSON that orjson refuses."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import numpy as np
import pytest

from netstudio.core.deploy import serve_app


class Client:
    """A synchronous face on httpx.AsyncClient over the app (one event loop per call)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def get(self, path: str) -> httpx.Response:
        return self.request("GET", path)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                return await c.request(method, path, **kwargs)
        return asyncio.run(call())


@pytest.fixture(scope="module")
def client(measured_run):
    from netstudio.core.deploy.serving import resolve_served

    served = resolve_served(measured_run, "int8")
    return Client(serve_app.create_app(served.model_path, served.metadata))


def digits(n: int) -> list[list[list[float]]]:
    rng = np.random.default_rng(0)
    return rng.random((n, 28, 28)).round(3).tolist()


def test_a_large_batch_in_a_worker_thread_answers_like_single_requests(client):
    images = digits(40)  # ~220 KB of JSON: over INLINE_BYTES, decoded in a worker thread
    big = client.post("/predict/batch", json={"images": images})
    assert big.status_code == 200, big.text
    assert len(big.request.content) > serve_app.INLINE_BYTES
    singles = [client.post("/predict", json={"pixels": p}).json() for p in images[:5]]
    for one, from_batch in zip(singles, big.json()["predictions"], strict=False):
        assert one["class"] == from_batch["class"]
        np.testing.assert_allclose(one["probabilities"], from_batch["probabilities"],
                                   atol=2e-6)
        assert abs(sum(one["probabilities"]) - 1) < 1e-4
        assert one["label"] == str(one["class"]) and one["variant"] == "int8"


@pytest.mark.parametrize("token", ["NaN", "Infinity", "1e999"])
def test_json_that_orjson_refuses_gets_the_pixels_message(client, token):
    row = "[" + ",".join([token] + ["0"] * 27) + "]"
    body = '{"pixels": [' + ",".join([row] * 28) + "]}"
    r = client.post("/predict", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422 and "NaN or infinite" in r.json()["detail"]


def test_too_many_json_images_are_refused_before_decoding(client):
    r = client.post("/predict/batch", json={"images": [[[0]]] * (serve_app.MAX_BATCH + 1)})
    assert r.status_code == 413 and f"at most {serve_app.MAX_BATCH}" in r.json()["detail"]


def test_the_answer_is_compact_json_without_fastapi_validation(client):
    r = client.post("/predict", json={"pixels": digits(1)[0]})
    assert r.headers["content-type"] == "application/json"
    assert b", " not in r.content and set(r.json()) == {"class", "label", "probabilities",
                                                       "model", "variant"}


def test_the_docs_still_describe_the_hand_encoded_answers(client):
    paths = client.get("/openapi.json").json()["paths"]
    one = paths["/predict"]["post"]["responses"]["200"]["content"]["application/json"]
    assert set(one["schema"]["properties"]) >= {"class", "label", "probabilities"}
    many = paths["/predict/batch"]["post"]["responses"]["200"]["content"]["application/json"]
    assert "predictions" in many["schema"]["properties"]
