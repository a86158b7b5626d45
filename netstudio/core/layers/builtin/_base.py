"""Helpers shared by the builtin layer declarations: declare(), shape text, rank checks.

Shape rules here are plain arithmetic on tuples so the checker stays fast; nothing in this
package builds a torch module except the ``build`` functions, which import torch lazily.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from netstudio.core.layers.registry import LayerSpec, Param, ShapeError, register
from netstudio.core.text import QT_TRANSLATE_NOOP, Template, Text
from netstudio.core.text import shape_text as fmt

Shape = tuple[int, ...]
Params = dict[str, Any]
# (in_shapes, params) -> [(param name, inferred value, what it is)], e.g.
# ("in_features", 784, FEATURES): "what" is a Template filled with count=value ("784
# features"), or SHAPE for a shape. A value the file gives must equal the inferred one.
Inferred = Callable[[Sequence[Shape], Params], list[tuple[str, Any, Template]]]

# The palette's categories (declare's second argument), translatable.
INPUT = QT_TRANSLATE_NOOP("Layers", "Input")
DENSE = QT_TRANSLATE_NOOP("Layers", "Dense")
CONVOLUTION = QT_TRANSLATE_NOOP("Layers", "Convolution")
POOLING = QT_TRANSLATE_NOOP("Layers", "Pooling")
ACTIVATION = QT_TRANSLATE_NOOP("Layers", "Activation")
NORMALIZATION = QT_TRANSLATE_NOOP("Layers", "Normalization")
DROPOUT = QT_TRANSLATE_NOOP("Layers", "Dropout")
RECURRENT = QT_TRANSLATE_NOOP("Layers", "Recurrent")
SHAPE_CHANGE = QT_TRANSLATE_NOOP("Layers", "Shape")
MERGE = QT_TRANSLATE_NOOP("Layers", "Merge")

A_FLAT_VECTOR = QT_TRANSLATE_NOOP("Layers", "a flat vector")
A_2D_INPUT = QT_TRANSLATE_NOOP("Layers", "a 2-d input")
A_3D_INPUT = QT_TRANSLATE_NOOP("Layers", "a 3-d input")
AN_ND_INPUT = QT_TRANSLATE_NOOP("Layers", "a {n}-d input")
WRONG_RANK = QT_TRANSLATE_NOOP("Layers", "receives {rank} {shape}, but {layer} needs {wants}")
AN_IMAGE = QT_TRANSLATE_NOOP("Layers", "[channels, height, width]")
A_SIGNAL = QT_TRANSLATE_NOOP("Layers", "[channels, length]")
RESHAPE_EG = QT_TRANSLATE_NOOP("Layers", "add a Reshape layer before it, e.g. shape {to}")
RESHAPE_TO = QT_TRANSLATE_NOOP("Layers", "add a Reshape layer before it with shape {to}")
LAYER_FOR_RANK = QT_TRANSLATE_NOOP("Layers", "use a layer made for {rank} or add a Reshape layer "
                                   "before it")
FEATURES = QT_TRANSLATE_NOOP("Layers", "{count} features")
CHANNELS = QT_TRANSLATE_NOOP("Layers", "{count} channels")
SHAPE = QT_TRANSLATE_NOOP("Layers", "{count}")  # a shape: the value alone
INFERRED_MISMATCH = QT_TRANSLATE_NOOP("Layers", "receives {what} but {field} is {given}")
INFERRED_FIX = QT_TRANSLATE_NOOP("Layers", "remove {field} or set it to {value}")


def numel(shape: Sequence[int]) -> int:
    return math.prod(shape)


def pair(v: Any) -> tuple[int, int]:
    if isinstance(v, list | tuple):
        return int(v[0]), int(v[1])
    return int(v), int(v)


def rank_name(shape: Shape) -> Text:
    names = {1: A_FLAT_VECTOR, 2: A_2D_INPUT, 3: A_3D_INPUT}
    return names[len(shape)]() if len(shape) in names else AN_ND_INPUT(n=len(shape))


def square_hint(n: int, channels: int = 1) -> str:
    """A Reshape shape that turns n numbers into an image, when one is obvious."""
    side = math.isqrt(n // channels) if channels and n % channels == 0 else 0
    if side and side * side * channels == n:
        return f"[{channels}, {side}, {side}]"
    return AN_IMAGE()


def wrong_rank(layer: str, shape: Shape, wants: Text, fix: Template, **values: Any
               ) -> ShapeError:
    """``shape`` has the wrong number of dimensions for ``layer``, which needs ``wants``."""
    return ShapeError(WRONG_RANK, fix, code="wrong-rank", rank=rank_name(shape),
                      shape=fmt(shape), layer=layer, wants=wants, **values)


def need_image(layer: str, shape: Shape, *, ndim: int = 2) -> None:
    """Raise unless shape is [C, H, W] (ndim=2) or [C, L] (ndim=1)."""
    if len(shape) == ndim + 1:
        return
    wants = AN_IMAGE() if ndim == 2 else A_SIGNAL()
    if ndim == 2 and len(shape) == 1:
        raise wrong_rank(layer, shape, wants, RESHAPE_EG, to=square_hint(shape[0]))
    if ndim == 2 and len(shape) == 2:
        raise wrong_rank(layer, shape, wants, RESHAPE_TO, to=fmt((1, *shape)))
    if ndim == 1 and len(shape) == 1:
        raise wrong_rank(layer, shape, wants, RESHAPE_TO, to=fmt((1, shape[0])))
    raise wrong_rank(layer, shape, wants, LAYER_FOR_RANK)


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
            for name, value, what in inferred(in_shapes, out):
                given = raw.get(name)
                if given is not None and _norm(given) != _norm(value):
                    raise ShapeError(
                        INFERRED_MISMATCH, INFERRED_FIX, field=name, code="inferred-mismatch",
                        what=what(count=_json(value)), value=_json_value(value),
                        given=fmt(given) if isinstance(given, list | tuple) else given)
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


def _json_value(v: Any) -> Any:
    """A value for a message's arguments: numbers stay numbers, shapes read [1, 28, 28]."""
    return fmt(v) if isinstance(v, list | tuple) else v
