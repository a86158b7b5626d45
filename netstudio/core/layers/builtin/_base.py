"""Helpers shared by the builtin layer declarations: declare(), shape text, rank checks.

Shape rules here are plain arithmetic on tuples so the checker stays fast; nothing in this
package builds a torch module except the ``build`` functions, which import torch lazily.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from netstudio.core.layers.registry import LayerSpec, Param, ShapeError, register

Shape = tuple[int, ...]
Params = dict[str, Any]
# (in_shapes, params) -> [(param name, inferred value, noun for messages)], e.g.
# ("in_features", 784, "features"). A value the file gives must equal the inferred one.
Inferred = Callable[[Sequence[Shape], Params], list[tuple[str, Any, str]]]


def fmt(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(int(d)) for d in shape) + "]"


def numel(shape: Sequence[int]) -> int:
    return math.prod(shape)


def pair(v: Any) -> tuple[int, int]:
    if isinstance(v, list | tuple):
        return int(v[0]), int(v[1])
    return int(v), int(v)


def rank_name(shape: Shape) -> str:
    return {1: "a flat vector", 2: "a 2-d input", 3: "a 3-d input"}.get(
        len(shape), f"a {len(shape)}-d input")


def square_hint(n: int, channels: int = 1) -> str:
    """A Reshape shape that turns n numbers into an image, when one is obvious."""
    side = math.isqrt(n // channels) if channels and n % channels == 0 else 0
    if side and side * side * channels == n:
        return f"[{channels}, {side}, {side}]"
    return "[channels, height, width]"


def wrong_rank(layer: str, shape: Shape, wants: str, fix: str) -> ShapeError:
    return ShapeError(f"receives {rank_name(shape)} {fmt(shape)}, but {layer} needs {wants}",
                      fix=fix, code="wrong-rank")


def need_image(layer: str, shape: Shape, *, ndim: int = 2) -> None:
    """Raise unless shape is [C, H, W] (ndim=2) or [C, L] (ndim=1)."""
    if len(shape) == ndim + 1:
        return
    wants = "[channels, height, width]" if ndim == 2 else "[channels, length]"
    if ndim == 2 and len(shape) == 1:
        fix = f"add a Reshape layer before it, e.g. shape {square_hint(shape[0])}"
    elif ndim == 2 and len(shape) == 2:
        fix = f"add a Reshape layer before it with shape [1, {shape[0]}, {shape[1]}]"
    elif ndim == 1 and len(shape) == 1:
        fix = f"add a Reshape layer before it with shape [1, {shape[0]}]"
    else:
        fix = f"use a layer made for {rank_name(shape)} or add a Reshape layer before it"
    raise wrong_rank(layer, shape, wants, fix)


def declare(
    type: str,
    category: str,
    description: str,
    params: Sequence[Param],
    infer: Callable[[Params, Sequence[Shape]], Shape],
    build: Callable[[Params, Sequence[Shape]], Any],
    *,
    count: Callable[[Params, Sequence[Shape]], int] | None = None,
    flops: Callable[[Params, Sequence[Shape], Shape], int] | None = None,
    inferred: Inferred | None = None,
    min_inputs: int = 1,
    max_inputs: int | None = 1,
    torch_name: str | None = None,
    loss_sensitive: bool = False,
    shapes: str = "",
    **extras: Any,
) -> LayerSpec:
    """Register one layer. infer/count/flops/build get params with defaults filled in.

    ``shapes`` says in words what goes in and comes out ("[C, H, W] -> [out_channels, H', W']")
    for the layer reference and tooltips."""
    defaults = {p.name: p.default for p in params}

    def merged(raw: Params) -> Params:
        return {**defaults, **raw}

    def resolve(raw: Params, in_shapes: Sequence[Shape]) -> Params:
        # Only declared params: unknown keys are reported by the checker and ignored everywhere.
        out = {name: raw.get(name, default) for name, default in defaults.items()}
        if inferred is not None:
            for name, value, noun in inferred(in_shapes, out):
                given = raw.get(name)
                if given is not None and _norm(given) != _norm(value):
                    what = fmt(value) if noun == "shape" else f"{value} {noun}"
                    given_text = fmt(given) if isinstance(given, list | tuple) else given
                    raise ShapeError(
                        f"receives {what} but {name} is {given_text}",
                        fix=f"remove {name} or set it to {_json(value)}",
                        field=name, code="inferred-mismatch")
                out[name] = value
        return out

    spec = LayerSpec(
        type=type, category=category, description=description, params=tuple(params),
        infer=lambda raw, ins: infer(merged(raw), ins),
        build=lambda raw, ins: build(resolve(raw, ins), ins),
        resolve=resolve,
        count_params=(lambda raw, ins: count(merged(raw), ins)) if count else (lambda r, i: 0),
        flops=(lambda raw, ins, out: flops(merged(raw), ins, out)) if flops
        else (lambda r, i, o: numel(o)),
        min_inputs=min_inputs, max_inputs=max_inputs, is_loss_sensitive=loss_sensitive,
        torch_name=torch_name, extras={"shapes": shapes, **extras},
    )
    return register(spec)


def _norm(v: Any) -> Any:
    return tuple(v) if isinstance(v, list | tuple) else v


def _json(v: Any) -> str:
    return fmt(v) if isinstance(v, list | tuple) else str(v)
