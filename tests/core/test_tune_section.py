"""The search section: every malformed one is a diagnostic naming its key, with a fix; the
section round-trips and never stops a plain training run."""

from __future__ import annotations

import json

import pytest

from netstudio.core.analysis import analyze
from netstudio.core.project import Project
from netstudio.core.tune.section import read_search
from netstudio.core.tune.space import apply_params, changes_of
from tests.core.runs_helpers import tiny_raw


def project_with(search, **raw_kw) -> Project:
    raw = tiny_raw(hidden=16, conv=True, **raw_kw)
    raw["graph"]["nodes"].append({"id": "drop", "type": "Dropout", "params": {"p": 0.1}})
    raw["graph"]["edges"] = [e for e in raw["graph"]["edges"] if e["to"] != "fc"]
    raw["graph"]["edges"] += [{"from": "relu", "to": "drop"}, {"from": "drop", "to": "fc"}]
    if search is not ...:
        raw["search"] = search
    return Project.from_dict(raw)


def search_problems(search, severity="error", **raw_kw):
    analysis = analyze(project_with(search, **raw_kw))
    return [d for d in analysis.diagnostics if d.is_search and d.severity == severity]


def one(search, code, field, severity="error"):
    found = search_problems(search, severity)
    match = [d for d in found if d.code == code and d.field == field]
    assert match, f"no {code} on {field}: {[(d.code, d.field, d.message) for d in found]}"
    assert match[0].fix, "every search problem says what to do"
    return match[0]


def space(**entries):
    return {"sampler": "tpe", "space": {k.replace("__", "."): v for k, v in entries.items()}}


LR = {"type": "float", "low": 1e-4, "high": 1e-2, "log": True}


def test_the_issue_example_is_valid():
    search = {"sampler": "tpe", "trials": 20, "timeout_s": None, "seed": 0,
              "metric": "val_accuracy", "direction": "maximize", "pruner": "median",
              "epochs_per_trial": 2, "subset": None,
              "space": {"training.lr": LR,
                        "training.batch_size": {"type": "categorical", "choices": [32, 64, 128]},
                        "training.optimizer": {"type": "categorical", "choices": ["Adam", "SGD"]},
                        "nodes.conv.out_channels": {"type": "int", "low": 8, "high": 64,
                                                    "step": 8},
                        "nodes.drop.p": {"type": "float", "low": 0.0, "high": 0.6}}}
    project = project_with(search)
    assert not [d for d in analyze(project).diagnostics if d.is_search]
    spec, found = read_search(project)
    assert not found and spec is not None
    assert spec.paths[0] == "training.lr" and spec.epochs_per_trial == 2


def test_file_without_search_is_unchanged_and_search_round_trips(tmp_path):
    plain = project_with(...)
    assert "search" not in plain.to_dict() and plain.search is None
    search = space(training__lr=LR)
    path = tmp_path / "p.nsproj.json"
    project_with(search).save(path)
    again = Project.load(path)
    assert again.search == search
    assert not again.unknown_keys()  # a known section, not an unknown key
    assert json.loads(again.dumps()) == json.loads(Project.load(path).dumps())


