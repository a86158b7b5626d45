"""Pruning without training: exact checks on freshly initialised networks."""

from __future__ import annotations

import pytest
import torch

from netstudio.core.compiler import compile_project
from netstudio.core.deploy.prune import (
    count_params,
    prunable_chains,
    prune_channels,
    prune_unstructured,
    weight_sparsity,
)
from netstudio.core.project import Project
from tests.deploy.conftest import SAMPLES


def _net(sample: str):
    project = Project.load(SAMPLES / f"{sample}.nsproj.json")
    return project, compile_project(project, seed=0).eval()


def _kill(state, dead: dict) -> None:
    """Zero these output channels (filter and bias): with ReLU after, they give nothing."""
    for layer, channels in dead.items():
        for i in channels:
            state[f"layers.{layer}.weight"][i] = 0.0
            state[f"layers.{layer}.bias"][i] = 0.0


@pytest.mark.parametrize("sparsity", [0.3, 0.5, 0.9])
def test_unstructured_reaches_the_sparsity(sparsity):
    _, net = _net("mnist_cnn")
    before = weight_sparsity(net)
    prune_unstructured(net, sparsity)
    assert before < 0.01
    assert weight_sparsity(net) == pytest.approx(sparsity, abs=1e-4)
    # masks are gone: plain parameters that save and load as before
    assert not any(k.endswith(("_orig", "_mask")) for k in net.state_dict())


def test_structured_removes_channels_and_keeps_the_function_of_dead_ones():
    """Channels whose filters are zero contribute nothing (bias 0, ReLU): removing exactly
    them must leave every output unchanged, which checks the slicing of each layer."""
    project, net = _net("mnist_cnn")
    state = net.state_dict()
    _kill(state, {"conv1": range(0, 32, 2), "conv2": range(1, 64, 2),
                  "fc1": range(0, 1024, 2)})
    net.load_state_dict(state)
    small_project, small_state, changes = prune_channels(project, state, 0.5)
    assert changes == {"conv1": (32, 16), "conv2": (64, 32), "fc1": (1024, 512)}
    small = compile_project(small_project)
    small.load_state_dict(small_state)
    small.eval()
    x = torch.rand(8, 1, 28, 28)
    torch.testing.assert_close(small(x), net(x), rtol=1e-4, atol=1e-5)
    params, _ = count_params(small_state)
    assert params < count_params(state)[0] / 3
    assert small_project.graph.node("conv1").params["out_channels"] == 16


def test_structured_handles_batch_norm_residual_blocks_and_leaves_merges_whole():
    project, net = _net("resnet_small")
    chains = {c.producer for c in prunable_chains(project)}
    assert chains == {"b1_conv1", "b2_conv1"}  # the convs feeding an Add stay whole
    # train-mode statistics so the batch norms carry real running stats
    net.train()
    with torch.no_grad():
        net(torch.rand(16, *net.input_shape))
    net.eval()
    small_project, small_state, _ = prune_channels(project, net.state_dict(), 0.25)
    small = compile_project(small_project)
    small.load_state_dict(small_state)
    assert small(torch.rand(2, *net.input_shape)).shape == (2, 10)
    assert small_state["layers.b1_bn1.running_mean"].shape == (12,)


def test_structured_refuses_a_network_with_nothing_to_prune():
    project, net = _net("lstm_rows")
    with pytest.raises(ValueError, match="no layer of this network can lose channels"):
        prune_channels(project, net.state_dict(), 0.5)


def test_structured_reaches_into_blocks_and_keeps_the_function_of_dead_channels():
    """A version-2 project (layers grouped into a block, as an import arrives): the layers
    inside the block lose channels too, through their flat paths (stage/conv2)."""
    from netstudio.core.graph.grouping import group_nodes

    project, _ = _net("mnist_cnn")
    project.blocks = dict(project.blocks or {})
    assert group_nodes(project.graph, project.blocks, ["conv2", "relu2"], "stage",
                       "stage") is None
    net = compile_project(project, seed=0).eval()
    state = net.state_dict()
    _kill(state, {"conv1": range(0, 32, 2), "stage/conv2": range(1, 64, 2),
                  "fc1": range(0, 1024, 2)})
    net.load_state_dict(state)
    small_project, small_state, changes = prune_channels(project, state, 0.5)
    assert changes["conv1"] == (32, 16) and changes["stage/conv2"] == (64, 32)
    small = compile_project(type(project).from_dict(small_project.to_dict()))
    small.load_state_dict(small_state)
    x = torch.rand(4, 1, 28, 28)
    torch.testing.assert_close(small.eval()(x), net(x), rtol=1e-4, atol=1e-5)
