"""An HTTP inference service for one ONNX model: FastAPI + uvicorn + onnxruntime.

This file needs neither netstudio nor torch: ``netstudio serve`` runs it, and a bundle
(``netstudio export RUN --bundle DIR``) ships it as ``serve.py`` beside ``model.onnx``,
``metadata.json`` and ``pixels.py`` (core/data/pixels.py: the conversion the run's training
images went through). The model takes float32 images [N, C, H, W] in 0..1 and scales them
itself (core's Preprocessing, exported into its graph).

    POST /predict        multipart field ``file`` (PNG, JPEG or BMP, any size) or JSON
                         {"pixels": [[...H x W...]]} (values 0..1, or 0..255)
                         -> {"class", "label", "probabilities", "model", "variant"}
    POST /predict/batch  multipart fields ``files`` (several images) or JSON
                         {"images": [pixels, pixels, ...]} -> {"predictions": [...], ...}
    GET  /health         {"status": "ok", ...}
    GET  /metadata       input shape, classes, normalisation, accuracy
    GET  /docs           the OpenAPI page

Bad input gets a 4xx JSON answer {"detail": "..."} naming what is wrong; the body size is
limited (default 10 MB) while it is being received, not after.

Run it:  python serve.py [--host 127.0.0.1] [--port 8000]

Speed (docs/benchmarks.md, "Serving"): one onnxruntime session per service on one thread;
small JSON requests are answered on the event loop (the model answers in ~0.05 ms, less
than a hop to a worker thread costs), images and large batches are decoded and run in a worker
thread so they do not stall the other clients; answers are encoded once, straight to bytes
(orjson when installed), bypassing FastAPI's response validation; FastAPI's telemetry hooks
are off (nothing here exports traces) and uvicorn writes no access log.
"""

# no "from __future__ import annotations": FastAPI reads the handlers' annotations at run time

import argparse
import asyncio
import contextlib
import io
import json
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

try:  # 3x faster JSON for the pixels in and the answers out; the standard library otherwise
    import orjson

    def _dumps(data: Any) -> bytes:
        return orjson.dumps(data)

    def _loads(body: bytes) -> Any:
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError:
            # what orjson refuses and json takes (NaN, 1e999, UTF-16, a BOM) gets the same
            # answer as without orjson: json decides
            return json.loads(body)
except ImportError:  # pragma: no cover - a bundle installed without orjson
    def _dumps(data: Any) -> bytes:
        return json.dumps(data, separators=(",", ":")).encode()

    def _loads(body: bytes) -> Any:
        return json.loads(body)

try:  # in netstudio: core's conversion; in a bundle: the same file, shipped beside serve.py
    from netstudio.core.data.pixels import as_pixels
except ImportError:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pixels import as_pixels  # type: ignore[no-redef]

MAX_BYTES = 10 * 1024 * 1024
MAX_BATCH = 256
MAX_PIXELS = 40_000_000  # a bigger image is refused before it is decoded
IMAGE_FORMATS = ("PNG", "JPEG", "BMP")
HERE = Path(__file__).resolve().parent
# JSON bodies larger than this are decoded and answered in a worker thread (a 28x28 image
# is ~5 KB of JSON; a 256-image batch takes milliseconds to decode)
INLINE_BYTES = 64 * 1024


