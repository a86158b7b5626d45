"""Malformed projects through the command line: a message and exit 0/1/2, never a traceback.

A hypothesis fuzz mutates the sample projects (params of every wrong type, odd ids, bad edges,
bad settings) and runs ``netstudio check`` and, when the check passes, ``netstudio export``
in-process; the checker must never fail internally. Training is not fuzzed (too slow): the
cases below train a few bad settings explicitly on tiny subsets.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch.utils.data import DataLoader

from netstudio.cli import main
from netstudio.core.analysis import analyze
from netstudio.core.layers.registry import list_layers
from netstudio.core.project import Project

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = {p.name: json.loads(p.read_text(encoding="utf-8"))
           for p in sorted((ROOT / "samples").glob("*.nsproj.json"))}

BAD_VALUES = ["x", "", [], [3], [1, 2, 3, 4, 5], {}, {"a": 1}, None, True, False, 2.5, 3.0,
              -1, 0, 1, math.nan, math.inf, -math.inf, 1e30, 2**70, -(2**70), 10**400, 10**9,
              "3", "fast", [10**400], [0, 28, 28], [-1, -1]]
PARAM_KEYS = ["shape", "out_features", "out_channels", "kernel_size", "stride", "padding",
              "dilation", "groups", "bias", "p", "dim", "hidden_size", "num_layers", "return",
              "bidirectional", "output_size", "scale_factor", "mode", "negative_slope",
              "start_dim", "end_dim", "eps", "momentum", "in_features", "in_channels"]
TRAINING_KEYS = ["task", "loss", "optimizer", "lr", "batch_size", "epochs", "seed", "momentum",
                 "nesterov", "weight_decay", "l1", "grad_clip", "early_stopping", "schedule",
                 "device", "amp", "eval_batch_size", "report_hz", "restore_best", "lerning_rate"]
TRAINING_VALUES = BAD_VALUES + ["Adamm", "Foo", "regression", "SGD", "MSELoss", "reconstruction",
                                {"patience": 5}, {"patience": "x"}, {"type": "step"},
                                {"type": "step", "step_size": 0}, {"type": "onecycle",
                                                                   "pct_start": 2},
                                {"type": "plateau", "factor": 5}, {"type": "bogus"}, ["step"]]
DATA_KEYS = ["dataset", "val_split", "split", "normalize", "augment", "path", "image_size"]
DATA_VALUES = BAD_VALUES + ["mnist", "folder", "idx", "nope", {"shift": "x"}]
ODD_IDS = ["fc 1", "über", "层", "a.b", " ", "train", "forward", "x" * 300, "input"]
ODD_NAMES = ["None", "Data Loader", "F", "class", "EPOCHS", "", "层", None, 5, ["x"]]
TYPES = [spec.type for spec in list_layers()] + ["Nope"]

values = st.sampled_from(BAD_VALUES)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10**6) | st.floats(allow_nan=True)
    | st.text(max_size=5), lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)


@st.composite
def mutated(draw: st.DrawFn) -> dict:
    raw = copy.deepcopy(SAMPLES[draw(st.sampled_from(sorted(SAMPLES)))])
    nodes, edges = raw["graph"]["nodes"], raw["graph"]["edges"]
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["param", "param", "training", "data", "id", "edge",
                                     "drop-edge", "type", "name", "top"]))
        node = nodes[draw(st.integers(0, len(nodes) - 1))] if nodes else None
        if kind == "param" and node is not None:
            params = node.setdefault("params", {})
            params[draw(st.sampled_from(PARAM_KEYS))] = draw(values | json_values)
        elif kind == "training" and isinstance(raw["training"], dict):
            raw["training"][draw(st.sampled_from(TRAINING_KEYS))] = draw(
                st.sampled_from(TRAINING_VALUES) | json_values)
        elif kind == "data" and isinstance(raw["data"], dict):
            raw["data"][draw(st.sampled_from(DATA_KEYS))] = draw(st.sampled_from(DATA_VALUES))
        elif kind == "id" and node is not None:
            old, new = node["id"], draw(st.sampled_from(ODD_IDS))
            node["id"] = new
            for e in edges:
                e["from"] = new if e["from"] == old else e["from"]
                e["to"] = new if e["to"] == old else e["to"]
        elif kind == "edge" and nodes:
            src = draw(st.sampled_from(nodes))["id"]
            dst = draw(st.sampled_from(nodes + [{"id": "ghost"}]))["id"]
            edge = {"from": src, "to": dst}
            if draw(st.booleans()):
                edge["port"] = draw(st.integers(0, 3))
            edges.append(edge)
        elif kind == "drop-edge" and edges:
            edges.pop(draw(st.integers(0, len(edges) - 1)))
        elif kind == "type" and node is not None:
            node["type"] = draw(st.sampled_from(TYPES))
        elif kind == "name":
            raw["name"] = draw(st.sampled_from(ODD_NAMES))
        elif kind == "top":
            raw[draw(st.sampled_from(["name", "graph", "data", "training", "extra"]))] = draw(
                json_values)
    return raw


def run_cli(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "internal error" not in err and "failed unexpectedly" not in out + err, out + err
    assert code in (0, 1, 2), (code, err)
    return code, out, err


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(raw=mutated())
def test_check_and_export_answer_every_mutation_with_a_message(raw, capsys, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "p.nsproj.json"
    path.write_text(json.dumps(raw), encoding="utf-8")  # NaN/Infinity literals included
    code, out, err = run_cli(capsys, "check", path, "--json")
    if code == 2:
        assert str(path) in err  # the unusable file is named
        return
    report = json.loads(out)
    assert report["ok"] is (code == 0)
    for d in report["diagnostics"]:
        assert d["code"] != "internal", d
        assert d["message"].strip()
    project = Project.from_dict(json.loads(path.read_text(encoding="utf-8")))
    assert all(d.code != "internal" for d in analyze(project).diagnostics)
    code, _, err = run_cli(capsys, "export", path, "-o", folder / "model.py")
    assert code == (0 if report["ok"] else 1), err
    if code == 0:  # the generated file runs, and the class shadows none of its names
        namespace: dict = {"__name__": "generated"}
        exec(compile((folder / "model.py").read_text(encoding="utf-8"), "model.py", "exec"),
             namespace)
        assert namespace["DataLoader"] is DataLoader
        assert isinstance(namespace[namespace["build_model"].__annotations__["return"]], type)


# ---- hostile files: the classes of malformation of the review (docs/reliability.md) ----------
BASE = SAMPLES["mlp.nsproj.json"]
ESCAPES = ["\x1b[2J\x1b[31m", "\x1b]0;title\x07", "\n", "\r", "\u202e", "\x00", "\x7f", "\x9b"]
SPOTS = ["id", "name", "type", "param key", "dataset", "edge", "extra key", "param value"]
HOLE = "@@HOLE@@"


def _put(raw: dict, spot: str, value: object, draw: st.DrawFn) -> None:
    """Put ``value`` at ``spot`` of the project ``raw`` (ids stay consistent with edges)."""
    nodes, edges = raw["graph"]["nodes"], raw["graph"]["edges"]
    node = nodes[draw(st.integers(0, len(nodes) - 1))]
    if spot == "id":
        old, node["id"] = node["id"], value
        for e in edges:
            e["from"] = value if e["from"] == old else e["from"]
            e["to"] = value if e["to"] == old else e["to"]
    elif spot == "name":
        raw["name"] = value
    elif spot == "type":
        node["type"] = value
    elif spot == "param key":
        node.setdefault("params", {})[value] = 1
    elif spot == "param value":
        node.setdefault("params", {})[draw(st.sampled_from(PARAM_KEYS))] = value
    elif spot == "dataset":
        raw["data"]["dataset"] = value
    elif spot == "edge" and edges:
        edges[draw(st.integers(0, len(edges) - 1))]["to"] = value
    else:
        raw[str(value) if spot == "extra key" else "extra"] = value


@st.composite
def hostile(draw: st.DrawFn) -> bytes:
    raw = copy.deepcopy(BASE)
    kind = draw(st.sampled_from(["deep", "huge-int", "surrogate", "control", "wrong-type",
                                 "duplicate-ids", "broken"]))
    if kind in ("deep", "huge-int", "surrogate"):
        _put(raw, draw(st.sampled_from(SPOTS if kind == "surrogate" else
                                       ["param value", "extra", "dataset", "name"])), HOLE, draw)
        text = json.dumps(raw)
        if kind == "deep":
            depth = draw(st.sampled_from([101, 900, 5000, 100_000]))
            text = text.replace(f'"{HOLE}"', "[" * depth + "]" * depth)
        elif kind == "huge-int":
            text = text.replace(f'"{HOLE}"', draw(st.sampled_from(["", "-"]))
                                + "9" * draw(st.integers(4290, 4400)))
        else:  # a lone surrogate, written as the JSON escape it arrives as
            text = text.replace(HOLE, draw(st.sampled_from(["\\ud800", "x\\udfff", "\\udbff"])))
        return text.encode("utf-8")
    if kind == "control":
        _put(raw, draw(st.sampled_from(SPOTS)), "n" + draw(st.sampled_from(ESCAPES)) + "x", draw)
    elif kind == "wrong-type":
        where = draw(st.sampled_from(["format", "version", "graph", "nodes", "edges", "node",
                                      "params", "pos", "from", "port", "data", "training"]))
        value = draw(values | json_values)
        g = raw["graph"]
        if where in ("format", "version", "graph", "data", "training"):
            raw[where] = value
        elif where in ("nodes", "edges"):
            g[where] = value
        elif where == "node":
            g["nodes"][0] = value
        elif where in ("params", "pos"):
            g["nodes"][-1][where] = value
        else:
            g["edges"][0][where] = value
    elif kind == "duplicate-ids":
        nodes = raw["graph"]["nodes"]
        for _ in range(draw(st.integers(1, 3))):
            nodes.insert(draw(st.integers(0, len(nodes))),
                         copy.deepcopy(nodes[draw(st.integers(0, len(nodes) - 1))]))
    else:  # not a project at all
        text = json.dumps(raw)
        return draw(st.sampled_from([
            b"", b"   ", b"null", b"[]", b"\xef\xbb\xbf" + text.encode(), text[:-7].encode(),
            b"\xff\xfe" + text.encode("utf-16-le"), text.encode("latin-1", "replace") + b"\xc3",
            b"{" * 200_000]))
    return json.dumps(raw).encode("utf-8")


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=hostile())
def test_hostile_files_get_a_message_from_check_and_export(data, capsys, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "p.nsproj.json"
    path.write_bytes(data)
    code, out, err = run_cli(capsys, "check", path)
    assert "\x1b" not in out + err and "\r" not in out + err  # shown, never obeyed
    if code == 2:
        assert str(path) in err
    json_code, out, _ = run_cli(capsys, "check", path, "--json")
    assert json_code == code
    if code != 2:
        json.loads(out)
    export_code, out, err = run_cli(capsys, "export", path, "-o", folder / "model.py")
    assert "\x1b" not in out + err
    assert export_code == (0 if code == 0 else code), err
    if export_code == 0:
        source = (folder / "model.py").read_text(encoding="utf-8")
        compile(source, "model.py", "exec")  # what the service checked before writing


TRAINABLE = [("surrogate id", lambda raw: raw["graph"]["nodes"][1].update(id="h\ud800")),
             ("control name", lambda raw: raw.update(name="mlp\x1b[2J\n")),
             ("duplicate id", lambda raw: raw["graph"]["nodes"].append(
                 {"id": "input", "type": "Dropout"}))]


@pytest.mark.parametrize(("case", "change"), TRAINABLE, ids=[c for c, _ in TRAINABLE])
def test_hostile_but_usable_files_train(case, change, capsys, tmp_path):
    raw = copy.deepcopy(BASE)
    change(raw)
    if case == "surrogate id":  # keep its edges on it
        for e in raw["graph"]["edges"]:
            e["from"] = "h\ud800" if e["from"] == BASE["graph"]["nodes"][1]["id"] else e["from"]
            e["to"] = "h\ud800" if e["to"] == BASE["graph"]["nodes"][1]["id"] else e["to"]
    path = tmp_path / "p.nsproj.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    code, out, err = run_cli(capsys, "train", path, "--epochs", "1", "--subset", "64",
                             "--out", tmp_path / "run", "--no-tensorboard")
    assert code in (0, 1), err  # a dropped-in extra Dropout is unconnected: a warning only
    assert "\x1b" not in out + err


def _idx(tmp_path: Path, name: str, header: bytes, body: bytes = b"") -> str:
    (tmp_path / name).write_bytes(header + body)
    return name


@pytest.mark.timeout(60)
@pytest.mark.parametrize("labels", ["fifo", "/dev/zero", "bomb", "huge", "folder", "missing"])
def test_hostile_data_paths_are_refused_quickly(labels, capsys, tmp_path):
    import gzip
    import os
    import struct

    images = _idx(tmp_path, "images.idx", b"\x00\x00\x08\x03" + struct.pack(">III", 64, 28, 28),
                  bytes(64 * 28 * 28))
    if labels == "fifo":
        os.mkfifo(tmp_path / "labels.idx")
        target = "labels.idx"
    elif labels == "bomb":
        with gzip.open(tmp_path / "labels.gz", "wb") as f:
            f.write(b"\x00\x00\x08\x01" + struct.pack(">I", 64) + bytes(i % 10 for i in range(64)))
            for _ in range(16):
                f.write(bytes(1 << 20))
        target = "labels.gz"
    elif labels == "huge":
        with open(tmp_path / "labels.idx", "wb") as f:
            f.write(b"\x00\x00\x08\x01" + struct.pack(">I", 2**31))
            f.truncate(2**31 + 8)  # sparse: 2 GB of labels that take no disk
        target = "labels.idx"
    elif labels == "folder":
        (tmp_path / "labels").mkdir()
        target = "labels"
    else:
        target = labels if labels.startswith("/") else "nope.idx"
    raw = copy.deepcopy(BASE)
    raw["data"] = {"dataset": "idx", "train_images": images, "train_labels": target}
    path = tmp_path / "p.nsproj.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    code, out, err = run_cli(capsys, "check", path)
    assert code in (1, 2) or labels in ("bomb", "huge"), out + err  # headers only: may pass
    code, out, err = run_cli(capsys, "train", path, "--subset", "8", "--epochs", "1",
                             "--out", tmp_path / "run", "--no-tensorboard")
    assert code in (1, 2) and "labels" in err, err
