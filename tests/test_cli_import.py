"""``netstudio import``: written files, exit codes 0/1/2, nothing half-written, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from netstudio.cli import main

ROOT = Path(__file__).resolve().parents[1]
MNIST_NET = ROOT / "tests" / "data" / "mnist_net.py"


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_import_writes_a_project_that_passes_check(capsys, tmp_path):
    out_file = tmp_path / "mnist.nsproj.json"
    code, out, err = run_cli(capsys, "import", f"{MNIST_NET}:Net", "-o", str(out_file),
                             "--input-shape", "1,28,28")
    assert code == 0, err
    assert "same outputs as the source" in out and "1,199,882 parameters" in out
    raw = json.loads(out_file.read_text())
    assert raw["initial_weights"] == "mnist.weights.pt"
    weights = torch.load(tmp_path / "mnist.weights.pt", weights_only=True)
    assert weights["conv1.weight"].shape == (32, 1, 3, 3)
    code, out, err = run_cli(capsys, "check", str(out_file))
    assert code == 0, out + err
    # the project trains from the imported weights
    from netstudio.core.compiler import compile_project
    from netstudio.core.project import Project

    net = compile_project(Project.load(out_file), seed=0)
    assert torch.equal(net.layers["conv1"].weight, weights["conv1.weight"])
    assert net.initial_weights_report.loaded and not net.initial_weights_report.skipped


def test_a_changed_layer_keeps_fresh_weights_and_says_so(capsys, tmp_path):
    out_file = tmp_path / "m.nsproj.json"
    assert run_cli(capsys, "import", f"{MNIST_NET}:Net", "-o", str(out_file))[0] == 0
    from netstudio.core.compiler import compile_project
    from netstudio.core.project import Project

    project = Project.load(out_file)
    project.graph.node("fc1").params["out_features"] = 64  # fc2 now receives 64 too
    net = compile_project(project, seed=0)
    report = net.initial_weights_report
    assert [n for n, _ in report.skipped] == ["fc1", "fc2"] and "conv1" in report.loaded
    assert "fc2 (weight is [10, 64] now, [10, 128] in the file)" in report.summary()
    (tmp_path / "m.weights.pt").unlink()
    from netstudio.core.compiler import CompileError

    with pytest.raises(CompileError, match="missing"):
        compile_project(Project.load(out_file))


@pytest.mark.parametrize("argv,words", [
    (["torchvision:nope"], "no classification model"),
    ([f"{MNIST_NET}:Net", "--input-shape", "1,28"], "fails on an input"),
    ([f"{MNIST_NET}:Net", "--input-shape", "a,b"], "--input-shape"),
    ([f"{MNIST_NET}:Net", "--input-shape", "0,28,28"], "from 1 to"),
    ([f"{MNIST_NET}:BranchOnValues", "--input-shape", "1,28,28"], "data-dependent"),
    (["missing.onnx"], "no such file"),
])
def test_unusable_sources_exit_2_and_write_nothing(capsys, tmp_path, argv, words):
    out_file = tmp_path / "x.nsproj.json"
    code, out, err = run_cli(capsys, "import", argv[0], "-o", str(out_file), *argv[1:])
    assert code == 2 and words in err
    assert "Nothing was written" in err or "--input-shape" in argv
    assert list(tmp_path.iterdir()) == []


def test_a_failed_import_leaves_an_existing_project_untouched(capsys, tmp_path):
    out_file = tmp_path / "keep.nsproj.json"
    out_file.write_text("precious")
    code, _, _ = run_cli(capsys, "import", "torchvision:nope", "-o", str(out_file))
    assert code == 2 and out_file.read_text() == "precious"


@pytest.mark.parametrize("target,words", [
    ("nofolder/x.nsproj.json", "does not exist"),
    ("x.py", "ends with .json"),
    (".", "is a folder"),
])
def test_bad_outputs_exit_2(capsys, tmp_path, target, words):
    code, _, err = run_cli(capsys, "import", f"{MNIST_NET}:Net", "-o", str(tmp_path / target))
    assert code == 2 and words in err


def test_imported_but_unfit_for_its_data_exits_1(capsys, tmp_path):
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Relu", ["x"], ["y"])], "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 6])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 6])])
    model = tmp_path / "tiny.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(model))
    out_file = tmp_path / "tiny.nsproj.json"
    code, out, err = run_cli(capsys, "import", str(model), "-o", str(out_file))
    assert code == 1 and out_file.exists()
    assert "error" in err and "MNIST" in err


def test_an_imagenet_network_passes_check_but_for_its_data(capsys, tmp_path):
    out_file = tmp_path / "r18.nsproj.json"
    code, out, err = run_cli(capsys, "import", "torchvision:resnet18", "-o", str(out_file),
                             "--input-shape", "3,64,64")
    assert code == 0, err
    assert "before training" in out and "data.path" in out
    raw = json.loads(out_file.read_text())
    assert raw["data"] == {"dataset": "folder", "path": "images", "image_size": [64, 64],
                           "grayscale": False}
    code, out, _ = run_cli(capsys, "check", str(out_file), "--json")
    report = json.loads(out)
    assert [d["field"] for d in report["diagnostics"] if d["severity"] == "error"] == [
        "data.path"]


@pytest.mark.parametrize("body", ["import time\nwhile True:\n    time.sleep(0.05)\n",
                                  "import torch\nclass Net(torch.nn.Module):\n"
                                  "    def __init__(self):\n        super().__init__()\n"
                                  "        while True:\n            pass\n"])
def test_a_file_that_never_finishes_is_stopped_with_a_message(tmp_path, body):
    """The user's file runs (they asked for it, and are told so), but not forever."""
    import os
    import subprocess
    import sys

    (tmp_path / "forever.py").write_text(body)
    out_file = tmp_path / "out.nsproj.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NETSTUDIO_USER_CODE_SECONDS": "1"}
    r = subprocess.run([sys.executable, "-m", "netstudio", "import",
                        f"{tmp_path / 'forever.py'}:Net", "-o", str(out_file)],
                       capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert r.returncode == 2, r.stderr
    assert "runs its code" in r.stderr and "did not finish within 1 s and was stopped at forever.py line" in r.stderr
    assert "Traceback" not in r.stderr
    assert not out_file.exists()
