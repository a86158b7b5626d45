"""Attributions: the same maps as Captum's own calls, simple invariants, every sample network."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

from netstudio.core.compiler import compile_project
from netstudio.core.explain.attributions import (
    METHODS,
    ExplainError,
    available_methods,
    cam_node,
    conv_layers,
    default_layer,
    explain,
    normalised_map,
    occlusion_window,
)
from netstudio.core.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def sample_net(name: str):
    project = Project.load(SAMPLES / f"{name}.nsproj.json")
    return project, compile_project(project, seed=0)


@pytest.fixture(scope="module")
def cnn():
    return sample_net("mnist_cnn")[1]


def image(seed: int = 0) -> torch.Tensor:
    return torch.randn(1, 28, 28, generator=torch.Generator().manual_seed(seed))


def test_maps_equal_captums_own_results():
    from captum.attr import (
        IntegratedGradients,
        LayerAttribution,
        LayerGradCam,
        Occlusion,
        Saliency,
    )

    cnn = sample_net("lenet5")[1]
    x = image()
    inp = x[None].clone().requires_grad_(True)
    base = torch.full_like(inp, -0.42)
    target = 3
    cnn.eval()
    expected = {
        "saliency": Saliency(cnn).attribute(inp, target=target),
        "integrated_gradients": IntegratedGradients(cnn).attribute(inp, baselines=base,
                                                                   target=target, n_steps=16),
        "grad_cam": LayerAttribution.interpolate(
            LayerGradCam(cnn, cnn.layers["tanh1"]).attribute(inp, target=target,
                                                             relu_attributions=True), (28, 28),
            "bilinear"),
        "occlusion": Occlusion(cnn).attribute(inp, target=target, baselines=base,
                                              sliding_window_shapes=(1, 4, 4),
                                              strides=(1, 2, 2)),
    }
    for method, want in expected.items():
        got = explain(cnn, x, method, target=target, layer="conv1", baseline=base[0], steps=16)
        assert got.target == target and got.heatmap.shape == (28, 28)
        np.testing.assert_allclose(got.heatmap, want.detach().sum(1)[0].numpy(), rtol=1e-4,
                                   atol=1e-6, err_msg=method)


class LeftHalf(nn.Module):
    """Sees only the left 14 columns of a 28x28 image."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.layers = nn.ModuleDict({"conv": nn.Conv2d(1, 4, 3), "fc": nn.Linear(4 * 26 * 12, 5)})

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.layers["fc"](torch.relu(self.layers["conv"](x[..., :14])).flatten(1))


@pytest.mark.parametrize("method", ["saliency", "integrated_gradients", "occlusion"])
def test_a_network_that_sees_the_left_half_gives_nothing_to_the_right_half(method):
    a = explain(LeftHalf(), image(1), method)
    k, s = occlusion_window(28)
    first_free = 14 if method != "occlusion" else 14 + (k - s)  # windows reaching over
    left = np.abs(a.heatmap[:, :14]).max()
    # exactly 0 for gradients; occlusion compares batched forward passes: float rounding
    assert np.abs(a.heatmap[:, first_free:]).max() <= 1e-5 * left
    assert left > 0.0


def test_predicted_class_by_default_and_another_class_on_request(cnn):
    x = image(2)
    a = explain(cnn, x, "integrated_gradients")
    assert a.target == a.predicted == int(np.argmax(a.probabilities))
    assert a.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    other = (a.predicted + 1) % 10
    b = explain(cnn, x, "integrated_gradients", target=other)
    assert b.target == other and b.predicted == a.predicted
    assert not np.allclose(a.heatmap, b.heatmap)
    with pytest.raises(ValueError, match="class 12 does not exist"):
        explain(cnn, x, "saliency", target=12)


def test_grad_cam_defaults_to_the_last_convolution_and_is_not_negative(cnn):
    assert conv_layers(cnn) == ["conv1", "conv2"] and default_layer(cnn) == "conv2"
    a = explain(cnn, image(3), "grad_cam")
    assert a.layer == "conv2" and a.heatmap.min() >= 0 and not a.signed
    # it weighs the rectified maps (after relu2), as Grad-CAM does
    assert cam_node(cnn, "conv2") == "relu2" and cam_node(cnn, "conv1") == "relu1"
    resnet = sample_net("resnet_small")[1]  # conv -> BatchNorm -> ReLU; a conv into an Add
    assert [cam_node(resnet, c) for c in conv_layers(resnet)] == [
        "stem_relu", "b1_relu1", "b1_relu", "b2_relu1", "b2_relu"]


def test_model_is_left_as_it_was(cnn):
    cnn.train()
    before = {k: v.clone() for k, v in cnn.state_dict().items()}
    for method in METHODS:
        explain(cnn, image(4), method)
    assert cnn.training
    assert all(torch.equal(before[k], v) for k, v in cnn.state_dict().items())
    assert all(p.grad is None for p in cnn.parameters())
    cnn.eval()


@pytest.mark.parametrize("name", ["mnist_cnn", "lenet5", "mlp", "lstm_rows", "resnet_small",
                                  "conv_autoencoder"])
def test_every_sample_network_gets_each_method_that_applies(name):
    project, model = sample_net(name)
    avail = available_methods(model, project.task)
    if project.task != "classification":
        assert not any(a.ok for a in avail.values())
        assert "autoencoder" in avail["saliency"].text
        return
    assert avail["grad_cam"].ok == bool(conv_layers(model))
    if not avail["grad_cam"].ok:
        assert "Grad-CAM needs a convolution" in avail["grad_cam"].text
    for method, a in avail.items():
        if a.ok:
            out = explain(model, image(5), method, steps=8, loss=project.training["loss"])
            assert out.heatmap.shape == (28, 28) and np.isfinite(out.heatmap).all(), method
        else:
            with pytest.raises(ExplainError):
                explain(model, image(5), method)


def test_inputs_that_are_not_images_are_refused_with_the_reason(cnn):
    assert available_methods(cnn, input_shape=(784,))["saliency"].reason == "not-image"
    with pytest.raises(ExplainError, match="not an image"):
        explain(cnn, torch.zeros(784), "saliency")
    assert available_methods(None)["saliency"].reason == "not-built"


def test_normalised_map():
    m = normalised_map(np.array([[-2.0, 1.0], [0.0, 4.0]]), signed=True)
    np.testing.assert_allclose(m, [[-0.5, 0.25], [0.0, 1.0]])
    assert normalised_map(np.zeros((2, 2)), False).max() == 0
    assert normalised_map(np.array([[-1.0, 2.0]]), False).min() == 0
