"""Fully connected layers."""

from __future__ import annotations

from netstudio.core.layers.builtin._base import DENSE, FEATURES, declare, fmt, numel, wrong_rank
from netstudio.core.layers.registry import Param
from netstudio.core.text import QT_TRANSLATE_NOOP

FLAT_FEATURES = QT_TRANSLATE_NOOP("Layers", "a flat vector of features")
ADD_FLATTEN = QT_TRANSLATE_NOOP("Layers", "add a Flatten layer before it (it turns {shape} into "
                                "{flat})")


def _infer(p, ins):
    (s,) = ins
    if len(s) > 2:
        raise wrong_rank("Linear", s, FLAT_FEATURES(), ADD_FLATTEN, flat=fmt((numel(s),)))
    return (*s[:-1], p["out_features"])


def _count(p, ins):
    return ins[0][-1] * p["out_features"] + (p["out_features"] if p["bias"] else 0)


def _build(p, ins):
    from torch import nn

    return nn.Linear(p["in_features"], p["out_features"], bias=p["bias"])


declare(
    "Linear", DENSE, QT_TRANSLATE_NOOP("Layers", "Fully connected layer: every output is a "
                                                 "weighted sum of all inputs."),
    [Param("in_features", "int", None, QT_TRANSLATE_NOOP("Layers", "Size of each input vector "
                                                                   "(inferred from the input)."),
           min=1, inferred=True),
     Param("out_features", "int", 10, QT_TRANSLATE_NOOP("Layers", "Number of outputs "
                                                                  "(neurons)."), min=1),
     Param("bias", "bool", True, QT_TRANSLATE_NOOP("Layers", "Learn an additive bias."))],
    infer=_infer, build=_build, count=_count,
    flops=lambda p, ins, out: 2 * numel(ins[0]) * p["out_features"],
    inferred=lambda ins, p: [("in_features", ins[0][-1], FEATURES)],
    torch_name="nn.Linear", shapes="[in_features] -> [out_features] (also [steps, features])",
)
