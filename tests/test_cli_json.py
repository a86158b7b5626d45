"""Every ``--json`` the command line prints is strict JSON: NaN and Infinity become null."""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path

import pytest

import netstudio.cli as cli_package
from netstudio.cli import main
from netstudio.cli.terminal import print_json
from netstudio.core import strict_json
from netstudio.core.project import Project
from netstudio.core.runs import RunStore
from tests.core.runs_helpers import fake_finished_run, tiny_file


def strict_loads(text: str):
    """json.loads that refuses NaN/Infinity (Python's own reader accepts them)."""
    def refuse(name: str):
        raise ValueError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def test_print_json_writes_non_finite_numbers_as_null(capsys):
    print_json({"a": math.nan, "b": [1.5, math.inf, {"c": -math.inf}], "d": (2, "x")})
    assert strict_loads(capsys.readouterr().out) == {"a": None, "b": [1.5, None, {"c": None}],
                                                      "d": [2, "x"]}


def test_strict_json_refuses_nothing_and_keeps_finite_values():
    assert strict_json.strict({"x": 10**400, "y": True, "z": None}) == {
        "x": 10**400, "y": True, "z": None}
    assert strict_loads(strict_json.dumps([math.nan])) == [None]


def test_runs_show_json_with_a_hand_edited_nan(tmp_path, capsys):
    path = tiny_file(tmp_path)
    store = RunStore.for_project(path)
    run = fake_finished_run(store, Project.load(path))
    # a hand edit: Python's json writes NaN, so would a careless tool
    run.metrics_file.write_text('{"epochs": 1, "val_loss": NaN, "history": '
                                '[{"epoch": 1, "train_loss": Infinity}]}')
    raw = json.loads(run.run_json.read_text())
    raw["summary"]["test_loss"] = math.nan
    run.run_json.write_text(json.dumps(raw))
    assert main(["runs", str(path), "--show", run.id, "--json"]) == 0
    data = strict_loads(capsys.readouterr().out)
    assert data["metrics"]["val_loss"] is None
    assert data["metrics"]["history"][0]["train_loss"] is None
    assert main(["runs", str(path), "--json"]) == 0
    [row] = strict_loads(capsys.readouterr().out)["runs"]
    assert row["id"] == run.id and row["test_loss"] is None
    assert main(["runs", str(path), "--show", run.id]) == 0  # the text view copes too
    assert "epoch 1: loss inf" in capsys.readouterr().out


def test_run_files_are_written_as_strict_json(tmp_path):
    from netstudio.core.runs import files

    target = tmp_path / "m.json"
    files.write_json(target, {"loss": math.nan, "history": [{"x": math.inf}]})
    assert strict_loads(target.read_text()) == {"loss": None, "history": [{"x": None}]}


def _json_commands() -> list[Path]:
    folder = Path(cli_package.__file__).parent
    return sorted(p for p in folder.glob("*.py") if '"--json"' in p.read_text())


def test_every_command_with_json_prints_through_the_one_printer():
    """A command that prints json.dumps itself could print NaN again."""
    commands = _json_commands()
    assert len(commands) >= 5, commands  # check, runs, tune, lr_find, variants...
    for path in commands:
        tree = ast.parse(path.read_text())
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        names = {getattr(c.func, "id", getattr(c.func, "attr", None)) for c in calls}
        assert "print_json" in names or path.name == "compress.py", path.name
        for call in calls:
            func = getattr(call.func, "id", None)
            if func in ("print", "out") and call.args:
                inner = call.args[0]
                is_dumps = (isinstance(inner, ast.Call)
                            and getattr(inner.func, "attr", None) == "dumps")
                assert not is_dumps, f"{path.name}:{call.lineno} prints json.dumps itself"


@pytest.mark.parametrize("argv", [["check", "{file}", "--json"], ["runs", "{file}", "--json"]])
def test_json_commands_print_strict_json(tmp_path, capsys, argv):
    path = tiny_file(tmp_path)
    assert main([a.format(file=path) for a in argv]) in (0, 1)
    strict_loads(capsys.readouterr().out)
