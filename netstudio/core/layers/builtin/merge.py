"""Layers that join several inputs: Add, Multiply, Concat."""

from __future__ import annotations

from netstudio.core.layers.builtin._base import MERGE, declare, fmt, numel
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

ADD_MISMATCH = QT_TRANSLATE_NOOP("Layers", "adds inputs of different shapes: input 1 is {first}, "
                                 "input {index} is {shape}")
SAME_SHAPES = QT_TRANSLATE_NOOP("Layers", "make both branches produce the same shape (or use "
                                "Concat)")
CONCAT_DIM = QT_TRANSLATE_NOOP("Layers", "has dim {dim}, but its inputs have only {rank} "
                               "dimension(s) per sample (0 to {top})")
SET_DIM_0 = QT_TRANSLATE_NOOP("Layers", "set dim to 0 (channels)")
CONCAT_MISMATCH = QT_TRANSLATE_NOOP("Layers", "joins inputs whose shapes differ outside dim "
                                    "{dim}: input 1 is {first}, input {index} is {shape}")
MATCH_EXCEPT_DIM = QT_TRANSLATE_NOOP("Layers", "all inputs must match in every dimension except "
                                     "dim {dim}")
MUL_MISMATCH = QT_TRANSLATE_NOOP("Layers", "multiplies inputs whose shapes do not broadcast "
                                 "({shapes}): they need the same number of dimensions, each "
                                 "equal or 1")
MATCH_OR_ONE = QT_TRANSLATE_NOOP("Layers", "make the branches' shapes match, or give one branch "
                                 "size 1 where they differ (e.g. [C, 1, 1])")


def _add_infer(p, ins):
    first = ins[0]
    for i, s in enumerate(ins[1:], start=1):
        if s != first:
            raise ShapeError(ADD_MISMATCH, SAME_SHAPES, code="shape-mismatch",
                             first=fmt(first), index=i + 1, shape=fmt(s))
    return first


def broadcast(shapes):
    """torch's broadcasting of per-sample shapes of one rank (the batch dimension comes first,
    so shapes of different ranks would line up wrongly), or None."""
    if len({len(s) for s in shapes}) != 1:
        return None
    out = []
    for sizes in zip(*shapes, strict=True):
        big = set(sizes) - {1}
        if len(big) > 1:
            return None
        out.append(big.pop() if big else 1)
    return tuple(out)


def _mul_infer(p, ins):
    shape = broadcast(ins)
    if shape is None:
        raise ShapeError(MUL_MISMATCH, MATCH_OR_ONE, code="shape-mismatch",
                         shapes=", ".join(fmt(s) for s in ins))
    return shape


def _concat_infer(p, ins):
    rank, dim = len(ins[0]), p["dim"]
    if not -rank <= dim < rank:
        raise ShapeError(CONCAT_DIM, SET_DIM_0, field="dim", code="bad-dim", dim=dim, rank=rank,
                         top=rank - 1)
    d = dim % rank
    first = ins[0]
    total = 0
    for i, s in enumerate(ins):
        if len(s) != rank or any(a != b for j, (a, b) in enumerate(zip(s, first, strict=True))
                                 if j != d):
            raise ShapeError(CONCAT_MISMATCH, MATCH_EXCEPT_DIM, code="shape-mismatch", dim=dim,
                             first=fmt(first), index=i + 1, shape=fmt(s))
        total += s[d]
    return (*first[:d], total, *first[d + 1:])


def _add_build(p, ins):
    from netstudio.core.layers.modules import Add

    return Add()


def _mul_build(p, ins):
    from netstudio.core.layers.modules import Multiply

    return Multiply()


def _concat_build(p, ins):
    from netstudio.core.layers.modules import Concat

    return Concat(p["dim"])


declare("Add", MERGE,
        QT_TRANSLATE_NOOP("Layers", "Element-wise sum of its inputs (residual connections)."), [],
        infer=_add_infer, build=_add_build,
        flops=lambda p, ins, out: numel(out) * (len(ins) - 1),
        min_inputs=2, max_inputs=None, wrapper="Add",
        shapes="two or more inputs of one shape -> that shape")
declare("Multiply", MERGE, QT_TRANSLATE_NOOP("Layers", "Element-wise product of its inputs; a size-1 dimension is "
        "repeated to match (gates, squeeze-and-excitation)."), [],
        infer=_mul_infer, build=_mul_build,
        flops=lambda p, ins, out: numel(out) * (len(ins) - 1),
        min_inputs=2, max_inputs=None, wrapper="Multiply",
        shapes="[C, H, W] x [C, 1, 1] -> [C, H, W] (sizes equal or 1)")
declare("Concat", MERGE, QT_TRANSLATE_NOOP("Layers", "Joins its inputs along a dimension (0 = channels)."),
        [Param("dim", "int", 0, QT_TRANSLATE_NOOP("Layers", "Per-sample dimension to join along: 0 = channels, "
               "-1 = the last."))],
        infer=_concat_infer, build=_concat_build, flops=lambda p, ins, out: 0,
        min_inputs=2, max_inputs=None, wrapper="Concat",
        shapes="[C1, H, W] + [C2, H, W] -> [C1+C2, H, W] (dim 0)")
