"""torch.nn layers and tensor functions -> netstudio layers with their params.

``module_layer(module)`` and ``function_layer(name, call)`` return a ``Layer`` (a netstudio
type, its params, which arguments are its inputs), ``ALIAS`` (the op passes its input through:
``nn.Identity``, ``.contiguous()``) or None (no layer: the importer makes an opaque node).
Params are written the way a person would: only what differs from the layer's defaults, plus
the sizes that say what the layer is (out_channels, kernel_size, out_features). Sizes that
follow from the input (in_channels, in_features, num_features) are left out, as netstudio
infers them; the importer's check that the outputs match makes sure they agree.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import nn

from netstudio.core.importers import reasons as R
from netstudio.core.layers.registry import get_layer

ALWAYS = {"out_channels", "kernel_size", "out_features", "p", "output_size", "dim",
          "normalized_shape"}


@dataclass
class Layer:
    type: str
    params: dict[str, Any] = field(default_factory=dict)
    inputs: list[Any] = field(default_factory=list)  # Refs, in port order (None: the first)


ALIAS = "alias"


class NoLayer(Exception):
    """This call has no netstudio layer; ``reason`` says why (for the opaque node)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _norm(v: Any) -> Any:
    if isinstance(v, torch.Size):
        v = tuple(v)
    if isinstance(v, tuple | list):
        v = [_norm(x) for x in v]
        if len(v) > 1 and all(x == v[0] for x in v) and isinstance(v[0], int):
            return v[0]  # (3, 3) -> 3
        if len(v) == 1:
            return v[0]
        return v
    return v


def _params(layer_type: str, values: dict[str, Any]) -> dict[str, Any]:
    """Keep what differs from the layer's defaults (and the sizes that define the layer)."""
    spec = get_layer(layer_type)
    assert spec is not None, layer_type
    out: dict[str, Any] = {}
    for p in spec.params:
        if p.name not in values or p.inferred and p.name not in ALWAYS:
            continue
        value = _norm(values[p.name])
        if p.kind == "float" and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if p.name in ALWAYS or value != _norm(p.default) or type(value) is not type(p.default):
            if value is None and p.default is None:
                continue
            out[p.name] = value
    for name, value in out.items():
        problem = spec.param(name).check(value)
        if problem is not None:
            raise NoLayer(R.OUTSIDE_RANGE(name=name, value=repr(value),
                                          layer_type=layer_type, problem=problem))
    return out


# ---- modules ---------------------------------------------------------------------------------
def _conv(m: nn.Module) -> Layer:
    if type(m) is nn.ConvTranspose2d:
        if m.padding_mode != "zeros":
            raise NoLayer(R.PADDING_MODE)
        return Layer("ConvTranspose2d", _params("ConvTranspose2d", {
            "out_channels": m.out_channels, "kernel_size": m.kernel_size, "stride": m.stride,
            "padding": m.padding, "output_padding": m.output_padding, "dilation": m.dilation,
            "groups": m.groups, "bias": m.bias is not None}))
    name = type(m).__name__
    return Layer(name, _params(name, {
        "out_channels": m.out_channels, "kernel_size": m.kernel_size, "stride": m.stride,
        "padding": m.padding, "dilation": m.dilation, "groups": m.groups,
        "bias": m.bias is not None, "padding_mode": m.padding_mode}))


def _pool(m: nn.Module) -> Layer:
    name = type(m).__name__
    if getattr(m, "return_indices", False):
        raise NoLayer(R.RETURNS_INDICES)
    values = {"kernel_size": m.kernel_size, "padding": m.padding, "ceil_mode": m.ceil_mode,
              "stride": None if _norm(m.stride) == _norm(m.kernel_size) else m.stride}
    if name == "AvgPool2d":
        values.update(count_include_pad=m.count_include_pad,
                      divisor_override=m.divisor_override)
    else:
        values["dilation"] = m.dilation
    return Layer(name, _params(name, values))


def _adaptive(m: nn.Module) -> Layer:
    if getattr(m, "return_indices", False):
        raise NoLayer(R.RETURNS_INDICES)
    size = m.output_size
    if size is None or isinstance(size, tuple | list) and None in size:
        raise NoLayer(R.KEEPS_DIMENSION)
    return Layer(type(m).__name__, _params(type(m).__name__, {"output_size": size}))


