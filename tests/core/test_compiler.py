"""compile_project: module per node id, any DAG, capture, seeded init, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from netstudio.core.analysis import analyze
from netstudio.core.compiler import CompiledNet, CompileError, compile_project
from netstudio.core.project import Project
from tests.core.graphs import make_project, skip_project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_layers_are_keyed_by_node_id():
    net = compile_project(skip_project(), seed=0)
    assert isinstance(net, CompiledNet)
    assert set(net.layers.keys()) == {"input", "a", "relu", "b", "add", "cat", "flat", "fc"}
    assert "layers.a.weight" in net.state_dict() and "layers.fc.bias" in net.state_dict()
    assert net.input_id == "input" and net.output_id == "fc"
    assert net.order.index("a") < net.order.index("add") < net.order.index("cat")


def test_skip_connection_computes_what_the_graph_says():
    net = compile_project(skip_project(), seed=1)
    x = torch.randn(2, 2, 6, 6)
    L = net.layers
    a = L["a"](x)
    b = L["b"](torch.relu(a))
    cat = torch.cat([a + b, x], dim=1)  # port 0 is the Add, port 1 the input
    expected = L["fc"](cat.flatten(1))
    assert torch.allclose(net(x), expected, atol=1e-6)


def test_forward_capture_returns_every_node_with_its_inferred_shape():
    project = skip_project()
    analysis = analyze(project)
    net = compile_project(project, analysis, seed=0)
    x = torch.randn(2, 2, 6, 6)
    out, captured = net.forward_capture(x, list(project.graph.nodes) + ["not-a-node"])
    assert set(captured) == set(project.graph.nodes)
    for node_id, value in captured.items():
        assert tuple(value.shape) == (2, *analysis.nodes[node_id].shape), node_id
    assert torch.equal(out, net(x))
    assert torch.equal(captured["fc"], out)
    assert tuple(captured["cat"].shape) == (2, 5, 6, 6)


def test_same_seed_same_weights_and_global_rng_untouched():
    project = Project.load(SAMPLES / "mnist_cnn.nsproj.json")
    state = torch.get_rng_state()
    a = compile_project(project, seed=7).state_dict()
    assert torch.equal(torch.get_rng_state(), state), "seeding must not change the global RNG"
    b = compile_project(project, seed=7).state_dict()
    c = compile_project(project, seed=8).state_dict()
    assert a.keys() == b.keys()
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert not torch.equal(a["layers.conv1.weight"], c["layers.conv1.weight"])


def test_errors_raise_compile_error_naming_the_node():
    project = Project.load(SAMPLES / "tutorial_mistakes.nsproj.json")
    with pytest.raises(CompileError) as info:
        compile_project(project)
    assert [d.node for d in info.value.diagnostics] == ["fc1"]
    assert all(d.severity == "error" for d in info.value.diagnostics)
    assert "fc1" in str(info.value)


@pytest.mark.parametrize("ret, shape", [("last", (2, 8)), ("sequence", (2, 5, 8))])
def test_recurrent_return_modes(ret, shape):
    project = make_project(
        [("input", "Input", {"shape": [5, 3]}),
         ("gru", "GRU", {"hidden_size": 8, "return": ret})],
        [("input", "gru")])
    net = compile_project(project, seed=0)
    x = torch.randn(2, 5, 3)
    out = net(x)
    assert tuple(out.shape) == shape
    full, _ = next(m for m in net.modules() if isinstance(m, torch.nn.GRU))(x)
    assert torch.allclose(out, full[:, -1] if ret == "last" else full, atol=1e-6)


def test_lstm_sample_reads_rows_and_returns_last_step():
    project = Project.load(SAMPLES / "lstm_rows.nsproj.json")
    net = compile_project(project, seed=0)
    x = torch.rand(3, 1, 28, 28)
    lstm = next(m for m in net.modules() if isinstance(m, torch.nn.LSTM))
    seq, _ = lstm(x.reshape(3, 28, 28))
    assert torch.allclose(net(x), net.layers["fc"](seq[:, -1]), atol=1e-6)


def test_compiled_net_traces_with_torch_export():
    net = compile_project(skip_project(), seed=0).eval()
    x = torch.randn(2, 2, 6, 6)
    program = torch.export.export(net, (x,))
    assert torch.allclose(program.module()(x), net(x), atol=1e-6)
