"""The checker as structured data: one validation of the settings shared by check and train,
Diagnostics with their values, the checks that used to pass silently, and no torch import."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from netstudio.core.analysis import analyze
from netstudio.core.checks.structure import RESERVED
from netstudio.core.project import Project
from netstudio.core.train.run import SetupError, prepare_run

ROOT = Path(__file__).resolve().parents[2]
MLP = {"nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                 {"id": "flat", "type": "Flatten"},
                 {"id": "fc", "type": "Linear", "params": {"out_features": 10}}],
       "edges": [{"from": "input", "to": "flat"}, {"from": "flat", "to": "fc"}]}


def project(data=None, graph=None, path=None) -> Project:
    p = Project.from_dict({"format": "netstudio", "version": 1, "graph": graph or MLP,
                           "data": data or {"dataset": "mnist"},
                           "training": {"epochs": 1, "batch_size": 8}})
    p.path = path
    return p


def idx_file(path: Path, header: bytes, body: bytes = b"", compress: bool = False) -> str:
    path.write_bytes(gzip.compress(header + body) if compress else header + body)
    return path.name


def settings_cases(tmp: Path) -> list[tuple[dict, str]]:
    """(data section, the field at fault): each was accepted by `check`, refused by `train`."""
    (tmp / "a-file").write_bytes(b"")
    (tmp / "a-dir").mkdir()
    labels = idx_file(tmp / "labels", b"\0\0\x08\x01" + (3).to_bytes(4, "big"), b"\0\1\2")
    short = idx_file(tmp / "short", b"\0\0\x08\x03\0\0\0\x03")  # 3 dims, 1 size given
    short_gz = idx_file(tmp / "short.gz", b"\0\0\x08\x03\0\0", compress=True)
    return [
        ({"dataset": "mnist", "val_split": 1}, "data.val_split"),
        ({"dataset": "mnist", "val_split": -0.5}, "data.val_split"),
        ({"dataset": "mnist", "val_split": float("nan")}, "data.val_split"),
        ({"dataset": "mnist", "normalize": "zscore"}, "data.normalize"),
        ({"dataset": "mnist", "augment": {"shift": -1}}, "data.augment.shift"),
        ({"dataset": "mnist", "augment": "yes"}, "data.augment"),
        ({"dataset": "folder", "path": "a-file"}, "data.path"),
        ({"dataset": "folder", "path": "missing"}, "data.path"),
        ({"dataset": "idx", "train_images": "a-dir", "train_labels": labels},
         "data.train_images"),
        ({"dataset": "idx", "train_images": short, "train_labels": labels}, "data.train_images"),
        ({"dataset": "idx", "train_images": short_gz, "train_labels": labels},
         "data.train_images"),
    ]


def test_check_refuses_what_train_refuses_with_the_same_field(tmp_path):
    for data, field in settings_cases(tmp_path):
        p = project(data, path=tmp_path / "p.nsproj.json")
        errors = [d for d in analyze(p).errors if d.field == field]
        assert errors and errors[0].is_setting, (data, [str(d) for d in analyze(p).errors])
        with pytest.raises(SetupError) as refused:
            prepare_run(p)
        assert refused.value.kind == "config"
        assert [d.field for d in refused.value.diagnostics][:1] == [field], data


def test_unknown_data_keys_are_warned_with_the_closest_key():
    d = [x for x in analyze(project({"dataset": "mnist", "val_spilt": 0.2})).diagnostics
         if x.code == "unknown-key"]
    assert [(x.severity, x.field, x.fix) for x in d] == [
        ("warning", "data.val_spilt", "did you mean 'val_split'?")]


def test_a_port_on_a_single_input_layer_is_reported():
    graph = json.loads(json.dumps(MLP))
    graph["edges"][1]["port"] = 2
    d = [x for x in analyze(project(graph=graph)).diagnostics if x.code == "port-ignored"]
    assert len(d) == 1 and d[0].node == "fc" and d[0].severity == "warning"
    assert d[0].args["port"] == 2 and "remove" in d[0].fix


def test_a_gap_in_concat_ports_is_reported():
    graph = {"nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                       {"id": "a", "type": "ReLU"}, {"id": "b", "type": "Tanh"},
                       {"id": "cat", "type": "Concat"}, {"id": "flat", "type": "Flatten"},
                       {"id": "fc", "type": "Linear", "params": {"out_features": 10}}],
             "edges": [{"from": "input", "to": "a"}, {"from": "input", "to": "b"},
                       {"from": "a", "to": "cat", "port": 0},
                       {"from": "b", "to": "cat", "port": 2},
                       {"from": "cat", "to": "flat"}, {"from": "flat", "to": "fc"}]}
    d = [x for x in analyze(project(graph=graph)).diagnostics if x.code == "port-gap"]
    assert len(d) == 1 and d[0].node == "cat" and d[0].args["missing"] == 1
    graph["edges"][3]["port"] = 1
    assert not [x for x in analyze(project(graph=graph)).diagnostics if x.code == "port-gap"]


def test_diagnostics_carry_their_values_and_template():
    graph = json.loads(json.dumps(MLP))
    graph["nodes"][2]["params"]["in_features"] = 100
    d = next(x for x in analyze(project(graph=graph)).diagnostics
             if x.code == "inferred-mismatch")
    assert (d.node, d.field, d.args["given"], d.args["value"]) == ("fc", "in_features", 100, 784)
    assert d.message == "fc receives 784 features but in_features is 100."
    assert d.message.template.context == "Checks"
    assert d.fix.template.source == "remove {field} or set it to {value}"


def test_reserved_ids_cover_every_name_torch_refuses():
    from torch import nn

    assert frozenset(dir(nn.ModuleDict())) | frozenset(dir(nn.Module)) <= RESERVED


def test_check_does_not_import_torch():
    code = ("import sys\nfrom netstudio.cli import main\n"
            "try:\n    main(['check', 'samples/tutorial_mistakes.nsproj.json', '--json'])\n"
            "except SystemExit:\n    pass\n"
            "print('torch' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert '"inferred-mismatch"' in done.stdout, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False"
