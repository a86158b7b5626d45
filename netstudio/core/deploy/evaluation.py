"""The images a run is compressed and measured with, and accuracy on them.

Test images are the first N of the test split, N being what the run itself was tested on
(metrics.json ``samples.test``), so the original's accuracy here matches the run's report.
Calibration images for int8 come from the training split (never the test split).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg
from netstudio.core.deploy.inputs import preprocessing_for
from netstudio.core.text import message_of

CALIBRATION_IMAGES = 256


@dataclass(frozen=True, eq=False)
class EvalData:
    test_x: np.ndarray  # float32 [N, C, H, W] in 0..1
    test_y: np.ndarray  # int64 [N]
    calibration_x: np.ndarray  # float32 [M, C, H, W] in 0..1, from the training split
    preprocessing: Any  # core.data.preprocess.Preprocessing: the run's input policy
    class_names: tuple[str, ...]
    splits: Any  # the loaded Splits (fine-tuning trains on them)


def load_eval_data(source: Any, test_limit: int | None = None,
                   calibration: int = CALIBRATION_IMAGES) -> EvalData:
    """Load the run's data (bundled MNIST needs no download). Raises DeployError."""
    import torch

    from netstudio.core.data.idx import DataError
    from netstudio.core.data.loading import load_splits

    project = source.project
    if project.task != "classification":
        raise DeployError(msg.ONLY_CLASSIFICATION_NETWORKS_COMPRESSED(task=project.task), unusable=True)
    base_dir = Path(project.path).parent if project.path else None
    try:
        splits = load_splits(project.data, int(project.training.get("seed", 0) or 0),
                             base_dir=base_dir, download=False)
    except DataError as e:
        raise DeployError(msg.RUN_DATA_LOADED(error=message_of(e)), unusable=True) from None
    if splits.test_x is None or not len(splits.test_x):
        raise DeployError(msg.RUN_DATA_TEST_IMAGES(),
                          unusable=True)
    n = min(x for x in (len(splits.test_x), source.test_samples, test_limit) if x)
    g = torch.Generator().manual_seed(0)
    pick = torch.randperm(len(splits.train_x), generator=g)[:calibration]
    return EvalData(
        test_x=_unit(splits.test_x[:n]), test_y=splits.test_y[:n].numpy().astype(np.int64),
        calibration_x=_unit(splits.train_x[pick]), preprocessing=preprocessing_for(source, splits),
        class_names=tuple(splits.info.class_names), splits=splits)


def _unit(images: Any) -> np.ndarray:
    return (images.numpy().astype(np.float32) / 255.0).copy()


def accuracy(logits: np.ndarray, labels: np.ndarray) -> float:
    return float((logits.argmax(axis=1) == labels).mean()) if len(labels) else 0.0


def agreement(logits: np.ndarray, reference: np.ndarray) -> float:
    """Share of images on which two models pick the same class."""
    return float((logits.argmax(axis=1) == reference.argmax(axis=1)).mean())


def run_onnx(session: Any, x: np.ndarray, batch: int = 256) -> np.ndarray:
    name = session.get_inputs()[0].name
    return np.concatenate([session.run(None, {name: x[i:i + batch]})[0]
                           for i in range(0, len(x), batch)])


def run_torch(net: Any, x: np.ndarray, batch: int = 256) -> np.ndarray:
    import torch

    with torch.inference_mode():
        return np.concatenate([net(torch.from_numpy(x[i:i + batch])).numpy()
                               for i in range(0, len(x), batch)])
