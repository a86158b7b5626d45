"""Project files: the contract in docs/project-format.md (version 2; version-1 files open)."""

from __future__ import annotations

import json
import os

import pytest

from netstudio.core import project as project_mod
from netstudio.core.project import Project, ProjectError

DOC_EXAMPLE = {
    "format": "netstudio",
    "version": 2,
    "name": "MNIST CNN",
    "graph": {
        "nodes": [
            {"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}, "pos": [0, 0]},
            {"id": "conv1", "type": "Conv2d", "params": {"out_channels": 32, "kernel_size": 5}},
            {"id": "relu1", "type": "ReLU"},
            {"id": "pool1", "type": "MaxPool2d", "params": {"kernel_size": 2}},
            {"id": "flat", "type": "Flatten"},
            {"id": "fc", "type": "Linear", "params": {"out_features": 10}},
        ],
        "edges": [
            {"from": "input", "to": "conv1"}, {"from": "conv1", "to": "relu1"},
            {"from": "relu1", "to": "pool1"}, {"from": "pool1", "to": "flat"},
            {"from": "flat", "to": "fc"},
        ],
    },
    "data": {"dataset": "mnist"},
    "training": {"task": "classification", "loss": "CrossEntropyLoss", "optimizer": "Adam",
                 "lr": 0.001, "batch_size": 64, "epochs": 3, "seed": 0},
}


def test_document_example_round_trips_exactly(tmp_path):
    path = tmp_path / "p.nsproj.json"
    path.write_text(json.dumps(DOC_EXAMPLE), encoding="utf-8")
    project = Project.load(path)
    assert list(project.graph.nodes) == ["input", "conv1", "relu1", "pool1", "flat", "fc"]
    assert project.graph.node("input").pos == (0.0, 0.0)
    assert project.graph.node("conv1").pos is None
    assert project.to_dict() == DOC_EXAMPLE
    project.save()
    assert json.loads(path.read_text(encoding="utf-8")) == DOC_EXAMPLE


def test_unknown_keys_survive_and_are_reported(tmp_path):
    raw = json.loads(json.dumps(DOC_EXAMPLE))
    raw["author"] = {"name": "Li"}
    raw["graph"]["layout"] = "manual"
    raw["graph"]["nodes"][1]["color"] = "#ff0000"
    raw["graph"]["edges"][0]["label"] = ["a", 1]
    raw["data"]["cache"] = True
    raw["training"]["warmup"] = 5
    project = Project.from_dict(raw)
    assert project.to_dict() == raw
    unknown = project.unknown_keys()
    assert (None, "author") in unknown
    assert (None, "graph.layout") in unknown
    assert ("conv1", "color") in unknown
    assert any("label" in key for _, key in unknown)


def test_saved_file_is_diff_friendly_one_node_per_line():
    text = Project.from_dict(DOC_EXAMPLE).dumps()
    lines = text.splitlines()
    assert sum('"type":' in line for line in lines) == 6
    assert json.loads(text) == DOC_EXAMPLE


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a netstudio project"),
        ('{"format": "other", "version": 1}', "not a netstudio project"),
        ('{"format": "netstudio", "version": 7, "graph": {}}', "newer netstudio"),
        ('{"format": "netstudio", "version": "1"}', "version"),
        ('{"format": "netstudio", "version": 1, "graph": {"nodes": [{"type": "ReLU"}]}}',
         "graph.nodes[0]"),
        ('{"format": "netstudio", "version": 1, "graph": {"nodes": '
         '[{"id": "a", "type": "ReLU", "pos": [1]}]}}', "node 'a'"),
        ('{"format": "netstudio", "version": 1, "graph": {"edges": [{"from": 1}]}}',
         "graph.edges[0]"),
    ],
)
def test_bad_files_raise_clear_errors_naming_the_file(tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        Project.load(path)
    assert words in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectError, match="no such file"):
        Project.load(tmp_path / "nope.json")
    with pytest.raises(ProjectError, match="folder"):
        Project.load(tmp_path)


def test_defaults_when_sections_are_missing():
    project = Project.from_dict({"format": "netstudio", "version": 1})
    assert len(project.graph) == 0
    assert project.dataset == "mnist"
    assert project.task == "classification"


def test_migration_chain_is_applied(monkeypatch):
    # Pretend the current format is 3 and version 2 files need their "name" upper-cased.
    monkeypatch.setattr(project_mod, "VERSION", 3)
    monkeypatch.setitem(project_mod.MIGRATIONS, 2, lambda d: {**d, "name": d["name"].upper()})
    project = Project.from_dict(json.loads(json.dumps(DOC_EXAMPLE)))
    assert project.name == "MNIST CNN".upper()
    assert project.to_dict()["version"] == 3


def test_save_is_atomic_and_keeps_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "p.json"
    Project.from_dict(DOC_EXAMPLE).save(path)
    before = path.read_text(encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    changed = Project.from_dict(DOC_EXAMPLE)
    changed.name = "changed"
    with pytest.raises(OSError):
        changed.save(path)
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]  # no temp file left behind


def test_saved_file_gets_normal_permissions(tmp_path):
    path = tmp_path / "p.json"
    Project.from_dict(DOC_EXAMPLE).save(path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    path.chmod(0o640)
    Project.from_dict(DOC_EXAMPLE).save(path)
    assert path.stat().st_mode & 0o777 == 0o640
