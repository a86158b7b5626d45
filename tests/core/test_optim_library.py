"""The optimizer library: every declared optimizer and schedule builds, steps and exports; the
declarations are checked against torch's own signatures; settings are checked as data."""

from __future__ import annotations

import inspect
import subprocess
import sys
import warnings

import pytest
import torch
from torch import nn

from netstudio.core.optim.registry import (
    check_optimizer,
    get_optimizer,
    list_optimizers,
    list_schedules,
    reference_markdown,
)
from netstudio.core.settings.training import ConfigError, check_training, parse_config
from netstudio.core.train.optim import build_optimizer, build_scheduler

OPTIMIZERS = [s.name for s in list_optimizers()]
SCHEDULES = [s.name for s in list_schedules()]


def tiny() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))


def batch() -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(1)
    return torch.randn(16, 4, generator=g), torch.randint(0, 3, (16,), generator=g)


def test_the_library_has_every_torch_optimizer_but_the_special_ones():
    offered = set(OPTIMIZERS)
    in_torch = {n for n, c in vars(torch.optim).items()
                if inspect.isclass(c) and issubclass(c, torch.optim.Optimizer)
                and c is not torch.optim.Optimizer}
    assert in_torch - offered <= {"SparseAdam", "Muon"}  # documented in optimizers.py
    assert {"Adadelta", "SGD", "Adam", "AdamW", "LBFGS"} <= offered


def test_declared_arguments_and_defaults_are_torchs():
    for spec in list_optimizers():
        sig = inspect.signature(getattr(torch.optim, spec.name))
        assert sig.parameters["lr"].default == spec.default_lr, spec.name
        for p in spec.params:
            assert p.name in sig.parameters, (spec.name, p.name)
            torch_default = sig.parameters[p.name].default
            if isinstance(torch_default, tuple):
                torch_default = list(torch_default)
            assert p.default == torch_default, (spec.name, p.name)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_every_optimizer_builds_and_steps(name):
    model = tiny()
    optimizer = {"type": "LBFGS", "max_iter": 2} if name == "LBFGS" else name  # quick
    cfg = parse_config({"optimizer": optimizer, "lr": get_optimizer(name).default_lr / 10})
    opt = build_optimizer(model, cfg)
    x, y = batch()
    before = [p.detach().clone() for p in model.parameters()]

    def closure() -> torch.Tensor:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        return loss

    closure()
    opt.step(closure) if getattr(opt, "_netstudio_closure", False) else opt.step()
    assert any(not torch.equal(a, b) for a, b in zip(before, model.parameters(), strict=True))


@pytest.mark.parametrize("name", SCHEDULES)
@pytest.mark.parametrize("optimizer", ["Adam", "Adadelta", "SGD"])
def test_every_schedule_builds_and_steps_with_any_optimizer(name, optimizer):
    model = tiny()
    cfg = parse_config({"optimizer": optimizer, "lr": 0.1, "epochs": 3,
                        "schedule": {"type": name}})
    opt = build_optimizer(model, cfg)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "step() before optimizer.step()" and the like
        sched = build_scheduler(opt, cfg, batches_per_epoch=4)
        lrs = []
        for _epoch in range(3):
            for _b in range(4):
                opt.step()
                if sched._netstudio_per_batch:
                    sched.step()
                lrs.append(opt.param_groups[0]["lr"])
            if not sched._netstudio_per_batch:
                sched.step(1.0) if name == "plateau" else sched.step()
    assert all(lr >= 0 for lr in lrs)
    if name not in ("plateau", "constant_factor", "linear"):  # these wait or need 5 epochs
        assert len(set(lrs)) > 1, lrs  # the schedule changes the rate
    sched.load_state_dict(sched.state_dict())  # checkpoints carry it


def test_one_cycle_of_a_few_batches_builds():  # pct_start x total steps == 1 divided by 0
    cfg = parse_config({"epochs": 2, "schedule": {"type": "onecycle", "pct_start": 0.25}})
    opt = build_optimizer(tiny(), cfg)
    sched = build_scheduler(opt, cfg, batches_per_epoch=2)
    for _ in range(4):
        opt.step()
        sched.step()


