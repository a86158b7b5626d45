"""ONNX and torch.export files: valid, loadable, and computing what the compiled net computes."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from netstudio.core.compiler import compile_project
from netstudio.core.project import Project
from tests.core.test_export import assert_generated_matches, make_project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def all_layers_project():
    """One small network that uses every registered layer type once (or more)."""
    chain = [
        ("input", "Input", {"shape": [2, 8, 8]}),
        ("conv", "Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}),
        ("bn2", "BatchNorm2d", None), ("lrelu", "LeakyReLU", None),
        ("cat", "Concat", {"dim": 0}),  # + input -> [6, 8, 8]
        ("pool", "MaxPool2d", {"kernel_size": 2}), ("up", "Upsample", {"scale_factor": 2}),
        ("deconv", "ConvTranspose2d", {"out_channels": 2, "kernel_size": 2, "stride": 2}),
        ("elu", "ELU", None), ("avg", "AvgPool2d", {"kernel_size": 2}),
        ("drop2", "Dropout2d", None), ("gap", "AdaptiveAvgPool2d", {"output_size": 4}),
        ("ln", "LayerNorm", None), ("rows", "Reshape", {"shape": [4, 8]}),
        ("c1", "Conv1d", {"out_channels": 6, "kernel_size": 3, "padding": 1}),
        ("mp1", "MaxPool1d", {"kernel_size": 2}), ("gelu", "GELU", None),
        ("lstm", "LSTM", {"hidden_size": 5, "return": "sequence"}),
        ("gru", "GRU", {"hidden_size": 5, "bidirectional": True, "return": "sequence"}),
        ("rnn", "RNN", {"hidden_size": 7}), ("bn1", "BatchNorm1d", None),
        ("fc", "Linear", {"out_features": 7}), ("silu", "SiLU", None),
        ("add", "Add", None),  # + bn1
        ("drop", "Dropout", None), ("tanh", "Tanh", None), ("softmax", "Softmax", None),
        ("sigmoid", "Sigmoid", None), ("relu", "ReLU", None), ("flat", "Flatten", None),
        ("out", "Linear", {"out_features": 3}), ("logp", "LogSoftmax", None),
    ]
    edges = [(a[0], b[0]) for a, b in zip(chain, chain[1:], strict=False)]
    edges += [("input", "cat"), ("bn1", "add")]
    project = make_project(chain, edges)
    project.training["loss"] = "NLLLoss"  # after LogSoftmax
    return project


def test_every_layer_type_exports_to_code_torch_export_and_onnx(tmp_path):
    from netstudio.core.analysis import analyze
    from netstudio.core.export.torch_export import export_program
    from netstudio.core.layers.registry import list_layers

    project = all_layers_project()
    used = {n.type for n in project.graph.nodes.values()}
    missing = {s.type for s in list_layers()} - used
    assert not missing, f"add {sorted(missing)} to all_layers_project() so export covers them"
    analysis = analyze(project)
    assert analysis.ok, analysis.errors

    assert_generated_matches(project, batch=3)
    net = compile_project(project, analysis, seed=0).eval()
    x = torch.rand(3, *net.input_shape)
    with torch.no_grad():
        expected = net(x)
        program = export_program(net)  # traced once, for both formats (the slow part)
        torch.export.save(program, tmp_path / "all.pt2")
        loaded = torch.export.load(tmp_path / "all.pt2")
        assert torch.allclose(loaded.module()(x), expected, atol=1e-5)
    onnx = pytest.importorskip("onnx")
    pytest.importorskip("onnxscript")
    from onnx.reference import ReferenceEvaluator

    from netstudio.core.export.onnx_export import export_onnx

    model = onnx.load(export_onnx(net, tmp_path / "all.onnx", program=program))
    (got,) = ReferenceEvaluator(model).run(None, {"input": x.numpy()})
    assert torch.allclose(torch.from_numpy(got), expected, atol=1e-4)


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


@pytest.mark.parametrize("sample", ["mnist_cnn"])  # the MLP's layers: see the test above
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
