"""Checkpoints: one file per run, rewritten atomically after every epoch.

The file holds only tensors, dicts, lists, strings and numbers, so it loads with
``torch.load(path, weights_only=True)`` (no pickled code runs). Keys: format, version, model
(state_dict), optimizer, scheduler, epoch, step, history (list of EpochEnd dicts), config, and
rng: the random number generators' states at the end of the epoch (torch, cuda, numpy,
python), so a resumed run draws the same dropout masks and augmentations as one that was never
interrupted. Checkpoints without rng (earlier versions) still load; such a resume is exact
except for those draws.
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from netstudio.core.files import ReadError, atomic_write
from netstudio.core.text import message_of
from netstudio.core.train import messages as msg
from netstudio.core.untrusted import load_tensors

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
        "rng": rng_state(),
    }


def rng_state() -> dict[str, Any]:
    """Every random generator's state as tensors and numbers (weights_only-loadable)."""
    import numpy as np

    name, keys, pos, has_gauss, gauss = np.random.get_state()
    version, internal, gauss_next = random.getstate()
    return {
        "torch": torch.get_rng_state(),
        "cuda": list(torch.cuda.get_rng_state_all()) if torch.cuda.is_initialized() else [],
        "numpy": {"name": str(name), "keys": torch.from_numpy(np.asarray(keys, dtype=np.int64)),
                  "pos": int(pos), "has_gauss": int(has_gauss), "gauss": float(gauss)},
        "python": {"version": int(version), "state": torch.tensor(internal, dtype=torch.int64),
                   "gauss_next": gauss_next},
    }


def restore_rng(state: Any) -> bool:
    """Put the generators back as ``rng_state()`` saw them; False when ``state`` is not one
    (a checkpoint from an earlier version), leaving them as they are."""
    import numpy as np

    if not isinstance(state, dict):
        return False
    try:
        torch.set_rng_state(state["torch"])
        cuda = state.get("cuda") or []
        if cuda and torch.cuda.is_available() and len(cuda) == torch.cuda.device_count():
            torch.cuda.set_rng_state_all(cuda)
        n = state["numpy"]
        np.random.set_state((n["name"], n["keys"].numpy().astype(np.uint32), n["pos"],
                             n["has_gauss"], n["gauss"]))
        p = state["python"]
        random.setstate((p["version"], tuple(int(v) for v in p["state"].tolist()),
                         p["gauss_next"]))
    except (KeyError, TypeError, ValueError, RuntimeError, AttributeError):
        return False
    return True


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
    if not p.exists():
        raise CheckpointError(msg.SUCH_CHECKPOINT_FILE_CHECK(path=p))
    try:
        state = load_tensors(p)
    except ReadError as e:  # a FIFO or device: refused, never read
        raise CheckpointError(message_of(e)) from None
    except Exception as e:
        raise CheckpointError(
            msg.READABLE_NETSTUDIO_CHECKPOINT(path=p, error=type(e).__name__)) from None
    if isinstance(state, dict) and "format" not in state and state and all(
            isinstance(v, torch.Tensor) for v in state.values()):
        raise CheckpointError(
            msg.HOLDS_ONLY_WEIGHTS_LIKE(path=p))
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise CheckpointError(msg.NETSTUDIO_CHECKPOINT_MADE_ANOTHER(path=p))
    if state.get("version", 0) > VERSION:
        raise CheckpointError(msg.WRITTEN_NEWER_NETSTUDIO_UPDATE(path=p))
    return state
