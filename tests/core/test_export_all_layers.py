"""One network using every registered layer type goes through all three exporters."""

from __future__ import annotations

import pytest
import torch

from netstudio.core.compiler import compile_project
from tests.core.test_export import assert_generated_matches, make_project


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
        ("amp", "AdaptiveMaxPool2d", {"output_size": 4}), ("hsw", "Hardswish", None),
        ("hsig", "Hardsigmoid", None), ("r6", "ReLU6", None),
        ("mul", "Multiply", None),  # + gap
        ("prelu", "Module", {"class": "torch.nn.PReLU", "kwargs": {"num_parameters": 2}}),
        ("perm", "Function", {"function": "torch.permute",
                              "args": [{"input": 0}, {"tuple": [0, 1, 3, 2]}]}),
        ("scale", "Function", {"function": "operator.mul",
                               "args": [{"input": 0}, {"tensor": "s"}],
                               "tensors": {"s": {"shape": [2, 1, 1]}}}),
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
    edges += [("input", "cat"), ("bn1", "add"), ("gap", "mul")]
    project = make_project(chain, edges)
    project.training["loss"] = "NLLLoss"  # after LogSoftmax
    return project


def test_every_layer_type_exports_to_code_torch_export_and_onnx(tmp_path):
    from netstudio.core.analysis import analyze
    from netstudio.core.export.torch_export import export_program
    from netstudio.core.layers.registry import list_layers

    project = all_layers_project()
    used = {n.type for n in project.graph.nodes.values()}
    missing = {s.type for s in list_layers() if s.category != "Blocks"} - used  # see test_blocks
    assert not missing, f"add {sorted(missing)} to all_layers_project() so export covers them"
    analysis = analyze(project)
    assert all(d.is_setting for d in analysis.errors), analysis.errors  # the missing folder

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
