"""Which convolutions pay off in int8 on this CPU: one Conv + activation, float against int8.

    python bench/bench_int8_layers.py [--rounds 9]

For each shape (input channels, output channels, kernel, image size) and activation (Tanh,
ReLU), builds a one-layer ONNX model, quantizes it the way netstudio does (onnxruntime static
QDQ, per-channel int8 weights, uint8 activations), and times both in onnxruntime on one
thread: CPU time of the calling thread, median of ``--rounds`` interleaved rounds, at batch 1
and batch 64. The int8 model pays for converting its input to int8 and its output back, as
an int8 layer between two float layers does. Prints int8 time / float time (below 1: int8
is faster). quantize.MIN_INT8_CONV_CHANNELS comes from this table.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHAPES = [(1, 6, 5, 28), (1, 32, 5, 28), (3, 16, 3, 32), (6, 16, 5, 14), (8, 16, 3, 14),
          (16, 16, 3, 14), (16, 32, 3, 14), (32, 64, 5, 12)]


def conv_model(cin: int, cout: int, k: int, hw: int, act: str, seed: int = 0):
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(seed)
    w = numpy_helper.from_array(rng.normal(0, 0.2, (cout, cin, k, k)).astype(np.float32), "w")
    b = numpy_helper.from_array(np.zeros(cout, np.float32), "b")
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["c"], pads=[k // 2] * 4, name="conv"),
             helper.make_node(act, ["c"], ["output"], name="act")]
    graph = helper.make_graph(
        nodes, "layer", [helper.make_tensor_value_info("input", TensorProto.FLOAT,
                                                       ["n", cin, hw, hw])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, None)], [w, b])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def main() -> int:
    import onnx
    from onnxruntime.quantization import (
        CalibrationDataReader,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    from netstudio.core.deploy.measure import onnx_session

    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=9)
    args = p.parse_args()

    class Reader(CalibrationDataReader):
        def __init__(self, x: np.ndarray) -> None:
            self.batches = iter([x])

        def get_next(self):
            x = next(self.batches, None)
            return None if x is None else {"input": x}

    def cpu_per_call(session, x: np.ndarray, n: int) -> float:
        start = time.thread_time()
        for _ in range(n):
            session.run(None, {"input": x})
        return (time.thread_time() - start) / n

    print(f"load average {os.getloadavg()[0]:.1f}; int8 time / float time, CPU time, "
          f"median of {args.rounds} rounds\n")
    print("| activation | in ch | out ch | kernel | image | float b1 | int8/float b1 | "
          "float b64 | int8/float b64 |")
    print("|---|---|---|---|---|---|---|---|---|")
    tmp = Path(tempfile.mkdtemp(prefix="netstudio-int8-layers-"))
    rng = np.random.default_rng(1)
    for act in ("Tanh", "Relu"):
        for cin, cout, k, hw in SHAPES:
            f, q = tmp / "float.onnx", tmp / "int8.onnx"
            onnx.save(conv_model(cin, cout, k, hw, act), f)
            x = rng.random((64, cin, hw, hw), dtype=np.float32)
            with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
                quantize_static(str(f), str(q), Reader(x), quant_format=QuantFormat.QDQ,
                                per_channel=True, activation_type=QuantType.QUInt8,
                                weight_type=QuantType.QInt8)
            sessions = {"f": onnx_session(f), "q": onnx_session(q)}
            times: dict[str, tuple[list[float], list[float]]] = {"f": ([], []), "q": ([], [])}
            for s in sessions.values():
                cpu_per_call(s, x[:1], 20), cpu_per_call(s, x, 2)  # warm-up
            for _ in range(args.rounds):
                for key, s in sessions.items():
                    times[key][0].append(cpu_per_call(s, x[:1], 100))
                    times[key][1].append(cpu_per_call(s, x, 5))
            med = {key: (statistics.median(a), statistics.median(b)) for key, (a, b) in
                   times.items()}
            print(f"| {act} | {cin} | {cout} | {k}x{k} | {hw}x{hw} | "
                  f"{med['f'][0] * 1e6:.0f} us | {med['q'][0] / med['f'][0]:.2f}x | "
                  f"{med['f'][1] * 1e6:.0f} us | {med['q'][1] / med['f'][1]:.2f}x |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
