"""Every sample project loads, checks clean, compiles, runs and trains two steps (core only)."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from netstudio.core.analysis import analyze
from netstudio.core.compiler import compile_project
from netstudio.core.project import Project
from netstudio.core.settings.training import with_recipe

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOOD = sorted(p for p in SAMPLES.glob("*.nsproj.json") if p.name != "tutorial_mistakes.nsproj.json")
EXPECTED = {"mnist_cnn", "lenet5", "mlp", "lstm_rows", "conv_autoencoder", "resnet_small"}


def test_all_expected_samples_exist():
    assert {p.name.removesuffix(".nsproj.json") for p in GOOD} >= EXPECTED


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name.removesuffix(".nsproj.json"))
def test_sample_checks_compiles_runs_and_trains(path):
    project = Project.load(path)
    analysis = analyze(project)
    problems = [d for d in analysis.diagnostics if d.severity != "info"]
    assert analysis.ok and not problems, problems
    assert all(n.pos is not None for n in project.graph.nodes.values()), "every node has a pos"

    net = compile_project(project, analysis, seed=project.training.get("seed", 0))
    x = torch.rand(2, *analysis.nodes[analysis.inputs[0]].shape)
    out = net(x)
    assert tuple(out.shape) == (2, *analysis.nodes[analysis.outputs[0]].shape)

    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    if project.task == "reconstruction":
        assert tuple(out.shape[1:]) == tuple(x.shape[1:]), "an autoencoder returns its input shape"
        loss_fn, target = torch.nn.MSELoss(), x
    else:
        assert out.shape[-1] == 10
        loss_fn, target = torch.nn.CrossEntropyLoss(), torch.randint(0, 10, (2,))
    before = [p.detach().clone() for p in net.parameters()]
    for _ in range(2):
        loss = loss_fn(net(x), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    assert torch.isfinite(loss)
    changed = sum(not torch.equal(a, b) for a, b in zip(before, net.parameters(), strict=True))
    assert changed == len(before), "every parameter received a gradient step"


def test_tutorial_mistakes_are_flagged():
    project = Project.load(SAMPLES / "tutorial_mistakes.nsproj.json")
    analysis = analyze(project)
    errors = [d for d in analysis.diagnostics if d.severity == "error"]
    warnings = [d for d in analysis.diagnostics if d.severity == "warning"]
    assert [d.node for d in errors] == ["fc1"], errors
    assert errors[0].fix and "1024" in errors[0].fix
    assert any(d.node == "softmax" for d in warnings), warnings


def test_sample_settings_match_the_tutorial():
    project = Project.load(SAMPLES / "mnist_cnn.nsproj.json")
    t = project.training
    # the tutorial's optimizer, trained by the fast recipe (one-cycle, 2 epochs, batch for the
    # device): >= 99.2% in 2 epochs on a CPU (docs/benchmarks.md, "Time to accuracy")
    assert t["recipe"] == "fast" and t["seed"] == 0
    cpu = with_recipe(t, "cpu")
    assert (cpu["optimizer"], cpu["batch_size"], cpu["epochs"]) == ("Adam", 128, 2)
    assert cpu["schedule"]["type"] == "onecycle"
    assert with_recipe(t, "cuda")["batch_size"] == 512
    assert "in_features" not in project.graph.node("fc1").params
    recon = Project.load(SAMPLES / "conv_autoencoder.nsproj.json")
    assert (recon.task, recon.training["loss"]) == ("reconstruction", "MSELoss")
