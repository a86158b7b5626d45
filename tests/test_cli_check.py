"""``netstudio check`` and ``netstudio export``: output, JSON shape, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netstudio.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CNN = SAMPLES / "mnist_cnn.nsproj.json"
MISTAKES = SAMPLES / "tutorial_mistakes.nsproj.json"


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_check_prints_an_aligned_table_and_totals(capsys):
    code, out, err = run_cli(capsys, "check", str(CNN))
    assert code == 0, err
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("node"))
    rows = lines[header + 2: header + 2 + 11]
    assert [r.split()[0] for r in rows][:3] == ["input", "conv1", "relu1"]
    # aligned: the type column starts at the same place on every row
    starts = {r.index(r.split()[1], len(r.split()[0])) for r in rows}
    assert len(starts) == 1, rows
    fc1 = next(r for r in rows if r.startswith("fc1"))
    assert "[1024]" in fc1 and "1,049,600" in fc1  # 1024*1024 + 1024
    assert "parameters" in out and "FLOPs" in out and "MB" in out
    assert "0 error(s)" in out


def test_check_json_has_the_documented_shape(capsys):
    code, out, _ = run_cli(capsys, "check", str(CNN), "--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) == {"ok", "total_params", "nodes", "diagnostics"}
    assert report["ok"] is True
    assert report["nodes"]["fc2"] == {"type": "Linear", "shape": [10], "params": 10250}
    assert report["nodes"]["pool2"]["shape"] == [64, 4, 4]
    assert report["total_params"] == sum(n["params"] for n in report["nodes"].values())
    for d in report["diagnostics"]:
        assert {"severity", "node", "message"} <= set(d)


def test_check_flags_the_tutorial_mistakes_with_exit_1(capsys):
    code, out, _ = run_cli(capsys, "check", str(MISTAKES), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False
    errors = [d for d in report["diagnostics"] if d["severity"] == "error"]
    assert [d["node"] for d in errors] == ["fc1"] and "1024" in errors[0]["fix"]
    assert any(d["severity"] == "warning" and d["node"] == "softmax"
               for d in report["diagnostics"])
    code, out, _ = run_cli(capsys, "check", str(MISTAKES))
    assert code == 1
    assert "error" in out and "fc1" in out and "fix:" in out


@pytest.mark.parametrize("content, words", [
    (None, "no such file"),
    ("{not json", "not valid JSON"),
    ('{"format": "something-else", "version": 1}', "not a netstudio project"),
    ('{"format": "netstudio", "version": 99}', "newer netstudio"),
])
def test_unusable_files_exit_2_with_a_message(capsys, tmp_path, content, words):
    path = tmp_path / "p.nsproj.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    for command in (["check", str(path)], ["check", str(path), "--json"],
                    ["export", str(path), "--format", "python", "-o", str(tmp_path / "o.py")]):
        code, out, err = run_cli(capsys, *command)
        assert code == 2, command
        assert words in err and str(path) in err
        assert out == ""
    assert not (tmp_path / "o.py").exists()


def test_export_python_writes_a_file(capsys, tmp_path):
    target = tmp_path / "cnn.py"
    code, out, err = run_cli(capsys, "export", str(CNN), "--format", "python", "-o", str(target))
    assert code == 0, err
    source = target.read_text(encoding="utf-8")
    compile(source, str(target), "exec")
    assert "class MnistCnn(nn.Module)" in source and str(target) in out
    assert [p.name for p in tmp_path.iterdir()] == ["cnn.py"]  # no temp file left behind


def test_export_of_a_broken_graph_exits_1_and_writes_nothing(capsys, tmp_path):
    target = tmp_path / "out.py"
    code, _, err = run_cli(capsys, "export", str(MISTAKES), "-f", "python", "-o", str(target))
    assert code == 1 and "fc1" in err
    assert not target.exists()


def test_export_torch_program(capsys, tmp_path):
    import torch

    target = tmp_path / "mlp.pt2"
    code, _, err = run_cli(capsys, "export", str(SAMPLES / "mlp.nsproj.json"),
                           "--format", "torch_export", "-o", str(target))
    assert code == 0, err
    out = torch.export.load(target).module()(torch.rand(2, 1, 28, 28))
    assert tuple(out.shape) == (2, 10)


def test_export_into_a_missing_folder_exits_2(capsys, tmp_path):
    code, _, err = run_cli(capsys, "export", str(CNN), "-o", str(tmp_path / "no" / "x.py"))
    assert code == 2 and "does not exist" in err


def test_real_subprocess_check(tmp_path):
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    ok = subprocess.run([sys.executable, "-m", "netstudio", "check", str(CNN), "--json"],
                        cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["nodes"]["fc1"]["shape"] == [1024]
    bad = subprocess.run([sys.executable, "-m", "netstudio", "check", str(tmp_path / "x.json")],
                         cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "no such file" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_check_help_does_not_import_torch():
    code = ("import sys; from netstudio.cli import main\n"
            "try:\n    main(['check', '--help'])\nexcept SystemExit:\n    pass\n"
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stdout + out.stderr


def test_export_with_trained_weights(capsys, tmp_path):
    import types

    import torch

    from netstudio.core.compiler import compile_project
    from netstudio.core.project import Project

    project = Project.load(SAMPLES / "mlp.nsproj.json")
    trained = compile_project(project, seed=123).eval()  # stands in for a trained model
    torch.save({"model": trained.state_dict(), "epoch": 1}, tmp_path / "checkpoint.pt")
    x = torch.rand(2, 1, 28, 28)
    expected = trained(x)

    code, _, err = run_cli(capsys, "export", str(SAMPLES / "mlp.nsproj.json"), "-f",
                           "torch_export", "-o", str(tmp_path / "m.pt2"),
                           "--weights", str(tmp_path / "checkpoint.pt"))
    assert code == 0, err
    assert torch.allclose(torch.export.load(tmp_path / "m.pt2").module()(x), expected)

    code, out, err = run_cli(capsys, "export", str(SAMPLES / "mlp.nsproj.json"), "-o",
                             str(tmp_path / "m.py"), "--weights", str(tmp_path / "checkpoint.pt"))
    assert code == 0, err
    module = types.ModuleType("m")
    exec(compile((tmp_path / "m.py").read_text(encoding="utf-8"), "m.py", "exec"),
         module.__dict__)
    model = module.build_model().eval()
    model.load_state_dict(torch.load(tmp_path / "m.pt", weights_only=True))
    assert torch.allclose(model(x), expected)


def test_export_with_weights_of_another_network_exits_2(capsys, tmp_path):
    import torch

    from netstudio.core.compiler import compile_project
    from netstudio.core.project import Project

    other = compile_project(Project.load(SAMPLES / "mlp.nsproj.json"), seed=0)
    torch.save(other.state_dict(), tmp_path / "model.pt")
    code, _, err = run_cli(capsys, "export", str(CNN), "-f", "torch_export", "-o",
                           str(tmp_path / "cnn.pt2"), "--weights", str(tmp_path / "model.pt"))
    assert code == 2 and "do not fit" in err
    (tmp_path / "junk.pt").write_text("not a torch file", encoding="utf-8")
    code, _, err = run_cli(capsys, "export", str(CNN), "-o", str(tmp_path / "cnn.py"),
                           "--weights", str(tmp_path / "junk.pt"))
    assert code == 2 and "cannot be read" in err
    assert not (tmp_path / "cnn.pt2").exists() and not (tmp_path / "cnn.py").exists()


def test_check_states_the_settings_a_run_gets(capsys, tmp_path):
    code, out, _ = run_cli(capsys, "check", str(CNN))
    settings = out.splitlines()[1]
    assert code == 0 and "fast recipe" in settings  # the recipe's values, not the defaults
    assert "Adam lr 0.003" in settings and "batch 128" in settings and "2 epochs" in settings
    raw = json.loads(CNN.read_text())
    raw["training"] = {"optimizer": {"type": "SGD", "momentum": 0.9}, "lr": 0.05, "epochs": 4}
    path = tmp_path / "sgd.nsproj.json"
    path.write_text(json.dumps(raw))
    code, out, _ = run_cli(capsys, "check", str(path))
    settings = out.splitlines()[1]
    assert "SGD lr 0.05" in settings and "4 epochs" in settings and "recipe" not in settings
