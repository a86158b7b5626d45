"""Importers: torchvision, the user's Python file and ONNX -> a project that computes the same.

Round trip: import -> compile (with the imported weights) -> same outputs as the original
module on random inputs, and -> exported Python code -> the same again; shapes and parameter
counts equal the original's.
"""

from __future__ import annotations

import types
from pathlib import Path

import pytest
import torch

from netstudio.core.analysis import analyze
from netstudio.core.compiler import compile_project
from netstudio.core.export.pycode import export_python, generated_state_dict
from netstudio.core.importers import ImportFailure
from netstudio.core.importers.network import import_network
from netstudio.core.initial_weights import apply

DATA = Path(__file__).resolve().parents[1] / "data"
MNIST_NET = DATA / "mnist_net.py"


def original_module(source: str) -> torch.nn.Module:
    if source.startswith("torchvision:"):
        import torchvision

        return torchvision.models.get_model(source.split(":")[1], weights=None)
    raise AssertionError(source)


def assert_round_trip(result, original: torch.nn.Module, shape: tuple[int, ...]) -> None:
    project = result.project
    analysis = analyze(project)
    assert not [d for d in analysis.errors if not d.is_setting], analysis.errors
    n_params = sum(p.numel() for p in original.parameters() if p.requires_grad)
    assert analysis.total_params == n_params == result.source_params
    net = compile_project(project, analysis, seed=0)
    report = apply(net, result.weights)
    assert not report.skipped
    net.eval()
    original.eval()
    x = torch.randn(2, *shape)
    with torch.no_grad():
        expected = original(x)
        got = net(x)
    assert got.shape == expected.shape
    assert (got - expected).abs().max() < 1e-5
    # -> Python code -> the same outputs again
    module = types.ModuleType("generated")
    exec(compile(export_python(project, analysis), "generated.py", "exec"), module.__dict__)
    model = module.build_model().eval()
    model.load_state_dict(generated_state_dict(net, project), strict=True)
    assert sum(p.numel() for p in model.parameters() if p.requires_grad) == n_params
    with torch.no_grad():
        assert (model(x) - expected).abs().max() < 1e-5


def test_resnet18_round_trip():
    result = import_network("torchvision:resnet18", (3, 64, 64))
    assert result.method == "torch.fx" and not result.opaque and result.matches
    original = original_module("torchvision:resnet18")
    original.load_state_dict(_state_for(original, result), strict=True)
    assert_round_trip(result, original, (3, 64, 64))
    graph = result.project.graph
    # grouped by the module hierarchy: layer1..layer4 are blocks of BasicBlock instances
    assert list(graph.nodes) == ["input", "conv1", "bn1", "relu", "maxpool", "layer1",
                                 "layer2", "layer3", "layer4", "avgpool", "flatten", "fc"]
    blocks = result.project.blocks
    assert graph.node("layer1").params == {"block": "layer1"}
    assert [n.params.get("block") for n in blocks["layer1"].nodes.values()
            if n.type == "Block"] == ["BasicBlock", "BasicBlock"]  # defined once, used twice
    assert blocks["BasicBlock"].node("conv1").params == {"out_channels": 64, "kernel_size": 3,
                                                         "padding": 1, "bias": False}
    assert result.modules["layer1.0.conv1"] == "layer1/0/conv1"
    assert graph.node("fc").params == {"out_features": 1000}
    assert graph.node("flatten").type == "Flatten"
    from netstudio.core.graph.blocks import flatten

    flat = flatten(result.project).graph
    assert sum(n.type == "Add" for n in flat.nodes.values()) == 8


def _state_for(original: torch.nn.Module, result) -> dict:
    """The imported weights under the original's state_dict keys."""
    out = {}
    for key in original.state_dict():
        path, _, name = key.rpartition(".")
        out[key] = result.weights[result.modules[path]][name]
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name,shape", [("mobilenet_v3_small", (3, 96, 96)),
                                        ("vgg11", (3, 64, 64)),
                                        ("squeezenet1_0", (3, 96, 96))])
def test_torchvision_round_trip(name, shape):
    result = import_network(f"torchvision:{name}", shape)
    assert result.matches and not result.opaque, (result.check_error, result.opaque)
    original = original_module(f"torchvision:{name}")
    original.load_state_dict(_state_for(original, result), strict=True)
    assert_round_trip(result, original, shape)


def test_mobilenet_layers_map_to_layers_not_opaque_nodes():
    result = import_network("torchvision:mobilenet_v3_small", (3, 64, 64))
    from netstudio.core.graph.blocks import flatten

    types_used = {n.type for n in flatten(result.project).graph.nodes.values()}
    assert {"Hardswish", "Hardsigmoid", "Multiply", "AdaptiveAvgPool2d"} <= types_used
    assert not result.opaque
    flat = flatten(result.project).graph
    dw = flat.node(result.modules["features.1.block.0.0"])  # the depthwise convolution
    assert dw.params["groups"] == 16
    bn = flat.node(result.modules["features.1.block.0.1"])
    assert bn.params == {"eps": 0.001, "momentum": 0.01}