@pytest.mark.parametrize(("search", "code", "field"), [
    ([1, 2], "search-bad-value", "search"),
    ({"sampler": "bayes", "space": {"training.lr": LR}}, "search-bad-value", "search.sampler"),
    ({"pruner": "asha", "space": {"training.lr": LR}}, "search-bad-value", "search.pruner"),
    ({"metric": "f1", "space": {"training.lr": LR}}, "search-bad-value", "search.metric"),
    ({"trials": 0, "space": {"training.lr": LR}}, "search-bad-value", "search.trials"),
    ({"trials": 2.5, "space": {"training.lr": LR}}, "search-bad-value", "search.trials"),
    ({"timeout_s": -1, "space": {"training.lr": LR}}, "search-bad-value", "search.timeout_s"),
    ({"direction": "up", "space": {"training.lr": LR}}, "search-bad-value", "search.direction"),
    ({"space": {}}, "search-no-space", "search.space"),
    ({"sampler": "tpe"}, "search-no-space", "search.space"),
    (space(weights__lr=LR), "search-unknown-path", "search.space.weights.lr"),
    (space(training__lrate=LR), "search-unknown-setting", "search.space.training.lrate"),
    (space(training__epochs={"type": "int", "low": 1, "high": 3}), "search-fixed-setting",
     "search.space.training.epochs"),
    (space(data__dataset={"type": "categorical", "choices": ["mnist"]}),
     "search-unknown-setting", "search.space.data.dataset"),
    (space(nodes__conv9__out_channels={"type": "int", "low": 8, "high": 16}),
     "search-unknown-node", "search.space.nodes.conv9.out_channels"),
    (space(nodes__conv__out_chanels={"type": "int", "low": 8, "high": 16}),
     "search-unknown-param", "search.space.nodes.conv.out_chanels"),
    (space(nodes__fc__in_features={"type": "int", "low": 8, "high": 16}),
     "search-inferred-param", "search.space.nodes.fc.in_features"),
    (space(training__lr=0.01), "search-bad-range", "search.space.training.lr"),
    (space(training__lr={"type": "number", "low": 1, "high": 2}), "search-bad-range",
     "search.space.training.lr"),
    (space(training__lr={"type": "float", "low": "a", "high": 2}), "search-bad-range",
     "search.space.training.lr"),
    (space(training__lr={"type": "float", "low": 0.1, "high": 0.01}), "search-low-above-high",
     "search.space.training.lr"),
    (space(training__lr={"type": "float", "low": 0.0, "high": 0.01, "log": True}),
     "search-log-not-positive", "search.space.training.lr"),
    (space(training__lr={"type": "float", "low": 0.001, "high": 0.01, "step": -1}),
     "search-bad-step", "search.space.training.lr"),
    (space(training__lr={"type": "float", "low": 0.001, "high": 0.01, "step": 0.001,
                         "log": True}), "search-log-and-step", "search.space.training.lr"),
    (space(training__batch_size={"type": "int", "low": 8.5, "high": 64}), "search-bad-range",
     "search.space.training.batch_size"),
    (space(training__batch_size={"type": "categorical", "choices": []}), "search-bad-choices",
     "search.space.training.batch_size"),
    (space(training__batch_size={"type": "categorical", "choices": [[32]]}),
     "search-bad-choices", "search.space.training.batch_size"),
    (space(training__batch_size={"type": "categorical", "choices": ["32", 64]}),
     "search-bad-value-for-path", "search.space.training.batch_size"),
    (space(training__optimizer={"type": "categorical", "choices": ["Adam", 3]}),
     "search-bad-value-for-path", "search.space.training.optimizer"),
    (space(nodes__drop__p={"type": "float", "low": 0.0, "high": 1.5}),
     "search-bad-value-for-path", "search.space.nodes.drop.p"),
    (space(nodes__conv__out_channels={"type": "float", "low": 4, "high": 8}),
     "search-bad-value-for-path", "search.space.nodes.conv.out_channels"),
    ({"sampler": "grid", "space": {"training.lr": LR}}, "search-grid-needs-step",
     "search.space.training.lr"),
    ({"metric": "val_accuracy", "space": {"training.lr": LR}}, "search-metric-task",
     "search.metric"),
])
def test_malformed_search_sections(search, code, field):
    raw_kw = {}
    if code == "search-metric-task":
        raw_kw = {"task": "reconstruction", "loss": "MSELoss"}
        found = search_problems(search, **raw_kw)
        assert any(d.code == code and d.field == field and d.fix for d in found), found
        return
    d = one(search, code, field)
    assert field in d.message or d.field == "search" or "search" in d.message


def test_messages_name_the_key_and_suggest_a_fix():
    d = one(space(training__lrate=LR), "search-unknown-setting", "search.space.training.lrate")
    assert "lrate" in d.message and "training.lr" in d.fix
    d = one(space(nodes__conv1__out_channels={"type": "int", "low": 8, "high": 16}),
            "search-unknown-node", "search.space.nodes.conv1.out_channels")
    assert "'conv'" in d.fix
    d = one(space(training__lr={"type": "float", "low": 0.0, "high": 0.01, "log": True}),
            "search-log-not-positive", "search.space.training.lr")
    assert "0.0001" in d.fix