def _bn(m: nn.Module) -> Layer:
    name = type(m).__name__
    return Layer(name, _params(name, {"eps": m.eps, "momentum": m.momentum, "affine": m.affine,
                                      "track_running_stats": m.track_running_stats}))


def _ln(m: nn.LayerNorm) -> Layer:
    return Layer("LayerNorm", _params("LayerNorm", {
        "normalized_shape": list(m.normalized_shape), "eps": m.eps,
        "elementwise_affine": m.elementwise_affine,
        "bias": getattr(m, "bias", None) is not None or not m.elementwise_affine}))


def _upsample(m: nn.Upsample) -> Layer:
    return upsample_layer(m.size, m.scale_factor, m.mode, m.align_corners,
                          getattr(m, "recompute_scale_factor", None))


def upsample_layer(size: Any, scale: Any, mode: str, align_corners: Any,
                   recompute: Any = None, antialias: bool = False) -> Layer:
    if align_corners or recompute or antialias:
        raise NoLayer(R.ALIGN_CORNERS)
    if mode not in ("nearest", "bilinear", "bicubic"):
        raise NoLayer(R.NO_MODE(mode=repr(mode)))
    if isinstance(scale, tuple | list):
        if len(set(scale)) != 1:
            raise NoLayer(R.SCALES_UNEVENLY)
        scale = scale[0]
    values: dict[str, Any] = {"mode": mode}
    if size is not None:
        values.update(size=size, scale_factor=None)
    else:
        values["scale_factor"] = float(scale)
    return Layer("Upsample", _params("Upsample", values))


def _simple(*attrs: str):  # noqa: ANN202
    def make(m: nn.Module) -> Layer:
        name = type(m).__name__
        values = {a: getattr(m, a) for a in attrs if hasattr(m, a)}
        if name in ("Softmax", "LogSoftmax") and values.get("dim") is None:
            raise NoLayer(R.NO_DIM)
        return Layer(name, _params(name, values))
    return make


MODULES: dict[type, Any] = {
    nn.Conv1d: _conv, nn.Conv2d: _conv, nn.ConvTranspose2d: _conv,
    nn.Linear: lambda m: Layer("Linear", _params("Linear", {
        "out_features": m.out_features, "bias": m.bias is not None})),
    nn.BatchNorm1d: _bn, nn.BatchNorm2d: _bn, nn.LayerNorm: _ln,
    nn.MaxPool1d: _pool, nn.MaxPool2d: _pool, nn.AvgPool2d: _pool,
    nn.AdaptiveAvgPool2d: _adaptive, nn.AdaptiveMaxPool2d: _adaptive,
    nn.Dropout: _simple("p", "inplace"), nn.Dropout2d: _simple("p", "inplace"),
    nn.Flatten: _simple("start_dim", "end_dim"), nn.Upsample: _upsample,
    nn.ReLU: _simple("inplace"), nn.ReLU6: _simple("inplace"), nn.SiLU: _simple("inplace"),
    nn.Hardswish: _simple("inplace"), nn.Hardsigmoid: _simple("inplace"),
    nn.LeakyReLU: _simple("negative_slope", "inplace"), nn.ELU: _simple("alpha", "inplace"),
    nn.GELU: _simple("approximate"), nn.Sigmoid: _simple(), nn.Tanh: _simple(),
    nn.Softmax: _simple("dim"), nn.LogSoftmax: _simple("dim"),
}
MODULE_TYPES = tuple(MODULES)


def module_layer(m: nn.Module) -> Layer | str:
    """The layer for a torch.nn module (exact class: a subclass may change forward)."""
    if type(m) is nn.Identity:
        return ALIAS
    make = MODULES.get(type(m))
    if make is None:
        raise NoLayer(R.NO_LAYER_CLASS(name=type(m).__name__))
    return make(m)


