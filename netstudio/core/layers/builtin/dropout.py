"""Dropout: randomly zeroes values while training (regularisation)."""

from __future__ import annotations

from netstudio.core.layers.builtin._base import AN_IMAGE, DROPOUT, declare, wrong_rank
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

USE_DROPOUT = QT_TRANSLATE_NOOP("Layers", "use Dropout for inputs that are not images")
ZEROES_ALL = QT_TRANSLATE_NOOP("Layers", "has p = 1, so it zeroes every value while training and "
                               "nothing can be learned")
USE_SOME_P = QT_TRANSLATE_NOOP("Layers", "use a p between 0.1 and 0.5")
DOES_NOTHING = QT_TRANSLATE_NOOP("Layers", "has p = 0, so it does nothing")
USE_SOME_P_OR_DELETE = QT_TRANSLATE_NOOP("Layers", "use a p between 0.1 and 0.5, or delete it")


def _p():
    return [Param("p", "float", 0.5, QT_TRANSLATE_NOOP("Layers", "Probability of zeroing each value while training."),
                  min=0, max=1),
            Param("inplace", "bool", False, QT_TRANSLATE_NOOP("Layers", "Overwrite the input instead of making a new "
                  "tensor (saves memory; same result)."))]


def _builder(name):
    def build(p, ins):
        from torch import nn

        return getattr(nn, name)(p=p["p"], inplace=p["inplace"])
    return build


def _d2_infer(p, ins):
    (s,) = ins
    if len(s) != 3:
        raise wrong_rank("Dropout2d", s, AN_IMAGE(), USE_DROPOUT)
    return s


def _hints(p, ins):
    if p["p"] >= 1:
        return [("warning", ShapeError(ZEROES_ALL, USE_SOME_P, field="p",
                                       code="suspicious-param"))]
    if p["p"] == 0:
        return [("info", ShapeError(DOES_NOTHING, USE_SOME_P_OR_DELETE, field="p",
                                    code="suspicious-param"))]
    return []


declare("Dropout", DROPOUT,
        QT_TRANSLATE_NOOP("Layers", "Zeroes random values while training, so the network "
                          "cannot rely on any single one."), _p(), infer=lambda p, ins: ins[0],
        build=_builder("Dropout"), torch_name="nn.Dropout", hints=_hints,
        shapes="any shape -> the same shape")
declare("Dropout2d", DROPOUT,
        QT_TRANSLATE_NOOP("Layers", "Zeroes whole random channels of an image while training."),
        _p(), infer=_d2_infer, build=_builder("Dropout2d"), torch_name="nn.Dropout2d", hints=_hints,
        shapes="[C, H, W] -> [C, H, W]")
