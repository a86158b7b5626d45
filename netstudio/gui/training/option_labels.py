"""Readable labels for the arguments of torch.optim optimizers and schedules.

The English label is torch's own name with spaces ("weight decay"); other languages get words
(权重衰减). The form shows the raw name ("weight_decay") in the label's tooltip, since that is
the key in the project file and in torch's documentation. lupdate reads the texts below.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "OptionLabels"

# Every argument the optimizer library declares (tests/gui/test_translation_training.py
# checks that none is missing).
LABELS = {
    "maximize": QT_TRANSLATE_NOOP("OptionLabels", "maximize"),
    "weight_decay": QT_TRANSLATE_NOOP("OptionLabels", "weight decay"),
    "eps": QT_TRANSLATE_NOOP("OptionLabels", "eps"),
    "betas": QT_TRANSLATE_NOOP("OptionLabels", "betas"),
    "gamma": QT_TRANSLATE_NOOP("OptionLabels", "gamma"),
    "decoupled_weight_decay": QT_TRANSLATE_NOOP("OptionLabels", "decoupled weight decay"),
    "eta_min": QT_TRANSLATE_NOOP("OptionLabels", "eta min"),
    "total_iters": QT_TRANSLATE_NOOP("OptionLabels", "total iters"),
    "momentum": QT_TRANSLATE_NOOP("OptionLabels", "momentum"),
    "amsgrad": QT_TRANSLATE_NOOP("OptionLabels", "amsgrad"),
    "alpha": QT_TRANSLATE_NOOP("OptionLabels", "alpha"),
    "start_factor": QT_TRANSLATE_NOOP("OptionLabels", "start factor"),
    "factor": QT_TRANSLATE_NOOP("OptionLabels", "factor"),
    "max_lr": QT_TRANSLATE_NOOP("OptionLabels", "max lr"),
    "cycle_momentum": QT_TRANSLATE_NOOP("OptionLabels", "cycle momentum"),
    "dampening": QT_TRANSLATE_NOOP("OptionLabels", "dampening"),
    "nesterov": QT_TRANSLATE_NOOP("OptionLabels", "nesterov"),
    "rho": QT_TRANSLATE_NOOP("OptionLabels", "rho"),
    "beta2_decay": QT_TRANSLATE_NOOP("OptionLabels", "beta2 decay"),
    "d": QT_TRANSLATE_NOOP("OptionLabels", "d"),
    "lr_decay": QT_TRANSLATE_NOOP("OptionLabels", "lr decay"),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("OptionLabels", "initial accumulator value"),
    "momentum_decay": QT_TRANSLATE_NOOP("OptionLabels", "momentum decay"),
    "centered": QT_TRANSLATE_NOOP("OptionLabels", "centered"),
    "etas": QT_TRANSLATE_NOOP("OptionLabels", "etas"),
    "step_sizes": QT_TRANSLATE_NOOP("OptionLabels", "step sizes"),
    "lambd": QT_TRANSLATE_NOOP("OptionLabels", "lambd"),
    "t0": QT_TRANSLATE_NOOP("OptionLabels", "t0"),
    "max_iter": QT_TRANSLATE_NOOP("OptionLabels", "max iter"),
    "max_eval": QT_TRANSLATE_NOOP("OptionLabels", "max eval"),
    "tolerance_grad": QT_TRANSLATE_NOOP("OptionLabels", "tolerance grad"),
    "tolerance_change": QT_TRANSLATE_NOOP("OptionLabels", "tolerance change"),
    "history_size": QT_TRANSLATE_NOOP("OptionLabels", "history size"),
    "line_search_fn": QT_TRANSLATE_NOOP("OptionLabels", "line search fn"),
    "step_size": QT_TRANSLATE_NOOP("OptionLabels", "step size"),
    "milestones": QT_TRANSLATE_NOOP("OptionLabels", "milestones"),
    "T_0": QT_TRANSLATE_NOOP("OptionLabels", "T 0"),
    "T_mult": QT_TRANSLATE_NOOP("OptionLabels", "T mult"),
    "end_factor": QT_TRANSLATE_NOOP("OptionLabels", "end factor"),
    "power": QT_TRANSLATE_NOOP("OptionLabels", "power"),
    "pct_start": QT_TRANSLATE_NOOP("OptionLabels", "pct start"),
    "anneal_strategy": QT_TRANSLATE_NOOP("OptionLabels", "anneal strategy"),
    "div_factor": QT_TRANSLATE_NOOP("OptionLabels", "div factor"),
    "final_div_factor": QT_TRANSLATE_NOOP("OptionLabels", "final div factor"),
    "three_phase": QT_TRANSLATE_NOOP("OptionLabels", "three phase"),
    "base_lr": QT_TRANSLATE_NOOP("OptionLabels", "base lr"),
    "step_size_up": QT_TRANSLATE_NOOP("OptionLabels", "step size up"),
    "mode": QT_TRANSLATE_NOOP("OptionLabels", "mode"),
    "patience": QT_TRANSLATE_NOOP("OptionLabels", "patience"),
    "threshold": QT_TRANSLATE_NOOP("OptionLabels", "threshold"),
    "cooldown": QT_TRANSLATE_NOOP("OptionLabels", "cooldown"),
    "min_lr": QT_TRANSLATE_NOOP("OptionLabels", "min lr"),
    "warmup": QT_TRANSLATE_NOOP("OptionLabels", "warmup"),
}


def option_label(name: str) -> str:
    """The label for argument ``name`` in the UI language (torch's name, spaced, if none)."""
    text = LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, text) if text else name.replace("_", " ")
