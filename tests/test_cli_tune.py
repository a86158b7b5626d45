"""``netstudio tune``: exit codes, --json, studies shared by processes, kill -9 and resume."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netstudio.cli import main
from tests.core.tune_helpers import tune_file

LR = {"type": "categorical", "choices": [0.003, 0.03]}
ROOT = Path(__file__).resolve().parents[1]


def tune(*args):
    return main(["tune", *map(str, args), "--no-tensorboard"])


def test_json_gives_best_and_trials_and_exit_0(tmp_path, capsys):
    path = tune_file(tmp_path, {"sampler": "grid", "space": {"training.lr": LR}})
    assert tune(path, "--json") == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert len(report["trials"]) == 2
    for trial in report["trials"]:
        assert {"number", "state", "values", "params", "run"} <= set(trial)
        assert trial["state"] == "complete" and len(trial["values"]) == 1
    best = report["best"]
    assert best["values"] == [max(t["values"][0] for t in report["trials"])]
    assert best["params"]["training.lr"] in (0.003, 0.03) and best["run"]
    assert (tmp_path / "tiny.runs" / best["run"] / "run.json").is_file()
    assert "[2/2] trial" in err  # a live line per trial on stderr
    assert (tmp_path / "tiny.runs" / "search.db").is_file()  # the default storage


def test_human_report_names_best_values_and_run(tmp_path, capsys):
    path = tune_file(tmp_path, {"sampler": "random", "trials": 1,
                                "space": {"training.lr": LR}})
    assert tune(path, "--study", "mine") == 0
    out = capsys.readouterr().out
    assert "best: trial 0" in out and "training.lr = " in out and "run: " in out


def test_no_trial_complete_exits_1(tmp_path, capsys):
    path = tune_file(tmp_path, {"sampler": "grid", "epochs_per_trial": 2,
                                "space": {"training.lr": {"type": "categorical",
                                                          "choices": [1e9]}}},
                     optimizer="SGD")
    assert tune(path) == 1
    assert "no trial completed" in capsys.readouterr().out


@pytest.mark.parametrize(("search", "words"), [
    (None, "no search section"),
    ({"space": {"training.lr": {"type": "float", "low": 1, "high": 0}}},
     "search.space.training.lr: low (1) is greater than high (0)"),
    ({"sampler": "grid", "space": {"training.lr": {"type": "float", "low": 0.1, "high": 1}}},
     "grid search needs a list of values"),
    ({"space": {"nodes.fc.out_features": {"type": "categorical", "choices": [3, 7]}}},
     "Every combination"),
])
def test_unusable_search_sections_exit_2_naming_the_key(tmp_path, capsys, search, words):
    path = tune_file(tmp_path, search or {})
    if search is None:
        raw = json.loads(path.read_text())
        del raw["search"]
        path.write_text(json.dumps(raw))
    assert tune(path) == 2
    assert words in capsys.readouterr().err


def test_unusable_files_storages_and_flags_exit_2(tmp_path, capsys):
    assert tune(tmp_path / "missing.nsproj.json") == 2
    path = tune_file(tmp_path, {"space": {"training.lr": LR}})
    assert tune(path, "--storage", "nosuchdb://x/y") == 2
    assert "--storage" in capsys.readouterr().err
    assert tune(path, "--resume") == 2  # nothing to resume yet
    assert "no search to resume" in capsys.readouterr().err
    for bad in (["--trials", "0"], ["--jobs", "-1"], ["--sampler", "bayes"],
                ["--timeout", "nan"]):
        with pytest.raises(SystemExit) as e:
            tune(path, *bad)
        assert e.value.code == 2


def test_a_study_with_another_space_is_refused(tmp_path, capsys):
    path = tune_file(tmp_path, {"sampler": "random", "trials": 1, "space": {"training.lr": LR}})
    assert tune(path, "--study", "s") == 0
    raw = json.loads(path.read_text())
    raw["search"]["space"]["training.lr"] = {"type": "categorical", "choices": [0.1]}
    path.write_text(json.dumps(raw))
    assert tune(path, "--study", "s") == 2
    assert "another space" in capsys.readouterr().err


def test_a_resume_that_would_train_trials_otherwise_exits_2(tmp_path, capsys):
    from netstudio.core.project import Project
    from netstudio.core.tune.search import Search

    path = tune_file(tmp_path, {"sampler": "random", "trials": 2, "subset": 200,
                                "space": {"training.lr": LR}})
    name = Search(Project.load(path), tensorboard=False).open()  # a study, no trial yet
    for flags, named in ((["--subset", "100"], "subset: 200 in the study, 100 now"),
                         (["--epochs-per-trial", "3"], "epochs_per_trial: 1 in the study, 3 "
                                                       "now")):
        assert tune(path, "--resume", *flags) == 2
        err = capsys.readouterr().err
        assert named in err and repr(name) in err and "drop --subset" in err, err
        assert tune(path, "--study", name, *flags) == 2  # joining it by name: the same
        assert named in capsys.readouterr().err


def test_network_errors_exit_1(tmp_path, capsys):
    path = tune_file(tmp_path, {"space": {"training.lr": LR}})
    raw = json.loads(path.read_text())
    raw["graph"]["edges"] = [e for e in raw["graph"]["edges"] if e["to"] != "fc"]
    path.write_text(json.dumps(raw))
    assert tune(path) == 1
    assert "network has errors" in capsys.readouterr().err


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}


def _states(path, study):
    import optuna

    from netstudio.core.tune.storage import open_storage

    return optuna.load_study(study_name=study, storage=open_storage(
        "sqlite:///" + str(path.parent / "tiny.runs" / "search.db"))).trials


@pytest.mark.slow
def test_a_search_killed_mid_trial_resumes_and_runs_only_the_rest(tmp_path, capsys):
    path = tune_file(tmp_path, {"sampler": "random", "trials": 3, "epochs_per_trial": 12,
                                "pruner": "none", "seed": 5,
                                "space": {"training.lr": {"type": "float", "low": 1e-3,
                                                          "high": 3e-2, "log": True}}})
    # The child dies like a kill -9 (no clean-up at all) right after the second trial has
    # reported its first epoch: at the same point whatever the machine's speed.
    script = (
        "import os, sys\n"
        "from netstudio.core.tune import trial as t\n"
        "report = t.PruningCallback.on_epoch_end\n"
        "def dying(self, trainer, event):\n"
        "    report(self, trainer, event)\n"
        "    if self.trial.number == 1:\n"
        "        os._exit(9)\n"
        "t.PruningCallback.on_epoch_end = dying\n"
        "from netstudio.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n")
    child = subprocess.run([sys.executable, "-c", script, "tune", str(path), "--study", "k",
                            "--no-tensorboard", "--quiet"], env=_env(), timeout=300,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert child.returncode == 9, child.stderr
    states = {t.number: t.state.name for t in _states(path, "k")}
    assert states == {0: "COMPLETE", 1: "RUNNING"}  # as a killed process leaves it
    assert tune(path, "--resume", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    states = [(t["number"], t["state"]) for t in report["trials"]]
    assert (1, "retried") in states
    counted = [t for t in report["trials"] if t["state"] not in ("retried", "waiting")]
    assert len(counted) == 3 and all(t["state"] == "complete" for t in counted)
    killed = next(t for t in report["trials"] if t["number"] == 1)
    again = [t for t in counted if t["number"] > 1 and t["params"] == killed["params"]]
    assert again, "the killed trial's values ran again"
    runs = {t["run"] for t in counted}
    assert len(runs) == 3 and killed["run"] not in runs


@pytest.mark.slow
def test_two_worker_processes_share_one_study(tmp_path, capsys):
    path = tune_file(tmp_path, {"sampler": "grid", "trials": 6, "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.01, 0.03]},
        "nodes.drop.p": {"type": "categorical", "choices": [0.0, 0.3]}}})
    assert tune(path, "--jobs", 2, "--json", "--study", "two") == 0
    report = json.loads(capsys.readouterr().out)
    trials = report["trials"]
    assert [t["state"] for t in trials] == ["complete"] * 6  # none lost, none twice
    assert len({json.dumps(t["params"], sort_keys=True) for t in trials}) == 6
    runs = [t["run"] for t in trials]
    assert len(set(runs)) == 6
    workers = {t.user_attrs["worker"]["slot"] for t in _states(path, "two")}
    assert workers == {0, 1}  # both processes trained
