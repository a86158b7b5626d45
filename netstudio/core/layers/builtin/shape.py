"""Layers that change the shape only: Flatten, Reshape, Upsample."""

from __future__ import annotations

import math

from netstudio.core.layers.builtin._base import (
    SHAPE_CHANGE,
    declare,
    fmt,
    need_image,
    numel,
    square_hint,
)
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

DIM_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Layers", "has {field} {value}, but its input {shape} has "
                                     "dimensions 1 to {top} after the batch")
SET_DIM_TO = QT_TRANSLATE_NOOP("Layers", "set {field} to {suggestion}")
MERGES_BATCH = QT_TRANSLATE_NOOP("Layers", "has start_dim 0, which would merge the samples of a "
                                 "batch")
SET_START_1 = QT_TRANSLATE_NOOP("Layers", "set start_dim to 1")
START_AFTER_END = QT_TRANSLATE_NOOP("Layers", "has start_dim {start} after end_dim {end}")
SET_START_END = QT_TRANSLATE_NOOP("Layers", "set start_dim to 1 and end_dim to -1")
BAD_TARGET = QT_TRANSLATE_NOOP("Layers", "has shape {target}, but a shape needs sizes >= 1 and at "
                               "most one -1")
SET_SHAPE_EG = QT_TRANSLATE_NOOP("Layers", "set shape to e.g. {suggestion}")
NOT_DIVISIBLE = QT_TRANSLATE_NOOP("Layers", "cannot reshape {shape} ({count} numbers) into "
                                  "{target}: {count} does not divide by {known}")
PRODUCT_DIVIDES = QT_TRANSLATE_NOOP("Layers", "choose sizes whose product divides {count}")
WRONG_COUNT = QT_TRANSLATE_NOOP("Layers", "cannot reshape {shape} ({count} numbers) into "
                                "{target} ({known} numbers)")
MULTIPLY_TO = QT_TRANSLATE_NOOP("Layers", "choose sizes that multiply to {count}, e.g. "
                                "{suggestion}")
NO_SIZE = QT_TRANSLATE_NOOP("Layers", "has neither size nor scale_factor")
SET_SCALE_2 = QT_TRANSLATE_NOOP("Layers", "set scale_factor to 2")
SHRINKS = QT_TRANSLATE_NOOP("Layers", "would shrink {shape} to nothing with scale_factor {scale}")
LARGER_SCALE = QT_TRANSLATE_NOOP("Layers", "use a larger scale_factor")


def _flatten_infer(p, ins):
    (s,) = ins
    full = (0, *s)  # torch counts the batch as dimension 0
    rank = len(full)
    start, end = p["start_dim"], p["end_dim"]
    for name, v in (("start_dim", start), ("end_dim", end)):
        if not -rank <= v < rank:
            raise ShapeError(DIM_OUT_OF_RANGE, SET_DIM_TO, field=name, code="bad-dim", value=v,
                             shape=fmt(s), top=rank - 1,
                             suggestion=1 if name == "start_dim" else -1)
    start, end = start % rank, end % rank
    if start == 0:
        raise ShapeError(MERGES_BATCH, SET_START_1, field="start_dim", code="bad-dim")
    if start > end:
        raise ShapeError(START_AFTER_END, SET_START_END, field="start_dim", code="bad-dim",
                         start=p["start_dim"], end=p["end_dim"])
    return (*full[1:start], math.prod(full[start:end + 1]), *full[end + 1:])


def _flatten_build(p, ins):
    from torch import nn

    return nn.Flatten(p["start_dim"], p["end_dim"])


declare("Flatten", SHAPE_CHANGE, QT_TRANSLATE_NOOP("Layers", "Turns an image [C, H, W] into a flat "
                                                             "vector [C*H*W] for Linear."),
        [Param("start_dim", "int", 1, QT_TRANSLATE_NOOP("Layers", "First dimension to merge (the "
                                                                  "batch is 0).")),
         Param("end_dim", "int", -1, QT_TRANSLATE_NOOP("Layers", "Last dimension to merge (-1 = "
                                                                 "the last)."))],
        infer=_flatten_infer, build=_flatten_build, flops=lambda p, ins, out: 0,
        torch_name="nn.Flatten", shapes="[C, H, W] -> [C*H*W]")


