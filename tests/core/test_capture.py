"""Looking inside a model: feature maps, tiles, filters, histograms, dead ReLUs, snapshots."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from netstudio.core.train import capture


class TinyNet(nn.Module):
    """The CompiledNet contract in miniature: ModuleDict by node id + forward_capture."""

    def __init__(self) -> None:
        super().__init__()
        torch.manual_seed(0)
        self.layers = nn.ModuleDict({
            "conv1": nn.Conv2d(1, 6, 3, padding=1), "relu1": nn.ReLU(),
            "bn": nn.BatchNorm2d(6), "pool": nn.MaxPool2d(2), "flat": nn.Flatten(),
            "fc": nn.Linear(6 * 14 * 14, 10)})
        self.order = tuple(self.layers)

    def forward_capture(self, x, node_ids):
        wanted, got = set(node_ids), {}
        for k in self.order:
            x = self.layers[k](x)
            if k in wanted:
                got[k] = x
        return x, got

    def forward(self, x):
        return self.forward_capture(x, ())[0]


def test_feature_maps_are_numpy_per_channel_and_leave_training_mode():
    net = TinyNet().train()
    running = net.layers["bn"].running_mean.clone()
    maps = capture.feature_maps(net, torch.rand(1, 28, 28), ["conv1", "pool"])
    assert maps["conv1"].shape == (6, 28, 28) and maps["pool"].shape == (6, 14, 14)
    assert all(isinstance(v, np.ndarray) and v.dtype == np.float32 for v in maps.values())
    assert net.training  # restored
    assert torch.equal(net.layers["bn"].running_mean, running)  # BN stats untouched


def test_captured_maps_are_copies():
    net = TinyNet()
    maps = capture.feature_maps(net, torch.rand(1, 28, 28), ["conv1"])
    before = maps["conv1"].copy()
    with torch.no_grad():
        net.layers["conv1"].weight.add_(1.0)
    np.testing.assert_array_equal(maps["conv1"], before)


def test_tile_grid_has_one_cell_per_channel_and_maps_clicks_back():
    maps = np.stack([np.full((5, 4), float(i)) for i in range(7)])
    maps[:, 0, 0] = -1  # contrast inside each tile
    grid = capture.tile_channels(maps, columns=3, padding=1)
    assert grid.count == 7 and grid.rows == 3 and grid.columns == 3
    assert grid.image.shape == (3 * 6, 3 * 5)  # (tile + padding) per cell, no outer border
    assert grid.cell_at(0, 0) == 0
    assert grid.cell_at(5 * 2 + 1, 6 * 1 + 2) == 5  # column 2, row 1
    assert grid.cell_at(1, 6 * 2 + 1) == 6  # last tile: row 2, column 0
    assert grid.cell_at(5 * 1 + 1, 6 * 2 + 1) is None  # 8th cell of 7: empty
    assert grid.cell_at(5 * 3 + 1, 0) is None  # right of the grid
    assert grid.image.min() >= 0.0 and grid.image.max() <= 1.0


def test_flat_channel_shows_black_not_nan():
    grid = capture.tile_channels(np.ones((2, 3, 3)))
    assert np.isfinite(grid.image).all()


def test_filter_images_first_layer_mean_and_colour():
    w = torch.randn(8, 1, 5, 5)
    assert capture.filter_images(w).shape == (8, 5, 5)
    deep = torch.randn(16, 8, 3, 3)
    np.testing.assert_allclose(capture.filter_images(deep), deep.mean(1).numpy(), rtol=1e-6)
    np.testing.assert_allclose(capture.filter_images(deep, "first"), deep[:, 0].numpy())
    rgb = capture.filter_images(torch.randn(4, 3, 3, 3))
    assert rgb.shape == (4, 3, 3, 3)
    assert capture.tile_filters(rgb).image.shape[-1] == 3
    with pytest.raises(ValueError, match="mode"):
        capture.filter_images(deep, "max")


def test_histogram_counts_every_finite_value():
    counts, edges = capture.histogram(np.array([0.0, 1.0, 2.0, np.nan, np.inf]), bins=4)
    assert counts.sum() == 3 and len(edges) == 5
    counts, _ = capture.histogram(np.zeros(10), bins=5)
    assert counts.sum() == 10


def test_dead_share_counts_units_zero_on_every_sample():
    out = torch.zeros(4, 10)
    out[1, :3] = 1.0  # 3 units alive on one sample
    assert capture.dead_share(out) == pytest.approx(0.7)


def test_layer_stats_after_backward_has_gradients_and_dead_share():
    net = TinyNet()
    x = torch.rand(8, 1, 28, 28)
    loss = nn.functional.cross_entropy(net(x), torch.arange(8) % 10)
    loss.backward()
    stats = capture.layer_stats(net, x, ["conv1", "relu1", "fc"], bins=16)
    assert stats["conv1"].grad_counts is not None and stats["conv1"].grad_counts.sum() > 0
    assert stats["relu1"].grad_counts is None  # no parameters
    assert stats["relu1"].dead_share is not None and 0.0 <= stats["relu1"].dead_share <= 1.0
    assert stats["conv1"].dead_share is None
    assert stats["relu1"].act_counts.sum() == 8 * 6 * 28 * 28


def test_snapshot_round_trip_gives_same_predictions():
    a, b = TinyNet(), TinyNet()
    with torch.no_grad():
        b.layers["fc"].weight.mul_(3)
    x = torch.rand(3, 1, 28, 28)
    assert not np.allclose(capture.predict_probs(a, x), capture.predict_probs(b, x))
    capture.load_weights(b, capture.snapshot_weights(a))
    probs = capture.predict_probs(b, x)
    np.testing.assert_allclose(probs, capture.predict_probs(a, x), rtol=1e-5)
    np.testing.assert_allclose(probs.sum(1), 1.0, rtol=1e-5)
