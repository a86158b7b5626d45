"""One converter per ONNX operator: ``convert(builder, node)`` adds the netstudio node(s).

Converters read constants (weights) with ``b.const``, shapes with ``b.shape_of`` and add
layers with ``b.add``; what they cannot express exactly they refuse (``b.refuse``), naming the
operator. Params go through the same default-dropping as the torch importer.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from netstudio.core.importers import reasons as R
from netstudio.core.importers.from_onnx import numel, per_sample_axis
from netstudio.core.importers.torch_map import NoLayer, _params

SHAPE_OPS = {"Shape", "Size"}  # their results describe tensors; they are not part of the net


def convert(b: Any, n: Any) -> None:
    if n.op_type in SHAPE_OPS:
        return
    handler = OPS.get(n.op_type)
    if handler is None:
        b.refuse(n, R.ONNX_NO_LAYER)
    try:
        handler(b, n)
    except NoLayer as e:
        b.refuse(n, e.reason)


def _data(b: Any, n: Any, i: int = 0) -> str:
    name = n.input[i] if len(n.input) > i else ""
    if name not in b.value_node:
        b.refuse(n, R.INPUT_NOT_COMPUTED(number=i + 1))
    return name


def _single_output(b: Any, n: Any) -> None:
    if len(n.output) > 1 and any(b.users.get(o) for o in n.output[1:]):
        b.refuse(n, R.SECOND_OUTPUT_USED)


def _symmetric(b: Any, n: Any, pads: list[int], nd: int) -> list[int]:
    begin, end = list(pads[:nd]), list(pads[nd:])
    if begin != end:
        b.refuse(n, R.UNEVEN_PADDING(pads=pads))
    return begin


def _spatial(a: dict, key: str, nd: int, default: int) -> list[int]:
    return list(a.get(key) or [default] * nd)


def _conv(b: Any, n: Any) -> None:
    a = b.attrs(n)
    x = _data(b, n)
    w = b.const(n.input[1])
    bias = b.const(n.input[2]) if len(n.input) > 2 and n.input[2] else None
    if w is None or (len(n.input) > 2 and n.input[2] and bias is None):
        b.refuse(n, R.COMPUTED_WEIGHTS)
    nd = w.ndim - 2
    transposed = n.op_type == "ConvTranspose"
    if nd not in (1, 2) or (transposed and nd != 2):
        b.refuse(n, R.ONLY_2D_TRANSPOSED if transposed else R.ONLY_1D_2D)
    kernel = list(a.get("kernel_shape") or w.shape[2:])
    stride, dilation = _spatial(a, "strides", nd, 1), _spatial(a, "dilations", nd, 1)
    group = int(a.get("group", 1))
    auto = a.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else str(auto)
    values: dict[str, Any] = {"kernel_size": kernel, "stride": stride, "dilation": dilation,
                              "groups": group, "bias": bias is not None}
    if auto in ("SAME_UPPER", "SAME_LOWER") and not transposed:
        if any(s != 1 for s in stride) or (auto == "SAME_LOWER" and any(k % 2 == 0
                                                                        for k in kernel)):
            b.refuse(n, R.AUTO_PAD_STRIDES(auto=auto))
        values["padding"] = "same"
    elif auto == "VALID":
        values["padding"] = 0
    else:
        values["padding"] = _symmetric(b, n, list(a.get("pads") or [0] * 2 * nd), nd)
    if transposed:
        if a.get("output_shape"):
            b.refuse(n, R.OUTPUT_SHAPE_SET)
        values["out_channels"] = int(w.shape[1]) * group
        values["output_padding"] = _spatial(a, "output_padding", nd, 0)
        layer = "ConvTranspose2d"
    else:
        values["out_channels"] = int(w.shape[0])
        layer = f"Conv{nd}d"
    weights = {"weight": w} | ({"bias": bias} if bias is not None else {})
    b.add(n, layer, _params(layer, values), [x], weights)


def _gemm(b: Any, n: Any) -> None:
    a = b.attrs(n)
    x = _data(b, n)
    w = b.const(n.input[1])
    c = b.const(n.input[2]) if len(n.input) > 2 and n.input[2] else None
    if w is None or (len(n.input) > 2 and n.input[2] and c is None):
        b.refuse(n, R.COMPUTED_WEIGHTS)
    if a.get("transA", 0) or a.get("alpha", 1.0) != 1.0 or a.get("beta", 1.0) != 1.0:
        b.refuse(n, R.GEMM_OPTIONS)
    weight = w if a.get("transB", 0) else w.T
    out = int(weight.shape[0])
    if c is not None and c.size != out:
        b.refuse(n, R.BIAS_SIZE(size=c.size, outputs=out))
    weights = {"weight": weight} | ({"bias": c.reshape(out)} if c is not None else {})
    b.add(n, "Linear", _params("Linear", {"out_features": out, "bias": c is not None}), [x],
          weights)


def _matmul(b: Any, n: Any) -> None:
    w = b.const(n.input[1])
    if w is None:
        if n.input[1] in b.value_node:
            _function(b, n, "torch.matmul", [{"input": 0}, {"input": 1}],
                      [n.input[0], n.input[1]])
            return
        b.refuse(n, R.SECOND_INPUT_UNKNOWN)
    if w.ndim != 2:
        b.refuse(n, R.MATRIX_STACK)
    x = _data(b, n)
    b.add(n, "Linear", _params("Linear", {"out_features": int(w.shape[1]), "bias": False}),
          [x], {"weight": w.T})


def _batchnorm(b: Any, n: Any) -> None:
    a = b.attrs(n)
    x = _data(b, n)
    if a.get("training_mode", 0):
        b.refuse(n, R.TRAINING_MODE)
    scale, bias, mean, var = (b.const(i) for i in n.input[1:5])
    if any(v is None for v in (scale, bias, mean, var)):
        b.refuse(n, R.COMPUTED_STATISTICS)
    _single_output(b, n)
    rank = len(b.shape_of(x))
    layer = "BatchNorm2d" if rank == 4 else "BatchNorm1d" if rank in (2, 3) else None
    if layer is None:
        b.refuse(n, R.NORM_RANK(rank=rank))
    momentum = round(1.0 - float(a.get("momentum", 0.9)), 6)
    weights = {"weight": scale, "bias": bias, "running_mean": mean, "running_var": var,
               "num_batches_tracked": np.array(0, dtype=np.int64)}
    params = _params(layer, {"eps": float(a.get("epsilon", 1e-5)), "momentum": momentum})
    b.add(n, layer, params, [x], weights)


def _activation(layer: str, **fixed: Any):  # noqa: ANN202
    def convert(b: Any, n: Any) -> None:
        a = b.attrs(n)
        values = {k: a.get(onnx_name, default) for k, (onnx_name, default) in fixed.items()}
        if layer == "GELU":
            approx = values.get("approximate", "none")
            values["approximate"] = approx.decode() if isinstance(approx, bytes) else approx
        b.add(n, layer, _params(layer, values), [_data(b, n)])
    return convert


def _hardsigmoid(b: Any, n: Any) -> None:
    a = b.attrs(n)
    if abs(a.get("alpha", 0.2) - 1 / 6) > 1e-6 or abs(a.get("beta", 0.5) - 0.5) > 1e-6:
        b.refuse(n, R.HARDSIGMOID)
    b.add(n, "Hardsigmoid", {}, [_data(b, n)])


def _softmax(layer: str):  # noqa: ANN202
    def convert(b: Any, n: Any) -> None:
        x = _data(b, n)
        rank = len(b.shape_of(x))
        opset = next((o.version for o in b.model.opset_import if o.domain in ("", "ai.onnx")),
                     13)
        axis = int(b.attrs(n).get("axis", -1 if opset >= 13 else 1))
        if opset < 13 and axis % rank != rank - 1:
            b.refuse(n, R.OLD_SOFTMAX)
        if axis % rank == 0:
            b.refuse(n, R.NORMALISES_BATCH)
        b.add(n, layer, {"dim": axis} if axis != -1 else {}, [x])
    return convert


def _clip(b: Any, n: Any) -> None:
    a = b.attrs(n)
    lo = a.get("min", b.const(n.input[1]) if len(n.input) > 1 and n.input[1] else None)
    hi = a.get("max", b.const(n.input[2]) if len(n.input) > 2 and n.input[2] else None)
    lo = None if lo is None else float(np.asarray(lo))
    hi = None if hi is None or np.isinf(float(np.asarray(hi))) else float(np.asarray(hi))
    if lo == 0.0 and hi == 6.0:
        b.add(n, "ReLU6", {}, [_data(b, n)])
    elif lo == 0.0 and hi is None:
        b.add(n, "ReLU", {}, [_data(b, n)])
    else:
        kwargs = {k: v for k, v in (("min", lo), ("max", hi)) if v is not None}
        _function(b, n, "torch.clamp", [{"input": 0}], [n.input[0]], kwargs=kwargs)


def _pool(b: Any, n: Any) -> None:
    a = b.attrs(n)
    x = _data(b, n)
    _single_output(b, n)
    nd = len(b.shape_of(x)) - 2
    if nd not in (1, 2) or (n.op_type == "AveragePool" and nd != 2):
        b.refuse(n, R.POOL_RANK)
    auto = a.get("auto_pad", b"NOTSET")
    if (auto.decode() if isinstance(auto, bytes) else str(auto)) not in ("NOTSET", "VALID"):
        b.refuse(n, R.AUTO_PAD_SAME)
    kernel = list(a["kernel_shape"])
    values: dict[str, Any] = {"kernel_size": kernel, "stride": _spatial(a, "strides", nd, 1),
                              "padding": _symmetric(b, n, list(a.get("pads") or [0] * 2 * nd),
                                                    nd),
                              "ceil_mode": bool(a.get("ceil_mode", 0))}
    if n.op_type == "MaxPool":
        values["dilation"] = _spatial(a, "dilations", nd, 1)
        layer = f"MaxPool{nd}d"
    else:
        values["count_include_pad"] = bool(a.get("count_include_pad", 0))
        layer = "AvgPool2d"
    b.add(n, layer, _params(layer, values), [x])


def _global_pool(layer: str):  # noqa: ANN202
    def convert(b: Any, n: Any) -> None:
        x = _data(b, n)
        if len(b.shape_of(x)) != 4:
            b.refuse(n, R.POOL_2D)
        b.add(n, layer, {"output_size": 1}, [x])
    return convert


def _reshape(b: Any, n: Any) -> None:
    x = _data(b, n)
    before, after = b.shape_of(x), b.shape_of(n.output[0])
    if after[:1] != before[:1] or (b.batch == 1 and len(after) == 0):
        b.refuse(n, R.RESHAPES_BATCH)
    if n.op_type == "Flatten" and int(b.attrs(n).get("axis", 1)) == 1 or (
            len(after) == 2 and after[1] == numel(before[1:])):
        b.add(n, "Flatten", {}, [x])
    else:
        b.add(n, "Reshape", {"shape": list(after[1:])}, [x])


def _binary(b: Any, n: Any) -> None:
    left, right = n.input[0], n.input[1]
    fn = {"Add": "torch.add", "Sub": "torch.sub", "Mul": "torch.mul", "Div": "torch.div",
          "Pow": "torch.pow"}[n.op_type]
    if left in b.value_node and right in b.value_node:
        sl, sr = b.shape_of(left), b.shape_of(right)
        if n.op_type == "Add" and sl == sr:
            b.add(n, "Add", {}, [left, right])
            return
        if n.op_type == "Mul" and len(sl) == len(sr) and all(
                p == q or 1 in (p, q) for p, q in zip(sl[1:], sr[1:], strict=True)) and \
                sl[0] == sr[0]:
            b.add(n, "Multiply", {}, [left, right])
            return
        _function(b, n, fn, [{"input": 0}, {"input": 1}], [left, right])
        return
    const_first = left not in b.value_node
    value = b.const(left if const_first else right)
    data = right if const_first else left
    if value is None or data not in b.value_node:
        b.refuse(n, R.INPUT_UNKNOWN)
    if n.op_type == "Add" and not const_first and _fold_bias(b, n, data, value):
        return
    stored = {"tensor": "t0"}
    args = [stored, {"input": 0}] if const_first else [{"input": 0}, stored]
    _function(b, n, fn, args, [data], tensors={"t0": value})


def _fold_bias(b: Any, n: Any, data: str, value: Any) -> bool:
    """MatMul + Add(bias) is one Linear layer."""
    node_id = b.value_node[data]
    node = next(x for x in b.nodes if x.id == node_id)
    w = b.weights.get(node_id, {})
    if (node.type != "Linear" or node.params.get("bias", True) or b.users.get(data, 0) != 1
            or value.size != w["weight"].shape[0]):
        return False
    import torch

    node.params = {k: v for k, v in node.params.items() if k != "bias"}
    w["bias"] = torch.from_numpy(value.reshape(-1).copy())
    b.alias(n, data)
    return True


def _concat(b: Any, n: Any) -> None:
    if not all(i in b.value_node for i in n.input):
        b.refuse(n, R.JOINS_STORED)
    rank = len(b.shape_of(n.input[0]))
    dim = per_sample_axis(int(b.attrs(n)["axis"]), rank)
    if dim is None:
        b.refuse(n, R.JOINS_BATCH)
    b.add(n, "Concat", {"dim": dim} if dim else {}, list(n.input))


def _dropout(b: Any, n: Any) -> None:
    _single_output(b, n)
    ratio = b.attrs(n).get("ratio")
    if ratio is None and len(n.input) > 1 and n.input[1]:
        ratio = b.const(n.input[1])
    p = 0.5 if ratio is None else float(np.asarray(ratio))
    b.add(n, "Dropout", _params("Dropout", {"p": p}), [_data(b, n)])


def _identity(b: Any, n: Any) -> None:
    b.alias(n, _data(b, n))


def _cast(b: Any, n: Any) -> None:
    if int(b.attrs(n).get("to", 1)) != 1:  # 1 = float32
        b.refuse(n, R.CONVERTS_TYPE)
    _identity(b, n)


def _transpose(b: Any, n: Any) -> None:
    perm = list(b.attrs(n).get("perm") or [])
    if not perm or perm[0] != 0:
        b.refuse(n, R.MOVES_BATCH)
    _function(b, n, "torch.permute", [{"input": 0}, {"tuple": perm}], [n.input[0]])


def _reduce(fn: str):  # noqa: ANN202
    def convert(b: Any, n: Any) -> None:
        a = b.attrs(n)
        x = _data(b, n)
        rank = len(b.shape_of(x))
        axes = a.get("axes")
        if axes is None and len(n.input) > 1 and n.input[1]:
            axes = b.const(n.input[1])
        if axes is None:
            b.refuse(n, R.REDUCES_ALL)
        axes = sorted(int(v) % rank for v in np.asarray(axes).reshape(-1))
        keep = bool(a.get("keepdims", 1))
        if 0 in axes:
            b.refuse(n, R.REDUCES_BATCH)
        if fn == "torch.mean" and keep and rank == 4 and axes == [2, 3]:
            b.add(n, "AdaptiveAvgPool2d", {"output_size": 1}, [x])
            return
        _function(b, n, fn, [{"input": 0}], [x], kwargs={"dim": {"tuple": axes},
                                                         "keepdim": keep})
    return convert


def _unary(fn: str):  # noqa: ANN202
    def convert(b: Any, n: Any) -> None:
        _function(b, n, fn, [{"input": 0}], [_data(b, n)])
    return convert


def _pad(b: Any, n: Any) -> None:
    a = b.attrs(n)
    mode = a.get("mode", b"constant")
    mode = mode.decode() if isinstance(mode, bytes) else str(mode)
    pads = a.get("pads")
    if pads is None and len(n.input) > 1:
        pads = b.const(n.input[1])
    if pads is None or (len(n.input) > 3 and n.input[3]):
        b.refuse(n, R.COMPUTED_PADDING)
    pads = [int(v) for v in np.asarray(pads).reshape(-1)]
    rank = len(pads) // 2
    if pads[0] or pads[rank]:
        b.refuse(n, R.PADS_BATCH)
    torch_pads: list[int] = []
    for d in reversed(range(1, rank)):
        torch_pads += [pads[d], pads[d + rank]]
    value = 0.0
    if len(n.input) > 2 and n.input[2]:
        value = float(np.asarray(b.const(n.input[2])).reshape(-1)[0])
    kwargs = {"mode": mode} | ({"value": value} if mode == "constant" and value else {})
    _function(b, n, "torch.nn.functional.pad", [{"input": 0}, torch_pads], [n.input[0]],
              kwargs=kwargs)


def _resize(b: Any, n: Any) -> None:
    a = b.attrs(n)
    x = _data(b, n)
    before, after = b.shape_of(x), b.shape_of(n.output[0])
    mode = a.get("mode", b"nearest")
    mode = mode.decode() if isinstance(mode, bytes) else str(mode)
    ctm = a.get("coordinate_transformation_mode", b"half_pixel")
    ctm = ctm.decode() if isinstance(ctm, bytes) else str(ctm)
    if len(before) != 4 or before[:2] != after[:2]:
        b.refuse(n, R.RESIZE_IMAGES)
    if mode == "nearest" and ctm == "asymmetric":
        torch_mode = "nearest"
    elif mode == "linear" and ctm in ("half_pixel", "pytorch_half_pixel"):
        torch_mode = "bilinear"
    else:
        b.refuse(n, R.RESIZE_MODE(mode=mode, coordinates=ctm))
    b.add(n, "Upsample", _params("Upsample", {"size": list(after[2:]), "scale_factor": None,
                                              "mode": torch_mode}), [x])


def _function(b: Any, n: Any, fn: str, args: list, inputs: list[str],
              kwargs: dict | None = None, tensors: dict | None = None) -> None:
    params: dict[str, Any] = {"function": fn, "args": args}
    if kwargs:
        params["kwargs"] = kwargs
    weights = None
    if tensors:
        params["tensors"] = {k: {"shape": list(np.shape(v)), "trainable": False}
                             for k, v in tensors.items()}
        weights = {f"stored.{k}": np.asarray(v, dtype=np.float32) for k, v in tensors.items()}
    for value in inputs:
        _data(b, n, list(n.input).index(value))
    params["reason"] = R.ONNX_OPAQUE(op_type=n.op_type)
    params["traced_inputs"] = [list(b.shape_of(i)[1:]) for i in inputs]
    params["traced_output"] = list(b.shape_of(n.output[0])[1:])
    b.add(n, "Function", params, inputs, weights)


OPS = {
    "Conv": _conv, "ConvTranspose": _conv, "Gemm": _gemm, "MatMul": _matmul,
    "BatchNormalization": _batchnorm,
    "Relu": _activation("ReLU"), "Sigmoid": _activation("Sigmoid"),
    "Tanh": _activation("Tanh"), "HardSwish": _activation("Hardswish"),
    "LeakyRelu": _activation("LeakyReLU", negative_slope=("alpha", 0.01)),
    "Elu": _activation("ELU", alpha=("alpha", 1.0)),
    "Gelu": _activation("GELU", approximate=("approximate", "none")),
    "HardSigmoid": _hardsigmoid, "Softmax": _softmax("Softmax"),
    "LogSoftmax": _softmax("LogSoftmax"), "Clip": _clip,
    "MaxPool": _pool, "AveragePool": _pool,
    "GlobalAveragePool": _global_pool("AdaptiveAvgPool2d"),
    "GlobalMaxPool": _global_pool("AdaptiveMaxPool2d"),
    "Flatten": _reshape, "Reshape": _reshape, "Squeeze": _reshape, "Unsqueeze": _reshape,
    "Add": _binary, "Sub": _binary, "Mul": _binary, "Div": _binary, "Pow": _binary,
    "Concat": _concat, "Dropout": _dropout, "Identity": _identity, "Cast": _cast,
    "Transpose": _transpose, "ReduceMean": _reduce("torch.mean"),
    "ReduceSum": _reduce("torch.sum"), "ReduceMax": _reduce("torch.amax"),
    "Exp": _unary("torch.exp"), "Log": _unary("torch.log"), "Sqrt": _unary("torch.sqrt"),
    "Neg": _unary("torch.neg"), "Abs": _unary("torch.abs"), "Erf": _unary("torch.erf"),
    "Softplus": _unary("torch.nn.functional.softplus"), "Pad": _pad, "Resize": _resize,
}
