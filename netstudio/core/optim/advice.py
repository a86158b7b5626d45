"""The learning rate netstudio suggests instead of one that is too high or too low.

One place, so that every piece of advice about the same run names the same rate: the
Trainer's divergence message ("Lower training.lr (try X)") and the training doctor's
lr-too-high / lr-too-low findings and their one-click fixes.
"""

from __future__ import annotations

import math

from netstudio.core.optim.registry import get_optimizer

# The usual starting rate where it differs from torch's default (the registry's default_lr):
# plain SGD crawls at torch's 0.001, tutorials start it at 0.01; RMSprop is usually 0.001.
USUAL_LR = {"SGD": 0.01, "RMSprop": 0.001}
FALLBACK_LR = 0.001  # an optimizer the library does not know


def usual_lr(optimizer: str) -> float:
    """The rate an optimizer usually starts with (Adam 0.001, SGD 0.01, Adadelta 1.0)."""
    if optimizer in USUAL_LR:
        return USUAL_LR[optimizer]
    spec = get_optimizer(optimizer)
    return float(spec.default_lr) if spec is not None else FALLBACK_LR


def lower_lr(lr: float, optimizer: str) -> float:
    """A tenth of ``lr``, and no more than the optimizer's usual rate: one step of advice
    should give a run that trains (SGD at 10 -> 0.01, not 1; 1e308 -> a real rate)."""
    usual = usual_lr(optimizer)
    if not math.isfinite(lr) or lr <= 0:
        return usual
    return one_digit(min(lr / 10, usual))


def higher_lr(lr: float, optimizer: str) -> float:
    """Ten times ``lr``, and at least the optimizer's usual rate."""
    usual = usual_lr(optimizer)
    if not math.isfinite(lr) or lr <= 0:
        return usual
    return one_digit(max(lr * 10, usual))


def one_digit(x: float) -> float:
    """One significant digit: 0.00123 -> 0.001."""
    if x <= 0 or not math.isfinite(x):
        return x
    return float(f"{x:.1g}")
