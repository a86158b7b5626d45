"""The training doctor on real tiny runs: every rule fires on a run that shows its problem and
stays quiet on a healthy one; the one-click fixes change the project as one undoable edit and
make the problem go away when trained again."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from netstudio.core.analysis import analyze
from netstudio.core.compiler import compile_project
from netstudio.core.explain.doctor import CODES, TEMPLATES, Finding, Fix
from netstudio.core.explain.doctor.fixes import FixError, fix_edit
from netstudio.core.explain.doctor.rules import diagnose
from tests.core.doctor_runs import MLP, chain, codes, run, train

# (scenario that shows the problem, code, node it must name or None, healthy scenario)
CASES = [
    ("lr-10", "lr-too-high", None, "healthy"),
    ("lr-tiny", "lr-too-low", None, "healthy"),
    ("small-data-long", "overfitting", None, "healthy"),
    ("bottleneck", "underfitting", "linear1", "healthy"),
    ("lr-10", "dead-relu", "relu2", "cnn"),
    ("sigmoid-stack", "vanishing-gradients", "linear1", "relu-stack"),
    ("sigmoid-high-lr", "saturated-activation", "sigmoid2", "sigmoid-ok"),
    ("softmax-end", "softmax-before-ce", "softmax4", "healthy"),
    ("unit-input", "unnormalised-input", None, "healthy"),
    ("imbalanced", "class-imbalance", None, "healthy"),
]


@pytest.mark.parametrize(("scenario", "code", "node", "healthy"), CASES,
                         ids=[c[1] for c in CASES])
def test_rule_fires_on_the_problem_and_not_on_a_healthy_run(scenario, code, node, healthy):
    doctor, _ = run(scenario)
    found = [f for f in doctor.findings if f.code == code]
    assert found, f"{scenario}: expected {code}, got {[str(f) for f in doctor.findings]}"
    if node is not None:
        assert found[0].node == node
    assert code not in codes(run(healthy)[0]), [str(f) for f in run(healthy)[0].findings]


@pytest.mark.parametrize("healthy", ["healthy", "cnn", "relu-stack", "sigmoid-ok"])
def test_healthy_runs_get_no_findings(healthy):
    doctor, result = run(healthy)
    assert result.status.value == "finished"
    assert doctor.findings == (), [str(f) for f in doctor.findings]
    assert doctor.signals.samples, "the doctor must have sampled the layers"


def test_lr_too_high_names_the_epoch_and_the_fix_trains():
    doctor, _ = run("lr-10")
    f = next(f for f in doctor.findings if f.code == "lr-too-high")
    assert f.severity == "error" and f.epoch == 1 and f.args["lr"] == 10
    assert f.fix == Fix("set-lr", {"lr": 0.01})  # SGD's usual rate, not 10/10
    project = chain(MLP, {"optimizer": "SGD", "lr": 10})
    fix_edit(project, f.fix).apply(project)
    assert project.training["lr"] == 0.01
    fixed, result = train(project, 500)
    assert "lr-too-high" not in codes(fixed)
    assert result.test.accuracy > 0.6


def test_vanishing_fix_switches_every_sigmoid_to_relu_and_the_gradients_reach_the_start():
    doctor, _ = run("sigmoid-stack")
    f = next(f for f in doctor.findings if f.code == "vanishing-gradients")
    assert f.fix.kind == "switch-activation" and len(f.fix.args["nodes"]) == 6
    project = chain(*_scenario_args("sigmoid-stack"))
    before = project.to_dict()
    edit = fix_edit(project, f.fix)
    edit.apply(project)
    types = [n.type for n in project.graph.nodes.values()]
    assert "Sigmoid" not in types and types.count("ReLU") == 6
    assert analyze(project).ok
    fixed, _ = train(project, 500)
    assert "vanishing-gradients" not in codes(fixed)
    edit.revert(project)
    assert project.to_dict() == before


def test_softmax_fix_removes_the_node_and_unnormalised_fix_standardises():
    doctor, _ = run("softmax-end")
    f = next(f for f in doctor.findings if f.code == "softmax-before-ce")
    assert f.args["floor"] == pytest.approx(1.46, abs=0.01)
    assert f.args["loss"] >= 1.46  # the loss really cannot go below the floor
    project = chain([*MLP, ("Softmax", None)])
    fix_edit(project, f.fix).apply(project)
    assert "softmax4" not in project.graph and analyze(project).ok
    unit = next(f for f in run("unit-input")[0].findings if f.code == "unnormalised-input")
    project = chain(MLP, data={"dataset": "mnist", "normalize": "unit"})
    fix_edit(project, unit.fix).apply(project)
    assert project.data["normalize"] == "standardize"


def test_graph_fixes_are_one_undoable_macro_that_builds():
    from netstudio.core.graph.commands import History, Macro

    project = chain(*_scenario_args("sigmoid-high-lr"))
    before = project.to_dict()
    history = History(project.graph)
    for fix in (Fix("add-batchnorm", {"after": "linear1"}),
                Fix("add-dropout", {"after": "sigmoid2", "p": 0.3}),
                Fix("switch-activation", {"nodes": ["sigmoid2"], "to": "ReLU"}),
                Fix("widen-layer", {"node": "linear1", "out_features": 256})):
        edit = fix_edit(project, fix)
        assert isinstance(edit.command, Macro) and edit.command.text == fix.text
        history.push(edit.command)
        assert analyze(project).ok, fix
        compile_project(project)
        assert history.undo() and project.to_dict() == before
    edit = fix_edit(project, Fix("add-batchnorm", {"after": "linear1"}))
    history.push(edit.command)
    bn = next(n for n in project.graph.nodes.values() if n.type == "BatchNorm1d")
    assert [e.src for e in project.graph.inputs_of("sigmoid2")] == [bn.id]
    with pytest.raises(FixError, match="no longer in the network"):
        fix_edit(project, Fix("add-dropout", {"after": "gone", "p": 0.3}))


def test_conv_fixes_pick_the_2d_layers():
    from netstudio.core.project import Project

    project = Project.load(Path(__file__).resolve().parents[2] / "samples/mnist_cnn.nsproj.json")
    fix_edit(project, Fix("add-batchnorm", {"after": "conv1"})).apply(project)
    fix_edit(project, Fix("add-dropout", {"after": "relu2", "p": 0.3})).apply(project)
    types = [n.type for n in project.graph.nodes.values()]
    assert "BatchNorm2d" in types and "Dropout2d" in types and analyze(project).ok


def test_overfitting_names_where_it_starts_and_offers_regularisation():
    doctor, _ = run("small-data-long")
    f = next(f for f in doctor.findings if f.code == "overfitting")
    history = doctor.signals.history
    best = min(history, key=lambda e: e.val_loss)
    assert f.epoch == best.epoch + 1
    assert [x.kind for x in f.fixes] == ["add-dropout", "early-stopping", "augment"]


@pytest.mark.slow
def test_exploding_gradients_in_a_recurrent_net_and_clipping_cures_them():
    doctor, _ = run("rnn-sgd-momentum")
    f = next(f for f in doctor.findings if f.code == "exploding-gradients")
    assert f.fix == Fix("grad-clip", {"grad_clip": 1.0})
    assert "exploding-gradients" not in codes(run("rnn-clipped")[0])
    assert "exploding-gradients" not in codes(run("healthy")[0])


def test_lr_too_high_is_seen_when_a_report_averages_a_whole_epoch():
    """On a tiny subset a fast machine reports once per epoch: the highest single batch, not
    the epoch's mean, shows the leap; the same run reported batch by batch agrees."""
    doctor, _ = run("adam-high-epoch-reports")
    s = doctor.signals
    assert len(s.batch_losses) == 3 and max(x for _, _, x in s.batch_losses) < 3 * 2.31
    f = next(f for f in doctor.findings if f.code == "lr-too-high")
    assert f.epoch == 1 and f.args["peak"] > 10 and f.fix == Fix("set-lr", {"lr": 0.001})
    assert f.args["peak"] == pytest.approx(max(doctor.batch_losses.losses), rel=1e-4)
    every_batch = chain(MLP, {"lr": 0.03})
    per_batch, _ = train(every_batch, 300)
    assert len(per_batch.signals.batch_losses) > 3 * len(s.batch_losses)
    again = next(f for f in per_batch.findings if f.code == "lr-too-high")
    assert (again.epoch, again.args["peak"]) == (f.epoch, f.args["peak"])


