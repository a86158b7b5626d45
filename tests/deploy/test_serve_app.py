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


# ---- the fast lane and the batcher --------------------------------------------------------
@pytest.fixture(scope="module")
def lanes(measured_run):
    """The whole app (fast lane in front) and FastAPI's own route behind it."""
    from netstudio.core.deploy.serving import resolve_served

    served = resolve_served(measured_run, "int8")
    app = serve_app.create_app(served.model_path, served.metadata)
    assert isinstance(app, serve_app.FastLane)
    return Client(app), Client(app.app)


PIXELS = '{"pixels": %s}'


@pytest.mark.parametrize("body", [
    PIXELS % digits(1)[0],
    PIXELS % (np.asarray(digits(1)[0]) * 255).round().tolist(),  # 0..255
    PIXELS % [digits(1)[0]],  # [C][H][W]
    "not json", "[1, 2]", "{}", PIXELS % "[[1, 2], [3]]", PIXELS % [[0.5] * 27] * 28,
    PIXELS % '[["a"]]', PIXELS % [[2000.0] * 28] * 28, PIXELS % "[[NaN]]",
])
def test_the_fast_lane_answers_byte_for_byte_like_fastapi(lanes, body):
    fast, routed = lanes
    headers = {"content-type": "application/json"}
    a = fast.post("/predict", content=body, headers=headers)
    b = routed.post("/predict", content=body, headers=headers)
    assert (a.status_code, a.content) == (b.status_code, b.content)
    assert a.headers["content-type"] == b.headers["content-type"] == "application/json"
    assert int(a.headers["content-length"]) == len(a.content)


def test_what_the_fast_lane_does_not_take_goes_to_fastapi(lanes):
    fast, _ = lanes
    body = PIXELS % digits(1)[0]
    wrong_type = fast.post("/predict", content=body, headers={"content-type": "text/plain"})
    assert wrong_type.status_code == 415 and "unsupported content type" in wrong_type.text
    empty = fast.post("/predict", content=b"", headers={"content-type": "application/json"})
    assert empty.status_code == 400 and "empty" in empty.json()["detail"]
    assert fast.get("/predict").status_code == 405
    assert fast.get("/health").json()["status"] == "ok"


class CountingModel:
    """A Model whose predict calls are counted (batch sizes), or fail on demand."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.sizes: list[int] = []
        self.fail = False

    def predict(self, batch: np.ndarray) -> list[dict[str, Any]]:
        self.sizes.append(len(batch))
        if self.fail:
            raise RuntimeError("the session failed")
        return self.model.predict(batch)


@pytest.fixture()
def batcher(measured_run):
    from netstudio.core.deploy.serving import resolve_served

    served = resolve_served(measured_run, "int8")
    counting = CountingModel(serve_app.Model(served.model_path, served.metadata))
    return serve_app.Batcher(counting, limit=4), counting  # type: ignore[arg-type]


def test_requests_of_one_event_loop_turn_share_one_session_call(batcher):
    b, counting = batcher
    images = [np.asarray(p, np.float32)[None] for p in digits(6)]

    async def together() -> list[dict[str, Any]]:
        return await asyncio.gather(*(b.predict(x) for x in images))

    answers = asyncio.run(together())
    assert counting.sizes == [4, 2]  # the limit splits a turn's requests
    alone = [counting.model.predict(x[None])[0] for x in images]
    for a, one in zip(answers, alone, strict=True):
        assert a["class"] == one["class"]
        np.testing.assert_allclose(a["probabilities"], one["probabilities"], atol=2e-6)


def test_a_failed_session_call_fails_each_request_of_its_group(batcher):
    b, counting = batcher
    counting.fail = True
    x = np.asarray(digits(1)[0], np.float32)[None]

    async def together() -> list[Any]:
        return await asyncio.gather(b.predict(x), b.predict(x), return_exceptions=True)

    out = asyncio.run(together())
    assert counting.sizes == [2]
    assert all(isinstance(e, RuntimeError) for e in out)


def test_a_request_cancelled_while_waiting_does_not_stop_the_others(batcher):
    b, counting = batcher
    x = np.asarray(digits(1)[0], np.float32)[None]

    async def one_leaves() -> tuple[Any, Any]:
        leaving = asyncio.ensure_future(b.predict(x))
        staying = asyncio.ensure_future(b.predict(x))
        await asyncio.sleep(0)  # both joined the group
        leaving.cancel()
        return await asyncio.gather(leaving, staying, return_exceptions=True)

    left, stayed = asyncio.run(one_leaves())
    assert isinstance(left, asyncio.CancelledError) and stayed["class"] in range(10)
