"""The network's entry point."""

from __future__ import annotations

from netstudio.core.layers.builtin._base import INPUT, declare
from netstudio.core.layers.registry import Param
from netstudio.core.text import QT_TRANSLATE_NOOP


def _build(p, ins):
    from torch import nn

    return nn.Identity()


declare(
    "Input", INPUT, QT_TRANSLATE_NOOP("Layers", "Where the data enters: one sample's shape, "
                                                "without the batch dimension."),
    [Param("shape", "shape", [1, 28, 28],
           QT_TRANSLATE_NOOP("Layers", "Per-sample shape, channels first: [1, 28, 28] for MNIST "
                                       "images."))],
    infer=lambda p, ins: tuple(int(d) for d in p["shape"]),
    build=_build, flops=lambda p, ins, out: 0,
    min_inputs=0, max_inputs=0, shapes="nothing -> shape",
)