def torch_nn_kwargs(m: nn.Module) -> tuple[str, dict[str, Any]]:
    """('torch.nn.X', constructor kwargs read back from the module's attributes) for an
    opaque Module node; NoLayer when the class cannot be rebuilt from plain values."""
    cls = type(m)
    if not cls.__module__.startswith("torch.nn.modules.") or getattr(nn, cls.__name__,
                                                                         None) is not cls:
        raise NoLayer(R.NOT_NN_LAYER(name=f"{cls.__module__}.{cls.__qualname__}"))
    kwargs: dict[str, Any] = {}
    for name, p in inspect.signature(cls.__init__).parameters.items():
        if name in ("self", "device", "dtype") or name.startswith("_") or p.kind in (
                p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if not hasattr(m, name):
            if p.default is inspect.Parameter.empty:
                raise NoLayer(R.ARGUMENT_UNREADABLE(cls=cls.__name__, name=name))
            continue
        value = getattr(m, name)
        if isinstance(value, torch.Tensor | nn.Module):
            continue
        if isinstance(value, tuple):
            value = list(value)
        if not _plain(value):
            raise NoLayer(R.ARGUMENT_NOT_PLAIN(cls=cls.__name__, name=name))
        if p.default is not inspect.Parameter.empty and value == p.default:
            continue
        kwargs[name] = value
    return f"torch.nn.{cls.__name__}", kwargs


def _plain(v: Any) -> bool:
    if v is None or isinstance(v, bool | int | float | str):
        return True
    if isinstance(v, list):
        return all(_plain(x) for x in v)
    return False


# ---- functions -------------------------------------------------------------------------------
# Argument names in call order, for functions whose signature Python cannot read (C functions).
SIGNATURES: dict[str, tuple[str, ...]] = {
    "relu": ("input", "inplace"), "relu6": ("input", "inplace"),
    "hardswish": ("input", "inplace"), "hardsigmoid": ("input", "inplace"),
    "silu": ("input", "inplace"), "gelu": ("input", "approximate"),
    "sigmoid": ("input",), "tanh": ("input",),
    "leaky_relu": ("input", "negative_slope", "inplace"), "elu": ("input", "alpha", "inplace"),
    "softmax": ("input", "dim", "_stacklevel", "dtype"),
    "log_softmax": ("input", "dim", "_stacklevel", "dtype"),
    "max_pool2d": ("input", "kernel_size", "stride", "padding", "dilation", "ceil_mode",
                   "return_indices"),
    "max_pool1d": ("input", "kernel_size", "stride", "padding", "dilation", "ceil_mode",
                   "return_indices"),
    "avg_pool2d": ("input", "kernel_size", "stride", "padding", "ceil_mode",
                   "count_include_pad", "divisor_override"),
    "adaptive_avg_pool2d": ("input", "output_size"),
    "adaptive_max_pool2d": ("input", "output_size", "return_indices"),
    "dropout": ("input", "p", "training", "inplace"),
    "dropout2d": ("input", "p", "training", "inplace"),
    "flatten": ("input", "start_dim", "end_dim"),
    "cat": ("tensors", "dim"), "concat": ("tensors", "dim"), "concatenate": ("tensors", "dim"),
    "add": ("input", "other", "alpha"), "mul": ("input", "other"),
    "iadd": ("input", "other"), "imul": ("input", "other"),
    "interpolate": ("input", "size", "scale_factor", "mode", "align_corners",
                    "recompute_scale_factor", "antialias"),
}
DEFAULTS: dict[str, Any] = {"inplace": False, "approximate": "none", "negative_slope": 0.01,
                            "alpha": 1.0, "dtype": None, "stride": None, "padding": 0,
                            "dilation": 1, "ceil_mode": False, "return_indices": False,
                            "count_include_pad": True, "divisor_override": None, "p": 0.5,
                            "training": True, "start_dim": 0, "end_dim": -1, "dim": 0,
                            "size": None, "scale_factor": None, "mode": "nearest",
                            "align_corners": None, "recompute_scale_factor": None,
                            "antialias": False, "_stacklevel": 3}

ACTIVATIONS = {"relu": "ReLU", "relu6": "ReLU6", "hardswish": "Hardswish",
               "hardsigmoid": "Hardsigmoid", "silu": "SiLU", "gelu": "GELU",
               "sigmoid": "Sigmoid", "tanh": "Tanh", "leaky_relu": "LeakyReLU", "elu": "ELU"}
ACTIVATION_ARGS = {"inplace", "approximate", "negative_slope", "alpha"}


class Call:
    """A traced call's arguments by name (positional ones named from SIGNATURES)."""

    def __init__(self, short: str, args: tuple, kwargs: dict) -> None:
        names = SIGNATURES.get(short, ())
        self.values = dict(zip(names, args, strict=False))
        self.values.update(kwargs)
        self.extra = len(args) > len(names)

    def get(self, name: str) -> Any:
        return self.values.get(name, DEFAULTS.get(name))

    def given(self) -> set[str]:
        return {k for k, v in self.values.items() if v is not None}


def short_name(name: str) -> str:
    """'torch.nn.functional.relu' / 'Tensor.relu_' / 'aten.relu.default' -> 'relu'."""
    aten = name.startswith("aten.")
    base = name.split(".")[1].lstrip("_") if aten else name.rsplit(".", 1)[-1]
    return base[:-1] if base.endswith("_") and not base.endswith("__") else base


def function_layer(name: str, call: Call, is_tensor: Any, batch_dim: Any) -> Layer | None:
    """The layer for a traced function call, or None. ``is_tensor(arg)`` tells inputs from
    constants; ``batch_dim(d, rank)`` turns a batched dim into a per-sample one (None: it is
    the batch)."""
    short = short_name(name)
    x = call.get("input")
    if call.extra:
        return None
    if short in ACTIVATIONS and is_tensor(x) and call.given() <= {"input"} | ACTIVATION_ARGS:
        layer = ACTIVATIONS[short]
        spec = get_layer(layer)
        values = {k: call.get(k) for k in ACTIVATION_ARGS if spec.param(k) is not None}
        return Layer(layer, _params(layer, values), [x])
    if short in ("softmax", "log_softmax") and is_tensor(x) and call.get("dtype") is None:
        dim = call.get("dim")
        if not isinstance(dim, int) or dim == 0:
            return None
        return Layer("Softmax" if short == "softmax" else "LogSoftmax", {"dim": dim}, [x])
    if short in ("max_pool2d", "max_pool1d", "avg_pool2d") and is_tensor(x):
        if call.get("return_indices"):
            return None
        layer = {"max_pool2d": "MaxPool2d", "max_pool1d": "MaxPool1d",
                 "avg_pool2d": "AvgPool2d"}[short]
        stride = call.get("stride")
        if stride in ([], ()) or _norm(stride) == _norm(call.get("kernel_size")):
            stride = None
        values = {"kernel_size": call.get("kernel_size"), "stride": stride,
                  "padding": call.get("padding"), "ceil_mode": call.get("ceil_mode")}
        if layer == "AvgPool2d":
            values.update(count_include_pad=call.get("count_include_pad"),
                          divisor_override=call.get("divisor_override"))
        else:
            values["dilation"] = call.get("dilation")
        return Layer(layer, _params(layer, values), [x])
    if short in ("adaptive_avg_pool2d", "adaptive_max_pool2d") and is_tensor(x):
        size = call.get("output_size")
        if call.get("return_indices") or size is None or (
                isinstance(size, tuple | list) and None in size):
            return None
        layer = "AdaptiveAvgPool2d" if "avg" in short else "AdaptiveMaxPool2d"
        return Layer(layer, _params(layer, {"output_size": size}), [x])
    if short in ("dropout", "dropout2d") and is_tensor(x) and not name.startswith("aten."):
        layer = "Dropout" if short == "dropout" else "Dropout2d"
        return Layer(layer, _params(layer, {"p": call.get("p"),
                                            "inplace": call.get("inplace")}), [x])
    if short in ("cat", "concat", "concatenate"):
        tensors = call.get("tensors")
        dim = call.get("dim")
        if (isinstance(tensors, list | tuple) and len(tensors) >= 2
                and all(is_tensor(t) for t in tensors) and isinstance(dim, int)):
            per_sample = batch_dim(dim, None)
            if per_sample is None:
                return None
            return Layer("Concat", {"dim": per_sample} if per_sample else {}, list(tensors))
        return None
    if short in ("add", "iadd", "mul", "imul") and name.split(".")[0] in ("operator", "torch",
                                                                         "Tensor", "aten"):
        other = call.values.get("other")
        if not (is_tensor(x) and is_tensor(other)) or call.get("alpha") not in (None, 1):
            return None
        return Layer("Add" if short in ("add", "iadd") else "Multiply", {}, [x, other])
    if short == "interpolate" and is_tensor(x):
        try:
            return Layer(*_upsample_args(call), [x])
        except NoLayer:
            return None
    return None


def _upsample_args(call: Call) -> tuple[str, dict]:
    layer = upsample_layer(call.get("size"), call.get("scale_factor"), call.get("mode"),
                           call.get("align_corners"), call.get("recompute_scale_factor"),
                           bool(call.get("antialias")))
    return layer.type, layer.params
