"""A listing marks a run whose model.pt no longer fits its network snapshot, cheaply: two stat
calls against the fingerprint in run.json; the full (lazy) check only for changed files."""

from __future__ import annotations

import json
import os

import pytest
import torch

from netstudio.core.compiler import compile_project
from netstudio.core.project import Project
from netstudio.core.runs import Run, RunStore, weights_check, weights_problem
from netstudio.core.runs.weights_check import FINGERPRINT
from tests.core.runs_helpers import fake_finished_run, tiny_file, tiny_raw


@pytest.fixture
def run(tmp_path):
    path = tiny_file(tmp_path)
    made = fake_finished_run(RunStore.for_project(path), Project.load(path))
    return Run.open(made.path)


def _no_full_check(monkeypatch):
    def refuse(*_args):
        raise AssertionError("the full check ran although nothing changed")

    monkeypatch.setattr(weights_check, "_full_check", refuse)


def test_a_fitting_run_is_checked_in_full_once_then_by_its_fingerprint(run, monkeypatch):
    assert FINGERPRINT not in run.record.extra  # (made without the recorder)
    assert weights_problem(run) is None
    again = Run.open(run.path)
    assert again.record.extra[FINGERPRINT]["model_pt"][0] == run.model_file.stat().st_size
    _no_full_check(monkeypatch)
    assert weights_problem(again) is None


def _changed(run) -> Run:
    """Re-opened, as a new listing sees it; the verdict cache of this process forgotten."""
    weights_check._VERDICTS.clear()
    return Run.open(run.path)


def test_a_truncated_weights_file_is_marked(run):
    weights_problem(run)
    data = run.model_file.read_bytes()
    run.model_file.write_bytes(data[: len(data) // 2])
    problem = weights_problem(_changed(run))
    assert problem and "cannot be read as PyTorch weights" in problem and "model.pt" in problem


def test_weights_of_another_network_are_marked_naming_the_difference(run, tmp_path):
    weights_problem(run)
    other = Project.from_dict(tiny_raw(hidden=16))
    torch.save(compile_project(other).state_dict(), run.model_file)
    problem = weights_problem(_changed(run))
    assert problem and "weights belong to another network" in problem
    assert "model.pt has layers.hidden.weight, which the network does not" in problem, problem


def test_a_hand_edited_snapshot_is_marked(run):
    weights_problem(run)
    run.project_file.write_text(json.dumps(tiny_raw(hidden=16)))  # another network
    problem = weights_problem(_changed(run))
    assert problem and "model.pt has no layers.hidden.weight" in problem, problem
    raw = tiny_raw(hidden=16)
    raw["graph"]["nodes"][-1]["params"]["out_features"] = 7  # a network it cannot build
    run.project_file.write_text(json.dumps(raw))
    assert "network cannot be built" in weights_problem(_changed(run))


def test_the_same_bytes_with_a_new_time_are_checked_and_pass(run, monkeypatch):
    weights_problem(run)
    os.utime(run.model_file, ns=(0, 0))  # copied without its time (cp, git): checked again
    assert weights_problem(_changed(run)) is None
    _no_full_check(monkeypatch)
    assert weights_problem(Run.open(run.path)) is None  # and remembered


def test_a_run_without_weights_has_no_problem(tmp_path):
    path = tiny_file(tmp_path)
    made = RunStore.for_project(path).create(Project.load(path))
    made.update(status="failed")
    made.release()
    assert weights_problem(Run.open(made.path)) is None


def _interrupted(tmp_path, state=None):
    """A run that crashed after its first epoch: run.json still "running", nobody recording
    it, its weights only in checkpoint.pt."""
    path = tiny_file(tmp_path)
    project = Project.load(path)
    made = RunStore.for_project(path).create(project)
    weights = state if state is not None else compile_project(project).state_dict()
    torch.save({"format": "netstudio-checkpoint", "version": 1, "model": weights,
                "epoch": 1}, made.checkpoint_file)
    return made


def test_an_interrupted_runs_checkpoint_is_checked_by_the_listing(tmp_path, monkeypatch):
    made = _interrupted(tmp_path)
    assert weights_problem(Run.open(made.path)) is None  # being recorded: not checked
    made.checkpoint_file.write_bytes(made.checkpoint_file.read_bytes()[:200])
    assert weights_problem(_changed(made)) is None  # (still live: its file changes as it trains)
    made.release()  # the process died
    run = _changed(made)
    assert run.status == "interrupted" and not run.model_file.exists()
    problem = weights_problem(run)
    assert problem and "cannot be read as PyTorch weights" in problem
    assert "checkpoint.pt" in problem, problem


def test_an_interrupted_run_of_another_network_names_the_difference(tmp_path, monkeypatch):
    other = compile_project(Project.from_dict(tiny_raw(hidden=16))).state_dict()
    made = _interrupted(tmp_path, state=other)
    made.release()
    problem = weights_problem(_changed(made))
    assert problem and "weights belong to another network" in problem
    assert "checkpoint.pt has layers.hidden.weight, which the network does not" in problem


def test_a_fitting_checkpoint_is_remembered_by_its_fingerprint(tmp_path, monkeypatch):
    made = _interrupted(tmp_path)
    made.release()
    assert weights_problem(_changed(made)) is None
    again = Run.open(made.path)
    stamp = again.record.extra[FINGERPRINT]
    assert stamp["checkpoint_pt"][0] == made.checkpoint_file.stat().st_size
    _no_full_check(monkeypatch)
    assert weights_problem(again) is None
