"""The learning-rate range test and ``netstudio lr-find``."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from netstudio.cli import main
from netstudio.core.explain.lr_find import find_lr, suggest
from netstudio.core.project import Project
from netstudio.core.train.run import SetupError, train_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def tiny_mlp(tmp_path: Path | None = None) -> Project:
    p = Project.from_dict({
        "format": "netstudio", "version": 1, "name": "tiny",
        "graph": {"nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                            {"id": "flat", "type": "Flatten"},
                            {"id": "fc", "type": "Linear", "params": {"out_features": 10}}],
                  "edges": [{"from": "input", "to": "flat"}, {"from": "flat", "to": "fc"}]},
        "data": {"dataset": "mnist"},
        "training": {"optimizer": "SGD", "lr": 0.5, "batch_size": 32, "epochs": 9,
                     "schedule": {"type": "step", "step_size": 1, "gamma": 0.1}}})
    if tmp_path is not None:
        p.save(tmp_path / "tiny.nsproj.json")
    return p


def test_range_test_grows_the_rate_and_leaves_the_project_alone():
    project = tiny_mlp()
    before = project.to_dict()
    seen = []
    r = find_lr(project, subset=300, steps=40, progress=lambda d, t: seen.append((d, t)))
    assert project.to_dict() == before
    assert len(r.lrs) == len(r.losses) <= 40 and seen[0] == (1, 40)
    ratios = np.diff(np.log(r.lrs))
    np.testing.assert_allclose(ratios, ratios[0], rtol=1e-6)  # exponential
    assert r.lrs[0] == pytest.approx(1e-7)
    assert r.suggested_lr is not None and r.lrs[0] < r.suggested_lr < r.lrs[-1]


def test_suggestion_is_where_the_loss_falls_fastest():
    lrs = np.logspace(-6, 0, 61)
    x = np.log10(lrs)
    loss = 2.3 - 1.0 / (1 + np.exp(-(x + 3) * 4)) + np.where(x > -1, (x + 1) * 20, 0)
    lr, _ = suggest(lrs, loss)
    assert lr == pytest.approx(1e-3, rel=0.3)
    flat, why = suggest(lrs, np.full(61, 2.3))
    assert flat is None and "went down" in why


def test_bad_settings_are_refused():
    with pytest.raises(SetupError, match="must grow"):
        find_lr(tiny_mlp(), start_lr=1.0, end_lr=0.1)
    with pytest.raises(SetupError, match="10 to 100,000 steps"):
        find_lr(tiny_mlp(), steps=3)
    with pytest.raises(SetupError, match="10 to 100,000 steps, got 1000000000000"):
        find_lr(tiny_mlp(), steps=10**12)  # not a message about training.epochs


@pytest.mark.slow
def test_tutorial_cnn_suggestion_is_within_ten_times_of_a_rate_that_trains_well():
    project = Project.load(SAMPLES / "mnist_cnn.nsproj.json")
    r = find_lr(project, subset=2000, steps=100)
    good = 1e-3  # Adam's usual rate: it trains the tutorial CNN well (checked below)
    # the tutorial's own settings (the sample's recipe schedules a one-cycle over 2 epochs)
    project.training = {"task": "classification", "loss": "CrossEntropyLoss",
                        "optimizer": "Adam", "lr": good, "batch_size": 64, "epochs": 1,
                        "seed": 0}
    result = train_project(project, subset=2000)
    assert result.test.accuracy > 0.85
    assert good / 10 <= r.suggested_lr <= good * 10, r.suggested_lr


def test_a_recipe_s_schedule_never_overrides_the_test_s_rates(monkeypatch):
    from netstudio.core.explain import lr_find as module

    seen = []
    original = module._RangeTest.on_batch_end

    def spy(self, trainer, event):  # the rate this batch really trained with
        seen.append(trainer.optimizer.param_groups[0]["lr"])
        return original(self, trainer, event)

    monkeypatch.setattr(module._RangeTest, "on_batch_end", spy)
    project = tiny_mlp()
    project.training = {"recipe": "fast", "seed": 0}  # one-cycle, batch 128 on a CPU
    r = find_lr(project, subset=640, steps=12, start_lr=1e-5, end_lr=1.0, device="cpu")
    assert seen == pytest.approx(list(r.lrs), rel=1e-6)


def test_cli_json_and_exit_codes(tmp_path, capsys):
    tiny_mlp(tmp_path)
    f = tmp_path / "tiny.nsproj.json"
    assert main(["lr-find", str(f), "--json", "--subset", "300", "--steps", "30"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"suggested_lr", "lrs", "losses"} <= set(out)
    assert len(out["lrs"]) == len(out["losses"]) and math.isfinite(out["suggested_lr"])
    assert main(["lr-find", str(f), "--subset", "300", "--steps", "30"]) == 0
    assert "suggested learning rate" in capsys.readouterr().out
    assert main(["lr-find", str(tmp_path / "missing.json")]) == 2
    assert main(["lr-find", str(f), "--start", "1", "--end", "0.1"]) == 2
    assert main(["lr-find", str(f), "--steps", "2"]) == 2
    assert main(["lr-find", str(SAMPLES / "tutorial_mistakes.nsproj.json")]) == 1
    err = capsys.readouterr().err
    assert "fc1" in err and "Traceback" not in err
