"""Searches that train: trial counts, seeded repeats, pruning, broken values, stored runs."""

from __future__ import annotations

import pytest

from netstudio.core.project import Project
from netstudio.core.runs import RunStore
from netstudio.core.tune.results import TrialEnded
from netstudio.core.tune.search import Search, SearchError
from tests.core.tune_helpers import tune_file


def search_in(tmp_path, search, listener=None, **kw):
    project = Project.load(tune_file(tmp_path, search))
    s = Search(project, tensorboard=False, listener=listener, **kw)
    s.open()
    return s


@pytest.mark.slow
def test_grid_over_2x2_values_runs_exactly_4_trials_each_a_stored_run(tmp_path):
    ended = []
    s = search_in(tmp_path, {"sampler": "grid", "trials": 20, "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.03]},
        "nodes.drop.p": {"type": "float", "low": 0.0, "high": 0.5, "step": 0.5}}},
        listener=lambda e: ended.append(e) if isinstance(e, TrialEnded) else None)
    state = s.run()
    assert [r.state for r in state.rows] == ["complete"] * 4
    assert len(ended) == 4
    points = {tuple(sorted(r.params_dict.items())) for r in state.rows}
    assert len(points) == 4  # every grid point once
    runs = {r.id: r for r in RunStore.for_project(s.project.path).runs()}
    assert set(runs) == {r.run for r in state.rows}
    for row in state.rows:
        run = runs[row.run]
        trial = run.record.extra["trial"]
        assert trial["study"] == s.study_name and trial["number"] == row.number
        assert trial["params"] == row.params_dict and trial["state"] == "complete"
        snapshot = run.project()  # the values really trained
        assert snapshot.training["lr"] == row.params_dict["training.lr"]
        assert snapshot.graph.node("drop").params["p"] == row.params_dict["nodes.drop.p"]
        assert snapshot.search is None
    assert state.best is not None and state.best.value == max(r.value for r in state.rows)
    assert {p for p, _ in state.importance} == {"training.lr", "nodes.drop.p"}


@pytest.mark.slow
@pytest.mark.parametrize("sampler", ["random", "tpe"])
def test_a_seeded_search_repeats_exactly(tmp_path, sampler):
    # tpe: 3 trials, the first 2 at random, the third from TPE's model of them
    search = {"sampler": sampler, "trials": 3, "seed": 3, "pruner": "none", "space": {
        "training.lr": {"type": "float", "low": 1e-3, "high": 1e-1, "log": True},
        "nodes.drop.p": {"type": "float", "low": 0.0, "high": 0.5}}}
    runs = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        if sampler == "tpe" and name == "c":
            break
        (tmp_path / name).mkdir()
        runs.append(search_in(tmp_path / name, dict(search, seed=seed)).run().rows)
    assert [r.params for r in runs[0]] == [r.params for r in runs[1]]
    assert len({r.params for r in runs[0]}) == 3
    if sampler == "random":
        assert [r.params for r in runs[2]] != [r.params for r in runs[0]]


def test_a_diverging_learning_rate_is_pruned_early_with_the_reason(tmp_path):
    s = search_in(tmp_path, {"sampler": "grid", "epochs_per_trial": 3, "space": {
        "training.lr": {"type": "categorical", "choices": [0.05, 1e9]}}}, )
    s.project.training["optimizer"] = "SGD"
    state = s.run()
    by_lr = {r.params_dict["training.lr"]: r for r in state.rows}
    good, bad = by_lr[0.05], by_lr[1e9]
    assert good.state == "complete" and len(good.curve) == 3
    assert bad.state == "pruned" and "Diverged" in bad.reason and len(bad.curve) < 3
    run = RunStore.for_project(s.project.path).get(bad.run)
    assert run.status == "diverged" and run.record.extra["trial"]["state"] == "pruned"


@pytest.mark.slow
def test_the_median_pruner_stops_a_hopeless_trial_after_its_first_epoch(tmp_path):
    from optuna.samplers import GridSampler

    choices = [0.01, 0.02, 1e-7]
    # the grid's order follows its seed: pick one that tries the hopeless rate last
    seed = next(k for k in range(50)
                if GridSampler({"training.lr": choices}, seed=k)._all_grids[2] == (1e-7,))
    s = search_in(tmp_path, {"sampler": "grid", "seed": seed, "epochs_per_trial": 3,
                             "space": {"training.lr": {"type": "categorical",
                                                       "choices": choices}}})
    rows = s.run().rows
    assert [r.state for r in rows] == ["complete", "complete", "pruned"]
    assert rows[2].pruned_at == 1 and len(rows[2].curve) == 1
    assert "Pruned after epoch 1" in rows[2].reason
    run = RunStore.for_project(s.project.path).get(rows[2].run)
    assert run.status == "stopped" and len(run.metrics()["history"]) == 1


def test_values_that_break_the_shapes_are_pruned_not_a_crash(tmp_path):
    s = search_in(tmp_path, {"sampler": "grid", "space": {
        "nodes.fc.out_features": {"type": "categorical", "choices": [10, 7]}}})
    rows = {r.params_dict["nodes.fc.out_features"]: r for r in s.run().rows}
    assert rows[10].state == "complete"
    assert rows[7].state == "pruned" and rows[7].run is None
    assert "7" in rows[7].reason and "10 classes" in rows[7].reason


def test_stop_queues_the_running_trial_and_a_resume_runs_only_the_rest(tmp_path):
    search = {"sampler": "random", "trials": 3, "seed": 1, "space": {
        "training.lr": {"type": "float", "low": 1e-3, "high": 1e-1, "log": True}}}
    first = {}

    def stop_in_second_trial(event):
        if type(event).__name__ == "TrialEpoch" and event.number == 1:
            first["search"].stop()

    s = search_in(tmp_path, search, listener=stop_in_second_trial)
    first["search"] = s
    rows = s.run().rows
    assert [r.state for r in rows] == ["complete", "retried", "waiting"]
    again = Search(Project.load(s.project.path), tensorboard=False, resume=True)
    assert again.open() == s.study_name
    rows = again.run().rows
    assert [r.state for r in rows if r.counted] == ["complete"] * 3
    assert rows[2].params == rows[1].params  # the stopped trial's values, again


def test_unusable_searches_raise_with_their_diagnostics(tmp_path):
    path = tune_file(tmp_path, {"space": {"training.lr": {"type": "float", "low": 1,
                                                          "high": 0}}})
    with pytest.raises(SearchError) as e:
        Search(Project.load(path))
    assert e.value.kind == "search" and e.value.diagnostics[0].code == "search-low-above-high"
    project = Project.load(path)
    project.set_search(None)
    with pytest.raises(SearchError) as e:
        Search(project)
    assert e.value.diagnostics[0].code == "search-missing"


def test_a_grid_resumed_in_another_process_never_repeats_a_point(tmp_path):
    search = {"sampler": "grid", "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.01, 0.03]}}}
    s = search_in(tmp_path, search, listener=lambda e: s.stop() if isinstance(
        e, TrialEnded) else None, study="g")
    s.run()  # one trial, then stopped
    again = Search(Project.load(s.project.path), tensorboard=False, study="g")
    again.open()
    rows = again.run().rows
    assert sorted(r.params_dict["training.lr"] for r in rows) == [0.003, 0.01, 0.03]