@pytest.mark.parametrize("healthy", ["healthy-epoch-reports",
                                     pytest.param("healthy-batch-1", marks=pytest.mark.slow)])
def test_no_lr_too_high_on_healthy_runs_reported_once_per_epoch(healthy):
    doctor, result = run(healthy)
    assert result.status.value == "finished" and doctor.signals.loss_peaks
    assert "lr-too-high" not in codes(doctor), [str(f) for f in doctor.findings]
    if healthy == "healthy-batch-1":  # one image's loss alone would have raised the alarm
        start = doctor.signals.first_loss
        assert max(doctor.batch_losses.losses) > 3 * start
        assert max(x for _, _, x in doctor.signals.loss_peaks) < 1.5 * start


def test_a_diverged_run_and_the_doctor_advise_the_same_rate():
    """The Trainer's message ("Lower training.lr (try X)") and the doctor's one-click fix name
    one rate: core/optim/advice.lower_lr."""
    doctor, result = train(chain(MLP, {"optimizer": "SGD", "lr": 1e30, "epochs": 1}), 100)
    assert result.status.value == "diverged"
    suggested = float(result.message.split("(try ")[1].split(")")[0])
    f = next(f for f in doctor.findings if f.code == "lr-too-high")
    assert f.fix == Fix("set-lr", {"lr": suggested}) and suggested == 0.01


