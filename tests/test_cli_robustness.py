"""Bad settings, files and checkpoints found in a QA pass: each gets a message, exit 1 or 2.

Every case here once gave a traceback-like "internal error", a run that failed midway instead
of before it started, or a vague message.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from netstudio.cli import main
from netstudio.core.analysis import analyze
from netstudio.core.export.pycode import class_name
from netstudio.core.project import Project


def run_cli(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "internal error" not in err and "failed unexpectedly" not in out + err
    return code, out, err


def project_file(tmp_path: Path, name: str = "p.nsproj.json", training: dict | None = None,
                 hidden: int = 10, project_name: str = "tiny MLP") -> Path:
    raw = {
        "format": "netstudio", "version": 1, "name": project_name,
        "graph": {
            "nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                      {"id": "flat", "type": "Flatten"},
                      {"id": "fc", "type": "Linear", "params": {"out_features": hidden}},
                      {"id": "out", "type": "Linear", "params": {"out_features": 10}}],
            "edges": [{"from": "input", "to": "flat"}, {"from": "flat", "to": "fc"},
                      {"from": "fc", "to": "out"}]},
        "data": {"dataset": "mnist"},
        "training": {"lr": 0.01, "batch_size": 32, "epochs": 1, "seed": 0, **(training or {})},
    }
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


@pytest.mark.parametrize(("training", "key"), [
    ({"lr": 10**400}, "training.lr"),                 # an int too large for a float
    ({"batch_size": 10**400}, "training.batch_size"),
    ({"seed": 2**70}, "training.seed"),                # torch cannot seed with it
    ({"schedule": {"type": "onecycle", "pct_start": 2}}, "training.schedule.pct_start"),
    ({"schedule": {"type": "plateau", "factor": 5}}, "training.schedule.factor"),
    ({"schedule": {"type": "step", "step_size": 0}}, "training.schedule.step_size"),
])
def test_bad_settings_are_errors_of_the_check_and_stop_export(tmp_path, capsys, training, key):
    path = project_file(tmp_path, training=training)
    code, out, _ = run_cli(capsys, "check", path, "--json")
    assert code == 1
    errors = [d for d in json.loads(out)["diagnostics"] if d["severity"] == "error"]
    assert [d["field"] for d in errors] == [key], errors
    assert key in errors[0]["message"]
    code, _, err = run_cli(capsys, "export", path, "-o", tmp_path / "m.py")
    assert code == 1 and key in err and not (tmp_path / "m.py").exists()


def test_a_bad_schedule_stops_training_before_it_starts(tmp_path, capsys):
    path = project_file(tmp_path, training={"schedule": {"type": "plateau", "factor": 5}})
    code, _, err = run_cli(capsys, "train", path, "--subset", "100", "--out", tmp_path / "run")
    assert code == 2
    assert "training.schedule.factor" in err and "< 1" in err
    assert not (tmp_path / "run" / "metrics.json").exists()  # nothing ran


def test_misspelt_settings_are_reported_with_a_suggestion(tmp_path):
    path = project_file(tmp_path, training={"learning_rat": 0.1,
                                            "schedule": {"type": "step", "gama": 0.5}})
    diags = analyze(Project.load(path)).diagnostics
    found = {d.field: d for d in diags if d.code == "unknown-key"}
    assert set(found) == {"training.learning_rat", "training.schedule.gama"}
    assert all(d.severity == "warning" for d in found.values())
    assert "gamma" in found["training.schedule.gama"].fix


def test_resume_from_another_network_exits_2_before_training(tmp_path, capsys):
    first = tmp_path / "first"
    code, _, err = run_cli(capsys, "train", project_file(tmp_path, hidden=16), "--subset", "64",
                           "--out", first, "--quiet")
    assert code == 0, err
    other = project_file(tmp_path, name="other.nsproj.json", hidden=32)
    second = tmp_path / "second"
    code, _, err = run_cli(capsys, "train", other, "--subset", "64", "--epochs", "2",
                           "--resume", first / "checkpoint.pt", "--out", second)
    assert code == 2
    assert "different network" in err and "fc" in err and "out" in err  # the nodes that differ
    assert not (second / "metrics.json").exists()
    # the same network, but the checkpoint already holds the epochs asked for
    same = project_file(tmp_path, name="same.nsproj.json", hidden=16)
    code, _, err = run_cli(capsys, "train", same, "--subset", "64", "--epochs", "1",
                           "--resume", first / "checkpoint.pt", "--out", second)
    assert code == 2 and "already holds 1 epoch" in err and "--epochs 2" in err
    # weights only (model.pt) are not a checkpoint: say which file to use
    code, _, err = run_cli(capsys, "train", same, "--subset", "64", "--epochs", "2",
                           "--resume", first / "model.pt", "--out", second)
    assert code == 2 and "checkpoint.pt" in err


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_results_are_written_with_the_usual_file_mode(tmp_path, capsys):
    out = tmp_path / "run"
    code, _, err = run_cli(capsys, "train", project_file(tmp_path), "--subset", "64",
                           "--out", out, "--quiet")
    assert code == 0, err
    umask = os.umask(0)
    os.umask(umask)
    for name in ("metrics.json", "model.pt", "checkpoint.pt"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o666 & ~umask, name
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_empty_file_and_out_that_is_a_file_are_named(tmp_path, capsys):
    empty = tmp_path / "empty.nsproj.json"
    empty.write_text("", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", empty)
    assert code == 2 and "empty" in err and str(empty) in err
    blocker = tmp_path / "taken"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run_cli(capsys, "train", project_file(tmp_path), "--out", blocker)
    assert code == 2 and f"{blocker} is a file" in err


@pytest.mark.parametrize("name", [None, "None", "Data Loader", "F", "True"])
def test_export_class_names_never_clash(tmp_path, capsys, name):
    path = project_file(tmp_path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["name"] = name
    path.write_text(json.dumps(raw), encoding="utf-8")
    code, _, err = run_cli(capsys, "export", path, "-o", tmp_path / "m.py")
    assert code == 0, err
    namespace: dict = {"__name__": "generated"}
    exec(compile((tmp_path / "m.py").read_text(encoding="utf-8"), "m.py", "exec"), namespace)
    cls = namespace[class_name("Untitled" if name is None else name)]
    assert namespace["DataLoader"] is not cls
    assert cls().__class__.__name__ not in ("None", "DataLoader", "F", "True")


def test_bce_loss_without_sigmoid_fails_with_advice_not_torch_text(tmp_path, capsys):
    path = project_file(tmp_path, training={"loss": "BCELoss"})
    code, _, err = run_cli(capsys, "train", path, "--subset", "64", "--out", tmp_path / "run",
                           "--quiet")
    assert code == 1
    assert "Sigmoid" in err and "BCEWithLogitsLoss" in err and "RuntimeError" not in err


def test_export_never_writes_over_its_own_inputs(tmp_path, capsys):
    project = project_file(tmp_path)
    run = tmp_path / "run"
    assert run_cli(capsys, "train", project, "--subset", "64", "--out", run, "--quiet")[0] == 0
    weights = run / "model.pt"
    before = weights.read_bytes()
    cases = [(project, None, "project file itself"),
             (run / "model.py", weights, "over the --weights file"),  # model.py -> model.pt
             (weights, weights, "--weights file itself"),
             (run / "code.pt", weights, "needs another suffix")]
    for out, w, message in cases:
        extra = ["--weights", w] if w else []
        code, _, err = run_cli(capsys, "export", project, "-o", out, *extra)
        assert code == 2 and message in err, err
    assert weights.read_bytes() == before
    assert json.loads(project.read_text(encoding="utf-8"))["format"] == "netstudio"
    code, _, err = run_cli(capsys, "export", project, "-o", run / "net.py", "--weights", weights)
    assert code == 0 and (run / "net.pt").exists(), err


def test_resume_with_another_optimizer_or_schedule_exits_2_and_says_which(tmp_path, capsys):
    first = tmp_path / "first"
    code, _, err = run_cli(capsys, "train", project_file(tmp_path), "--subset", "64",
                           "--out", first, "--quiet")
    assert code == 0, err
    for training, key in (({"schedule": {"type": "onecycle"}}, "training.schedule"),
                          ({"optimizer": "SGD"}, "training.optimizer")):
        changed = project_file(tmp_path, name="changed.nsproj.json", training=training)
        code, _, err = run_cli(capsys, "train", changed, "--subset", "64", "--epochs", "2",
                               "--resume", first / "checkpoint.pt", "--out", tmp_path / "b")
        assert code == 2, err  # was: "Training failed: KeyError: 'initial_lr'" mid-run
        assert key in err and "without --resume" in err
        assert not (tmp_path / "b" / "metrics.json").exists()


def test_batch_norm_on_a_single_sample_says_what_to_do(tmp_path, capsys):
    path = project_file(tmp_path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["graph"]["nodes"].insert(3, {"id": "bn", "type": "BatchNorm1d"})
    raw["graph"]["edges"][2:] = [{"from": "fc", "to": "bn"}, {"from": "bn", "to": "out"}]
    path.write_text(json.dumps(raw), encoding="utf-8")
    code, _, err = run_cli(capsys, "train", path, "--subset", "1", "--out", tmp_path / "r",
                           "--quiet")
    assert code == 1 and "batch normalization" in err and "--subset" in err
    assert "ValueError" not in err


def test_resume_trains_with_the_projects_lr(tmp_path, capsys):
    first = tmp_path / "first"
    assert run_cli(capsys, "train", project_file(tmp_path), "--subset", "64", "--out", first,
                   "--quiet")[0] == 0
    faster = project_file(tmp_path, name="faster.nsproj.json", training={"lr": 0.05})
    second = tmp_path / "second"
    code, _, err = run_cli(capsys, "train", faster, "--subset", "64", "--epochs", "2",
                           "--resume", first / "checkpoint.pt", "--out", second, "--quiet")
    assert code == 0, err
    m = json.loads((second / "metrics.json").read_text(encoding="utf-8"))
    assert [h["lr"] for h in m["history"]] == [0.01, 0.05]  # was [0.01, 0.01]: lr ignored
    # with a schedule the saved lr is where the schedule continues from: a change is refused
    sched = {"schedule": {"type": "step"}}
    start = project_file(tmp_path, name="s1.nsproj.json", training=sched)
    assert run_cli(capsys, "train", start, "--subset", "64", "--out", tmp_path / "s1",
                   "--quiet")[0] == 0
    changed = project_file(tmp_path, name="s2.nsproj.json", training={**sched, "lr": 0.05})
    code, _, err = run_cli(capsys, "train", changed, "--subset", "64", "--epochs", "2",
                           "--resume", tmp_path / "s1" / "checkpoint.pt", "--out",
                           tmp_path / "s2")
    assert code == 2 and "training.lr" in err


@pytest.mark.parametrize(("data", "key"), [({"image_size": [0, 0]}, "data.image_size"),
                                           ({"image_size": [28]}, "data.image_size"),
                                           ({"grayscale": "no"}, "data.grayscale")])
def test_bad_folder_options_are_named_by_the_check(tmp_path, capsys, data, key):
    for c in ("cat", "dog"):
        (tmp_path / "imgs" / c).mkdir(parents=True)
    path = project_file(tmp_path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["data"] = {"dataset": "folder", "path": "imgs", **data}
    path.write_text(json.dumps(raw), encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", path, "--json")
    assert code == 1
    fields = [d["field"] for d in json.loads(out)["diagnostics"] if d["severity"] == "error"]
    assert key in fields
    assert "[1, 0, 0]" not in out  # was: "set shape to [1, 0, 0]"


def test_an_unknown_dataset_is_a_settings_error_exit_2(tmp_path, capsys):
    path = project_file(tmp_path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["data"] = {"dataset": "nope"}
    path.write_text(json.dumps(raw), encoding="utf-8")
    code, _, err = run_cli(capsys, "train", path, "--out", tmp_path / "run")
    assert code == 2, err  # was 1 with "the network has errors" and "(graph)"
    assert "(settings): Unknown data.dataset \"nope\"" in err
    assert "network has errors" not in err
    code, out, _ = run_cli(capsys, "check", path)
    assert code == 1 and "(settings): Unknown data.dataset" in out