class BadInput(Exception):
    """A request the service cannot use; ``status`` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Unservable(ValueError):
    """The model file or its metadata cannot be used; the message says which and why."""


class Model:
    """The onnxruntime session and what the metadata says about its input and classes."""

    def __init__(self, model_path: str | Path, metadata: dict[str, Any],
                 threads: int = 1) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3
        # one image per request: one thread answers fastest (no hand-over between threads)
        # and leaves the other cores to the HTTP work; --threads for large batches
        options.intra_op_num_threads = max(1, int(threads))
        self.metadata = metadata
        try:
            shape = [int(s) for s in metadata.get("input_shape") or []]
        except (TypeError, ValueError):
            shape = []
        if len(shape) == 2:
            shape = [1, *shape]
        if len(shape) != 3 or min(shape) < 1:
            raise Unservable(f"metadata input_shape must be [C, H, W] (whole numbers), got "
                             f"{metadata.get('input_shape')!r}")
        try:
            self.session = ort.InferenceSession(str(model_path), options,
                                                providers=["CPUExecutionProvider"])
        except Exception as e:  # onnxruntime's own errors: a damaged or foreign file
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            raise Unservable(f"{model_path}: not a readable ONNX model ({first[-200:]})"
                             ) from None
        self.input_name = self.session.get_inputs()[0].name
        self.channels, self.height, self.width = shape
        self.class_names = [str(c) for c in metadata.get("class_names") or []]
        self.output = metadata.get("output", "logits")
        self.dark_background = bool(metadata.get("dark_background", False))

    def predict(self, batch: np.ndarray) -> list[dict[str, Any]]:
        out = self.session.run(None, {self.input_name: batch})[0]
        probs = _probabilities(np.asarray(out, np.float64).reshape(len(batch), -1), self.output)
        answers = []
        for best, p in zip(probs.argmax(axis=1).tolist(), probs.tolist(), strict=True):
            label = self.class_names[best] if best < len(self.class_names) else str(best)
            answers.append({"class": best, "label": label,
                            "probabilities": [round(v, 6) for v in p],
                            "model": self.metadata.get("run_id", ""),
                            "variant": self.metadata.get("variant", "")})
        return answers

    # ---- inputs -> [C, H, W] float32 in 0..1 ---------------------------------------------
    def from_image(self, data: bytes) -> tuple[np.ndarray, bool]:
        """Decode an uploaded image and convert it to the model's channels and size with
        the conversion its training images went through (``as_pixels``). Returns (pixels,
        inverted): a dark-on-light picture is inverted for a model trained on light-on-dark
        images (MNIST), so a digit drawn on white paper works too."""
        from PIL import Image, UnidentifiedImageError

        if not data:
            raise BadInput("the uploaded file is empty; send a PNG, JPEG or BMP image.")
        if self.channels not in (1, 3):
            raise BadInput(f"this model takes {self.channels}-channel input; send JSON "
                           "pixels instead of an image.", 422)
        try:
            image: Image.Image = Image.open(io.BytesIO(data))
            kind = image.format
            if kind not in IMAGE_FORMATS:
                raise BadInput(f"{kind} images are not accepted; send PNG, JPEG or BMP.", 415)
            if image.width * image.height > MAX_PIXELS:
                raise BadInput(f"the image is {image.width}x{image.height} pixels; at most "
                               f"{MAX_PIXELS // 1_000_000} million pixels are accepted.", 413)
            image.load()
        except BadInput:
            raise
        except Image.DecompressionBombError:  # declared dimensions far beyond any photo
            raise BadInput(f"the image declares more pixels than can be decoded safely; at "
                           f"most {MAX_PIXELS // 1_000_000} million pixels are accepted.",
                           413) from None
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
            raise BadInput("the file is not an image that can be read (PNG, JPEG or BMP "
                           "expected).") from None
        # transparent pixels count as background
        background = 0 if self.dark_background else 255
        pixels = as_pixels(image, (self.channels, self.height, self.width), background)
        return self._polarity(pixels.astype(np.float32) / 255.0)

    def from_pixels(self, raw: Any) -> np.ndarray:
        """JSON pixels: [H][W] (one channel) or [C][H][W]; values 0..1, or 0..255."""
        if raw is None:
            raise BadInput('the JSON needs "pixels": an array of '
                           f'{self.height} rows of {self.width} numbers.', 422)
        try:
            pixels = np.asarray(raw)
        except (ValueError, TypeError):
            raise BadInput('"pixels" must be a rectangular array of numbers (every row the '
                           'same length).', 422) from None
        if pixels.dtype.kind not in "iuf":  # text, true/false, null, objects
            raise BadInput('"pixels" must be an array of numbers (no text, true/false or '
                           'null).', 422)
        pixels = pixels.astype(np.float32)
        if pixels.size == 0:
            raise BadInput('"pixels" is empty.', 422)
        if pixels.ndim == 2:
            pixels = pixels[None]
        if pixels.ndim != 3:
            raise BadInput(f'"pixels" has {pixels.ndim} dimensions; send [H][W] or [C][H][W] '
                           f"({self.channels} x {self.height} x {self.width}).", 422)
        if pixels.shape[0] != self.channels:
            raise BadInput(f'wrong channels: "pixels" has {pixels.shape[0]} channel(s) but '
                           f"this model takes {self.channels}.", 422)
        if pixels.shape[1:] != (self.height, self.width):
            raise BadInput(f'"pixels" is {pixels.shape[1]} x {pixels.shape[2]}; this model '
                           f"takes {self.height} x {self.width}.", 422)
        low, high = float(pixels.min()), float(pixels.max())  # NaN and inf show here too
        if not (math.isfinite(low) and math.isfinite(high)):
            raise BadInput('"pixels" holds NaN or infinite values.', 422)
        if low < 0 or high > 255:
            raise BadInput('"pixels" values must be in 0..1 (or 0..255).', 422)
        if high > 1.0:
            pixels = pixels / 255.0
        return pixels

    def _polarity(self, pixels: np.ndarray) -> tuple[np.ndarray, bool]:
        light = float(np.median(pixels)) > 0.5
        if self.dark_background and light:
            return 1.0 - pixels, True
        return pixels, False


@contextlib.contextmanager
def _which(index: int, batch: bool) -> Any:
    """In a batch, a bad image's error names it: 'image 2: ...' (in the order sent)."""
    try:
        yield
    except BadInput as e:
        if not batch:
            raise
        raise BadInput(f"image {index + 1}: {e.message}", e.status) from None


