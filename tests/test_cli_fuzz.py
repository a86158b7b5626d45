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
