"""Attributions: which pixels made the network choose a class (Captum does the work).

    info = available_methods(model, task)          # {method: Availability}
    a = explain(model, x, "grad_cam", target=None, layer="conv2", baseline=b, loss=...)
    a.heatmap                                      # [H, W] float32, the input's size

``x`` is one input as the network reads it ([C, H, W], already scaled); ``target`` None
means the predicted class. Methods (Captum's implementations, not ours):

- saliency: |d score / d pixel| (Simonyan et al.); one backward pass.
- integrated_gradients: gradients averaged along the path from ``baseline`` (a black image
  by default) to the image, times the difference (Sundararajan et al.); signed.
- grad_cam: a convolution's feature maps (after the activation that follows it, see cam_node)
  weighted by their average gradient, ReLU, upsampled to the image (Selvaraju et al.); shows
  the regions, not single pixels.
- occlusion: how much the score drops when a small square is blanked; signed.

The model is put in eval mode and gradients are enabled only inside ``explain``; it is never
changed (Captum takes gradients with torch.autograd.grad, so no .grad is left behind).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from netstudio.core.layers.modules import Add
from netstudio.core.text import QT_TRANSLATE_NOOP, Template, Text, shape_text

METHODS = ("saliency", "integrated_gradients", "grad_cam", "occlusion")
SIGNED = {"integrated_gradients", "occlusion"}  # red for the class, blue against it
IG_STEPS = 50  # Captum's default

# reason code -> why a method does not apply (a core.text Template: the GUI translates it)
REASONS: dict[str, Template] = {
    "no-classes": QT_TRANSLATE_NOOP(
        "Attributions",
        "This network rebuilds its input (an autoencoder): it has no classes whose choice could "
        "be explained. The projector shows what its bottleneck learned."),
    "no-conv": QT_TRANSLATE_NOOP(
        "Attributions",
        "Grad-CAM needs a convolution (Conv2d) whose output still has height and width; this "
        "network has none. Saliency, Integrated Gradients and occlusion work on any network."),
    "not-image": QT_TRANSLATE_NOOP(
        "Attributions",
        "Attributions are drawn over the input image, but this network's input {shape} is not an "
        "image (channels x height x width)."),
    "not-built": QT_TRANSLATE_NOOP(
        "Attributions",
        "The network cannot run yet: fix the problems shown in the builder first."),
}


class ExplainError(Exception):
    """A method that cannot run on this network/input; ``code`` is a REASONS key."""

    def __init__(self, code: str, **args: Any) -> None:
        self.code, self.args_ = code, args
        self.text = REASONS[code](**args)
        super().__init__(str(self.text))


@dataclass(frozen=True)
class Availability:
    ok: bool
    reason: str | None = None  # REASONS key when not ok
    args: tuple[tuple[str, Any], ...] = ()

    @property
    def text(self) -> Text | str:
        return "" if self.reason is None else REASONS[self.reason](**dict(self.args))


@dataclass(frozen=True, eq=False)
class Attribution:
    method: str
    target: int  # the class explained
    predicted: int
    probabilities: np.ndarray  # [classes]
    heatmap: np.ndarray  # [H, W] float32
    signed: bool  # values below 0 speak against the class
    layer: str | None = None  # Grad-CAM's convolution


def conv_layers(model: nn.Module) -> list[str]:
    """The node ids of the network's 2-D convolutions, input first."""
    layers = getattr(model, "layers", None)
    if not isinstance(layers, nn.ModuleDict):
        return []
    order = getattr(model, "order", tuple(layers.keys()))
    return [n for n in order if n in layers and isinstance(layers[n], nn.Conv2d)]


def available_methods(model: nn.Module | None, task: str = "classification",
                      input_shape: tuple[int, ...] | None = None) -> dict[str, Availability]:
    """Which methods apply to this network, and why not where they do not."""
    shape = tuple(input_shape or getattr(model, "input_shape", ()) or ())
    if model is None:
        return {m: Availability(False, "not-built") for m in METHODS}
    if task != "classification":
        return {m: Availability(False, "no-classes") for m in METHODS}
    if shape and len(shape) != 3:
        args = (("shape", shape_text(shape)),)
        return {m: Availability(False, "not-image", args) for m in METHODS}
    out = {m: Availability(True) for m in METHODS}
    if not conv_layers(model):
        out["grad_cam"] = Availability(False, "no-conv")
    return out


def default_layer(model: nn.Module) -> str | None:
    """Grad-CAM's usual choice: the last convolution (the most meaningful, coarsest map)."""
    convs = conv_layers(model)
    return convs[-1] if convs else None


