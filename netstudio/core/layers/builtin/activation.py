"""Element-wise activations and the softmax family."""

from __future__ import annotations

from netstudio.core.layers.builtin._base import ACTIVATION, declare, fmt, numel
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

SOFTMAX_DIM = QT_TRANSLATE_NOOP("Layers", "has dim {dim}, but its input {shape} has only "
                                "dimensions 1..{top} after the batch")
SET_DIM_LAST = QT_TRANSLATE_NOOP("Layers", "set dim to -1 (the last)")
BATCH_DIM = QT_TRANSLATE_NOOP("Layers", "has dim {dim}, the batch dimension: {layer} would mix "
                              "samples")
SET_DIM_CLASSES = QT_TRANSLATE_NOOP("Layers", "set dim to -1 (the last dimension, the classes)")

SAME = "any shape -> the same shape"


def _same(p, ins):
    return ins[0]


def _builder(name, *keys):
    def build(p, ins):
        from torch import nn

        return getattr(nn, name)(**{k: p[k] for k in keys})
    return build


def _simple(name, description, params=(), keys=(), loss_sensitive=False, inplace=False):
    params, keys = list(params), list(keys)
    if inplace:  # torch's memory saving: overwrite the input (same result)
        params.append(Param("inplace", "bool", False, QT_TRANSLATE_NOOP("Layers", "Overwrite the input instead of making "
                            "a new tensor (saves memory; same result).")))
        keys.append("inplace")
    declare(name, ACTIVATION, description, params, infer=_same, shapes=SAME,
            build=_builder(name, *keys), torch_name=f"nn.{name}",
            loss_sensitive=loss_sensitive)


_simple("ReLU", QT_TRANSLATE_NOOP("Layers", "Keeps positive values and zeroes negative ones: max(0, x)."), inplace=True)
_simple("ReLU6", QT_TRANSLATE_NOOP("Layers", "ReLU capped at 6: min(max(0, x), 6) (mobile networks)."), inplace=True)
_simple("LeakyReLU", QT_TRANSLATE_NOOP("Layers", "Like ReLU but lets a small slope through for negative values."),
        [Param("negative_slope", "float", 0.01, QT_TRANSLATE_NOOP("Layers", "Slope for negative inputs."), min=0)],
        ["negative_slope"], inplace=True)
_simple("ELU", QT_TRANSLATE_NOOP("Layers", "Smooth ReLU variant: alpha * (exp(x) - 1) for negative values."),
        [Param("alpha", "float", 1.0, QT_TRANSLATE_NOOP("Layers", "Value the output approaches for very negative inputs."),
               min=0)], ["alpha"], inplace=True)
_simple("GELU", QT_TRANSLATE_NOOP("Layers", "Gaussian error linear unit, a smooth ReLU used in transformers."),
        [Param("approximate", "choice", "none", QT_TRANSLATE_NOOP("Layers", "'tanh' uses a faster approximation."),
               choices=("none", "tanh"))], ["approximate"])
_simple("SiLU", QT_TRANSLATE_NOOP("Layers", "Smooth ReLU variant x * sigmoid(x), also called swish."), inplace=True)
_simple("Hardswish", QT_TRANSLATE_NOOP("Layers", "Piecewise-linear SiLU: x * ReLU6(x + 3) / 6 (MobileNetV3)."), inplace=True)
_simple("Hardsigmoid", QT_TRANSLATE_NOOP("Layers", "Piecewise-linear sigmoid: ReLU6(x + 3) / 6 (MobileNetV3)."),
        inplace=True)
_simple("Sigmoid", QT_TRANSLATE_NOOP("Layers", "Squashes each value into (0, 1)."), loss_sensitive=True)
_simple("Tanh", QT_TRANSLATE_NOOP("Layers", "Squashes each value into (-1, 1)."))


def _softmax_infer(name):
    def infer(p, ins):
        (s,) = ins
        dim, rank = p["dim"], len(s) + 1
        if not -rank <= dim < rank:
            raise ShapeError(SOFTMAX_DIM, SET_DIM_LAST, field="dim", code="bad-dim", dim=dim,
                             shape=fmt(s), top=rank - 1)
        if dim in (0, -rank):
            raise ShapeError(BATCH_DIM, SET_DIM_CLASSES, field="dim", code="bad-dim", dim=dim,
                             layer=name)
        return s
    return infer


for _name, _desc in (
    ("Softmax", QT_TRANSLATE_NOOP("Layers", "Turns scores into probabilities that sum to 1 "
                                  "along dim.")),
    ("LogSoftmax", QT_TRANSLATE_NOOP("Layers", "Log of Softmax; pair it with NLLLoss.")),
):
    declare(_name, ACTIVATION, _desc,
            [Param("dim", "int", -1,
                   QT_TRANSLATE_NOOP("Layers", "Dimension to normalise, counting the batch as "
                                     "0; -1 = the last (the classes)."))],
            infer=_softmax_infer(_name), build=_builder(_name, "dim"),
            flops=lambda p, ins, out: 3 * numel(out),
            torch_name=f"nn.{_name}", loss_sensitive=True, shapes=SAME)

