"""ONNX and torch.export files: valid, loadable, and computing what the compiled net computes."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from netstudio.core.compiler import compile_project
from netstudio.core.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.mark.parametrize("sample", ["mlp", "mnist_cnn"])
def test_torch_export_program_round_trips(tmp_path, sample):
    from netstudio.core.export.torch_export import export_torch_program

    net = compile_project(Project.load(SAMPLES / f"{sample}.nsproj.json"), seed=0).eval()
    target = export_torch_program(net, tmp_path / "model.pt2")
    assert [p.name for p in tmp_path.iterdir()] == ["model.pt2"]  # no temp file left
    program = torch.export.load(target)
    x = torch.rand(3, *net.input_shape)  # a batch size other than the traced one
    with torch.no_grad():
        assert torch.allclose(program.module()(x), net(x), atol=1e-5)


@pytest.mark.parametrize("sample", ["mnist_cnn"])  # every layer: test_export_all_layers.py
def test_onnx_export_is_valid_and_computes_the_same(tmp_path, sample):
    onnx = pytest.importorskip("onnx")
    pytest.importorskip("onnxscript")
    from onnx.reference import ReferenceEvaluator

    from netstudio.core.export.onnx_export import export_onnx

    net = compile_project(Project.load(SAMPLES / f"{sample}.nsproj.json"), seed=0).eval()
    target = export_onnx(net, tmp_path / "model.onnx")
    model = onnx.load(target)
    onnx.checker.check_model(model)
    assert [i.name for i in model.graph.input] == ["input"]
    assert model.graph.input[0].type.tensor_type.shape.dim[0].dim_param == "batch"
    x = torch.rand(3, *net.input_shape)  # not the traced batch size
    (got,) = ReferenceEvaluator(model).run(None, {"input": x.numpy()})
    with torch.no_grad():
        assert torch.allclose(torch.from_numpy(got), net(x), atol=1e-4)