def occlusion_window(height: int) -> tuple[int, int]:
    """(window, stride) in pixels: about a seventh of the image, half-overlapping."""
    k = max(2, round(height / 7))
    return k, max(1, k // 2)


def explain(model: nn.Module, x: torch.Tensor, method: str, target: int | None = None,
            layer: str | None = None, baseline: torch.Tensor | None = None,
            loss: str = "CrossEntropyLoss", steps: int = IG_STEPS) -> Attribution:
    """One image's attribution map for ``target`` (None: the predicted class)."""
    from captum.attr import (
        IntegratedGradients,
        LayerAttribution,
        LayerGradCam,
        Occlusion,
        Saliency,
    )

    from netstudio.core.train.metrics import probabilities

    if method not in METHODS:
        raise ValueError(f"unknown attribution method {method!r}; use one of {METHODS}")
    if x.dim() != 3:
        raise ExplainError("not-image", shape=shape_text(x.shape))
    device = next((p.device for p in model.parameters()), torch.device("cpu"))
    inp = x.detach().to(device, torch.float32).unsqueeze(0)
    base = torch.zeros_like(inp) if baseline is None else baseline.to(inp).reshape(inp.shape)
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            out = model(inp).float().flatten(1)
        probs = probabilities(out, loss)[0].cpu().numpy()
        predicted = int(probs.argmax())
        tgt = predicted if target is None else int(target)
        if not 0 <= tgt < out.shape[1]:
            raise ValueError(f"class {tgt} does not exist: the network has {out.shape[1]}")
        inp.requires_grad_(True)  # Captum would set it (and warn)
        with torch.enable_grad():
            if method == "saliency":
                attr = Saliency(model).attribute(inp, target=tgt, abs=True)
            elif method == "integrated_gradients":
                attr = IntegratedGradients(model).attribute(
                    inp, baselines=base, target=tgt, n_steps=steps, internal_batch_size=steps)
            elif method == "occlusion":
                c, h, _ = x.shape
                k, s = occlusion_window(h)
                attr = Occlusion(model).attribute(
                    inp, target=tgt, sliding_window_shapes=(c, k, k), strides=(c, s, s),
                    baselines=base, perturbations_per_eval=64)
            else:
                layer = layer or default_layer(model)
                module = _layer_module(model, layer)
                cam = LayerGradCam(model, module).attribute(inp, target=tgt,
                                                            relu_attributions=True)
                attr = LayerAttribution.interpolate(cam, tuple(x.shape[-2:]), "bilinear")
    finally:
        model.train(was_training)
    heat = attr.detach().float().sum(dim=1)[0].cpu().numpy().astype(np.float32)
    return Attribution(method, tgt, predicted, probs.astype(np.float32), heat,
                       method in SIGNED, layer if method == "grad_cam" else None)


ACTIVATIONS = (nn.ReLU, nn.LeakyReLU, nn.ELU, nn.GELU, nn.SiLU, nn.Tanh, nn.Sigmoid)
FOLLOWERS = (nn.BatchNorm2d, Add, *ACTIVATIONS)  # a residual block's Add, then its ReLU


def cam_node(model: nn.Module, conv: str) -> str:
    """The node whose output Grad-CAM reads for convolution ``conv``: the convolution's
    feature maps as the next layer sees them, after its BatchNorm (and a residual Add) and
    activation when they follow it directly (Grad-CAM weighs rectified maps; on the raw
    convolution output the weighted sum is often negative everywhere and the map comes out
    empty)."""
    layers = model.layers
    plan = tuple(getattr(model, "plan", ()))
    node = conv
    while True:
        consumers = [n for n, sources in plan if node in sources]
        if len(consumers) != 1 or not isinstance(layers[consumers[0]], FOLLOWERS):
            return node
        node = consumers[0]
        if isinstance(layers[node], ACTIVATIONS):
            return node


def _layer_module(model: nn.Module, layer: str | None) -> nn.Module:
    layers = getattr(model, "layers", None)
    if layer is None or not isinstance(layers, nn.ModuleDict) or layer not in layers:
        raise ExplainError("no-conv")
    if not isinstance(layers[layer], nn.Conv2d):
        raise ExplainError("no-conv")
    return layers[cam_node(model, layer)]


def normalised_map(heat: np.ndarray, signed: bool) -> np.ndarray:
    """Scale to [-1, 1] (signed) or [0, 1] by the largest magnitude; all-zero stays zero."""
    h = np.nan_to_num(np.asarray(heat, np.float32))
    peak = float(np.abs(h).max()) if h.size else 0.0
    if peak <= 0:
        return np.zeros_like(h)
    h = h / peak
    return h if signed else np.clip(h, 0.0, 1.0)
