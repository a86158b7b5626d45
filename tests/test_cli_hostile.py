"""Hostile input to the training-side commands (train, runs, export RUN_DIR, tune, lr-find):
damaged run folders, terminal escapes, text that is not valid Unicode, outputs that would
overwrite a run's own files. Each case: a clear message, the documented exit code, no
traceback, nothing lost."""

from __future__ import annotations

import json
import shutil

import pytest

from netstudio.cli import main
from tests.core.runs_helpers import tiny_file


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "could not run" not in err  # the catch-all for bugs
    return code, out, err


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A project with one finished run in its store: (project path, run folder)."""
    folder = tmp_path_factory.mktemp("hostile")
    path = tiny_file(folder)
    assert main(["train", str(path), "--subset", "64", "--quiet", "--no-tensorboard"]) == 0
    [run] = [p for p in (folder / "tiny.runs").iterdir() if not p.name.startswith(".")]
    return path, run


@pytest.fixture
def copy(stored, tmp_path):
    """A fresh copy of the project and its store, to damage: (project path, run folder)."""
    path, run = stored
    shutil.copy(path, tmp_path / path.name)
    shutil.copytree(run.parent, tmp_path / run.parent.name)
    return tmp_path / path.name, tmp_path / run.parent.name / run.name


def edit_json(file, **changes):
    raw = json.loads(file.read_text(encoding="utf-8"))
    raw.update(changes)
    file.write_text(json.dumps(raw), encoding="utf-8")


def test_a_summary_of_wrong_types_lists_and_shows_without_a_traceback(copy, capsys):
    path, run = copy
    edit_json(run / "run.json", summary={"epochs": "x", "test_accuracy": "0.9",
                                         "test_loss": [1], "params": 1.5, "seconds": None})
    code, out, _ = cli(capsys, "runs", path)
    assert code == 0 and run.name in out
    code, out, _ = cli(capsys, "runs", path, "--json")
    [row] = json.loads(out)["runs"]
    assert row["test_accuracy"] is None and row["test_loss"] is None  # numbers or null
    assert isinstance(row["epochs"], int)
    code, out, _ = cli(capsys, "runs", path, "--show", run.name)
    assert code == 0 and run.name in out


def test_show_survives_a_history_of_wrong_types(copy, capsys):
    path, run = copy
    edit_json(run / "metrics.json", history=[{"epoch": 1, "train_loss": None,
                                              "val_accuracy": "x"}, 5, None])
    code, out, _ = cli(capsys, "runs", path, "--show", run.name)
    assert code == 0 and "epoch 1" in out


def test_terminal_escapes_in_any_run_field_are_shown_escaped(copy, capsys):
    path, run = copy
    edit_json(run / "run.json", id="\x1b[2Jid", parent="\x1b[31mparent", created="\x1b[5m2026",
              device="\x1b[1mcpu", versions={"torch": "\x1b[7m"}, message="\x1b[8mhidden")
    for argv in (("runs", path), ("runs", path, "--show", run.name),
                 ("runs", path, "--diff", run.name)):
        code, out, err = cli(capsys, *argv)
        assert code == 0 and "\x1b" not in out + err and "\\x1b" in out


def test_an_empty_run_reference_is_refused(copy, capsys):
    path, _ = copy
    code, out, err = cli(capsys, "runs", path, "--show", "")
    assert code == 2 and "run" in err and out == ""


def test_a_name_that_is_not_valid_unicode_is_repaired_and_the_run_recorded(tmp_path, capsys):
    path = tiny_file(tmp_path)
    # what Python makes of a Latin-1 byte in argv under a UTF-8 locale
    code, _, err = cli(capsys, "train", path, "--subset", "64", "--quiet", "--no-tensorboard",
                       "--name", "caf\udce9")
    assert code == 0, err
    [run] = [p for p in (tmp_path / "tiny.runs").iterdir() if not p.name.startswith(".")]
    assert json.loads((run / "run.json").read_text(encoding="utf-8"))["name"] == "caf\ufffd"


@pytest.mark.parametrize("own", ["project.nsproj.json", "run.json", "metrics.json",
                                 "checkpoint.pt", "curves.json"])
def test_export_never_writes_over_the_run_folder_s_own_files(copy, capsys, own):
    path, run = copy
    before = (run / own).read_bytes()
    code, _, err = cli(capsys, "export", run, "-o", run / own)
    assert code == 2 and own in err
    assert (run / own).read_bytes() == before
    assert cli(capsys, "runs", path, "--show", run.name)[0] == 0  # the run still opens


def test_export_python_weights_beside_out_never_replace_the_run_s_checkpoint(copy, capsys):
    _, run = copy
    before = (run / "checkpoint.pt").read_bytes()
    code, _, err = cli(capsys, "export", run, "-o", run / "checkpoint.py")
    assert code == 2 and "checkpoint.pt" in err
    assert (run / "checkpoint.pt").read_bytes() == before


# ---- tune ---------------------------------------------------------------------------------------
def test_tune_refuses_an_empty_study_name(tmp_path, capsys):
    from tests.core.tune_helpers import tune_file

    path = tune_file(tmp_path, {"sampler": "grid", "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.03]}}})
    code, out, err = cli(capsys, "tune", path, "--study", " ", "--no-tensorboard")
    assert code == 2 and "study name is empty" in err
    assert not list((tmp_path / "tiny.runs").glob("2*"))  # no trial ran


@pytest.mark.parametrize("signum, code", [("SIGINT", 130), ("SIGTERM", 143)])
def test_tune_stopped_by_a_signal_exits_as_train_does(tmp_path, capsys, monkeypatch, signum,
                                                      code):
    import os
    import signal

    from netstudio.core.tune.search import Search
    from tests.core.tune_helpers import tune_file

    stopped = []

    def run_until_signalled(self):  # the signal arrives while a trial runs
        os.kill(os.getpid(), getattr(signal, signum))

    monkeypatch.setattr(Search, "run", run_until_signalled)
    monkeypatch.setattr(Search, "stop", lambda self: stopped.append("stop"))
    path = tune_file(tmp_path, {"sampler": "grid", "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.03]}}})
    got, _, err = cli(capsys, "tune", path, "--no-tensorboard")
    assert got == code and "stop" in stopped and "resume with" in err


def test_two_study_names_that_look_alike_get_their_own_worker_folders(tmp_path):
    from netstudio.core.tune.workers import study_dir

    assert study_dir(tmp_path, "my study") != study_dir(tmp_path, "my_study")
    assert study_dir(tmp_path, "plain-1") == tmp_path / ".search" / "plain-1"


# ---- lr-find --------------------------------------------------------------------------------------
def test_lr_find_names_steps_when_there_are_too_many(tmp_path, capsys):
    code, _, err = cli(capsys, "lr-find", tiny_file(tmp_path), "--steps", str(10**12))
    assert code == 2 and "--steps" in err and "training.epochs" not in err


def test_a_diverged_run_suggests_a_learning_rate_that_could_work(tmp_path, capsys):
    import math

    path = tiny_file(tmp_path, lr=1e308)
    code, _, err = cli(capsys, "train", path, "--subset", "64", "--no-tensorboard", "--quiet")
    assert code == 1 and "diverged" in err
    suggested = float(err.split("(try ")[1].split(")")[0])
    assert math.isfinite(suggested) and suggested <= 0.1


def test_tune_names_a_run_store_that_is_a_file(tmp_path, capsys):
    from tests.core.tune_helpers import tune_file

    path = tune_file(tmp_path, {"sampler": "grid", "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.03]}}})
    (tmp_path / "tiny.runs").write_text("not a folder", encoding="utf-8")
    code, _, err = cli(capsys, "tune", path, "--no-tensorboard")
    assert code == 2 and "tiny.runs: is a file" in err


def test_train_out_never_writes_into_a_store_or_over_a_stored_run(copy, capsys):
    path, run = copy
    before = (run / "model.pt").read_bytes()
    for target in (run.parent, run):
        code, _, err = cli(capsys, "train", path, "--out", target, "--subset", "64", "--quiet",
                           "--no-tensorboard")
        assert code == 2 and str(target) in err
    assert (run / "model.pt").read_bytes() == before
    assert not (run.parent / "run.json").exists()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_tune_refuses_an_in_memory_storage(tmp_path, capsys, url):
    from tests.core.tune_helpers import tune_file

    path = tune_file(tmp_path, {"sampler": "grid", "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.03]}}})
    code, _, err = cli(capsys, "tune", path, "--storage", url, "--no-tensorboard")
    assert code == 2 and "in-memory" in err


def test_tune_names_a_worker_folder_that_cannot_be_made(tmp_path, capsys):
    from tests.core.tune_helpers import tune_file

    path = tune_file(tmp_path, {"sampler": "grid", "subset": 64, "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.03]}}})
    (tmp_path / "tiny.runs").mkdir()
    (tmp_path / "tiny.runs" / ".search").write_text("in the way", encoding="utf-8")
    code, _, err = cli(capsys, "tune", path, "--no-tensorboard", "--quiet")
    assert code == 2 and ".search" in err and "move away" in err


def test_check_names_the_largest_number_of_trials(tmp_path, capsys):
    from tests.core.tune_helpers import tune_file

    path = tune_file(tmp_path, {"trials": 10**12, "space": {
        "training.lr": {"type": "categorical", "choices": [0.003, 0.03]}}})
    code, out, _ = cli(capsys, "check", path, "--json")
    [d] = [d for d in json.loads(out)["diagnostics"] if d["field"] == "search.trials"]
    assert code == 1 and "<= 2147483647" in d["message"]


# ---- weights and checkpoints that are not regular files -----------------------------------------
@pytest.mark.timeout(120)
def test_weights_and_checkpoints_that_are_fifos_are_refused_not_waited_for(copy, capsys):
    import os

    path, run = copy
    fifo = path.parent / "weights.pt"
    os.mkfifo(fifo)
    code, _, err = cli(capsys, "export", path, "--weights", fifo, "-o", path.parent / "a.py")
    assert code == 2 and "not a regular file" in err
    code, _, err = cli(capsys, "train", path, "--resume", fifo, "--subset", "64", "--quiet")
    assert code == 2 and "not a regular file" in err and "no such" not in err
    (run / "model.pt").unlink()
    os.mkfifo(run / "model.pt")
    code, _, err = cli(capsys, "export", run, "-o", path.parent / "b.py")
    assert code == 2 and "model.pt" in err  # the run is unusable; nothing waits on the pipe


def test_a_run_json_subset_of_true_is_not_taken_as_subset_1(copy):
    import argparse

    from netstudio.cli.train import _resolve_resume

    path, run = copy
    edit_json(run / "run.json", subset=True)
    args = argparse.Namespace(resume=run.name, file=str(path), subset=None, quiet=True)
    checkpoint, parent = _resolve_resume(args)
    assert args.subset is None and parent == run.name and checkpoint.endswith("checkpoint.pt")
