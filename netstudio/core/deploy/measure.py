"""Speed and size of a model on this machine's CPU, measured in this process.

Latency: one image per call (batch 1), throughput: images per second at batch 64; each is
the median of several timed repetitions after a warm-up. Both runtimes use one thread, which
runs in the calling thread, and the time taken is that thread's CPU time: what the model
costs one core, the same whether the machine is quiet or busy (wall-clock time on a busy,
shared CPU mostly measures waiting for a turn; on a quiet machine the two agree).
onnxruntime for every variant; torch too where the variant is a torch network (the original
and the pruned ones; int8 runs in onnxruntime only).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from netstudio.core.text import Text

BATCH = 64
SAME_SPEED = 0.05  # ratios within 5% of 1 are "about as fast" (repeated runs differ that much)


@dataclass(frozen=True)
class Speed:
    latency_ms_batch1: float
    images_per_second_batch64: float


def time_calls(call: Callable[[], Any], repeats: int = 7, number: int = 10,
               warmup: int = 3, clock: Callable[[], float] = time.thread_time) -> float:
    """Median seconds per call over ``repeats`` timings of ``number`` calls each (by default
    CPU seconds of this thread: ``call`` must do its work in the calling thread)."""
    for _ in range(warmup):
        call()
    times = []
    for _ in range(repeats):
        start = clock()
        for _ in range(number):
            call()
        times.append((clock() - start) / number)
    return statistics.median(times)


def onnx_session(path: Any, threads: int | None = 1) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    if threads:
        options.intra_op_num_threads = threads
    options.log_severity_level = 3  # no warnings on stderr for every session
    # idle onnxruntime threads otherwise spin for a while after each call, taking the CPU
    # from whatever is measured next (torch) on a machine with few cores
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def onnx_speed(session: Any, sample: np.ndarray, quick: bool = False) -> Speed:
    name = session.get_inputs()[0].name
    one, batch = sample[:1], _batch(sample)
    repeats, number = (3, 3) if quick else (7, 20)
    latency = time_calls(lambda: session.run(None, {name: one}), repeats, number)
    per_batch = time_calls(lambda: session.run(None, {name: batch}), repeats,
                           max(1, number // 5))
    return Speed(latency * 1000.0, BATCH / per_batch)


def torch_speed(net: Any, sample: np.ndarray, quick: bool = False) -> Speed:
    import torch

    one, batch = torch.from_numpy(sample[:1]), torch.from_numpy(_batch(sample))
    repeats, number = (3, 3) if quick else (7, 20)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with torch.inference_mode():
            latency = time_calls(lambda: net(one), repeats, number)
            per_batch = time_calls(lambda: net(batch), repeats, max(1, number // 5))
    finally:
        torch.set_num_threads(threads)
    return Speed(latency * 1000.0, BATCH / per_batch)


def int8_speed_note(row: dict[str, Any], base: dict[str, Any]) -> Text | None:
    """What the variants table says about an int8 row (a ``VariantRecord.row``) against the
    float original's row: slower, about as fast (and why), or nothing when it is faster."""
    from netstudio.core.deploy import messages as msg

    if not str(row.get("kind", "")).startswith("int8") or not base.get("latency_ms_batch1") \
            or not row.get("images_per_second_batch64"):
        return None
    latency = row["latency_ms_batch1"] / base["latency_ms_batch1"]
    throughput = row["images_per_second_batch64"] / base["images_per_second_batch64"]
    figures = {"name": row["name"], "latency": f"{latency:.2f}",
               "throughput": f"{throughput:.2f}"}
    if latency > 1 + SAME_SPEED or throughput < 1 - SAME_SPEED:
        return msg.INT8_SLOWER(**figures)
    float_layers = (row.get("settings") or {}).get("float_layers") or []
    if latency > 1 - SAME_SPEED and throughput < 1 + SAME_SPEED and float_layers:
        return msg.INT8_AS_FAST(**figures, layers=", ".join(map(str, float_layers)))
    return None


def _batch(sample: np.ndarray) -> np.ndarray:
    reps = -(-BATCH // len(sample))
    return np.ascontiguousarray(np.concatenate([sample] * reps)[:BATCH])
