"""ONNX import, and the promise that a project file never runs code when opened or checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from netstudio.core.analysis import analyze
from netstudio.core.compiler import CompileError, compile_project
from netstudio.core.importers import ImportFailure
from netstudio.core.importers.network import import_network
from netstudio.core.initial_weights import apply
from netstudio.core.project import Project

ROOT = Path(__file__).resolve().parents[2]
onnx = pytest.importorskip("onnx")
pytest.importorskip("onnxscript")


@pytest.fixture(scope="module")
def cnn_onnx(tmp_path_factory) -> tuple[Path, Project]:
    """The tutorial CNN sample exported by netstudio itself."""
    from netstudio.core.export.onnx_export import export_onnx

    project = Project.load(ROOT / "samples" / "mnist_cnn.nsproj.json")
    net = compile_project(project, seed=0).eval()
    path = tmp_path_factory.mktemp("onnx") / "cnn.onnx"
    export_onnx(net, path)
    return path, project


def test_onnx_import_matches_onnxruntime_and_the_network_it_came_from(cnn_onnx):
    path, project = cnn_onnx
    result = import_network(str(path))
    assert result.method == "onnx" and result.matches, result.check_error
    assert not result.opaque
    analysis = analyze(result.project)
    assert analysis.ok and analysis.total_params == analyze(project).total_params
    types_used = [n.type for n in result.project.graph.nodes.values()]
    assert types_used.count("Conv2d") == 2 and types_used.count("Linear") == 2
    original = compile_project(project, seed=0).eval()
    imported = compile_project(result.project, seed=5)
    apply(imported, result.weights)
    x = torch.rand(3, 1, 28, 28)
    with torch.no_grad():
        assert (imported.eval()(x) - original(x)).abs().max() < 1e-5


def _model_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_truncated_and_foreign_files_are_refused(cnn_onnx, tmp_path):
    data = _model_bytes(cnn_onnx[0])
    cut = tmp_path / "cut.onnx"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(ImportFailure, match="truncated"):
        import_network(str(cut))
    text = tmp_path / "notes.onnx"
    text.write_text("hello")
    with pytest.raises(ImportFailure, match="not a readable ONNX model"):
        import_network(str(text))
    empty = tmp_path / "empty.onnx"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailure, match="empty"):
        import_network(str(empty))


def test_unknown_opset_and_operator_are_named(cnn_onnx, tmp_path):
    model = onnx.load(str(cnn_onnx[0]))
    for opset in model.opset_import:
        if opset.domain in ("", "ai.onnx"):
            opset.version = 99
    future = tmp_path / "future.onnx"
    onnx.save(model, str(future))
    with pytest.raises(ImportFailure, match="opset 99"):
        import_network(str(future))
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Relu", ["x"], ["r"]), helper.make_node("Hardmax", ["r"], ["y"])],
        "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])])
    odd = tmp_path / "odd.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(odd))
    with pytest.raises(ImportFailure, match="operator Hardmax"):
        import_network(str(odd))


def test_onnx_needs_a_fixed_input_size(tmp_path):
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Relu", ["x"], ["y"])], "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", "c"])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", "c"])])
    path = tmp_path / "free.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    with pytest.raises(ImportFailure, match="--input-shape"):
        import_network(str(path))
    result = import_network(str(path), (6,))
    assert [n.type for n in result.project.graph.nodes.values()] == ["Input", "ReLU"]


# ---- project files never run code on open or check -------------------------------------------
def _project(nodes: list[dict], edges: list[tuple[str, str]]) -> dict:
    return {"format": "netstudio", "version": 1, "name": "t",
            "graph": {"nodes": nodes, "edges": [{"from": a, "to": b} for a, b in edges]},
            "data": {"dataset": "folder", "path": "/nonexistent/x"}}


def test_a_function_node_names_only_tensor_operations(tmp_path):
    marker = tmp_path / "ran"
    raw = _project([
        {"id": "input", "type": "Input", "params": {"shape": [4]}},
        {"id": "evil", "type": "Function",
         "params": {"function": "os.system", "args": [f"touch {marker}"]}},
        {"id": "also", "type": "Function",
         "params": {"function": "torch.save", "args": [{"input": 0}, str(marker)]}}],
        [("input", "evil"), ("evil", "also")])
    path = tmp_path / "p.json"
    path.write_text(json.dumps(raw))
    project = Project.load(path)
    analysis = analyze(project)
    assert not analysis.ok
    bad = next(d for d in analysis.diagnostics if d.node == "evil")
    assert "not a function netstudio runs" in bad.message
    with pytest.raises(CompileError):
        compile_project(project)
    assert not marker.exists()


def test_a_code_module_never_runs_on_check_and_needs_permission_to_build(tmp_path,
                                                                         monkeypatch):
    marker = tmp_path / "ran"
    code = tmp_path / "user.py"
    code.write_text("import pathlib, torch\n"
                    f"pathlib.Path({str(marker)!r}).write_text('x')\n"
                    "class Net(torch.nn.Module):\n"
                    "    def __init__(self):\n"
                    "        super().__init__()\n"
                    "        self.inner = torch.nn.Linear(4, 4)\n")
    raw = _project([
        {"id": "input", "type": "Input", "params": {"shape": [4]}},
        {"id": "user", "type": "Module", "params": {
            "code": "user.py:Net", "path": "inner", "traced_inputs": [[4]],
            "traced_output": [4], "param_count": 20}}],
        [("input", "user")])
    path = tmp_path / "p.json"
    path.write_text(json.dumps(raw))
    monkeypatch.delenv("NETSTUDIO_TRUST_CODE", raising=False)
    project = Project.load(path)
    analysis = analyze(project)
    assert not [d for d in analysis.errors if not d.is_setting]
    assert analysis.nodes["user"].shape == (4,)
    assert analysis.total_params == 20
    flagged = next(d for d in analysis.diagnostics if d.node == "user")
    assert flagged.severity == "warning" and "user.py:Net" in flagged.message
    with pytest.raises(CompileError, match="only when you allow it"):
        compile_project(project)
    assert not marker.exists()
    monkeypatch.setenv("NETSTUDIO_TRUST_CODE", str(code))
    net = compile_project(project)
    assert marker.exists()
    assert net(torch.randn(2, 4)).shape == (2, 4)


def test_a_torch_nn_module_node_is_looked_up_in_torch_nn_only(tmp_path):
    raw = _project([
        {"id": "input", "type": "Input", "params": {"shape": [4]}},
        {"id": "m", "type": "Module", "params": {"class": "subprocess.Popen",
                                                  "kwargs": {"args": ["true"]}}}],
        [("input", "m")])
    path = tmp_path / "p.json"
    path.write_text(json.dumps(raw))
    analysis = analyze(Project.load(path))
    assert "not a torch.nn layer class" in next(d.message for d in analysis.diagnostics
                                                 if d.node == "m")
