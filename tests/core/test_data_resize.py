"""data.resize and data.channels: MNIST for a network made for bigger colour images."""

from __future__ import annotations

import torch

from netstudio.core.data.catalog import DATASETS, data_info
from netstudio.core.data.resize import MAX_BYTES, resize_splits
from netstudio.core.data.splits import Splits
from netstudio.core.settings.data import check_data


def test_resize_and_channels_change_what_the_checker_expects():
    assert data_info({"dataset": "mnist", "resize": [64, 64], "channels": 3}).input_shape == (
        3, 64, 64)
    assert data_info({"dataset": "mnist", "resize": 32}).input_shape == (1, 32, 32)
    problems = {d.field for d in check_data({"dataset": "mnist", "resize": [0, 9],
                                             "channels": 2}, files=False)}
    assert problems == {"data.resize", "data.channels"}


def test_images_are_resized_and_grey_becomes_three_channels():
    x = torch.zeros(5, 1, 28, 28, dtype=torch.uint8)
    x[:, :, 10:18, 10:18] = 255
    splits = Splits(DATASETS["mnist"], x, torch.arange(5), x[:2], torch.arange(2), x[:1],
                    torch.arange(1), (0.1307,), (0.3081,))
    out = resize_splits(splits, (56, 56), 3)
    assert out.train_x.shape == (5, 3, 56, 56) and out.train_x.dtype == torch.uint8
    assert out.test_x.shape == (1, 3, 56, 56) and out.info.input_shape == (3, 56, 56)
    assert out.mean == (0.1307,) * 3
    assert out.train_x[0, 2, 28, 28] == 255 and out.train_x[0, 0, 2, 2] == 0
    assert torch.equal(out.train_x[:, 0], out.train_x[:, 2])


def test_a_resize_too_big_for_memory_is_refused(monkeypatch):
    import pytest

    from netstudio.core.data.errors import DataError

    x = torch.zeros(10, 1, 4, 4, dtype=torch.uint8)
    splits = Splits(DATASETS["mnist"], x, torch.arange(10))
    monkeypatch.setattr("netstudio.core.data.resize.MAX_BYTES", 100)
    with pytest.raises(DataError, match="smaller size"):
        resize_splits(splits, (64, 64), None)
    assert MAX_BYTES > 100
