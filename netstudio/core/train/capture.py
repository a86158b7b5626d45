"""Look inside a model while it trains: feature maps, filters, histograms, dead ReLUs.

Called inside the training thread (from a Trainer callback) or on a private copy of the
weights. Everything returned is numpy (copied, on the CPU), so it can cross to the GUI thread
without sharing tensors with the training loop. Capture runs under ``torch.no_grad`` in eval
mode and restores the model's mode afterwards, so it never changes what the model learns
(BatchNorm running statistics and dropout masks are left alone).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn
from torchvision.utils import make_grid


@dataclass(frozen=True, eq=False)
class TileGrid:
    """Channels tiled into one image; ``cell_at`` maps a pixel back to its channel."""

    image: np.ndarray  # [H, W] float32 in 0..1 (or [H, W, 3] for colour filters)
    count: int  # number of tiles (channels)
    columns: int
    tile_h: int
    tile_w: int
    padding: int

    @property
    def rows(self) -> int:
        return math.ceil(self.count / self.columns) if self.count else 0

    def cell_at(self, x: float, y: float) -> int | None:
        """Channel index under image pixel (x, y) (column, row), or None between tiles."""
        if x < 0 or y < 0:
            return None
        step_w, step_h = self.tile_w + self.padding, self.tile_h + self.padding
        col, row = int(x // step_w), int(y // step_h)
        if col >= self.columns:
            return None
        index = row * self.columns + col
        return index if index < self.count else None


@dataclass(frozen=True, eq=False)
class LayerStats:
    """Histograms of one layer's activations (on a probe batch) and its weight gradients."""

    node_id: str
    act_counts: np.ndarray  # [bins] float64
    act_edges: np.ndarray  # [bins + 1]
    grad_counts: np.ndarray | None  # None for layers without parameters or gradients
    grad_edges: np.ndarray | None
    dead_share: float | None  # ReLU only: share of units that are zero on the whole batch
    has_params: bool = False  # the layer has weights (gradients appear while it trains)


# ---- capture ------------------------------------------------------------------------------
@contextmanager
def eval_mode(model: nn.Module) -> Iterator[None]:
    """Eval mode and no_grad for a look inside; the previous mode comes back afterwards."""
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        model.train(was_training)


def model_device(model: nn.Module) -> torch.device:
    p = next(model.parameters(), None)
    return p.device if p is not None else torch.device("cpu")


def to_numpy(t: torch.Tensor) -> np.ndarray:
    """A float32 CPU copy that shares no memory with the tensor."""
    return t.detach().to("cpu", torch.float32).numpy().copy()