def test_no_validation_set_for_a_val_metric():
    project = project_with(space(training__lr=LR))
    project.data["val_split"] = 0
    found = [d for d in analyze(project).diagnostics if d.is_search]
    assert [d.code for d in found] == ["search-metric-no-val"]


def test_warnings_unknown_key_odd_direction_grid_larger_repeated_choice():
    search = {"trails": 3, "direction": "minimize", "sampler": "grid", "trials": 2,
              "space": {"training.batch_size": {"type": "categorical",
                                                "choices": [16, 32, 32, 64]}}}
    codes = {d.code for d in search_problems(search, "warning")}
    assert {"search-unknown-key", "search-direction", "search-grid-larger",
            "search-repeated-choice"} <= codes
    assert not search_problems(search)  # warnings only


def test_a_space_whose_every_point_breaks_the_shapes():
    # conv: kernel 5 stride 3 on 28x28 -> 8x8; kernels 30..40 never fit
    d = one(space(nodes__conv__kernel_size={"type": "int", "low": 30, "high": 40}),
            "search-all-points-break", "search.space")
    assert "kernel_size" in d.message


def test_a_space_some_of_whose_points_break_is_a_warning():
    found = search_problems(space(nodes__conv__kernel_size={"type": "int", "low": 3,
                                                            "high": 40}), "warning")
    assert [d.code for d in found] == ["search-some-points-break"]


def test_search_errors_never_stop_a_plain_run():
    project = project_with(space(training__lr={"type": "float", "low": 1, "high": 0}))
    analysis = analyze(project)
    errors = [d for d in analysis.diagnostics if d.severity == "error"]
    assert errors and all(d.is_search for d in errors)
    assert not [d for d in errors if not d.is_search]  # what prepare_run and the app test


def test_apply_params_copies_and_leaves_the_project_alone():
    project = project_with(space(training__lr=LR))
    trial = apply_params(project, {"training.lr": 0.003, "nodes.drop.p": 0.4,
                                   "training.momentum": None, "data.augment": True})
    assert trial.training["lr"] == 0.003 and trial.graph.node("drop").params["p"] == 0.4
    assert trial.data["augment"] is True and trial.search is None
    assert project.training["lr"] == 0.01 and project.graph.node("drop").params["p"] == 0.1
    data, training, nodes = changes_of(project, {"training.lr": 0.003, "nodes.drop.p": 0.4})
    assert training["lr"] == 0.003
    assert nodes == [(project.graph, "drop", {"p": 0.4})]
    assert data == project.data


def test_a_huge_grid_is_refused_without_listing_it():
    d = one({"sampler": "grid", "space": {"training.lr": {"type": "float", "low": 1e-6,
                                                          "high": 1.0, "step": 1e-9}}},
            "search-grid-too-large", "search.space")
    assert "10000" in d.message or "10,000" in d.message


def test_a_layer_inside_a_block_is_searched_in_its_definition():
    from netstudio.core.graph.grouping import group_nodes

    project = project_with(space(blocks__Hidden__hidden__out_features={
        "type": "categorical", "choices": [8, 32]}))
    assert group_nodes(project.graph, project.blocks, ["hidden", "relu"], "Hidden", "h1") is None
    assert not [d for d in analyze(project).diagnostics if d.is_search]
    trial = apply_params(project, {"blocks.Hidden.hidden.out_features": 32})
    assert trial.blocks["Hidden"].node("hidden").params["out_features"] == 32
    assert project.blocks["Hidden"].node("hidden").params["out_features"] == 16
    analysis = analyze(trial)
    assert analysis.nodes["h1/hidden"].shape == (32,)
    project.set_search(space(blocks__Hidden__nope__out_features={
        "type": "categorical", "choices": [8]}))
    assert [d.code for d in analyze(project).diagnostics if d.is_search] == [
        "search-unknown-node"]
