"""Project files netstudio did not write: limits on what is read, repairs that keep every node,
and a lossless round trip for any value (docs/reliability.md)."""

from __future__ import annotations

import copy
import json
import math
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netstudio.core.project import Project, ProjectError

BASE = {
    "format": "netstudio", "version": 2, "name": "p",
    "graph": {"nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                        {"id": "flat", "type": "Flatten"},
                        {"id": "fc", "type": "Linear", "params": {"out_features": 10}}],
              "edges": [{"from": "input", "to": "flat"}, {"from": "flat", "to": "fc"}]},
    "data": {"dataset": "mnist"},
    "training": {"lr": 0.01},
}


def write(tmp_path, raw, name="p.nsproj.json"):
    path = tmp_path / name
    path.write_text(raw if isinstance(raw, str) else json.dumps(raw), encoding="utf-8")
    return path


@pytest.mark.timeout(20)
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "p.nsproj.json"
    os.mkfifo(fifo)
    with pytest.raises(ProjectError, match="not a regular file"):
        Project.load(fifo)  # a plain read blocks for ever: nobody writes to the pipe


def test_dev_zero_and_huge_files_are_refused_without_reading_them(tmp_path):
    with pytest.raises(ProjectError, match="not a regular file"):
        Project.load("/dev/zero")
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as f:
        f.truncate(3 * 1024**3)  # sparse: 3 GB that take no disk
    with pytest.raises(ProjectError, match=r"3\.22 GB, more than the 33\.6 MB"):
        Project.load(huge)


def test_numbers_with_more_than_4300_digits_are_a_message(tmp_path):
    path = write(tmp_path, json.dumps(BASE).replace('"lr": 0.01', '"lr": ' + "9" * 5000))
    with pytest.raises(ProjectError, match="4,300 digits") as info:
        Project.load(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("depth", [150, 900, 100_000])
def test_deep_nesting_is_a_message(tmp_path, depth):
    text = json.dumps(BASE).replace('"lr": 0.01', '"lr": ' + "[" * depth + "]" * depth)
    with pytest.raises(ProjectError, match="nested more than 100 levels"):
        Project.load(write(tmp_path, text))
    deep: list = []
    for _ in range(depth if depth < 2000 else 2000):
        deep = [deep]
    with pytest.raises(ProjectError, match="nested more than 100 levels"):
        Project.from_dict({**BASE, "extra": deep})


@pytest.mark.parametrize("where", ["id", "name", "type", "param key", "dataset", "edge",
                                   "extra key"])
def test_lone_surrogates_are_repaired_with_a_note_and_the_project_saves(tmp_path, where):
    raw = copy.deepcopy(BASE)
    bad = "fc\ud800"
    if where == "id":
        raw["graph"]["nodes"][2]["id"] = bad
        raw["graph"]["edges"][1]["to"] = bad
    elif where == "name":
        raw["name"] = bad
    elif where == "type":
        raw["graph"]["nodes"][2]["type"] = bad
    elif where == "param key":
        raw["graph"]["nodes"][2]["params"][bad] = 1
    elif where == "dataset":
        raw["data"]["dataset"] = bad
    elif where == "edge":
        raw["graph"]["edges"][1]["label"] = bad
    else:
        raw["training"][bad] = {bad: bad}
    path = write(tmp_path, json.dumps(raw))  # ensure_ascii: written as the escape \ud800
    project = Project.load(path)
    assert project.load_notes and all("not valid Unicode" in n for n in project.load_notes)
    text = project.dumps()
    assert "\ud800" not in text and "fc\ufffd" in text
    project.save()  # once raised UnicodeEncodeError, on every save and autosave
    again = Project.load(path)
    assert again.to_dict() == project.to_dict() and again.load_notes == []
    if where == "id":
        assert ("flat", "fc\ufffd") in [(e.src, e.dst) for e in again.graph.edges]


def test_duplicate_ids_are_renamed_not_dropped(tmp_path):
    raw = copy.deepcopy(BASE)
    raw["graph"]["nodes"].append({"id": "fc", "type": "ReLU", "pos": [5, 5]})
    raw["graph"]["nodes"].append({"id": "fc_2", "type": "Tanh"})
    project = Project.load(write(tmp_path, raw))
    assert list(project.graph.nodes) == ["input", "flat", "fc", "fc_3", "fc_2"]
    assert project.graph.node("fc_3").type == "ReLU" and project.graph.node("fc").type == "Linear"
    assert len(project.load_notes) == 1 and '"fc_3"' in project.load_notes[0]
    project.save()
    saved = json.loads(project.path.read_text(encoding="utf-8"))
    assert [n["type"] for n in saved["graph"]["nodes"]] == ["Input", "Flatten", "Linear",
                                                              "ReLU", "Tanh"]


def test_strings_that_look_like_the_old_sentinels_survive():
    raw = copy.deepcopy(BASE)
    raw["note"] = "\0NODES\0"
    raw["graph"]["layout"] = "\u0000EDGES\u0000"
    text = Project.from_dict(raw).dumps()
    assert json.loads(text) == raw


# ---- property: load -> save -> load is the identity ----------------------------------------
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)  # NUL, controls: yes
scalars = (st.none() | st.booleans() | st.integers(-(10**30), 10**30)
           | st.floats(allow_nan=False) | text)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(text, inner, max_size=3), max_leaves=8)