def _probabilities(out: np.ndarray, kind: str) -> np.ndarray:
    if kind == "probabilities":
        return out
    if kind == "log_probabilities":
        return np.exp(out)
    shifted = out - out.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)


class BodyLimit:
    """ASGI middleware: answer 413 as soon as a request body passes ``max_bytes``, counting
    while it arrives (a declared Content-Length over the limit is refused before reading)."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await self._refuse(send)
                    return
        seen = 0
        started = False

        async def limited_receive() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Any) -> None:
        body = json.dumps({"detail": f"the request is too large: at most "
                                     f"{_mb(self.max_bytes)} are accepted."}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:g} MB"


class Batcher:
    """Batch-1 requests that arrive together are answered by one session call.

    A request waits for no timer: the first one of an event-loop turn schedules the call for the
    end of that turn, and every request parsed in the same turn joins it (8 concurrent clients
    make batches of 1-8). One call on 8 images costs about half of 8 calls on one."""

    def __init__(self, model: Model, limit: int = 64) -> None:
        self.model = model
        self.limit = limit
        self._group: list[tuple[np.ndarray, asyncio.Future[dict[str, Any]]]] | None = None

    async def predict(self, pixels: np.ndarray) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        if self._group is None or len(self._group) >= self.limit:
            self._group = []
            loop.call_soon(self._run, self._group)
        future: asyncio.Future[dict[str, Any]] = loop.create_future()
        self._group.append((pixels, future))
        return await future

    def _run(self, group: list[tuple[np.ndarray, asyncio.Future[dict[str, Any]]]]) -> None:
        if self._group is group:
            self._group = None
        try:
            answers = self.model.predict(np.stack([pixels for pixels, _ in group]))
        except Exception as e:  # the session failed: every request of the group hears why
            for _, future in group:
                if not future.done():
                    future.set_exception(e)
            return
        for (_, future), one in zip(group, answers, strict=True):
            if not future.done():  # a client that went away cancelled its future
                future.set_result(one)


class Service:
    """What /predict and /predict/batch do with a request's images, in one place: FastAPI's
    routes and the fast lane (``FastLane``) both call it, so both answer alike."""

    def __init__(self, model: Model, metadata: dict[str, Any]) -> None:
        self.model = model
        self.metadata = metadata
        self.batcher = Batcher(model)

    def decode(self, received: list[bytes] | bytes,
               batch: bool) -> tuple[list[np.ndarray], list[bool]]:
        """Uploaded files or a JSON body -> the images as [C, H, W] arrays in 0..1, and
        whether each was inverted (dark on light)."""
        model = self.model
        if isinstance(received, list):  # uploaded files
            decoded = []
            for i, upload in enumerate(received):
                with _which(i, batch):
                    decoded.append(model.from_image(upload))
            return [d[0] for d in decoded], [d[1] for d in decoded]
        try:
            data = _loads(received)
        except (ValueError, RecursionError):
            raise BadInput("the body is not valid JSON.", 422) from None
        if not isinstance(data, dict):
            raise BadInput('send a JSON object such as {"pixels": [[...]]}.', 422)
        if batch:
            images = data.get("images")
            if not isinstance(images, list) or not images:
                raise BadInput('the JSON needs "images": a list of pixel arrays.', 422)
            if len(images) > MAX_BATCH:
                raise BadInput(f"{len(images)} images: at most {MAX_BATCH} per request.", 413)
            pixels = []
            for i, raw in enumerate(images):
                with _which(i, batch):
                    pixels.append(model.from_pixels(raw))
            return pixels, [False] * len(images)
        return [model.from_pixels(data.get("pixels"))], [False]

    def encode(self, answers: list[dict[str, Any]], inverted: list[bool], batch: bool) -> bytes:
        for one, inv in zip(answers, inverted, strict=True):
            if inv:
                one["inverted"] = True
        if not batch:
            return _dumps(answers[0])
        return _dumps({"predictions": answers, "model": self.metadata.get("run_id", ""),
                       "variant": self.metadata.get("variant", "")})

    def answer(self, received: list[bytes] | bytes, batch: bool) -> bytes:
        """The whole answer, blocking: for a worker thread (images, large batches)."""
        images, inverted = self.decode(received, batch)
        answers = self.model.predict(np.stack(images).astype(np.float32, copy=False))
        return self.encode(answers, inverted, batch)

    async def answer_small(self, body: bytes, batch: bool) -> bytes:
        """A small JSON body, on the event loop (decoding 28x28 pixels takes less than a hop
        to a worker thread); one image joins the other requests of this turn (``Batcher``)."""
        images, inverted = self.decode(body, batch)
        if batch:
            answers = self.model.predict(np.stack(images).astype(np.float32, copy=False))
        else:
            answers = [await self.batcher.predict(images[0])]
        return self.encode(answers, inverted, batch)


class FastLane:
    """ASGI: ``POST /predict`` with a small JSON body goes straight to the ``Service``; all else
    (images, batches, /docs, errors of size) to FastAPI. FastAPI's routing and request objects
    cost ~40 us per request, as much as the model itself; the answers and errors are the same
    bytes either way (tests/deploy/test_serve_app.py compares them)."""

    def __init__(self, app: Any, service: Service, max_bytes: int) -> None:
        self.app = app
        self.service = service
        self.limit = min(INLINE_BYTES, max_bytes) if max_bytes else INLINE_BYTES

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if (scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != "/predict"
                or not self._small_json(scope["headers"])):
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        try:
            status, answer = 200, await self.service.answer_small(body, batch=False)
        except BadInput as e:
            status, answer = e.status, _dumps({"detail": e.message})
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(answer)).encode())]})
        await send({"type": "http.response.body", "body": answer})

    def _small_json(self, headers: list[tuple[bytes, bytes]]) -> bool:
        """A declared length from 1 byte to the lane's limit, and a JSON (or no) content type:
        the same requests FastAPI's route answers on the event loop."""
        length = 0
        for name, value in headers:
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    return False
            elif name == b"transfer-encoding" or (
                    name == b"content-type" and not value.startswith(b"application/json")):
                return False
        return 0 < length <= self.limit


