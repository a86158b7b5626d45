"""Optimizers and learning-rate schedules from a TrainConfig, built from the optimizer library
(netstudio/core/optim/: every torch.optim optimizer and lr_scheduler schedule, declared once).

``training.optimizer``: a name ("Adam") or {"type": "Adam", "betas": [0.9, 0.99], ...};
``training.schedule``: {"type": "onecycle", "max_lr": 0.01, ...}. The arguments of each are
in docs/optimizers.md (generated from the declarations).
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from netstudio.core.optim.registry import (
    Call,
    RunContext,
    check_schedule,
    get_optimizer,
    get_schedule,
)
from netstudio.core.settings.training import ConfigError, TrainConfig
from netstudio.core.train import messages as msg


def instantiate(call: Call, first: Any) -> Any:
    """``torch.optim.<call.path>(first, **kwargs)``; nested Calls get the same first argument
    (the optimizer, for the schedulers inside a SequentialLR)."""
    target: Any = torch.optim
    for part in call.path.split("."):
        target = getattr(target, part)

    def value(v: Any) -> Any:
        if isinstance(v, Call):
            return instantiate(v, first)
        if isinstance(v, list):
            return [value(x) for x in v]
        return v

    return target(first, **{k: value(v) for k, v in call.kwargs.items()})


def build_optimizer(model: nn.Module, cfg: TrainConfig) -> torch.optim.Optimizer:
    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise ConfigError(msg.NETWORK_TRAINABLE_PARAMETERS_ADD())
    spec = get_optimizer(cfg.optimizer)
    if spec is None:  # parse_config checked it; a TrainConfig made by hand may not be
        raise ConfigError(msg.TRAINING_OPTIMIZER_KNOWN(optimizer=cfg.optimizer))
    opt = instantiate(spec.call(cfg.optimizer_params, cfg.lr), params)
    opt._netstudio_closure = spec.needs_closure  # LBFGS: step(closure)
    return opt


def build_scheduler(opt: torch.optim.Optimizer, cfg: TrainConfig, batches_per_epoch: int
                    ) -> Any:
    """The schedule, or None. ``sched._netstudio_per_batch`` says it is stepped after every
    batch (else after every epoch; with the validation loss when it monitors one)."""
    if not cfg.schedule:
        return None
    resolved = check_schedule({"schedule": cfg.schedule})
    spec = get_schedule(resolved.name)
    if spec is None or resolved.errors:
        raise ConfigError(resolved.errors or f"training.schedule {cfg.schedule!r} is not known.")
    optimizer = get_optimizer(cfg.optimizer)
    ctx = RunContext(lr=cfg.lr, epochs=cfg.epochs, steps_per_epoch=batches_per_epoch,
                     has_momentum=optimizer is not None and optimizer.has_momentum)
    sched = instantiate(spec.make(resolved.values, ctx), opt)
    sched._netstudio_per_batch = spec.per_batch
    return sched
