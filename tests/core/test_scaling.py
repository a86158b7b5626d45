"""One input-scaling policy (core/data/preprocess.Preprocessing): the trainer, the GUI's views,
a recorded run and new images all scale the same way."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from PIL import Image

from netstudio.core.data.loading import load_splits
from netstudio.core.data.preprocess import Preprocessing, scaling_mode
from netstudio.core.runs.metrics import metrics_dict
from netstudio.core.settings.training import parse_config
from netstudio.core.train.trainer import Trainer

GREY = Preprocessing("standardize", (0.5,), (0.25,), (1, 4, 4))


def test_auto_rule_and_modes():
    assert scaling_mode("auto", "classification") == "standardize"
    assert scaling_mode("auto", "reconstruction") == "unit"
    assert scaling_mode("unit", "classification") == "unit"
    with pytest.raises(ValueError):
        scaling_mode("zscore", "classification")
    with pytest.raises(ValueError):
        Preprocessing("standardize")  # no statistics to standardize with


def test_pixels_and_unit_floats_scale_the_same():
    pixels = torch.tensor([[[0, 64], [128, 255]]], dtype=torch.uint8)  # [1, 2, 2]
    from_bytes = GREY.apply(pixels)
    assert torch.allclose(from_bytes, (pixels / 255.0 - 0.5) / 0.25)
    assert torch.allclose(GREY.apply(pixels / 255.0), from_bytes)
    batch = GREY.apply(pixels.unsqueeze(0).repeat(3, 1, 1, 1))
    assert batch.shape == (3, 1, 2, 2) and torch.allclose(batch[2], from_bytes)
    assert pixels.dtype == torch.uint8 and int(pixels[0, 1, 1]) == 255  # input untouched
    unit = Preprocessing("unit").apply(pixels)
    assert float(unit.max()) == 1.0 and float(unit.min()) == 0.0


def test_recorded_and_read_back():
    again = Preprocessing.from_dict(json.loads(json.dumps(GREY.to_dict())))
    assert again == GREY
    for bad in ({"mode": "zscore"}, {"mode": "standardize"}, {"mean": [1], "std": "x"}):
        with pytest.raises(ValueError):
            Preprocessing.from_dict(bad)


def test_a_new_image_is_converted_like_the_training_images(tmp_path):
    rgb = np.zeros((8, 8, 3), np.uint8)
    rgb[:4] = (255, 0, 0)
    for cls in ("a", "b"):
        (tmp_path / cls).mkdir()
        Image.fromarray(rgb).save(tmp_path / cls / "x.png")
    splits = load_splits({"dataset": "folder", "path": str(tmp_path), "image_size": [4, 4],
                          "split": [1, 0, 1]}, seed=0)
    scaling = Preprocessing.for_data("auto", "classification", splits.mean, splits.std,
                                     splits.info.input_shape)
    stored = torch.cat([splits.train_x, splits.test_x])[0]  # as the loader converted it
    new = scaling.image(Image.open(tmp_path / "a" / "x.png"))  # as serving would
    assert new.shape == (1, 4, 4) and torch.allclose(new, scaling.apply(stored))
    assert torch.allclose(scaling.image(rgb / 255.0), new, atol=1e-6)  # arrays too


def test_the_trainer_scales_with_the_policy_and_records_it(tmp_path):
    from netstudio.core.data.catalog import DatasetInfo
    from netstudio.core.data.splits import Splits

    x = torch.randint(0, 256, (16, 1, 4, 4), dtype=torch.uint8)
    y = torch.randint(0, 2, (16,))
    data = Splits(info=DatasetInfo("toy", "toy", (1, 4, 4), 2, ("a", "b")), train_x=x,
                  train_y=y, val_x=None, val_y=None, test_x=None, test_y=None,
                  mean=(0.5,), std=(0.25,))
    net = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16, 2))
    trainer = Trainer(net, parse_config({"epochs": 1, "batch_size": 8, "device": "cpu"}), data)
    assert trainer.preprocessing == GREY
    result = trainer.fit()
    assert torch.allclose(trainer.sample(1)[0], GREY.apply(x[0]))
    recorded = metrics_dict(result, trainer, None)["normalization"]
    assert Preprocessing.from_dict(recorded) == GREY and recorded["class_names"] == ["a", "b"]
