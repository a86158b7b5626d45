"""Pooling: MaxPool2d, AvgPool2d, AdaptiveAvgPool2d, MaxPool1d."""

from __future__ import annotations

import math

from netstudio.core.layers.builtin._base import POOLING, declare, need_image, numel
from netstudio.core.layers.builtin.conv import kernel_too_large, tup
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

BAD_PADDING = QT_TRANSLATE_NOOP("Layers", "has padding {padding}, but pooling allows at most half "
                                "the kernel size {kernel}")
LESS_PADDING = QT_TRANSLATE_NOOP("Layers", "use less padding or a larger kernel")


def _text(t):
    return str(t[0]) if len(set(t)) == 1 else "x".join(str(x) for x in t)


def pool_out(p, s, nd, layer, dilation=True):
    need_image(layer, s, ndim=nd)
    k = tup(p["kernel_size"], nd)
    st = k if p["stride"] is None else tup(p["stride"], nd)
    pad = tup(p["padding"], nd)
    d = tup(p["dilation"], nd) if dilation else (1,) * nd
    span = tuple(di * (ki - 1) + 1 for di, ki in zip(d, k, strict=True))
    if any(2 * q > ki for q, ki in zip(pad, k, strict=True)):  # torch: the kernel, not its span
        raise ShapeError(BAD_PADDING, LESS_PADDING, field="padding", code="bad-padding",
                         padding=_text(pad), kernel=_text(k))
    sizes = s[1:]
    out = []
    for n, q, sp, si in zip(sizes, pad, span, st, strict=True):
        if p["ceil_mode"]:  # a last, partial window counts if it starts inside the input
            o = -(-(n + 2 * q - sp) // si) + 1
            if (o - 1) * si >= n + q:
                o -= 1
        else:
            o = (n + 2 * q - sp) // si + 1
        out.append(o)
    if min(out) < 1:
        raise kernel_too_large(k, span, sizes, pad)
    return (s[0], *out)


def _params(nd, avg=False):
    size = "int" if nd == 1 else "int_or_pair"
    out = [
        Param("kernel_size", size, 2,
              QT_TRANSLATE_NOOP("Layers", "Size of the pooling window."), min=1),
        Param("stride", size, None,
              QT_TRANSLATE_NOOP("Layers", "Step between windows; empty = kernel_size."), min=1,
              optional=True),
        Param("padding", size, 0,
              QT_TRANSLATE_NOOP("Layers", "Padding on each side (at most half the kernel)."),
              min=0),
    ]
    if not avg:
        out.append(Param("dilation", size, 1,
                         QT_TRANSLATE_NOOP("Layers", "Spacing between window taps."), min=1))
    out.append(Param("ceil_mode", "bool", False,
                     QT_TRANSLATE_NOOP("Layers", "Round the output size up, not down.")))
    if avg:
        out.append(Param("count_include_pad", "bool", True,
                         QT_TRANSLATE_NOOP("Layers", "Count padded zeros in the average.")))
        out.append(Param("divisor_override", "int", None, QT_TRANSLATE_NOOP("Layers", "Divide each window's sum by this "
                         "instead of its size; empty = the window size."), min=1, optional=True))
    return out


def _builder(name, nd, avg=False):
    def build(p, ins):
        from torch import nn

        kw = dict(kernel_size=tup(p["kernel_size"], nd),
                  stride=None if p["stride"] is None else tup(p["stride"], nd),
                  padding=tup(p["padding"], nd), ceil_mode=p["ceil_mode"])
        if avg:
            kw["count_include_pad"] = p["count_include_pad"]
            kw["divisor_override"] = p["divisor_override"]
        else:
            kw["dilation"] = tup(p["dilation"], nd)
        return getattr(nn, name)(**kw)
    return build


POOL_SHAPES = "[C, H, W] -> [C, H', W'] (H' = (H + 2*padding - kernel_size) // stride + 1)"


def _window_flops(nd):
    return lambda p, ins, out: numel(out) * math.prod(tup(p["kernel_size"], nd))


declare("MaxPool2d", POOLING,
        QT_TRANSLATE_NOOP("Layers", "Keeps the largest value in each window: halves H and W "
                          "with kernel_size 2."), _params(2),
        infer=lambda p, ins: pool_out(p, ins[0], 2, "MaxPool2d"),
        build=_builder("MaxPool2d", 2), flops=_window_flops(2), torch_name="nn.MaxPool2d",
        shapes=POOL_SHAPES)
declare("AvgPool2d", POOLING, QT_TRANSLATE_NOOP("Layers", "Averages each window."),
        _params(2, avg=True),
        infer=lambda p, ins: pool_out(p, ins[0], 2, "AvgPool2d", dilation=False),
        build=_builder("AvgPool2d", 2, avg=True), flops=_window_flops(2),
        torch_name="nn.AvgPool2d", shapes=POOL_SHAPES)


def _adaptive(name):
    def infer(p, ins):
        (s,) = ins
        need_image(name, s)
        return (s[0], *tup(p["output_size"], 2))

    def build(p, ins):
        from torch import nn

        return getattr(nn, name)(tup(p["output_size"], 2))
    return infer, build


for _name, _what in (
    ("AdaptiveAvgPool2d", QT_TRANSLATE_NOOP("Layers", "Averages down to a fixed output size, "
                                            "whatever the input size ([C, 1, 1] = global "
                                            "average).")),
    ("AdaptiveMaxPool2d", QT_TRANSLATE_NOOP("Layers", "Keeps the largest value of each region "
                                            "of a fixed output grid, whatever the input size "
                                            "([C, 1, 1] = global maximum)."))):
    _infer, _build = _adaptive(_name)
    declare(_name, POOLING, _what,
            [Param("output_size", "int_or_pair", 1,
                   QT_TRANSLATE_NOOP("Layers", "Height and width of the output."), min=1)],
            infer=_infer, build=_build, flops=lambda p, ins, out: numel(ins[0]),
            torch_name=f"nn.{_name}", shapes="[C, H, W] -> [C, output_size]")
declare("MaxPool1d", POOLING,
        QT_TRANSLATE_NOOP("Layers", "Keeps the largest value in each window of a sequence "
                          "[channels, length]."), _params(1),
        infer=lambda p, ins: pool_out(p, ins[0], 1, "MaxPool1d"),
        build=_builder("MaxPool1d", 1), flops=_window_flops(1), torch_name="nn.MaxPool1d",
        shapes="[C, L] -> [C, L']")
