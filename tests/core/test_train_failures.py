"""Why a run failed is told by the error's type and origin, not by words in torch's messages."""

from __future__ import annotations

import errno

import torch
from torch import nn

from netstudio.core.train.events import Status
from netstudio.core.train.trainer import Trainer
from tests.core.test_trainer import mlp, quadrant_data

CFG = {"epochs": 1, "batch_size": 32, "lr": 0.01}


class FullDisk:
    """A file on a disk that fills up after ``room`` bytes (torch.save writes through it)."""

    def __init__(self, f, room: int) -> None:
        self.f, self.room = f, room

    def write(self, b) -> int:
        if len(b) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(b)
        return self.f.write(b)

    def flush(self) -> None:
        self.f.flush()


def test_a_full_disk_while_saving_the_checkpoint_says_so(tmp_path, monkeypatch):
    real_save = torch.save
    monkeypatch.setattr(torch, "save", lambda obj, f, **kw: real_save(obj, FullDisk(f, 300)))
    target = tmp_path / "checkpoint.pt"
    result = Trainer(mlp(), CFG, quadrant_data(), checkpoint_path=target).fit()
    assert result.status == Status.FAILED
    assert "disk is full" in result.message and str(target) in result.message
    assert "could not process the data" not in result.message  # ("unexpected" ~ "expected")
    assert not target.exists() and list(tmp_path.iterdir()) == []


class HugeActivation(nn.Module):
    """A layer whose output cannot be allocated on the CPU (about 40 TB)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + torch.empty(10**13).sum()


def test_a_cpu_allocation_failure_is_out_of_memory():
    model = nn.Sequential(HugeActivation(), *mlp())
    result = Trainer(model, CFG, quadrant_data()).fit()
    assert result.status == Status.FAILED
    assert result.message.startswith("Out of memory with batch size 32"), result.message


def test_shape_errors_raised_in_the_network_still_name_the_input():
    result = Trainer(nn.Sequential(nn.Flatten(), nn.Linear(10, 4)), CFG, quadrant_data()).fit()
    assert "could not process the data" in result.message and "[1, 8, 8]" in result.message


def test_errors_outside_the_network_are_named_by_type():
    class Broken(nn.Module):  # not raised by a layer's computation
        def __init__(self) -> None:
            super().__init__()
            self.net = mlp()

        def train(self, mode: bool = True):
            if mode and getattr(self, "armed", False):
                raise RuntimeError("expected a sunny day")
            return super().train(mode)

    model = Broken()
    model.armed = True
    result = Trainer(model, CFG, quadrant_data()).fit()
    assert result.message == "Training failed: RuntimeError: expected a sunny day"
