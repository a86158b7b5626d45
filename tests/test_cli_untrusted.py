"""Hostile project files through check/export/train: repairs are reported, terminal control
characters in ids and names are shown escaped, pipes and devices are refused at once."""

from __future__ import annotations

import json
import os

import pytest

from netstudio.cli import main

ESC = "\x1b[2J\x1b[31m"  # clear the screen, then red


def project(tmp_path, node_id="fc", name="tiny", node_type="Linear", extra_node=None):
    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
             {"id": "flat", "type": "Flatten"},
             {"id": node_id, "type": node_type, "params": {"out_features": 10}}]
    if extra_node:
        nodes.append(extra_node)
    raw = {"format": "netstudio", "version": 1, "name": name,
           "graph": {"nodes": nodes, "edges": [{"from": "input", "to": "flat"},
                                               {"from": "flat", "to": node_id}]},
           "data": {"dataset": "mnist"}, "training": {"epochs": 1, "batch_size": 32}}
    path = tmp_path / "p.nsproj.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def run_cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and code in (0, 1, 2), (code, err)
    return code, out, err


def test_check_escapes_control_characters_in_ids_names_and_types(tmp_path, capsys):
    path = project(tmp_path, node_id=f"fc{ESC}\nnext row", name=f"evil{ESC}\r",
                   node_type=f"Linear{ESC}")
    code, out, _ = run_cli(capsys, "check", path)
    assert code == 1  # the type is unknown
    assert "\x1b" not in out and "\r" not in out
    assert "fc\\x1b[2J\\x1b[31m\\nnext row" in out and "evil\\x1b[2J" in out
    table = out.split("\n\n")[1].splitlines()  # header, rule, one row per node
    assert len(table) == 2 + 3


def test_export_and_train_escape_what_they_quote(tmp_path, capsys):
    path = project(tmp_path, node_id=f"fc{ESC}\n", node_type="Nope")
    code, out, err = run_cli(capsys, "export", path, "-o", tmp_path / "m.py")
    assert code == 1 and "\x1b" not in err and "fc\\x1b[2J" in err
    code, out, err = run_cli(capsys, "train", path, "--out", tmp_path / "run", "--subset", "8")
    assert code == 1 and "\x1b" not in err and "fc\\x1b[2J" in err


def test_repairs_are_reported_by_every_command(tmp_path, capsys):
    path = project(tmp_path, node_id="fc\ud800",
                   extra_node={"id": "flat", "type": "ReLU"})  # a duplicate id
    code, out, _ = run_cli(capsys, "check", path, "--json")
    report = json.loads(out)
    repaired = [d for d in report["diagnostics"] if d["code"] == "repaired-on-load"]
    # the id, the edge that names it, and the duplicate
    assert len(repaired) == 3 and "graph.edges[1].to" in repaired[1]["message"]
    assert '"flat_2"' in repaired[2]["message"]
    assert "fc\ufffd" in report["nodes"] and "flat_2" in report["nodes"]
    code, out, _ = run_cli(capsys, "check", path)
    assert "warning (file): graph.nodes[2].id: text that is not valid Unicode" in out
    code, _, err = run_cli(capsys, "export", path, "-o", tmp_path / "m.py")
    assert err.count("warning:") == 3


@pytest.mark.timeout(30)
@pytest.mark.parametrize("command", ["check", "export", "train"])
def test_pipes_and_devices_are_refused_at_once(tmp_path, capsys, command):
    fifo = tmp_path / "p.nsproj.json"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        code, _, err = run_cli(capsys, command, path)
        assert code == 2 and "not a regular file" in err


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_app_starts_on_hostile_files_without_a_traceback(tmp_path):
    """``netstudio --screenshot PNG FILE`` (the app's start-up path) on what the review fed it."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    fifo = tmp_path / "fifo.nsproj.json"
    os.mkfifo(fifo)
    deep = tmp_path / "deep.nsproj.json"
    deep.write_text(json.dumps({"format": "netstudio", "version": 1, "extra": "@"}).replace(
        '"@"', "[" * 900 + "]" * 900), encoding="utf-8")
    repaired = project(tmp_path, node_id="fc\ud800", name=f"odd{ESC}",
                       extra_node={"id": "flat", "type": "ReLU"})
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    for path, code in ((fifo, 2), (deep, 2), (repaired, 0)):  # /dev/zero: like the FIFO
        png = tmp_path / "shot.png"
        done = subprocess.run([sys.executable, "-m", "netstudio", "--screenshot", str(png),
                               str(path)], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == code, (path, done.stderr)
        assert "Traceback" not in done.stderr, done.stderr
        assert (code == 0) == png.exists()
        png.unlink(missing_ok=True)
