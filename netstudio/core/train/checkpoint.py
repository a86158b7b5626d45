"""Checkpoints: one file per run, rewritten atomically after every epoch.

The file holds only tensors, dicts, lists, strings and numbers, so it loads with
``torch.load(path, weights_only=True)`` (no pickled code runs). Keys: format, version, model
(state_dict), optimizer, scheduler, epoch, step, history (list of EpochEnd dicts), config.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from netstudio.core.files import atomic_write

if TYPE_CHECKING:
    from netstudio.core.train.trainer import Trainer

FORMAT = "netstudio-checkpoint"
VERSION = 1


class CheckpointError(Exception):
    """A checkpoint that cannot be used; the message names the file and what to do."""


def state_of(trainer: Trainer) -> dict[str, Any]:
    sched = trainer.scheduler
    return {
        "format": FORMAT, "version": VERSION,
        "model": trainer.model.state_dict(),
        "optimizer": trainer.optimizer.state_dict() if trainer.optimizer else None,
        "scheduler": sched.state_dict() if sched is not None else None,
        "epoch": trainer.epoch,
        "step": trainer.global_step,
        "history": [h.to_dict() for h in trainer.history],
        "config": trainer.config.to_dict(),
    }


def save(path: Path, trainer: Trainer) -> None:
    save_state(path, state_of(trainer))


def save_state(path: Path, state: dict[str, Any]) -> None:
    """torch.save atomically (core.files.atomic_write): never a half file. Raises WriteError
    (an OSError; ``disk_full`` for a full disk)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda f: torch.save(state, f))


def load(path: str | os.PathLike[str]) -> dict[str, Any]:
    p = Path(path)
    if not p.is_file():
        raise CheckpointError(f"{p}: no such checkpoint file. Check the path.")
    try:
        state = torch.load(p, map_location="cpu", weights_only=True)
    except Exception as e:
        raise CheckpointError(
            f"{p}: not a readable netstudio checkpoint ({type(e).__name__}).") from None
    if isinstance(state, dict) and "format" not in state and state and all(
            isinstance(v, torch.Tensor) for v in state.values()):
        raise CheckpointError(
            f"{p}: holds only weights (like model.pt), not a checkpoint; resume from the "
            "checkpoint.pt next to it (it also holds the optimizer and the history).")
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise CheckpointError(f"{p}: not a netstudio checkpoint (made by another program?).")
    if state.get("version", 0) > VERSION:
        raise CheckpointError(f"{p}: written by a newer netstudio; update netstudio to use it.")
    return state
