"""Short texts the canvas shows: tensor shapes on edges and the key params on node cards."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from netstudio.core.layers.registry import LayerSpec

# The params worth a glance, per layer type, in the order they read best.
_KEY_PARAMS: dict[str, tuple[str, ...]] = {
    "Input": ("shape",),
    "Conv1d": ("out_channels", "kernel_size", "stride", "padding"),
    "Conv2d": ("out_channels", "kernel_size", "stride", "padding"),
    "ConvTranspose2d": ("out_channels", "kernel_size", "stride", "padding"),
    "MaxPool2d": ("kernel_size", "stride"),
    "AvgPool2d": ("kernel_size", "stride"),
    "AdaptiveAvgPool2d": ("output_size",),
    "AdaptiveMaxPool2d": ("output_size",),
    "Linear": ("out_features",),
    "Dropout": ("p",),
    "Dropout2d": ("p",),
    "LeakyReLU": ("negative_slope",),
    "ELU": ("alpha",),
    "Softmax": ("dim",),
    "LogSoftmax": ("dim",),
    "RNN": ("hidden_size", "num_layers", "return"),
    "LSTM": ("hidden_size", "num_layers", "return"),
    "GRU": ("hidden_size", "num_layers", "return"),
    "Reshape": ("shape",),
    "Concat": ("dim",),
    "Upsample": ("scale_factor", "size", "mode"),
    "Flatten": (),
    "Block": ("block",),
    "ReLU": (), "ReLU6": (), "SiLU": (), "Hardswish": (), "Hardsigmoid": (),
    "BlockInput": ("port",),
    "Module": ("class",),
    "Function": ("function",),
}
# Params shown with their name, because a bare number would be ambiguous.
_NAMED = {"stride", "padding", "dim", "num_layers", "negative_slope", "alpha", "p",
          "scale_factor", "size", "mode", "return"}
# Shorter names on the card ("pad 2"), so a convolution's settings fit on one line.
_SHORT = {"padding": "pad", "negative_slope": "slope", "num_layers": "layers",
          "scale_factor": "scale"}
_PAIR_PARAMS = {"kernel_size", "output_size"}
_HIDE_DEFAULT = {"stride", "padding", "dim", "num_layers", "negative_slope", "alpha", "size",
                 "mode", "return"}


def shape_text(shape: tuple[int, ...] | list[int] | None) -> str:
    """``64×12×12`` for feature maps, ``[1024]`` for vectors, ``?`` when unknown."""
    if shape is None:
        return "?"
    return _shape_text(tuple(shape))


@lru_cache(maxsize=4096)
def _shape_text(shape: tuple[int, ...]) -> str:
    dims = [int(d) for d in shape]
    if len(dims) == 1:
        return f"[{dims[0]}]"
    if not dims:
        return "[]"
    return "×".join(str(d) for d in dims)


def value_text(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        if name in _PAIR_PARAMS and len(value) == 2 and value[0] == value[1]:
            return f"{value[0]}×{value[1]}"
        return "×".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    if name in _PAIR_PARAMS and isinstance(value, int):
        return f"{value}×{value}"
    return str(value)


def key_param_names(node_type: str, spec: LayerSpec | None) -> tuple[str, ...]:
    """The params a card shows, in order; for a type not in the table, its params that are
    neither inferred nor optional (what quick add's "conv 32 5" fills in this order)."""
    names = _KEY_PARAMS.get(node_type)
    if names is not None:
        return names
    return tuple(p.name for p in (spec.params if spec else ()) if not p.inferred)


def key_params(node_type: str, params: dict[str, Any], spec: LayerSpec | None) -> str:
    """e.g. "32 · 5×5" for a Conv2d with 32 output channels and a 5×5 kernel."""
    names = _KEY_PARAMS.get(node_type)
    if names is None:  # unknown to this table: the first explicit, non-inferred params
        inferred = {p.name for p in spec.params if p.inferred} if spec else set()
        names = tuple(k for k in params if k not in inferred)[:2]
    parts = []
    for name in names:
        p = spec.param(name) if spec is not None else None
        value = params.get(name, p.default if p is not None else None)
        if value is None or (p is not None and name in _HIDE_DEFAULT and value == p.default):
            continue  # "stride=1", "num_layers=1", "return=last": defaults are noise
        if name == "stride" and value == params.get("kernel_size"):
            continue
        if name == "padding" and value in (0, [0, 0]):
            continue
        if name == "scale_factor":
            if params.get("size") is not None:
                continue  # a given size wins over the scale factor
            parts.append(f"×{value:g}" if isinstance(value, int | float) else str(value))
            continue
        text = value_text(name, value)
        if name not in _NAMED:
            parts.append(text)
        elif len(name) == 1:  # "p=0.5": a bare letter reads better with "="
            parts.append(f"{name}={text}")
        else:
            parts.append(f"{_SHORT.get(name, name)} {text}")
    return " · ".join(parts)


# Where an id may be cut: after a separator, or before a capital that starts a word (camelCase).
_ID_PARTS = re.compile(r"(?<=[_./:\- ])|(?<=[a-z0-9])(?=[A-Z])")
ELLIPSIS = "\u2026"


def elide_id(text: str, width: float, measure: Callable[[str], float]) -> str:
    """``text`` cut to ``width`` (as ``measure`` counts it) between its words, never inside
    one: "backbone_layer3_block2_conv" -> "backbone…block2_conv". The last word stays when it
    fits (in a module path it names the layer: conv, relu); then the most characters are
    kept (of equals, more of the end). A single word too long for any cut is elided at its
    end."""
    if measure(text) <= width:
        return text
    parts = [p for p in _ID_PARTS.split(text) if p]
    best, kept = "", (False, -1, -1)
    n = len(parts)
    for i in range(n + 1):  # parts[:i] before the ellipsis, parts[j:] after it
        head = "".join(parts[:i]).rstrip("_./:- ")
        for j in range(max(i, 1), n + 1):
            if i == 0 and j == n:
                continue
            tail = "".join(parts[j:]).lstrip("_./:- ")
            candidate = head + ELLIPSIS + tail
            score = (j < n, len(head) + len(tail), len(tail))
            if score > kept and measure(candidate) <= width:
                best, kept = candidate, score
    if kept[1] > 0:
        return best
    while text and measure(text + ELLIPSIS) > width:  # one long word: its start
        text = text[:-1]
    return text + ELLIPSIS if text else ELLIPSIS