def _reshape_infer(p, ins):
    (s,) = ins
    target = [int(d) for d in p["shape"]]
    n = numel(s)
    if not target or any(d == 0 or d < -1 for d in target) or target.count(-1) > 1:
        raise ShapeError(BAD_TARGET, SET_SHAPE_EG, field="shape", code="bad-shape",
                         target=fmt(target), suggestion=fmt((n,)))
    known = math.prod(d for d in target if d != -1)
    if -1 in target:
        if n % known:
            raise ShapeError(NOT_DIVISIBLE, PRODUCT_DIVIDES, field="shape", code="bad-shape",
                             shape=fmt(s), count=n, target=fmt(target), known=known)
        target[target.index(-1)] = n // known
    elif known != n:
        raise ShapeError(WRONG_COUNT, MULTIPLY_TO, field="shape", code="bad-shape",
                         shape=fmt(s), count=n, target=fmt(target), known=known,
                         suggestion=square_hint(n))
    return tuple(target)


def _reshape_build(p, ins):
    from netstudio.core.layers.modules import Reshape

    return Reshape(p["shape"])


declare("Reshape", SHAPE_CHANGE,
        QT_TRANSLATE_NOOP("Layers", "Rearranges the numbers of each sample into a new shape "
                          "(one size may be -1: whatever is left)."),
        [Param("shape", "shape", [-1],
               QT_TRANSLATE_NOOP("Layers", "Per-sample target shape, e.g. [1, 28, 28]; one -1 "
                                 "allowed."), min=-1)],
        infer=_reshape_infer, build=_reshape_build, flops=lambda p, ins, out: 0,
        wrapper="Reshape", shapes="any shape -> shape (same number of values)")


def _up_infer(p, ins):
    (s,) = ins
    need_image("Upsample", s)
    if p["size"] is not None:
        from netstudio.core.layers.builtin.conv import tup

        return (s[0], *tup(p["size"], 2))
    if p["scale_factor"] is None:
        raise ShapeError(NO_SIZE, SET_SCALE_2, field="scale_factor", code="bad-param")
    out = tuple(int(math.floor(n * float(p["scale_factor"]))) for n in s[1:])
    if min(out) < 1:
        raise ShapeError(SHRINKS, LARGER_SCALE, field="scale_factor", code="bad-param",
                         shape=fmt(s), scale=p["scale_factor"])
    return (s[0], *out)


def _up_build(p, ins):
    from torch import nn

    from netstudio.core.layers.builtin.conv import tup

    if p["size"] is not None:
        return nn.Upsample(size=tup(p["size"], 2), mode=p["mode"])
    return nn.Upsample(scale_factor=float(p["scale_factor"]), mode=p["mode"])


declare("Upsample", SHAPE_CHANGE,
        QT_TRANSLATE_NOOP("Layers", "Enlarges an image by repeating (nearest) or interpolating "
                          "pixels."),
        [Param("size", "int_or_pair", None,
               QT_TRANSLATE_NOOP("Layers", "Output height and width; when given it wins over "
                                 "scale_factor."), min=1, optional=True),
         Param("scale_factor", "float", 2.0,
               QT_TRANSLATE_NOOP("Layers", "Multiply height and width by this."), min=0, max=64,
               optional=True),
         Param("mode", "choice", "nearest", QT_TRANSLATE_NOOP("Layers", "How new pixels are "
                                                                        "filled."),
               choices=("nearest", "bilinear", "bicubic"))],
        infer=_up_infer, build=_up_build, torch_name="nn.Upsample",
        shapes="[C, H, W] -> [C, H*scale_factor, W*scale_factor] or [C, size]")
