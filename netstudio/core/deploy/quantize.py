"""int8 post-training quantization of an exported ONNX model with ONNX Runtime.

``method="auto"`` (the default) quantizes only the layers that pay off on a CPU
(``plan_layers``), measured with onnxruntime's profiler on this project's networks
(docs/benchmarks.md, "Deploy"):

- a convolution with few input channels (a first layer on grey or RGB images) stays in float:
  onnxruntime runs it with a direct float kernel, while its int8 kernel unrolls the image into
  a matrix whose rows are only 25 values long and is 2-4x slower (both sample networks);
- the other convolutions and all the Linear layers are quantized statically (QDQ,
  per-channel int8 weights, uint8 activations calibrated on training images), and so are the
  ReLU, max-pool and reshape steps between them, so the data stays in int8 from one layer to
  the next;
- with no such convolution (LeNet-5, Linear-only networks), the Linear layers are quantized
  dynamically: one fused node per layer, where static quantization would put a
  quantize/dequantize pair around every layer (Tanh and Sigmoid have no int8 kernel) and
  those pairs cost more than the int8 arithmetic saves;
- recurrent networks are quantized dynamically throughout (LSTM/GRU have no static kernels).

``method="static"`` or ``"dynamic"`` quantizes every layer that method can (for comparison).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg
from netstudio.core.files import atomic_path
from netstudio.core.text import message_of

RECURRENT_TYPES = ("LSTM", "GRU", "RNN")
CONV_TYPES = ("Conv2d", "Conv1d", "ConvTranspose2d")
METHODS = ("auto", "static", "dynamic")
# Below this many input channels (per group) an int8 convolution is slower than float on CPU
# (bench/bench_int8_layers.py: 2-4x slower with 1 or 3, even with 6-8, faster from 16).
MIN_INT8_CONV_CHANNELS = 16
COMPUTE_OPS = ("Conv", "Gemm", "MatMul")
DYNAMIC_ONLY_OPS = ("LSTM",)  # onnxruntime quantizes it dynamically only
# Steps that run on int8 data as they are: between two quantized layers they keep it in int8.
# Activations that never decrease: a max-pool gives the same values before or after them
# (LeakyRelu only with a slope >= 0).
MONOTONIC_ACTIVATIONS = ("Relu", "Clip", "Tanh", "Sigmoid", "LeakyRelu", "HardSigmoid",
                         "Softplus")
INT8_STEPS = ("Relu", "Clip", "MaxPool", "AveragePool", "GlobalAveragePool", "Reshape",
              "Flatten", "Transpose", "Squeeze", "Unsqueeze", "Add", "Concat")


@dataclass(frozen=True)
class Plan:
    """What ``quantize_int8`` does to each weighted layer (ONNX node names)."""

    method: str  # "static" or "dynamic": how the int8 layers are quantized
    int8: tuple[str, ...]  # weighted layers in int8
    float: tuple[str, ...] = ()  # weighted layers kept in float (see the module's notes)
    steps: tuple[str, ...] = ()  # static: the int8 steps quantized along with them
    labels: dict[str, str] = field(default_factory=dict)  # node name -> the project's layer

    def names(self, nodes: Iterable[str]) -> list[str]:
        return [self.labels.get(n, n) for n in nodes]


@dataclass(frozen=True)
class Quantized:
    path: Path
    plan: Plan

    def settings(self, calibration_images: int) -> dict[str, Any]:
        """What the variant records about its quantization."""
        return {"method": self.plan.method,
                "calibration_images": calibration_images if self.plan.method == "static" else 0,
                "int8_layers": self.plan.names(self.plan.int8),
                "float_layers": self.plan.names(self.plan.float)}


def choose_method(project: Any) -> str:
    """"dynamic" for recurrent networks, else "auto" (``plan_layers`` decides per layer)."""
    types = {n.type for n in project.graph.nodes.values()}
    return "dynamic" if types & set(RECURRENT_TYPES) else "auto"


def quantize_int8(onnx_in: Path, onnx_out: Path, calibration: np.ndarray,
                  method: str = "auto") -> Quantized:
    """Write the int8 model to ``onnx_out``. Raises DeployError when ONNX Runtime cannot."""
    try:
        import onnx
        from onnxruntime.quantization import (
            QuantFormat,
            QuantType,
            quantize_dynamic,
            quantize_static,
        )
    except ImportError as e:
        raise DeployError(msg.INT_QUANTIZATION_NEEDS_ONNXRUNTIME(error=message_of(e)), unusable=True) from None
    if method not in METHODS:
        raise DeployError(msg.UNKNOWN_QUANTIZATION_METHOD_STATIC(method=method), unusable=True)

    with tempfile.TemporaryDirectory(prefix="netstudio-quant-") as tmp:
        prepared = _pre_process(Path(onnx_in), Path(tmp) / "prepared.onnx")
        out_tmp = Path(tmp) / "int8.onnx"
        try:
            model = onnx.load(str(prepared))
            plan = replace(plan_layers(model, method), labels=layer_labels(onnx.load(str(onnx_in))))
            if plan.float and plan.method == "static" and pool_before_activation(model, plan.float):
                prepared = Path(tmp) / "reordered.onnx"
                onnx.save(model, str(prepared))
            if plan.method == "static":
                quantize_static(str(prepared), str(out_tmp), _reader(calibration),
                                quant_format=QuantFormat.QDQ, per_channel=True,
                                activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                                nodes_to_quantize=list(plan.int8 + plan.steps)
                                if method == "auto" else None)
            else:
                quantize_dynamic(str(prepared), str(out_tmp), weight_type=QuantType.QInt8,
                                 op_types_to_quantize=["MatMul"] if method == "auto" else None)
        except DeployError:
            raise
        except Exception as e:
            raise DeployError(msg.ONNX_RUNTIME_COULD_QUANTIZE(error=type(e).__name__,
                                                              value=str(e).splitlines()[0] if str(e) else '')
                              ) from None
        with atomic_path(Path(onnx_out)) as target:
            shutil.copyfile(out_tmp, target)
    return Quantized(Path(onnx_out), plan)


def plan_layers(model: Any, method: str = "auto") -> Plan:
    """Which weighted layers of ``model`` (an onnx.ModelProto) go to int8, and how."""
    weights = {t.name: tuple(t.dims) for t in model.graph.initializer}
    ops = COMPUTE_OPS + (DYNAMIC_ONLY_OPS if method == "dynamic" else ())
    weighted = [n for n in model.graph.node
                if n.op_type in ops and len(n.input) > 1 and n.input[1] in weights]
    if method != "auto":
        return Plan(method, tuple(n.name for n in weighted))

    def wide(node: Any) -> bool:
        dims = weights[node.input[1]]
        return node.op_type != "Conv" or (len(dims) > 1 and dims[1] >= MIN_INT8_CONV_CHANNELS)

    narrow = tuple(n.name for n in weighted if not wide(n))
    convs = [n for n in weighted if n.op_type == "Conv" and wide(n)]
    if not convs:  # nothing to chain: Linear layers one fused dynamic node each
        dense = tuple(n.name for n in weighted if n.op_type != "Conv")
        if dense:
            return Plan("dynamic", dense, narrow)
        everything = tuple(n.name for n in weighted)  # only narrow convs: int8 all the same
        return Plan("static", everything, (), _int8_steps(model, set(everything)))
    chosen = {n.name for n in weighted if wide(n)}
    return Plan("static", tuple(n.name for n in weighted if n.name in chosen), narrow,
                _int8_steps(model, chosen))


def _int8_steps(model: Any, chosen: set[str]) -> tuple[str, ...]:
    """The int8 steps fed, directly or through other such steps, by a quantized layer."""
    producer = {out: n for n in model.graph.node for out in n.output}
    steps: set[str] = set()
    for node in model.graph.node:  # onnx keeps nodes in topological order
        if node.op_type not in INT8_STEPS:
            continue
        sources = [producer[i] for i in node.input if i in producer]
        if any(s.name in chosen or s.name in steps for s in sources):
            steps.add(node.name)
    return tuple(n.name for n in model.graph.node if n.name in steps)


def pool_before_activation(model: Any, layers: Iterable[str]) -> bool:
    """Swap activation -> MaxPool after each of ``layers`` (float layers) into MaxPool ->
    activation: the same values, as the activations here never decrease (max(f(x)) =
    f(max(x))), and 4x fewer to compute. Why: the int8 layer after them quantizes its input,
    and onnxruntime moves that step up through a MaxPool but not through an activation; above
    the MaxPool the pooling would run in int8 in the NCHW layout, 40x slower than in float
    (5 ms instead of 0.1 ms for 64 images in the tutorial CNN). Returns whether anything
    changed."""
    graph = model.graph
    consumers: dict[str, list[Any]] = {}
    for n in graph.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    outputs = {o.name for o in graph.output}
    swapped = []
    for layer in (n for n in graph.node if n.name in set(layers)):
        act = _only(consumers.get(layer.output[0], []), MONOTONIC_ACTIVATIONS)
        pool = _only(consumers.get(act.output[0], []), ("MaxPool",)) if act else None
        if (pool is None or len(pool.output) != 1 or act.output[0] in outputs
                or any(a.name == "alpha" and a.f < 0 for a in act.attribute)):
            continue
        between, after = act.output[0], pool.output[0]
        pool.input[0], pool.output[0] = layer.output[0], between
        act.input[0], act.output[0] = between, after
        swapped.append((act.name, pool.name))
        stale = [v for v in graph.value_info if v.name == between]  # now the pooled shape
        for v in stale:
            graph.value_info.remove(v)
    if not swapped:
        return False
    order = [n.name for n in graph.node]
    for act_name, pool_name in swapped:  # the pool now runs where the activation did
        order.remove(pool_name)
        order.insert(order.index(act_name), pool_name)
    by_name = {n.name: onnx_copy(n) for n in graph.node}
    del graph.node[:]
    graph.node.extend(by_name[name] for name in order)
    return True


def onnx_copy(message: Any) -> Any:
    copy = type(message)()
    copy.CopyFrom(message)
    return copy


def _only(nodes: list[Any], op_types: tuple[str, ...]) -> Any:
    return nodes[0] if len(nodes) == 1 and nodes[0].op_type in op_types else None


def layer_labels(model: Any) -> dict[str, str]:
    """ONNX node name -> the project's layer id, from the torch exporter's name scopes
    (``net.layers.conv1`` -> ``conv1``); a node without them (a convolution the exporter
    merged with its batch norm) keeps its ONNX name."""
    import ast

    labels = {}
    for node in model.graph.node:
        for prop in node.metadata_props:
            if prop.key != "pkg.torch.onnx.name_scopes":
                continue
            with contextlib.suppress(ValueError, SyntaxError):
                scopes = ast.literal_eval(prop.value)
                layers = [s.removeprefix("net.") for s in scopes if isinstance(s, str)
                          and s.removeprefix("net.").startswith("layers.")]
                if layers:
                    labels[node.name] = layers[-1].removeprefix("layers.")
    return labels


def _reader(images: np.ndarray, name: str = "input") -> Any:
    """Calibration batches of 32 images for ``quantize_static``."""
    from onnxruntime.quantization import CalibrationDataReader

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.batches = iter(images[i:i + 32] for i in range(0, len(images), 32))

        def get_next(self) -> dict[str, np.ndarray] | None:
            batch = next(self.batches, None)
            return None if batch is None else {name: batch}

    return Reader()


def _pre_process(src: Path, dst: Path) -> Path:
    """Shape inference and graph clean-up before quantization, as ORT recommends; a model it
    cannot pre-process is quantized as exported."""
    from onnxruntime.quantization.shape_inference import quant_pre_process

    try:
        with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
            quant_pre_process(str(src), str(dst))
    except Exception:
        return src
    return dst