def test_mnist_example_net_round_trip():
    from netstudio.core.importers.sources import instantiate_user_model

    result = import_network(f"{MNIST_NET}:Net", (1, 28, 28))
    assert result.matches and result.project.data == {"dataset": "mnist"}
    assert result.project.training["loss"] == "NLLLoss"  # it ends with log_softmax
    original = instantiate_user_model(MNIST_NET, "Net")
    original.load_state_dict(_state_for(original, result), strict=True)
    assert_round_trip(result, original, (1, 28, 28))
    types_used = [n.type for n in result.project.graph.nodes.values()]
    assert types_used == ["Input", "Conv2d", "ReLU", "Conv2d", "ReLU", "MaxPool2d", "Dropout",
                          "Flatten", "Linear", "ReLU", "Dropout", "Linear", "LogSoftmax"]


def test_input_shape_is_guessed_from_the_first_layer():
    result = import_network(f"{MNIST_NET}:Net")
    assert result.project.graph.node("input").params["shape"] == [1, 28, 28]
    assert any("guessed" in note for note in result.notes)


def test_netstudio_exported_code_round_trip(tmp_path):
    from netstudio.core.project import Project

    project = Project.load(Path(__file__).resolve().parents[2] / "samples"
                           / "resnet_small.nsproj.json")
    source = export_python(project)
    (tmp_path / "exported.py").write_text(source)
    net = compile_project(project, seed=1).eval()
    torch.save(generated_state_dict(net, project), tmp_path / "exported.pt")
    cls = next(line.split()[1].split("(")[0] for line in source.splitlines()
               if line.startswith("class "))
    result = import_network(f"{tmp_path / 'exported.py'}:{cls}", None, tmp_path / "exported.pt")
    assert result.matches and not result.opaque
    imported = compile_project(result.project, seed=0)
    apply(imported, result.weights)
    imported.eval()
    x = torch.randn(3, *net.input_shape)
    with torch.no_grad():
        assert (imported(x) - net(x)).abs().max() < 1e-5
    assert analyze(result.project).total_params == analyze(project).total_params


def test_fx_failure_falls_back_to_torch_export():
    result = import_network(f"{MNIST_NET}:Blitz", (1, 28, 28))
    assert result.method == "torch.export" and result.matches and not result.opaque
    assert [n.type for n in result.project.graph.nodes.values()].count("Linear") == 2


def test_opaque_functions_and_modules_still_compile_and_train():
    result = import_network(f"{MNIST_NET}:Mixed", (3, 8, 8))
    assert result.matches
    graph = result.project.graph
    kinds = {n.type for n in graph.nodes.values()}
    assert {"Module", "Function"} <= kinds
    prelu = graph.node("prelu")  # Mixed has no submodules with two layers: no blocks
    assert prelu.params["class"] == "torch.nn.PReLU" and prelu.params["kwargs"] == {
        "num_parameters": 8}
    analysis = analyze(result.project)
    assert not [d for d in analysis.errors if not d.is_setting]
    opaque = [d for d in analysis.diagnostics if d.node in result.opaque]
    assert opaque and all(d.severity == "info" for d in opaque)  # each says why it is opaque
    net = compile_project(result.project, analysis, seed=0)
    apply(net, result.weights)
    x = torch.randn(4, 3, 8, 8)
    loss = net(x).square().mean()
    loss.backward()
    assert net.layers["prelu"].weight.grad is not None
    stored = next(n for n in graph.nodes.values() if n.params.get("tensors"))
    assert next(iter(net.layers[stored.id].parameters())).grad is not None


def test_a_submodule_with_data_dependent_control_flow_stays_whole(monkeypatch):
    result = import_network(f"{MNIST_NET}:GatedNet", (1, 28, 28))
    assert result.matches and result.opaque == ["gate"]
    gate = result.project.graph.node("gate")
    assert gate.params["path"] == "gate" and gate.params["code"].endswith("mnist_net.py:GatedNet")
    analysis = analyze(result.project)
    assert analysis.ok
    warning = next(d for d in analysis.diagnostics if d.node == "gate")
    assert warning.severity == "warning" and "runs Python code" in warning.message


def test_data_dependent_control_flow_in_forward_is_refused_with_the_line():
    with pytest.raises(ImportFailure) as info:
        import_network(f"{MNIST_NET}:BranchOnValues", (1, 28, 28))
    text = str(info.value)
    assert "values of a tensor" in text and "line" in text and "if x.sum() > 0" in text
    assert "What to do" in text


@pytest.mark.parametrize("source,words", [
    ("torchvision:resnet1800", "no classification model 'resnet1800'"),
    ("torchvision:", "names no torchvision model"),
    ("nothing.txt", "not a source"),
    ("net.py", "no class"),
    ("/nonexistent/net.py:Net", "no such file"),
])
def test_bad_sources_say_what_is_wrong(source, words):
    with pytest.raises(ImportFailure, match=words):
        import_network(source)


def test_python_files_that_fail(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("import torch\nclass Net(torch.nn.Module:\n    pass\n")
    with pytest.raises(ImportFailure, match="line 2: syntax error"):
        import_network(f"{broken}:Net")
    raising = tmp_path / "raising.py"
    raising.write_text("import torch\nraise RuntimeError('no GPU here')\n")
    with pytest.raises(ImportFailure, match="raising.py line 2.*no GPU here"):
        import_network(f"{raising}:Net")
    with pytest.raises(ImportFailure, match="has no 'Nett'. It defines: .*Net"):
        import_network(f"{MNIST_NET}:Nett")
    with pytest.raises(ImportFailure, match="without arguments .*width"):
        import_network(f"{MNIST_NET}:NeedsArguments")
    with pytest.raises(ImportFailure, match="fails on an input of shape"):
        import_network(f"{MNIST_NET}:Net", (3, 32, 32))
