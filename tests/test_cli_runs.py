"""``netstudio train`` into the run store, ``netstudio runs``, ``--resume RUN``, ``export RUN_DIR``."""

from __future__ import annotations

import json
import os

import pytest
import torch

from netstudio.cli import main
from tests.core.runs_helpers import tiny_file

LIST_KEYS = {"id", "name", "status", "created", "epochs", "test_accuracy", "test_loss", "path",
             "parent", "problem"}


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A project with two stored runs: the second continues the first."""
    folder = tmp_path_factory.mktemp("cli-runs")
    path = tiny_file(folder)
    assert main(["train", str(path), "--subset", "128", "--quiet", "--no-tensorboard",
                 "--name", "first"]) == 0
    [first] = [p for p in (folder / "tiny.runs").iterdir() if not p.name.startswith(".")]
    assert main(["train", str(path), "--subset", "128", "--quiet", "--no-tensorboard",
                 "--epochs", "2", "--resume", first.name[:15]]) == 0
    return path, first.name


def test_train_records_into_the_store_and_runs_lists_it(trained, capsys):
    path, first = trained
    code, out, _ = cli(capsys, "runs", path, "--json")
    assert code == 0
    rows = json.loads(out)["runs"]
    assert [set(r) for r in rows] == [LIST_KEYS, LIST_KEYS]
    a, b = rows
    assert a["problem"] is None and b["problem"] is None
    assert "weights_fingerprint" in json.loads((path.parent / "tiny.runs" / first /
                                                "run.json").read_text())  # cheap listings
    assert a["id"] == first and a["name"] == "first" and a["status"] == "finished"
    assert a["epochs"] == 1 and 0 < a["test_accuracy"] <= 1 and a["test_loss"] > 0
    assert a["parent"] is None and b["parent"] == first and b["epochs"] == 2
    assert b["name"] == "run 2"
    child = path.parent / "tiny.runs" / b["id"]
    stored = json.loads((child / "metrics.json").read_text())
    assert [h["epoch"] for h in stored["history"]] == [1, 2]
    # what really trained: the total epochs, the parent's --subset, its curves first
    assert json.loads((child / "project.nsproj.json").read_text())["training"]["epochs"] == 2
    assert json.loads((child / "run.json").read_text())["subset"] == 128
    xs = json.loads((child / "curves.json").read_text())["batch"]["x"]
    parent_xs = json.loads((child.parent / first / "curves.json").read_text())["batch"]["x"]
    assert parent_xs and xs[:len(parent_xs)] == parent_xs and xs[-1] == 2.0
    assert max(parent_xs) <= 1.0 < xs[len(parent_xs)]
    code, out, _ = cli(capsys, "runs", path)
    assert code == 0 and "2 run(s)" in out and "first" in out and first in out
    code, out, _ = cli(capsys, "runs", path.parent / "tiny.runs")  # the store folder itself
    assert code == 0 and "2 run(s)" in out


def test_show_one_run(trained, capsys):
    path, first = trained
    code, out, _ = cli(capsys, "runs", path, "--show", first)
    assert code == 0 and "first" in out and "finished" in out and "test accuracy" in out
    code, out, _ = cli(capsys, "runs", path, "--show", first, "--json")
    data = json.loads(out)
    assert data["run"]["id"] == first and data["metrics"]["epochs"] == 1
    code, _, err = cli(capsys, "runs", path, "--show", "nope")
    assert code == 2 and "no run 'nope'" in err


def test_diff_a_run_against_the_project_and_another_run(trained, capsys):
    path, first = trained
    raw = json.loads(path.read_text())
    raw["training"]["lr"] = 0.5
    changed = path.with_name("changed.nsproj.json")
    changed.write_text(json.dumps(raw))
    store = path.parent / "tiny.runs"
    code, out, _ = cli(capsys, "runs", store, "--diff", first, first)
    assert code == 0 and "no differences" in out
    code, out, _ = cli(capsys, "runs", path, "--diff", first)
    assert code == 0 and "no differences" in out
    import shutil

    shutil.copytree(store, path.parent / "changed.runs", dirs_exist_ok=True)
    code, out, _ = cli(capsys, "runs", changed, "--diff", first, "--json")
    assert json.loads(out)["settings"] == [{"key": "training.lr", "old": 0.01, "new": 0.5,
                                            "old_set": True, "new_set": True}]


def test_resume_from_a_run_folder_and_export_a_stored_run(trained, capsys, tmp_path):
    path, first = trained
    folder = path.parent / "tiny.runs" / first
    out_dir = tmp_path / "standalone"
    code, _, err = cli(capsys, "train", path, "--subset", "128", "--quiet", "--epochs", "2",
                       "--no-tensorboard", "--resume", folder, "--out", out_dir)
    assert code == 0, err
    record = json.loads((out_dir / "run.json").read_text())
    assert record["parent"] == first and record["status"] == "finished"
    code, out, err = cli(capsys, "export", folder, "-o", tmp_path / "net.py")
    assert code == 0, err
    weights = torch.load(tmp_path / "net.pt", weights_only=True)
    stored = torch.load(folder / "model.pt", weights_only=True)
    assert any(torch.equal(v, stored["layers.fc.weight"]) for v in weights.values())
    code, out, err = cli(capsys, "export", folder, "--format", "onnx")
    assert code == 0 and (folder / "network.onnx").exists()
    code, _, err = cli(capsys, "export", path.parent / "tiny.runs")
    assert code == 2 and "run.json" in err


def test_bad_folders_are_named_and_skipped(trained, capsys):
    path, first = trained
    store = path.parent / "tiny.runs"
    broken = store / "20000101-000000-dead"
    broken.mkdir(exist_ok=True)
    (broken / "run.json").write_text('{"format": "netstudio-run", "version": 7, "id": "x", '
                                     '"status": "finished"}')
    (broken / "project.nsproj.json").write_text("{}")
    code, out, err = cli(capsys, "runs", path, "--json")
    assert code == 0 and len(json.loads(out)["runs"]) == 2
    assert "skipped" in err and "newer netstudio" in err and broken.name in err
    assert json.loads(out)["skipped"][0]["path"].endswith(broken.name)
    import shutil

    shutil.rmtree(broken)


def test_control_characters_in_names_are_escaped(tmp_path, capsys):
    path = tiny_file(tmp_path)
    store = path.parent / "tiny.runs"
    from netstudio.core.project import Project
    from netstudio.core.runs import RunStore

    run = RunStore(store).create(Project.load(path), name="evil\x1b[2J\x07name")
    run.update(status="failed", notes="line\x1b]0;title\x07")
    run.release()
    code, out, _ = cli(capsys, "runs", path)
    assert code == 0 and "\x1b" not in out and "\\x1b[2J" in out
    code, out, _ = cli(capsys, "runs", path, "--show", run.id)
    assert code == 0 and "\x1b" not in out and "\x07" not in out


def test_unusable_inputs_exit_2(tmp_path, capsys):
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    assert cli(capsys, "runs", junk)[0] == 2
    assert cli(capsys, "runs", tmp_path / "missing.nsproj.json")[0] == 2
    path = tiny_file(tmp_path)
    code, out, _ = cli(capsys, "runs", path)
    assert code == 0 and "no runs" in out
    code, _, err = cli(capsys, "train", path, "--resume", "0000")
    assert code == 2 and "no run '0000'" in err
    code, _, err = cli(capsys, "runs", path, "--diff", "a", "b", "c")
    assert code == 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_project_folder_suggests_out(tmp_path, capsys):
    path = tiny_file(tmp_path)
    tmp_path.chmod(0o555)
    try:
        code, _, err = cli(capsys, "train", path, "--subset", "64", "--no-tensorboard")
    finally:
        tmp_path.chmod(0o755)
    assert code == 2 and "--out DIR" in err


def test_a_store_that_is_a_file_exits_2(tmp_path, capsys):
    path = tiny_file(tmp_path)
    (tmp_path / "tiny.runs").write_text("not a folder")
    code, _, err = cli(capsys, "train", path, "--subset", "64", "--no-tensorboard")
    assert code == 2 and "is a file" in err and "--out DIR" in err
    code, _, err = cli(capsys, "runs", path)
    assert code == 0 and "is a file" in err


def test_an_interrupted_run_whose_checkpoint_is_damaged_is_listed_with_its_problem(
        tmp_path, capsys):
    from netstudio.core.compiler import compile_project
    from netstudio.core.project import Project
    from netstudio.core.runs import RunStore

    path = tiny_file(tmp_path)
    project = Project.load(path)
    store = RunStore.for_project(path)
    runs = [store.create(project, name=n) for n in ("fits", "damaged")]
    for run in runs:
        torch.save({"model": compile_project(project).state_dict(), "epoch": 1},
                   run.checkpoint_file)
        run.release()  # the training process died after its first epoch
    fits, damaged = runs
    data = damaged.checkpoint_file.read_bytes()
    damaged.checkpoint_file.write_bytes(data[: len(data) // 3])
    code, out, _ = cli(capsys, "runs", path, "--json")
    assert code == 0
    rows = {r["name"]: r for r in json.loads(out)["runs"]}
    assert {r["status"] for r in rows.values()} == {"interrupted"}
    assert rows["fits"]["problem"] is None
    problem = rows["damaged"]["problem"]
    assert "checkpoint.pt" in problem and "cannot be read as PyTorch weights" in problem
    code, out, _ = cli(capsys, "runs", path)
    assert code == 0 and "interrupted!" in out and f"! {damaged.id}: " in out


def test_runs_a_save_as_still_has_to_copy_are_listed_as_pending(tmp_path, capsys):
    from netstudio.core.project import Project
    from netstudio.core.runs import RunStore, plan_carry

    old = tiny_file(tmp_path, "old.nsproj.json")
    live = RunStore.for_project(old).create(Project.load(old), name="in a terminal")
    new = tiny_file(tmp_path, "new.nsproj.json")
    plan_carry(old, new)
    code, out, _ = cli(capsys, "runs", new, "--json")
    data = json.loads(out)
    assert code == 0 and data["runs"] == []
    assert data["pending"] == [{"id": live.id, "from": str(live.path.parent.resolve()),
                                "training": True}]
    code, out, _ = cli(capsys, "runs", new)
    assert "1 run(s) still to be copied here" in out and "(still training)" in out
    live.release()
    code, out, _ = cli(capsys, "runs", old, "--json")
    assert json.loads(out)["pending"] == []


def test_copy_pending_copies_what_a_save_as_left(tmp_path, capsys):
    from netstudio.core.project import Project
    from netstudio.core.runs import RunStore, plan_carry
    from tests.core.runs_helpers import fake_finished_run

    old = tiny_file(tmp_path, "old.nsproj.json")
    store = RunStore.for_project(old)
    done = fake_finished_run(store, Project.load(old), name="done")
    live = store.create(Project.load(old), name="in a terminal")
    new = tiny_file(tmp_path, "new.nsproj.json")
    plan_carry(old, new)  # the app's Save As, closed before it copied anything
    code, out, err = cli(capsys, "runs", new, "--copy-pending", "--json")
    data = json.loads(out)
    assert code == 0 and [r["id"] for r in data["runs"]] == [done.id]
    assert [p["id"] for p in data["pending"]] == [live.id]
    assert "copied 1 run(s)" in err and "1 run(s) still training" in err
    live.update(status="failed")
    live.release()
    code, out, err = cli(capsys, "runs", new, "--copy-pending")
    assert code == 0 and "copied 1 run(s)" in err and "still to be copied" not in out
    code, out, err = cli(capsys, "runs", new, "--copy-pending")  # nothing left: quiet
    assert code == 0 and err == ""


def test_copy_pending_exits_1_naming_a_run_that_cannot_be_copied(tmp_path, capsys):
    from netstudio.core.project import Project
    from netstudio.core.runs import RunStore, plan_carry
    from tests.core.runs_helpers import fake_finished_run

    old = tiny_file(tmp_path, "old.nsproj.json")
    run = fake_finished_run(RunStore.for_project(old), Project.load(old))
    new = tiny_file(tmp_path, "new.nsproj.json")
    plan_carry(old, new)
    run.run_json.write_text('{"format": "netstudio-run", "version": 1, "id": ')  # damaged
    code, out, err = cli(capsys, "runs", new, "--copy-pending", "--json")
    assert code == 1 and "cannot be copied" in err and run.id in err
    assert json.loads(out)["pending"][0]["id"] == run.id  # kept: it may be repaired