def test_warmup_cosine_rises_then_falls_per_batch():
    cfg = parse_config({"lr": 0.1, "epochs": 2, "schedule": {"type": "warmup_cosine",
                                                             "warmup": 0.25}})
    opt = build_optimizer(tiny(), cfg)
    sched = build_scheduler(opt, cfg, batches_per_epoch=8)
    lrs = []
    for _ in range(16):
        lrs.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    peak = lrs.index(max(lrs))
    assert lrs[0] == pytest.approx(0.001) and peak == 4 and max(lrs) == pytest.approx(0.1)
    assert lrs[-1] < 0.01


@pytest.mark.parametrize("training,field", [
    ({"optimizer": "Adamm"}, "training.optimizer"),
    ({"optimizer": {"type": "Adam", "betas": [0.9, 1.0]}}, "training.optimizer.betas"),
    ({"optimizer": {"type": "Adam", "betas": 0.9}}, "training.optimizer.betas"),
    ({"optimizer": {"type": "Adadelta", "rho": 2}}, "training.optimizer.rho"),
    ({"optimizer": {"type": "SGD", "momentum": 0.5}, "momentum": 0.9},
     "training.optimizer.momentum"),
    ({"optimizer": "SGD", "nesterov": True}, "training.nesterov"),
    ({"optimizer": {"type": "Rprop", "etas": [1.5, 2.0]}}, "training.optimizer.etas"),
    ({"momentum": -1}, "training.momentum"),
    ({"schedule": {"type": "onecycle", "pct_start": 1}}, "training.schedule.pct_start"),
    ({"schedule": {"type": "multistep", "milestones": [3, 2]}},
     "training.schedule.milestones"),
    ({"schedule": {"type": "cyclic", "base_lr": 0.1, "max_lr": 0.01}},
     "training.schedule.base_lr"),
    ({"schedule": "warp"}, "training.schedule"),
    ({"recipe": "slow"}, "training.recipe"),
    ({"amp": "yes"}, "training.amp"),
    ({"compile": 1}, "training.compile"),
])
def test_bad_settings_are_errors_that_name_their_field(training, field):
    with pytest.raises(ConfigError) as e:
        parse_config(training)
    first = e.value.diagnostics[0]
    assert first.field == field and field in str(e.value), e.value.diagnostics


def test_unused_and_unknown_arguments_are_warnings():
    problems = check_training({"optimizer": {"type": "Adam", "bettas": [0.9, 0.9]},
                               "momentum": 0.9,
                               "schedule": {"type": "step", "gama": 0.5}})
    by_field = {p.field: p for p in problems}
    assert {p.severity for p in problems} == {"warning"}
    assert by_field["training.optimizer.bettas"].code == "unknown-key"
    assert "betas" in by_field["training.optimizer.bettas"].fix
    assert by_field["training.momentum"].code == "unused-setting"
    assert by_field["training.schedule.gama"].code == "unknown-key"


def test_the_object_form_and_the_shorthands_agree():
    a = parse_config({"optimizer": "SGD", "momentum": 0.9, "nesterov": True})
    b = parse_config({"optimizer": {"type": "SGD", "momentum": 0.9, "nesterov": True}})
    assert a.optimizer_params == b.optimizer_params and a.momentum == 0.9
    assert check_optimizer({"optimizer": "AdamW"}).values["weight_decay"] == 0.01


def test_the_fast_recipe_fills_in_what_the_file_does_not_give():
    cfg = parse_config({"recipe": "fast"})
    assert cfg.schedule["type"] == "onecycle" and cfg.epochs == 2 and cfg.batch_size == 128
    gpu = parse_config({"recipe": "fast"}, device_type="cuda")
    assert gpu.batch_size > cfg.batch_size
    mine = parse_config({"recipe": "fast", "epochs": 5, "batch_size": 32})
    assert (mine.epochs, mine.batch_size, mine.schedule["type"]) == (5, 32, "onecycle")


