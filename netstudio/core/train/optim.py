"""Optimizers and learning-rate schedules from a TrainConfig.

``training.schedule`` (all keys but "type" optional):
  {"type": "step", "step_size": 1, "gamma": 0.7}        lr *= gamma every step_size epochs
  {"type": "cosine", "eta_min": 0}                       cosine from lr to eta_min over the run
  {"type": "onecycle", "max_lr": lr, "pct_start": 0.3}   one-cycle, stepped every batch
  {"type": "plateau", "factor": 0.1, "patience": 2}      lr *= factor when the validation loss
                                                         stops improving for patience epochs
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from netstudio.core.settings.training import ConfigError, TrainConfig


def build_optimizer(model: nn.Module, cfg: TrainConfig) -> torch.optim.Optimizer:
    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise ConfigError("the network has no trainable parameters: add a layer with weights "
                          "(Linear, Conv2d, ...).")
    wd = cfg.weight_decay
    if cfg.optimizer == "SGD":
        return torch.optim.SGD(params, lr=cfg.lr, momentum=cfg.momentum, nesterov=cfg.nesterov,
                               weight_decay=wd)
    if cfg.optimizer == "RMSprop":
        return torch.optim.RMSprop(params, lr=cfg.lr, momentum=cfg.momentum, weight_decay=wd)
    if cfg.optimizer == "AdamW":
        return torch.optim.AdamW(params, lr=cfg.lr, weight_decay=wd)
    return torch.optim.Adam(params, lr=cfg.lr, weight_decay=wd)


def _get(spec: dict[str, Any], key: str, default: float, kind: type = float) -> Any:
    v = spec.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int | float) or v < 0 or (
            kind is int and not isinstance(v, int)):
        raise ConfigError(f"training.schedule.{key} must be a {'whole ' if kind is int else ''}"
                          f"number >= 0, got {v!r}.")
    return kind(v)


def build_scheduler(opt: torch.optim.Optimizer, cfg: TrainConfig, batches_per_epoch: int
                    ) -> Any:
    spec = cfg.schedule
    if not spec:
        return None
    kind = spec["type"]
    sched: Any
    if kind == "step":
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=max(1, _get(spec, "step_size", 1,
                                                                           int)),
                                                gamma=_get(spec, "gamma", 0.7))
    elif kind == "cosine":
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=cfg.epochs,
                                                           eta_min=_get(spec, "eta_min", 0.0))
    elif kind == "onecycle":
        sched = torch.optim.lr_scheduler.OneCycleLR(
            opt, max_lr=_get(spec, "max_lr", cfg.lr), epochs=cfg.epochs,
            steps_per_epoch=batches_per_epoch, pct_start=_get(spec, "pct_start", 0.3))
        sched._netstudio_per_batch = True
    else:
        sched = torch.optim.lr_scheduler.ReduceLROnPlateau(
            opt, factor=_get(spec, "factor", 0.1), patience=_get(spec, "patience", 2, int))
    return sched