def create_app(model_path: str | Path, metadata: dict[str, Any],
               max_bytes: int = MAX_BYTES, threads: int = 1) -> Any:
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse, Response
    from starlette.concurrency import run_in_threadpool
    from starlette.datastructures import UploadFile

    model = Model(model_path, metadata, threads)
    service = Service(model, metadata)
    title = f"{metadata.get('project', 'netstudio model')} ({metadata.get('variant', '')})"
    app = FastAPI(title=title, version="1",
                  description="Classify images with a network trained in netstudio. Send an "
                  "image file (multipart field 'file') or JSON pixels in 0..1.",
                  **_no_telemetry(FastAPI))
    app.state.model = model

    @app.exception_handler(BadInput)
    async def bad_input(request: Request, exc: BadInput) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

    @app.exception_handler(_TooLarge)
    async def too_large(request: Request, exc: _TooLarge) -> JSONResponse:
        return JSONResponse({"detail": f"the request is too large: at most {_mb(max_bytes)} "
                                       "are accepted."}, status_code=413,
                            headers={"connection": "close"})

    async def receive(request: Request, batch: bool) -> tuple[list[bytes] | bytes, int]:
        """The request's images, undecoded: (the uploaded files, or the JSON body; their
        size in bytes). Decoding waits for the service (in a worker thread when large)."""
        kind = request.headers.get("content-type", "")
        if kind.startswith("multipart/form-data"):
            try:
                form = await request.form(max_files=MAX_BATCH, max_fields=MAX_BATCH)
            except _TooLarge:
                raise
            except Exception as e:  # a malformed multipart body
                raise BadInput(f"the form could not be read ({e}).") from None
            names = ("files", "file") if batch else ("file",)
            uploads = [v for n in names for v in form.getlist(n) if isinstance(v, UploadFile)]
            if not uploads:
                fields = ", ".join(sorted(set(form.keys()))) or "none"
                want = "'files' (one per image)" if batch else "'file'"
                raise BadInput(f"no image in the form: send it in the field {want} "
                               f"(fields received: {fields}).", 422)
            if not batch and len(uploads) > 1:
                raise BadInput("send one image to /predict, or several to /predict/batch.", 422)
            files = [await u.read() for u in uploads]
            return files, sum(len(f) for f in files)
        if kind.startswith("application/json") or not kind:
            body = await request.body()
            if not body:
                raise BadInput("the request is empty: send an image (multipart field 'file') "
                               'or JSON {"pixels": [...]}.')
            return body, len(body)
        raise BadInput(f"unsupported content type {kind.split(';')[0]!r}: send "
                       "multipart/form-data (an image file) or application/json (pixels).", 415)

    async def respond(request: Request, batch: bool) -> Response:
        received, size = await receive(request, batch)
        if isinstance(received, list) or size > INLINE_BYTES:
            # an image (a small PNG can hold 40 million pixels) or a large batch: off the
            # event loop, so the other clients are answered meanwhile
            body = await run_in_threadpool(service.answer, received, batch)
        else:
            body = await service.answer_small(received, batch)
        return Response(body, media_type="application/json")

    image_body = {"requestBody": {"content": {
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "file": {"type": "string", "format": "binary"}}}},
        "application/json": {"schema": {"type": "object", "properties": {
            "pixels": {"type": "array", "items": {"type": "array",
                                                  "items": {"type": "number"}}}}}}}}}
    batch_body = {"requestBody": {"content": {
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
        "application/json": {"schema": {"type": "object", "properties": {
            "images": {"type": "array", "items": {"type": "array"}}}}}}}}

    # the answers are encoded by hand (faster than response models), so /docs gets their shape
    answer_schema = {"type": "object", "properties": {
        "class": {"type": "integer"}, "label": {"type": "string"},
        "probabilities": {"type": "array", "items": {"type": "number"}},
        "model": {"type": "string"}, "variant": {"type": "string"},
        "inverted": {"type": "boolean"}}}
    answers_schema = {"type": "object", "properties": {
        "predictions": {"type": "array", "items": answer_schema},
        "model": {"type": "string"}, "variant": {"type": "string"}}}

    def answer_doc(schema: dict[str, Any]) -> dict[int | str, dict[str, Any]]:
        return {200: {"description": "The answer",
                      "content": {"application/json": {"schema": schema}}}}

    @app.post("/predict", openapi_extra=image_body, response_model=None,
              responses=answer_doc(answer_schema),
              summary="Classify one image (file upload or JSON pixels)")
    async def predict(request: Request) -> Response:
        return await respond(request, batch=False)

    @app.post("/predict/batch", openapi_extra=batch_body, response_model=None,
              responses=answer_doc(answers_schema),
              summary="Classify several images in one request")
    async def predict_batch(request: Request) -> Response:
        return await respond(request, batch=True)

    @app.get("/health", summary="Whether the service is up")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "model": metadata.get("run_id", ""),
                "variant": metadata.get("variant", "")}

    @app.get("/metadata", summary="Input shape, classes, normalisation and accuracy")
    async def get_metadata() -> dict[str, Any]:
        return {**{k: v for k, v in metadata.items()},
                "input": {"shape": [model.channels, model.height, model.width],
                          "range": [0.0, 1.0], "formats": list(IMAGE_FORMATS),
                          "max_request_bytes": max_bytes}}

    limited = BodyLimit(app, max_bytes) if max_bytes else app
    return FastLane(limited, service, max_bytes)


