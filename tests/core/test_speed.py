"""The trainer's speed settings (training.amp, channels_last, compile, device) decide once and
fall back cleanly, with a note, wherever the hardware or the toolchain cannot do them; and the
fast recipe trains to a stated accuracy. Correctness only: speed is measured in bench/."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from torch import nn

from netstudio.core.project import Project
from netstudio.core.train import speed
from netstudio.core.train.run import prepare_run
from netstudio.core.train.trainer import Trainer
from tests.core.test_trainer import config, mlp, quadrant_data

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def tiny_cnn() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.Flatten(),
                         nn.Linear(4 * 8 * 8, 4))


def test_auto_uses_bf16_and_channels_last_for_convolutions_where_native():
    trainer = Trainer(tiny_cnn(), config(epochs=1), quadrant_data())
    result = trainer.fit()
    assert result.ok, result.message
    native = speed.native_bf16(torch.device("cpu"))
    assert (trainer.speed.amp_dtype == torch.bfloat16) == native
    assert trainer.speed.channels_last
    assert trainer.model[0].weight.is_contiguous(memory_format=torch.channels_last)


def test_auto_leaves_networks_without_convolutions_alone():
    trainer = Trainer(mlp(), config(epochs=1), quadrant_data())
    assert trainer.fit().ok
    assert trainer.speed.amp_dtype is None and not trainer.speed.channels_last


def test_amp_true_without_bf16_trains_in_float32_with_a_note(monkeypatch):
    monkeypatch.setattr(speed, "native_bf16", lambda device: False)
    monkeypatch.setattr(speed, "any_bf16", lambda device: False)
    trainer = Trainer(tiny_cnn(), config(epochs=1, amp=True), quadrant_data())
    assert trainer.fit().ok
    assert trainer.speed.amp_dtype is None
    assert any("bfloat16 is not supported" in n for n in trainer.notes)


def test_amp_true_on_emulated_bf16_says_it_may_be_slower(monkeypatch):
    monkeypatch.setattr(speed, "native_bf16", lambda device: False)
    monkeypatch.setattr(speed, "any_bf16", lambda device: True)
    trainer = Trainer(mlp(), config(epochs=1, amp=True), quadrant_data())
    assert trainer.fit().ok and trainer.speed.amp_dtype == torch.bfloat16
    assert any("emulated" in n for n in trainer.notes)


def test_channels_last_forced_on_a_network_without_images_is_harmless():
    trainer = Trainer(mlp(), config(epochs=1, channels_last=True), quadrant_data())
    assert trainer.fit().ok


def test_compile_without_a_compiler_trains_without_it(monkeypatch):
    monkeypatch.setattr(speed, "compiler_problem", lambda device: "no C++ compiler was found")
    trainer = Trainer(mlp(), config(epochs=1, compile=True), quadrant_data())
    assert trainer.fit().ok
    assert not trainer.speed.compiled
    assert any("no C++ compiler" in n and "without compiling" in n for n in trainer.notes)


def test_compile_that_fails_on_the_first_step_falls_back(monkeypatch):
    monkeypatch.setattr(speed, "compiler_problem", lambda device: None)

    class Broken(nn.Module):
        def __init__(self, inner: nn.Module) -> None:
            super().__init__()
            self._orig_mod = inner

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            raise RuntimeError("inductor: something unsupported")

    monkeypatch.setattr(torch, "compile", lambda module: Broken(module))
    trainer = Trainer(mlp(), config(epochs=2, compile=True), quadrant_data())
    result = trainer.fit()
    assert result.ok, result.message
    assert not trainer.speed.compiled and result.history[-1].train_loss < 1.5
    assert any("compiling the network failed" in n for n in trainer.notes)


def test_compiled_run_reports_its_warm_up(monkeypatch):
    monkeypatch.setattr(speed, "compiler_problem", lambda device: None)
    monkeypatch.setattr(torch, "compile", lambda module: module)  # the toolchain is not tested
    trainer = Trainer(mlp(), config(epochs=1, compile=True), quadrant_data())
    assert trainer.fit().ok
    assert trainer.speed.compiled and trainer.speed.compile_seconds is not None
    assert any("compiled the network in" in n for n in trainer.notes)


@pytest.mark.slow
def test_fast_recipe_trains_the_tutorial_cnn_on_a_subset():
    """The fast recipe's 2 epochs on 3,000 MNIST images: >= 90% test accuracy (measured
    92.3% with seed 0, 48 steps of batch 128)."""
    project = Project.load(SAMPLES / "mnist_cnn.nsproj.json")
    project.training = {"task": "classification", "recipe": "fast", "seed": 0}
    trainer = prepare_run(project, subset=3000, device="cpu")
    assert trainer.config.schedule["type"] == "onecycle" and trainer.config.epochs == 2
    result = trainer.fit()
    assert result.ok, result.message
    assert result.test.accuracy >= 0.90, result.test.accuracy
