"""Normalisation: BatchNorm1d, BatchNorm2d, LayerNorm."""

from __future__ import annotations

from netstudio.core.layers.builtin._base import (
    AN_IMAGE,
    CHANNELS,
    NORMALIZATION,
    SHAPE,
    declare,
    fmt,
    numel,
    wrong_rank,
)
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

BN1_INPUT = QT_TRANSLATE_NOOP("Layers", "[features] or [channels, length]")
USE_BN2 = QT_TRANSLATE_NOOP("Layers", "use BatchNorm2d for images")
ADD_FLATTEN = QT_TRANSLATE_NOOP("Layers", "add a Flatten layer before it")
USE_BN1 = QT_TRANSLATE_NOOP("Layers", "use BatchNorm1d for flat vectors")
ADD_RESHAPE = QT_TRANSLATE_NOOP("Layers", "add a Reshape layer before it")
NOT_LAST_DIMS = QT_TRANSLATE_NOOP("Layers", "receives shape {shape} but normalized_shape is "
                                  "{given}, which is not its last dimension(s)")
FIX_NORMALIZED_SHAPE = QT_TRANSLATE_NOOP("Layers", "remove normalized_shape or set it to {last} "
                                         "or {shape}")


def _bn_params():
    return [
        Param("num_features", "int", None, QT_TRANSLATE_NOOP("Layers", "Channels (or features) of "
                                                                       "the input (inferred)."),
              min=1, inferred=True),
        Param("eps", "float", 1e-5, QT_TRANSLATE_NOOP("Layers", "Added to the variance to avoid dividing by zero."), min=1e-12),
        Param("momentum", "float", 0.1, QT_TRANSLATE_NOOP("Layers", "How fast the running "
              "statistics follow new batches."), min=0, max=1),
        Param("affine", "bool", True, QT_TRANSLATE_NOOP("Layers", "Learn a scale and shift per channel.")),
        Param("track_running_stats", "bool", True,
              QT_TRANSLATE_NOOP("Layers", "Keep running mean/variance for evaluation.")),
    ]


def _bn1_infer(p, ins):
    (s,) = ins
    if len(s) not in (1, 2):
        raise wrong_rank("BatchNorm1d", s, BN1_INPUT(), USE_BN2 if len(s) == 3 else ADD_FLATTEN)
    return s


def _bn2_infer(p, ins):
    (s,) = ins
    if len(s) != 3:
        raise wrong_rank("BatchNorm2d", s, AN_IMAGE(), USE_BN1 if len(s) in (1, 2) else ADD_RESHAPE)
    return s


def _bn_builder(name):
    def build(p, ins):
        from torch import nn

        return getattr(nn, name)(p["num_features"], eps=p["eps"], momentum=p["momentum"],
                                 affine=p["affine"],
                                 track_running_stats=p["track_running_stats"])
    return build


def _bn_count(p, ins):
    return 2 * ins[0][0] if p["affine"] else 0


for _name, _infer, _desc in (
    ("BatchNorm1d", _bn1_infer, QT_TRANSLATE_NOOP("Layers", "Normalises each feature over the "
                                                  "batch, then scales and shifts it.")),
    ("BatchNorm2d", _bn2_infer, QT_TRANSLATE_NOOP("Layers", "Normalises each channel over the "
                                                  "batch and the image, then scales and "
                                                  "shifts it.")),
):
    declare(_name, NORMALIZATION, _desc, _bn_params(), infer=_infer,
            build=_bn_builder(_name), count=_bn_count,
            flops=lambda p, ins, out: 2 * numel(out),
            inferred=lambda ins, p: [("num_features", ins[0][0], CHANNELS)],
            torch_name=f"nn.{_name}",
            shapes="[C] or [C, L] -> the same" if _name == "BatchNorm1d" else
            "[C, H, W] -> [C, H, W]")


def _ln_shape(p, s):
    given = p.get("normalized_shape")
    if given is None:
        return tuple(s)
    given = tuple(given)
    if len(given) > len(s) or tuple(s[len(s) - len(given):]) != given:
        raise ShapeError(NOT_LAST_DIMS, FIX_NORMALIZED_SHAPE, field="normalized_shape",
                         code="inferred-mismatch", shape=fmt(s), given=fmt(given),
                         last=fmt(s[-1:]))
    return given


def _ln_build(p, ins):
    from torch import nn

    return nn.LayerNorm(list(p["normalized_shape"]), eps=p["eps"],
                        elementwise_affine=p["elementwise_affine"], bias=p["bias"])


declare(
    "LayerNorm", NORMALIZATION,
    QT_TRANSLATE_NOOP("Layers", "Normalises each sample over its last dimensions, then scales and "
                                "shifts."),
    [Param("normalized_shape", "shape", None,
           QT_TRANSLATE_NOOP("Layers", "Trailing dimensions to normalise over; empty = the whole "
                                       "sample (inferred)."),
           inferred=True),
     Param("eps", "float", 1e-5, QT_TRANSLATE_NOOP("Layers", "Added to the variance to avoid "
                                                             "dividing by zero."), min=1e-12),
     Param("elementwise_affine", "bool", True, QT_TRANSLATE_NOOP("Layers", "Learn a scale per "
                                                                           "element.")),
     Param("bias", "bool", True, QT_TRANSLATE_NOOP("Layers", "Learn a shift per element (with "
                                                             "elementwise_affine)."))],
    infer=lambda p, ins: (_ln_shape(p, ins[0]), ins[0])[1],
    build=_ln_build,
    count=lambda p, ins: (numel(_ln_shape(p, ins[0]))
                          * ((1 + p["bias"]) if p["elementwise_affine"] else 0)),
    flops=lambda p, ins, out: 5 * numel(out),
    # any trailing part of the input shape may be given; _ln_shape raises otherwise
    inferred=lambda ins, p: [("normalized_shape", list(_ln_shape(p, ins[0])), SHAPE)],
    torch_name="nn.LayerNorm", shapes="any shape -> the same shape",
)