def _no_telemetry(fastapi_class: Any) -> dict[str, Any]:
    """FastAPI >= 0.165 checks for OpenTelemetry on every request (a tenth of a batch-1
    request's time here); this service exports no traces, so the hooks are off. Older
    FastAPI versions (a bundle's requirements allow them) have no such argument."""
    import inspect

    if "telemetry" not in inspect.signature(fastapi_class.__init__).parameters:
        return {}
    return {"telemetry": {"tracing": False, "metrics": False, "logs": False,
                          "operation_spans": False}}


def read_metadata(path: str | Path) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a JSON object")
    return data


def address_problem(host: str, port: int) -> tuple[str, str] | None:
    """Why a server could not listen on ``host``:``port``, or None: ("unresolved" | "in_use" |
    "not_here" | "other", the system's reason), found by binding a socket as uvicorn will, so
    the answer comes in a sentence before anything is announced (uvicorn logs a bind error
    and exits; a host it cannot encode ends in tracebacks)."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as e:
        return "unresolved", str(e)
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        if hasattr(socket, "SO_REUSEADDR"):  # as uvicorn binds: a port in TIME_WAIT is free
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as e:
            kinds = {errno.EADDRINUSE: "in_use", errno.EADDRNOTAVAIL: "not_here"}
            return kinds.get(e.errno or 0, "other"), e.strerror or str(e)
    return None


# what serve.py says of each address_problem (netstudio's own command translates them)
ADDRESS_SENTENCES = {
    "unresolved": "--host {host}: not an address or a known host name; give an address of "
                  "this machine such as 127.0.0.1 (this machine only) or 0.0.0.0 (every "
                  "network).",
    "not_here": "--host {host}: not an address of this machine; give 127.0.0.1 (this machine "
                "only), 0.0.0.0 (every network) or one of this machine's addresses.",
    "in_use": "port {port} on {host} is in use by another program (perhaps a server started "
              "earlier); stop it or choose another port with --port.",
    "other": "the server cannot listen on {host}:{port} ({reason}); choose another --port "
             "(ports below 1024 need administrator rights).",
}


# the kinds that are the caller's mistake (exit 2); the others are the machine's state (exit 1)
ADDRESS_UNUSABLE = frozenset({"unresolved", "not_here"})


class AddressError(ValueError):
    """serve.py cannot listen where it was told; ``status``: its exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