def test_the_suggested_rates():
    from netstudio.core.optim.advice import higher_lr, lower_lr

    assert lower_lr(10, "SGD") == 0.01 and lower_lr(0.05, "SGD") == 0.005
    assert lower_lr(0.03, "Adam") == 0.001 and lower_lr(0.004, "Adam") == 0.0004
    assert lower_lr(50, "Adadelta") == 1.0  # its natural scale, from the optimizer library
    assert lower_lr(1e308, "Adam") == 0.001 and lower_lr(math.inf, "SGD") == 0.01
    assert higher_lr(1e-5, "SGD") == 0.01 and higher_lr(0.02, "SGD") == 0.2
    assert lower_lr(1.0, "NoSuchOptimizer") == 0.001


def test_findings_json_is_stable_and_documented():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "explain.md").read_text()
    doctor, _ = run("lr-10")
    for f in doctor.findings:
        d = json.loads(json.dumps(f.to_dict()))
        assert {"code", "severity", "node", "epoch", "message", "fix"} <= set(d)
        assert d["code"] in CODES and d["severity"] in ("error", "warning", "info")
        assert d["message"] == f.message and "{" not in d["message"]
    for code in CODES:
        assert f"`{code}`" in docs, f"docs/explain.md does not document {code}"
    assert set(TEMPLATES) >= set(CODES)


def test_rules_read_only_the_signals_so_far():
    """diagnose() on the signals of a run cut after its first epoch: no underfitting or
    overfitting claims from one epoch."""
    doctor, _ = run("bottleneck")
    s = doctor.signals
    early = type(s)(**{**s.__dict__, "history": s.history[:1],
                       "batch_losses": [b for b in s.batch_losses if b[1] == 1]})
    assert {f.code for f in diagnose(early)} & {"underfitting", "overfitting"} == set()
    assert all(isinstance(f, Finding) for f in diagnose(s))
    assert all(math.isfinite(x) for _, _, x in s.batch_losses)


def _scenario_args(name: str):
    from tests.core import doctor_runs

    mapping = {"sigmoid-stack": (doctor_runs.stack("Sigmoid"), {}),
               "sigmoid-high-lr": (doctor_runs.SIGMOID_MLP, {"lr": 0.05})}
    return mapping[name]


