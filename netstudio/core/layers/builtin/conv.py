"""Convolutions: Conv1d, Conv2d, ConvTranspose2d."""

from __future__ import annotations

import math

from netstudio.core.layers.builtin._base import (
    CHANNELS,
    CONVOLUTION,
    declare,
    fmt,
    need_image,
    numel,
)
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP, Text

PIXELS = QT_TRANSLATE_NOOP("Layers", "{size} pixels")
STEPS_LONG = QT_TRANSLATE_NOOP("Layers", "{size} steps long")
KERNEL_TOO_LARGE = QT_TRANSLATE_NOOP("Layers", "has kernel_size {kernel}, but its input is only "
                                     "{size}")
KERNEL_SPAN_TOO_LARGE = QT_TRANSLATE_NOOP("Layers", "has kernel_size {kernel} (it spans {span} "
                                          "with its dilation), but its input is only {size}")
KERNEL_TOO_LARGE_PADDED = QT_TRANSLATE_NOOP("Layers", "has kernel_size {kernel}, but its input is "
                                            "only {size} even with padding {padding}")
KERNEL_SPAN_TOO_LARGE_PADDED = QT_TRANSLATE_NOOP(
    "Layers", "has kernel_size {kernel} (it spans {span} with its dilation), but its input is "
    "only {size} even with padding {padding}")
SMALLER_KERNEL = QT_TRANSLATE_NOOP("Layers", "use a smaller kernel_size, add padding, or remove a "
                                   "pooling layer before it")
BAD_GROUPS = QT_TRANSLATE_NOOP("Layers", "has groups {groups}, but its {inputs} input channels and "
                               "{outputs} output channels must both divide by it")
FIX_GROUPS = QT_TRANSLATE_NOOP("Layers", "set groups to 1 or to a common divisor of both")
SAME_NEEDS_STRIDE_1 = QT_TRANSLATE_NOOP("Layers", "uses padding 'same', which torch allows only "
                                        "with stride 1")
STRIDE_1_OR_NUMBER = QT_TRANSLATE_NOOP("Layers", "set stride to 1 or give padding as a number")
BAD_OUTPUT_PADDING = QT_TRANSLATE_NOOP("Layers", "has output_padding {output_padding}, which must "
                                       "be smaller than the stride {stride} (or the dilation)")
FIX_OUTPUT_PADDING = QT_TRANSLATE_NOOP("Layers", "set output_padding to 0 or to stride - 1")
EMPTY_OUTPUT = QT_TRANSLATE_NOOP("Layers", "would produce an empty output {shape}")
LESS_PADDING_LARGER_KERNEL = QT_TRANSLATE_NOOP("Layers", "use less padding or a larger "
                                               "kernel_size")
PADDING_HELP = QT_TRANSLATE_NOOP("Layers", "Zeros added on each side.")
PADDING_SAME_HELP = QT_TRANSLATE_NOOP("Layers", "Zeros added on each side. 'same' keeps the size "
                                      "(stride 1 only).")
CONV2D_DESCRIPTION = QT_TRANSLATE_NOOP("Layers", "Slides learned filters over the image; each "
                                       "filter makes one output channel.")
CONV1D_DESCRIPTION = QT_TRANSLATE_NOOP("Layers", "Slides learned filters over the sequence; each "
                                       "filter makes one output channel.")


def tup(v, nd):
    return tuple(int(x) for x in v) if isinstance(v, list | tuple) else (int(v),) * nd


def _text(t):
    return str(t[0]) if len(set(t)) == 1 else "x".join(str(x) for x in t)


def size_text(sizes) -> Text:
    """(3, 3) -> "3x3 pixels", (9,) -> "9 steps long"."""
    return (PIXELS if len(sizes) == 2 else STEPS_LONG)(size="x".join(str(x) for x in sizes))


