"""An interrupted and resumed run equals one that was never interrupted, Dropout included:
the checkpoint carries the random generators' states (docs/reliability.md)."""

from __future__ import annotations

import math
import random

import numpy as np
import torch
from torch import nn

from netstudio.core.train import checkpoint as ckpt
from netstudio.core.train.trainer import Trainer
from tests.core.test_trainer import quadrant_data


def dropout_net() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Dropout(0.5),
                         nn.Linear(32, 4))


def test_resume_with_dropout_is_exact(tmp_path):
    cfg = {"epochs": 3, "batch_size": 32, "lr": 0.01, "seed": 3}
    data = quadrant_data()
    whole = Trainer(dropout_net(), cfg, data)
    straight = whole.fit()
    first = Trainer(dropout_net(), {**cfg, "epochs": 2}, data,
                    checkpoint_path=tmp_path / "checkpoint.pt")
    assert first.fit().ok
    torch.manual_seed(1234)  # whatever happened in between
    random.seed(5)
    np.random.seed(7)
    resumed = Trainer(dropout_net(), cfg, data, resume_from=tmp_path / "checkpoint.pt")
    again = resumed.fit()
    for (name, a), b in zip(whole.model.state_dict().items(),
                            resumed.model.state_dict().values(), strict=True):
        assert torch.equal(a, b), name  # bit for bit
    # the reported means are summed in windows timed by the clock: equal up to rounding
    for h, g in zip(again.history, straight.history, strict=True):
        assert math.isclose(h.train_loss, g.train_loss, rel_tol=1e-6)
        assert h.val_loss == g.val_loss and h.val_accuracy == g.val_accuracy


def test_the_generators_come_back_and_old_checkpoints_still_load(tmp_path):
    torch.manual_seed(1)
    random.seed(2)
    np.random.seed(3)
    state = ckpt.rng_state()
    expected = (torch.rand(3), random.random(), np.random.rand())
    path = tmp_path / "state.pt"
    ckpt.save_state(path, {"rng": state})
    loaded = torch.load(path, weights_only=True)["rng"]  # plain tensors and numbers only
    torch.manual_seed(99)
    assert ckpt.restore_rng(loaded)
    again = (torch.rand(3), random.random(), np.random.rand())
    assert torch.equal(expected[0], again[0]) and expected[1:] == again[1:]
    assert not ckpt.restore_rng(None) and not ckpt.restore_rng({"torch": "junk"})