@pytest.mark.slow
def test_netstudio_train_prints_the_findings_and_writes_them_into_metrics_json(
        tmp_path, capsys):
    """The documented contract: `netstudio train` lists the doctor's findings after the run,
    and metrics.json holds them with their stable keys."""
    from netstudio.cli import main

    raw = json.loads((Path(__file__).resolve().parents[2] / "samples" / "mlp.nsproj.json")
                     .read_text())
    raw["training"].update(optimizer="SGD", lr=10.0, epochs=1)
    raw["training"].pop("schedule", None)
    path = tmp_path / "hot.nsproj.json"
    path.write_text(json.dumps(raw))
    out = tmp_path / "run"
    code = main(["train", str(path), "--subset", "500", "--out", str(out)])
    printed = "".join(capsys.readouterr())  # the report is on stderr
    assert code in (0, 1) and "Traceback" not in printed  # 1 if it diverged
    assert "training doctor:" in printed
    assert "lr-too-high (epoch 1)" in printed and "Set the learning rate to 0.01" in printed
    findings = json.loads((out / "metrics.json").read_text())["findings"]
    high = next(f for f in findings if f["code"] == "lr-too-high")
    assert {"code", "severity", "node", "epoch", "message", "fix"} <= set(high)
    assert (high["severity"], high["node"], high["epoch"]) == ("error", None, 1)
    assert high["fix"] == "Set the learning rate to 0.01"
    assert high["fixes"] == [{"kind": "set-lr", "args": {"lr": 0.01},
                              "text": "Set the learning rate to 0.01"}]


def test_a_layer_without_any_gradient_is_not_a_vanishing_one():
    # dead ReLUs after a too-high rate pass exactly no gradient: the ratio to the liveliest
    # layer was 1/0, and the rule raised ZeroDivisionError inside the training loop
    from netstudio.core.explain.doctor.rules import vanishing_gradients
    from netstudio.core.explain.doctor.signals import LayerSample, RunSignals, StepSample

    def signals(first_grad: float) -> RunSignals:
        s = RunSignals(order=("a", "b", "c"), node_types=dict.fromkeys("abc", "Linear"))
        for step in (1, 6, 11):
            s.samples.append(StepSample(step, 1, (
                LayerSample("a", first_grad, 1.0), LayerSample("b", 0.5, 1.0),
                LayerSample("c", 1.0, 1.0))))
        return s

    dead = signals(0.0)
    assert vanishing_gradients(dead) == []
    assert "vanishing-gradients" not in [f.code for f in diagnose(dead)]
    faint = vanishing_gradients(signals(1e-6))  # a faint one still is
    assert [f.node for f in faint] == ["a"]


def test_a_rule_that_fails_in_the_training_loop_leaves_the_run_and_the_findings(
        monkeypatch):
    import netstudio.core.explain.doctor as doctor_module
    from netstudio.core.explain.doctor import Doctor
    from netstudio.core.train.trainer import Trainer
    from tests.core.test_trainer import config, mlp, quadrant_data

    calls: list[int] = []
    real = doctor_module.diagnose

    def flaky(signals, **options):  # noqa: ANN001, ANN003, ANN202
        calls.append(1)
        if len(calls) > 1:
            raise ZeroDivisionError("the rules met a state they did not expect")
        return real(signals, **options)

    monkeypatch.setattr(doctor_module, "diagnose", flaky)
    seen: list[tuple] = []
    doctor = Doctor(on_findings=seen.append, every=0.0)
    result = Trainer(mlp(), config(epochs=2), quadrant_data(), [doctor]).fit()
    assert result.status.value == "finished" and result.test is not None
    assert len(calls) > 2 and seen and all(f == seen[0] for f in seen)


def test_inside_a_run_a_failing_rule_is_left_out_and_the_others_still_speak(monkeypatch):
    from netstudio.core.explain.doctor import rules
    from netstudio.core.explain.doctor.signals import RunSignals

    def broken(signals):  # noqa: ANN001, ANN202
        raise ZeroDivisionError("a state this rule did not expect")

    diverged = RunSignals(status="diverged", batch_losses=[(1, 1, 2.3)], final_step=1)
    monkeypatch.setattr(rules, "RULES", (broken, *rules.RULES))
    with pytest.raises(ZeroDivisionError):
        rules.diagnose(diverged)  # the rules' tests see the error
    assert [f.code for f in rules.diagnose(diverged, strict=False)] == ["lr-too-high"]