node_ids = st.lists(text.filter(bool), min_size=1, max_size=5)


@st.composite
def projects(draw: st.DrawFn) -> dict:
    ids = draw(node_ids)
    nodes = []
    for node_id in ids:
        node = {"id": node_id, "type": draw(text.filter(bool))}
        if draw(st.booleans()):
            node["params"] = draw(st.dictionaries(text, values, min_size=1, max_size=3))
        if draw(st.booleans()):
            node["pos"] = [draw(st.integers(-5000, 5000)), draw(st.integers(-5000, 5000))]
        extra = draw(st.dictionaries(text.filter(lambda k: k not in ("id", "type", "params",
                                                                      "pos")), values,
                                     max_size=2))
        nodes.append({**node, **extra})
    edges = [{"from": draw(st.sampled_from(ids)), "to": draw(st.sampled_from(ids + ["ghost"])),
              **({"port": draw(st.integers(0, 5))} if draw(st.booleans()) else {}),
              **draw(st.dictionaries(text.filter(lambda k: k not in ("from", "to", "port")),
                                     values, max_size=2))}
             for _ in range(draw(st.integers(0, 4)))]
    graph_extra = draw(st.dictionaries(text.filter(lambda k: k not in ("nodes", "edges")),
                                       values, max_size=2))
    top = draw(st.dictionaries(text.filter(lambda k: k not in ("format", "version", "name",
                                                              "graph", "data", "training")),
                               values, max_size=3))
    return {"format": "netstudio", "version": 2, "name": draw(text),
            "graph": {"nodes": nodes, "edges": edges, **graph_extra},
            "data": draw(st.dictionaries(text, values, max_size=3)),
            "training": draw(st.dictionaries(text, values, max_size=3)), **top}


def _unique(raw: dict) -> bool:
    ids = [n["id"] for n in raw["graph"]["nodes"]]
    return len(ids) == len(set(ids))


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(raw=projects())
def test_load_save_load_is_the_identity(raw, tmp_path_factory):
    path = tmp_path_factory.mktemp("rt") / "p.nsproj.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    first = Project.load(path)
    first.save()
    second = Project.load(path)
    assert second.to_dict() == first.to_dict()
    assert second.load_notes == []
    if _unique(raw):  # nothing to repair: the file itself comes back
        assert json.loads(path.read_text(encoding="utf-8")) == raw
    else:
        assert len(second.graph.nodes) == len(raw["graph"]["nodes"])  # no node lost
    assert not any(isinstance(v, float) and math.isnan(v) for v in raw["training"].values())
