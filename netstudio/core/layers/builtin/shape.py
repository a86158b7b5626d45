"""Layers that change the shape only: Flatten, Reshape, Upsample."""

from __future__ import annotations

import math

from netstudio.core.layers.builtin._base import declare, fmt, need_image, numel, square_hint
from netstudio.core.layers.registry import Param, ShapeError


def _flatten_infer(p, ins):
    (s,) = ins
    full = (0, *s)  # torch counts the batch as dimension 0
    rank = len(full)
    start, end = p["start_dim"], p["end_dim"]
    for name, v in (("start_dim", start), ("end_dim", end)):
        if not -rank <= v < rank:
            raise ShapeError(f"has {name} {v}, but its input {fmt(s)} has dimensions 1 to "
                             f"{rank - 1} after the batch", fix=f"set {name} to "
                             f"{1 if name == 'start_dim' else -1}", field=name, code="bad-dim")
    start, end = start % rank, end % rank
    if start == 0:
        raise ShapeError("has start_dim 0, which would merge the samples of a batch",
                         fix="set start_dim to 1", field="start_dim", code="bad-dim")
    if start > end:
        raise ShapeError(f"has start_dim {p['start_dim']} after end_dim {p['end_dim']}",
                         fix="set start_dim to 1 and end_dim to -1", field="start_dim",
                         code="bad-dim")
    return (*full[1:start], math.prod(full[start:end + 1]), *full[end + 1:])


def _flatten_build(p, ins):
    from torch import nn

    return nn.Flatten(p["start_dim"], p["end_dim"])


declare("Flatten", "Shape", "Turns an image [C, H, W] into a flat vector [C*H*W] for Linear.",
        [Param("start_dim", "int", 1, "First dimension to merge (the batch is 0)."),
         Param("end_dim", "int", -1, "Last dimension to merge (-1 = the last).")],
        infer=_flatten_infer, build=_flatten_build, flops=lambda p, ins, out: 0,
        torch_name="nn.Flatten", shapes="[C, H, W] -> [C*H*W]")


def _reshape_infer(p, ins):
    (s,) = ins
    target = [int(d) for d in p["shape"]]
    n = numel(s)
    if not target or any(d == 0 or d < -1 for d in target) or target.count(-1) > 1:
        raise ShapeError(f"has shape {fmt(target)}, but a shape needs sizes >= 1 and at most "
                         f"one -1", fix=f"set shape to e.g. {fmt((n,))}", field="shape",
                         code="bad-shape")
    known = math.prod(d for d in target if d != -1)
    if -1 in target:
        if n % known:
            raise ShapeError(
                f"cannot reshape {fmt(s)} ({n} numbers) into {fmt(target)}: {n} does not "
                f"divide by {known}", fix=f"choose sizes whose product divides {n}",
                field="shape", code="bad-shape")
        target[target.index(-1)] = n // known
    elif known != n:
        raise ShapeError(
            f"cannot reshape {fmt(s)} ({n} numbers) into {fmt(target)} ({known} numbers)",
            fix=f"choose sizes that multiply to {n}, e.g. {square_hint(n)}", field="shape",
            code="bad-shape")
    return tuple(target)


def _reshape_build(p, ins):
    from netstudio.core.layers.modules import Reshape

    return Reshape(p["shape"])


declare("Reshape", "Shape", "Rearranges the numbers of each sample into a new shape "
        "(one size may be -1: whatever is left).",
        [Param("shape", "shape", [-1], "Per-sample target shape, e.g. [1, 28, 28]; one -1 "
               "allowed.", min=-1)],
        infer=_reshape_infer, build=_reshape_build, flops=lambda p, ins, out: 0,
        wrapper="Reshape", shapes="any shape -> shape (same number of values)")


def _up_infer(p, ins):
    (s,) = ins
    need_image("Upsample", s)
    if p["size"] is not None:
        from netstudio.core.layers.builtin.conv import tup

        return (s[0], *tup(p["size"], 2))
    if p["scale_factor"] is None:
        raise ShapeError("has neither size nor scale_factor", fix="set scale_factor to 2",
                         field="scale_factor", code="bad-param")
    out = tuple(int(math.floor(n * float(p["scale_factor"]))) for n in s[1:])
    if min(out) < 1:
        raise ShapeError(f"would shrink {fmt(s)} to nothing with scale_factor "
                         f"{p['scale_factor']}", fix="use a larger scale_factor",
                         field="scale_factor", code="bad-param")
    return (s[0], *out)


def _up_build(p, ins):
    from torch import nn

    from netstudio.core.layers.builtin.conv import tup

    if p["size"] is not None:
        return nn.Upsample(size=tup(p["size"], 2), mode=p["mode"])
    return nn.Upsample(scale_factor=float(p["scale_factor"]), mode=p["mode"])


declare("Upsample", "Shape", "Enlarges an image by repeating (nearest) or interpolating "
        "pixels.",
        [Param("size", "int_or_pair", None, "Output height and width; when given it wins over "
               "scale_factor.", min=1, optional=True),
         Param("scale_factor", "float", 2.0, "Multiply height and width by this.", min=0, max=64,
               optional=True),
         Param("mode", "choice", "nearest", "How new pixels are filled.",
               choices=("nearest", "bilinear", "bicubic"))],
        infer=_up_infer, build=_up_build, torch_name="nn.Upsample",
        shapes="[C, H, W] -> [C, H*scale_factor, W*scale_factor] or [C, size]")