SPEC_ENV = "NETSTUDIO_SERVE_SPEC"  # what each worker process serves (run_server, workers > 1)


def run_server(model_path: str | Path, metadata: dict[str, Any], host: str = "127.0.0.1",
               port: int = 8000, max_bytes: int = MAX_BYTES, threads: int = 1,
               workers: int = 1, log_level: str = "warning",
               before_listening: Callable[[], None] | None = None) -> bool:
    """Serve until Ctrl-C or SIGTERM; True if the service started. The model is loaded (and
    ``Unservable`` raised) before anything listens. ``workers`` > 1: that many processes share
    the port, each with its own session (uvicorn's supervisor restarts one that dies): a Python
    process answers HTTP on one core, so one worker per core serves the most requests."""
    import uvicorn

    app = create_app(model_path, metadata, max_bytes, threads)
    if before_listening is not None:
        before_listening()
    settings: dict[str, Any] = {"host": host, "port": port, "log_level": log_level,
                                "access_log": False}
    if workers <= 1:
        server = uvicorn.Server(uvicorn.Config(app, **settings))
        server.run()
        return bool(server.started)
    del app
    from uvicorn.supervisors import Multiprocess

    os.environ[SPEC_ENV] = json.dumps({"model": str(model_path), "metadata": metadata,
                                       "max_bytes": max_bytes, "threads": threads})
    # this module by the name its workers can import: netstudio's, or serve.py in a bundle
    module = __spec__.name if __spec__ is not None else Path(__file__).stem
    config = uvicorn.Config(f"{module}:app_from_environment", factory=True, workers=workers,
                            **settings)
    Multiprocess(config, sockets=[config.bind_socket()]).run()
    return True


