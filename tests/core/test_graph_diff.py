"""diff_projects: layers, connections and settings that differ between two projects."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from netstudio.core.graph.diff import diff_projects
from netstudio.core.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def cnn() -> dict:
    return json.loads((SAMPLES / "mnist_cnn.nsproj.json").read_text(encoding="utf-8"))


def test_a_project_equals_itself_and_ignores_positions_and_names():
    a = cnn()
    b = copy.deepcopy(a)
    b["name"] = "renamed"
    for n in b["graph"]["nodes"]:
        n["pos"] = [1, 2]
    d = diff_projects(a, Project.from_dict(b))
    assert d.same and d.lines() == [] and d.to_dict()["same"] is True


def test_added_removed_and_changed_layers():
    a = cnn()
    b = copy.deepcopy(a)
    nodes = {n["id"]: n for n in b["graph"]["nodes"]}
    first_conv = next(i for i, n in nodes.items() if n["type"] == "Conv2d")
    nodes[first_conv]["params"]["out_channels"] = 16
    b["graph"]["nodes"].append({"id": "drop", "type": "Dropout", "params": {"p": 0.3}})
    removed = b["graph"]["nodes"].pop(-2)  # the last layer before the new one
    b["graph"]["edges"] = [e for e in b["graph"]["edges"]
                           if removed["id"] not in (e["from"], e["to"])]
    b["graph"]["edges"].append({"from": first_conv, "to": "drop"})
    b["training"]["lr"] = 0.01
    b["training"]["optimizer"] = "SGD"
    d = diff_projects(a, b)
    assert [(n.id, n.type) for n in d.added] == [("drop", "Dropout")]
    assert [n.id for n in d.removed] == [removed["id"]]
    [change] = d.changed
    assert change.id == first_conv and not change.type_changed
    assert [(p.key, p.old, p.new) for p in change.params] == [("out_channels", 32, 16)]
    assert any(e.src == first_conv and e.dst == "drop" for e in d.edges_added)
    assert all(removed["id"] in (e.src, e.dst) for e in d.edges_removed) and d.edges_removed
    assert {(s.key, s.old, s.new) for s in d.settings} == {
        ("training.lr", 0.001, 0.01), ("training.optimizer", "Adam", "SGD")}
    text = "\n".join(d.lines())
    assert f"~ layer {first_conv} (Conv2d): out_channels: 32 -> 16" in text
    assert "+ layer drop (Dropout)" in text and "~ training.lr: 0.001 -> 0.01" in text
    assert json.loads(json.dumps(d.to_dict()))["changed"][0]["params"][0]["new"] == 16


def test_defaults_and_inferred_sizes_are_not_differences():
    a = cnn()
    b = copy.deepcopy(a)
    conv = next(n for n in b["graph"]["nodes"] if n["type"] == "Conv2d")
    conv["params"]["stride"] = 1  # Conv2d's default, now spelt out
    conv["params"]["in_channels"] = 1  # inferred from the input
    b["training"]["seed"] = 0  # the default seed
    assert diff_projects(a, b).same
    conv["params"]["stride"] = 2
    [change] = diff_projects(a, b).changed
    assert [(p.key, p.old_set, p.new) for p in change.params] == [("stride", False, 2)]
    assert "stride: (default) -> 2" in diff_projects(a, b).lines()[0]


def test_a_type_change_and_odd_input_do_not_crash():
    a = cnn()
    b = copy.deepcopy(a)
    relu = next(n for n in b["graph"]["nodes"] if n["type"] == "ReLU")
    relu["type"] = "GELU"
    [change] = diff_projects(a, b).changed
    assert change.type_changed and change.new_type == "GELU"
    junk = {"graph": {"nodes": [None, {"id": 3}, {"id": "x", "type": "Linear",
                                                  "params": "bad"}], "edges": [1, {}]},
            "training": "nope"}
    d = diff_projects(junk, a)
    assert [n.id for n in d.removed] == ["x"] and len(d.added) == len(a["graph"]["nodes"])