def capture_outputs(model: nn.Module, x: torch.Tensor,
                    node_ids: Iterable[str]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Run ``x`` (a batch) through the model; return its output and the named nodes' outputs.

    The model must offer ``forward_capture(x, node_ids)`` (netstudio's CompiledNet).
    """
    ids = [i for i in node_ids if i]
    with eval_mode(model):
        out, captured = model.forward_capture(x.to(model_device(model)), ids)
    return to_numpy(out), {k: to_numpy(v) for k, v in captured.items()}


def feature_maps(model: nn.Module, image: torch.Tensor,
                 node_ids: Iterable[str]) -> dict[str, np.ndarray]:
    """The outputs of ``node_ids`` for one sample ``image`` ([C, H, W]), batch dim dropped.

    Spatial outputs come back as [C, H, W]; others keep their per-sample shape.
    """
    _, captured = capture_outputs(model, image.unsqueeze(0), node_ids)
    return {k: v[0] for k, v in captured.items()}


def predict_probs(model: nn.Module, x: torch.Tensor) -> np.ndarray:
    """Softmax class probabilities for a batch [N, ...] -> [N, classes]."""
    with eval_mode(model):
        logits = model(x.to(model_device(model)))
    return to_numpy(torch.softmax(logits.float().flatten(1), dim=1))


# ---- grids --------------------------------------------------------------------------------
def tile_channels(maps: np.ndarray, columns: int | None = None, padding: int = 1,
                  scale_each: bool = True) -> TileGrid:
    """Tile a [C, H, W] stack into one grayscale image, each channel scaled to 0..1 alone.

    A channel with no contrast (all equal) shows as black rather than dividing by zero.
    ``scale_each=False`` keeps the values as they are (images already in 0..1).
    """
    arr = np.asarray(maps, dtype=np.float32)
    if arr.ndim == 2:
        arr = arr[None]
    if arr.ndim != 3:
        raise ValueError(f"tile_channels needs [C, H, W] maps, got shape {arr.shape}")
    count, h, w = arr.shape
    cols = columns or max(1, math.ceil(math.sqrt(count)))
    t = torch.from_numpy(np.nan_to_num(arr, nan=0.0, posinf=0.0, neginf=0.0))
    lo = t.flatten(1).min(1).values[:, None, None]
    hi = t.flatten(1).max(1).values[:, None, None]
    scaled = torch.where(hi > lo, (t - lo) / (hi - lo).clamp_min(1e-12), torch.zeros_like(t))
    if not scale_each:
        scaled = t.clamp(0.0, 1.0)
    grid = make_grid(scaled.unsqueeze(1), nrow=cols, padding=padding, pad_value=0.25)
    # make_grid pads the outer border too; drop it so cell_at's arithmetic starts at 0.
    image = grid[0, padding:, padding:].numpy().copy()
    return TileGrid(image, count, cols, h, w, padding)


def filter_images(weight: np.ndarray | torch.Tensor, mode: str = "auto") -> np.ndarray:
    """The learned kernels of a convolution as images.

    weight: [out, in, kh, kw]. mode "auto": first layer (in == 1) as is, in == 3 as colour
    [out, kh, kw, 3], deeper layers the mean over input channels; "first": input channel 0;
    "mean": the mean over input channels. Returns [out, kh, kw] (or colour as above).
    """
    w = torch.as_tensor(np.asarray(weight) if not isinstance(weight, torch.Tensor) else weight)
    w = w.detach().to("cpu", torch.float32)
    if w.ndim != 4:
        raise ValueError(f"filter_images needs a [out, in, kh, kw] weight, got {tuple(w.shape)}")
    if mode == "auto":
        if w.shape[1] == 3:
            return w.permute(0, 2, 3, 1).numpy().copy()
        mode = "first" if w.shape[1] == 1 else "mean"
    if mode == "first":
        return w[:, 0].numpy().copy()
    if mode == "mean":
        return w.mean(1).numpy().copy()
    raise ValueError(f"unknown filter mode {mode!r}: use 'auto', 'first' or 'mean'")


def tile_filters(images: np.ndarray, columns: int | None = None, padding: int = 1) -> TileGrid:
    """Tile filter images so that 0 is mid-grey, positive bright and negative dark (each
    filter scaled by its largest magnitude); colour ones ([N, kh, kw, 3]) keep their colour."""
    arr = np.nan_to_num(np.asarray(images, dtype=np.float32))
    if arr.ndim == 4 and arr.shape[-1] == 3:
        count, h, w, _ = arr.shape
        cols = columns or max(1, math.ceil(math.sqrt(count)))
        t = torch.from_numpy(arr).permute(0, 3, 1, 2)
        grid = make_grid(t, nrow=cols, padding=padding, normalize=True, scale_each=True,
                         pad_value=0.25)
        image = grid[:, padding:, padding:].permute(1, 2, 0).numpy().copy()
        return TileGrid(image, count, cols, h, w, padding)
    if arr.ndim == 2:
        arr = arr[None]
    peak = np.abs(arr).reshape(len(arr), -1).max(axis=1)[:, None, None] if arr.size else 1.0
    centred = 0.5 + 0.5 * arr / np.maximum(peak, 1e-12)
    return tile_channels(centred, columns, padding, scale_each=False)


# ---- histograms and dead units ------------------------------------------------------------
def histogram(values: np.ndarray | torch.Tensor, bins: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """Counts and bin edges of the finite values (an empty or constant input still works)."""
    v = torch.as_tensor(values).detach().to("cpu", torch.float32).flatten()
    v = v[torch.isfinite(v)]
    if v.numel() == 0:
        return np.zeros(bins), np.linspace(0.0, 1.0, bins + 1)
    lo, hi = float(v.min()), float(v.max())
    if hi <= lo:
        lo, hi = lo - 0.5, hi + 0.5
    counts = torch.histc(v, bins=bins, min=lo, max=hi)
    return counts.numpy().astype(np.float64), np.linspace(lo, hi, bins + 1)


def dead_share(batch_output: np.ndarray | torch.Tensor) -> float:
    """Share of units (per-sample positions) that are <= 0 for every sample in the batch."""
    t = torch.as_tensor(batch_output)
    if t.ndim < 2 or t.shape[0] == 0:
        return 0.0
    alive = (t > 0).any(dim=0)
    return float(1.0 - alive.float().mean())


def relu_ids(model: nn.Module) -> list[str]:
    layers = getattr(model, "layers", None)
    if not isinstance(layers, nn.ModuleDict):
        return []
    return [k for k, m in layers.items() if isinstance(m, nn.ReLU)]


def gradient_values(model: nn.Module, node_id: str) -> torch.Tensor | None:
    """All gradients currently stored on a node's parameters, flattened; None if none."""
    layers = getattr(model, "layers", None)
    if not isinstance(layers, nn.ModuleDict) or node_id not in layers:
        return None
    grads = [p.grad.detach().flatten() for p in layers[node_id].parameters()
             if p.grad is not None]
    return torch.cat(grads) if grads else None


def layer_stats(model: nn.Module, probe: torch.Tensor, node_ids: Iterable[str],
                bins: int = 40) -> dict[str, LayerStats]:
    """Activation histograms on ``probe`` (a batch), gradient histograms from ``.grad``.

    Call after a backward pass (e.g. in on_batch_end) to see that batch's gradients.
    """
    ids = list(node_ids)
    relus = set(relu_ids(model))
    _, acts = capture_outputs(model, probe, ids)
    stats: dict[str, LayerStats] = {}
    for node_id in ids:
        act = acts.get(node_id)
        if act is None:
            continue
        a_counts, a_edges = histogram(act, bins)
        grads = gradient_values(model, node_id)
        g_counts, g_edges = histogram(grads, bins) if grads is not None else (None, None)
        dead = dead_share(act) if node_id in relus else None
        layers = getattr(model, "layers", {})
        has_params = node_id in layers and any(True for _ in layers[node_id].parameters())
        stats[node_id] = LayerStats(node_id, a_counts, a_edges, g_counts, g_edges, dead,
                                    has_params)
    return stats


# ---- weights ------------------------------------------------------------------------------
def snapshot_weights(model: nn.Module) -> dict[str, np.ndarray]:
    """The state_dict as numpy copies: safe to hand to another thread."""
    return {k: v.detach().to("cpu").numpy().copy() for k, v in model.state_dict().items()}


def load_weights(model: nn.Module, weights: Mapping[str, np.ndarray]) -> None:
    """Load a ``snapshot_weights`` result into a model built from the same project.

    load_state_dict copies into the model's own tensors, so the arrays are only read."""
    state = {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in weights.items()}
    model.load_state_dict(state)
