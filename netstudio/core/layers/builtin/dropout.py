"""Dropout: randomly zeroes values while training (regularisation)."""

from __future__ import annotations

from netstudio.core.layers.builtin._base import declare, wrong_rank
from netstudio.core.layers.registry import Param


def _p():
    return [Param("p", "float", 0.5, "Probability of zeroing each value while training.",
                  min=0, max=1)]


def _builder(name):
    def build(p, ins):
        from torch import nn

        return getattr(nn, name)(p=p["p"])
    return build


def _d2_infer(p, ins):
    (s,) = ins
    if len(s) != 3:
        raise wrong_rank("Dropout2d", s, "[channels, height, width]",
                         "use Dropout for inputs that are not images")
    return s


def _hints(p, ins):
    if p["p"] >= 1:
        return [("warning", "has p = 1, so it zeroes every value while training and nothing "
                 "can be learned", "use a p between 0.1 and 0.5", "p")]
    if p["p"] == 0:
        return [("info", "has p = 0, so it does nothing", "use a p between 0.1 and 0.5, or "
                 "delete it", "p")]
    return []


declare("Dropout", "Dropout", "Zeroes random values while training, so the network cannot "
        "rely on any single one.", _p(), infer=lambda p, ins: ins[0],
        build=_builder("Dropout"), torch_name="nn.Dropout", hints=_hints,
        shapes="any shape -> the same shape")
declare("Dropout2d", "Dropout", "Zeroes whole random channels of an image while training.",
        _p(), infer=_d2_infer, build=_builder("Dropout2d"), torch_name="nn.Dropout2d", hints=_hints,
        shapes="[C, H, W] -> [C, H, W]")