def kernel_too_large(k, span, sizes, pad):
    if any(pad):
        message = KERNEL_SPAN_TOO_LARGE_PADDED if span != k else KERNEL_TOO_LARGE_PADDED
    else:
        message = KERNEL_SPAN_TOO_LARGE if span != k else KERNEL_TOO_LARGE
    return ShapeError(message, SMALLER_KERNEL, field="kernel_size", code="kernel-too-large",
                      kernel=_text(k), span=_text(span), size=size_text(sizes),
                      padding=_text(pad))


def _check_groups(p, c_in):
    g = p["groups"]
    if c_in % g or p["out_channels"] % g:
        raise ShapeError(BAD_GROUPS, FIX_GROUPS, field="groups", code="bad-groups", groups=g,
                         inputs=c_in, outputs=p["out_channels"])


def conv_out(p, s, nd, layer):
    """Output spatial sizes of a convolution over the last nd dims of s."""
    need_image(layer, s, ndim=nd)
    sizes = s[1:]
    k, st, d = tup(p["kernel_size"], nd), tup(p["stride"], nd), tup(p["dilation"], nd)
    pad = p["padding"]
    if pad == "same":
        if any(x != 1 for x in st):
            raise ShapeError(SAME_NEEDS_STRIDE_1, STRIDE_1_OR_NUMBER, field="padding",
                             code="bad-padding")
        return sizes
    pad = (0,) * nd if pad == "valid" else tup(pad, nd)
    span = tuple(di * (ki - 1) + 1 for di, ki in zip(d, k, strict=True))
    if any(n + 2 * q < sp for n, q, sp in zip(sizes, pad, span, strict=True)):
        raise kernel_too_large(k, span, sizes, pad)
    return tuple((n + 2 * q - sp) // si + 1
                 for n, q, sp, si in zip(sizes, pad, span, st, strict=True))