def test_declarations_import_without_torch():
    code = ("import sys; sys.modules['torch'] = None\n"
            "from netstudio.core.settings.training import parse_config\n"
            "from netstudio.core.optim.registry import list_schedules\n"
            "from netstudio.core.analysis import analyze\n"
            "assert parse_config({'optimizer': 'Adadelta', 'schedule': 'warmup_cosine'})\n"
            "assert len(list_schedules()) >= 12\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_reference_is_generated_from_the_declarations():
    from pathlib import Path

    doc = Path(__file__).parents[2] / "docs" / "optimizers.md"
    assert doc.read_text(encoding="utf-8") == reference_markdown(), (
        "docs/optimizers.md is stale: regenerate it (see registry.reference_markdown)")


def _setup_lines(source: str) -> str:
    """The exported script's optimizer and schedule set-up, dedented."""
    start = source.index("    optimizer = torch.optim.")
    end = source.index("    loss_fn = nn.", start)
    return "\n".join(line[4:] for line in source[start:end].splitlines())


@pytest.mark.parametrize("training", [
    *({"optimizer": {"type": name, "max_iter": 2} if name == "LBFGS" else name}
      for name in OPTIMIZERS),
    *({"optimizer": "SGD", "momentum": 0.9, "schedule": {"type": name}} for name in SCHEDULES),
    {"optimizer": {"type": "Adam", "betas": [0.8, 0.99], "amsgrad": True}, "weight_decay": 0.1,
     "schedule": {"type": "multistep", "milestones": [1]}},
    {"optimizer": "Adadelta", "lr": 1.0, "schedule": {"type": "onecycle"}},  # no momentum
], ids=lambda t: t["schedule"]["type"] if "schedule" in t else str(t["optimizer"])[:12])
def test_every_optimizer_and_schedule_exports_code_that_steps(training):
    """The exported set-up lines run as written, and step like the trainer's objects."""
    from types import SimpleNamespace

    from netstudio.core.export.pycode import export_python
    from netstudio.core.project import Project
    from tests.core.test_export import SAMPLES

    project = Project.load(SAMPLES / "mlp.nsproj.json")
    project.training.update(training)
    code = _setup_lines(export_python(project))
    ours, theirs = tiny(), tiny()
    scope = {"torch": torch, "nn": nn, "model": theirs, "train_loader": [None] * 4,
             "args": SimpleNamespace(lr=project.training.get("lr", 0.001), epochs=3)}
    exec(code, scope)  # noqa: S102 - our own generated code
    cfg = parse_config(project.training)
    opt = build_optimizer(ours, cfg)
    sched = build_scheduler(opt, cfg, batches_per_epoch=4)
    assert type(scope["optimizer"]) is type(opt)
    assert scope["optimizer"].defaults == opt.defaults
    assert type(scope.get("scheduler")) is type(sched)
    x, y = batch()
    for model, o, s in ((ours, opt, sched), (theirs, scope["optimizer"], scope.get("scheduler"))):
        def closure(model: nn.Module = model, o: torch.optim.Optimizer = o) -> torch.Tensor:
            o.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()
            return loss

        for _ in range(5):
            closure()
            o.step(closure)
            if s is not None:
                s.step(1.0) if "plateau" in str(training) else s.step()
    for a, b in zip(ours.parameters(), theirs.parameters(), strict=True):
        assert torch.allclose(a, b)


@pytest.mark.slow
def test_an_lbfgs_warmup_cosine_script_trains(tmp_path, monkeypatch, capsys):
    """The whole exported script, with LBFGS's closure and nested schedulers."""
    from netstudio.core.project import Project
    from tests.core.test_export import SAMPLES, run_script

    project = Project.load(SAMPLES / "mlp.nsproj.json")
    project.training.update({"optimizer": {"type": "LBFGS", "max_iter": 2}, "l1": 1e-5,
                             "grad_clip": 1.0, "schedule": {"type": "warmup_cosine"}})
    source, out = run_script(tmp_path, monkeypatch, capsys, project, epochs=1)
    assert "optimizer.step(closure)" in source and "SequentialLR" in source
    assert out.count("test accuracy") == 1, out