def app_from_environment() -> Any:
    """The app of one worker process of ``run_server`` (uvicorn calls it in each worker)."""
    spec = json.loads(os.environ[SPEC_ENV])
    return create_app(spec["model"], spec["metadata"], spec["max_bytes"], spec["threads"])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Serve the model in this folder over HTTP.")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; "
                   "0.0.0.0 for every network)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--model", default=str(HERE / "model.onnx"))
    p.add_argument("--metadata", default=str(HERE / "metadata.json"))
    p.add_argument("--max-mb", type=float, default=MAX_BYTES / 1024 / 1024,
                   help="largest request accepted, in MB (default 10)")
    p.add_argument("--threads", type=int, default=1,
                   help="onnxruntime threads per request (default 1; more for big batches)")
    p.add_argument("--workers", type=int, default=1,
                   help="processes answering requests (default 1; one per CPU core serves "
                   "the most requests per second)")
    args = p.parse_args(argv)
    if not 1 <= args.port <= 65535:
        p.error("--port must be a whole number from 1 to 65535")
    if not math.isfinite(args.max_mb) or args.max_mb <= 0:
        p.error("--max-mb must be a positive number")
    if not 1 <= args.threads <= 64:
        p.error("--threads must be a whole number from 1 to 64")
    if not 1 <= args.workers <= 64:
        p.error("--workers must be a whole number from 1 to 64")

    def check_address() -> None:  # the model is loaded: a damaged one was refused first
        problem = address_problem(args.host, args.port)
        if problem is not None:
            kind, reason = problem
            sentence = ADDRESS_SENTENCES[kind].format(host=args.host, port=args.port,
                                                      reason=reason)
            raise AddressError(sentence, 2 if kind in ADDRESS_UNUSABLE else 1)

    try:
        metadata = read_metadata(args.metadata)
        started = run_server(args.model, metadata, args.host, args.port,
                             int(args.max_mb * 1024 * 1024), args.threads, args.workers,
                             log_level="info", before_listening=check_address)
    except AddressError as e:
        p.exit(e.status, f"serve.py: {e}\n")
    except (OSError, ValueError) as e:  # a missing or damaged model.onnx / metadata.json
        p.exit(2, f"serve.py: {e}\n")
    return 0 if started else 1


if __name__ == "__main__":
    raise SystemExit(main())