def _conv(nd):
    name = f"Conv{nd}d"

    def infer(p, ins):
        (s,) = ins
        out = conv_out(p, s, nd, name)
        _check_groups(p, s[0])
        return (p["out_channels"], *out)

    def count(p, ins):
        c_in = ins[0][0]
        k = math.prod(tup(p["kernel_size"], nd))
        return p["out_channels"] * (c_in // p["groups"]) * k + (
            p["out_channels"] if p["bias"] else 0)

    def flops(p, ins, out):
        k = math.prod(tup(p["kernel_size"], nd))
        return 2 * numel(out) * (ins[0][0] // p["groups"]) * k

    def build(p, ins):
        from torch import nn

        pad = p["padding"] if isinstance(p["padding"], str) else tup(p["padding"], nd)
        return getattr(nn, name)(
            p["in_channels"], p["out_channels"], tup(p["kernel_size"], nd),
            stride=tup(p["stride"], nd), padding=pad, dilation=tup(p["dilation"], nd),
            groups=p["groups"], bias=p["bias"], padding_mode=p["padding_mode"])

    return infer, count, flops, build


def _conv_params(nd, transposed=False):
    size = "int" if nd == 1 else "int_or_pair"
    out = [
        Param("in_channels", "int", None, QT_TRANSLATE_NOOP("Layers", "Channels of the input "
                                                                      "(inferred)."), min=1,
              inferred=True),
        Param("out_channels", "int", 16, QT_TRANSLATE_NOOP("Layers", "Number of filters = channels "
                                                                     "of the output."), min=1),
        Param("kernel_size", size, 3, QT_TRANSLATE_NOOP("Layers", "Size of each filter."), min=1),
        Param("stride", size, 1, QT_TRANSLATE_NOOP("Layers", "Step between filter "
                                                             "positions."), min=1),
        Param("padding", size, 0,
              PADDING_HELP if transposed or nd == 1 else PADDING_SAME_HELP,
              min=0, choices=() if transposed or nd == 1 else ("same", "valid")),
    ]
    if transposed:
        out.append(Param("output_padding", size, 0,
                         QT_TRANSLATE_NOOP("Layers", "Extra size added to one side of the output "
                                                     "(< stride)."), min=0))
    out += [
        Param("dilation", size, 1, QT_TRANSLATE_NOOP("Layers", "Spacing between filter "
                                                               "taps."), min=1),
        Param("groups", "int", 1, QT_TRANSLATE_NOOP("Layers", "Split channels into independent "
                                                              "groups."), min=1),
        Param("bias", "bool", True, QT_TRANSLATE_NOOP("Layers", "Learn an additive bias.")),
    ]
    if not transposed:  # torch's transposed convolutions pad with zeros only
        out.append(Param("padding_mode", "choice", "zeros",
                         QT_TRANSLATE_NOOP("Layers", "What the padding is filled with: zeros, a "
                                           "mirror of the edge, the edge repeated, or the other "
                                           "side."),
                         choices=("zeros", "reflect", "replicate", "circular")))
    return out


def _inferred_channels(ins, p):
    return [("in_channels", ins[0][0], CHANNELS)]


for _nd in (2, 1):
    _infer, _count, _flops, _build = _conv(_nd)
    declare(f"Conv{_nd}d", CONVOLUTION,
            CONV2D_DESCRIPTION if _nd == 2 else CONV1D_DESCRIPTION,
            _conv_params(_nd), infer=_infer, build=_build, count=_count, flops=_flops,
            inferred=_inferred_channels, torch_name=f"nn.Conv{_nd}d",
            shapes="[C, H, W] -> [out_channels, H', W']" if _nd == 2
            else "[C, L] -> [out_channels, L']")


def _t_infer(p, ins):
    (s,) = ins
    need_image("ConvTranspose2d", s)
    k, st, d = tup(p["kernel_size"], 2), tup(p["stride"], 2), tup(p["dilation"], 2)
    pad, op = tup(p["padding"], 2), tup(p["output_padding"], 2)
    if any(o >= max(a, b) for o, a, b in zip(op, st, d, strict=True)):
        raise ShapeError(BAD_OUTPUT_PADDING, FIX_OUTPUT_PADDING, field="output_padding",
                         code="bad-output-padding", output_padding=_text(op), stride=_text(st))
    _check_groups(p, s[0])
    out = tuple((n - 1) * si - 2 * q + di * (ki - 1) + oi + 1
                for n, si, q, di, ki, oi in zip(s[1:], st, pad, d, k, op, strict=True))
    if min(out) < 1:
        raise ShapeError(EMPTY_OUTPUT, LESS_PADDING_LARGER_KERNEL, field="padding",
                         code="kernel-too-large", shape=fmt((p["out_channels"], *out)))
    return (p["out_channels"], *out)


def _t_count(p, ins):
    k = math.prod(tup(p["kernel_size"], 2))
    return ins[0][0] * (p["out_channels"] // p["groups"]) * k + (
        p["out_channels"] if p["bias"] else 0)


def _t_build(p, ins):
    from torch import nn

    return nn.ConvTranspose2d(
        p["in_channels"], p["out_channels"], tup(p["kernel_size"], 2),
        stride=tup(p["stride"], 2), padding=tup(p["padding"], 2),
        output_padding=tup(p["output_padding"], 2), groups=p["groups"], bias=p["bias"],
        dilation=tup(p["dilation"], 2))


declare("ConvTranspose2d", CONVOLUTION,
        QT_TRANSLATE_NOOP("Layers", "Transposed convolution: upsamples an image with learned "
                                    "filters (decoders)."),
        _conv_params(2, transposed=True), infer=_t_infer, build=_t_build, count=_t_count,
        flops=lambda p, ins, out: 2 * numel(ins[0]) * (p["out_channels"] // p["groups"])
        * math.prod(tup(p["kernel_size"], 2)),
        inferred=_inferred_channels, torch_name="nn.ConvTranspose2d",
        shapes="[C, H, W] -> [out_channels, (H-1)*stride - 2*padding + dilation*(k-1) + "
        "output_padding + 1, same for W]")
