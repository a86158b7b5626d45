"""A private copy of the network for looking inside it from the GUI thread.

It is compiled from a snapshot of the project and loads weight snapshots (numpy) sent by the
training thread at epoch ends, on pause, after a step and at the end of a run, so inference
for the drawing pad, the feature maps of a newly selected node and the results never race the
training loop. Before any run it holds the untrained (seeded) weights.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import torch

from netstudio.core.data.preprocess import MODES, Preprocessing, scaling_mode
from netstudio.core.train import capture
from netstudio.gui.i18n import error_text


class InspectModel:
    def __init__(self) -> None:
        self.model: Any = None
        self.error: str | None = None
        self.trained = False  # holds weights from a run (not just the initial ones)
        self.step = 0
        # data.normalize of the project, and the data's channel statistics once known (from
        # the sample images or a run): together, how images become the network's input
        self.normalize = "auto"
        self.stats: tuple[tuple[float, ...], tuple[float, ...]] | None = None
        self._recorded: Preprocessing | None = None  # a run's own, when one is shown
        self.task = "classification"
        self.loss = "CrossEntropyLoss"
        self._project_json: Any = None

    # ---- building ---------------------------------------------------------------------------
    def build(self, project_dict: dict[str, Any]) -> bool:
        """Compile the network of a project snapshot (initial weights). False on errors."""
        from netstudio.core.compiler import compile_project
        from netstudio.core.project import Project

        self._project_json = project_dict
        self.trained, self.step = False, 0
        try:
            project = Project.from_dict(project_dict)
            self.model = compile_project(project, seed=int(project.training.get("seed", 0)))
            self.model.eval()
            self.error = None
        except Exception as e:  # noqa: BLE001 - graph errors are shown by the builder
            self.model, self.error = None, error_text(e) or type(e).__name__
            return False
        training = project_dict.get("training", {})
        self.task = str(training.get("task", "classification"))
        self.loss = str(training.get("loss", "CrossEntropyLoss"))
        mode = project_dict.get("data", {}).get("normalize", "auto")
        self.normalize = mode if mode in ("auto", *MODES) else "auto"
        self._recorded = None
        return True

    def set_statistics(self, mean: tuple[float, ...], std: tuple[float, ...]) -> None:
        """The data's per-channel mean and std (0..1 units), e.g. from the sample images."""
        self.stats = (tuple(mean), tuple(std))

    def set_preprocessing(self, preprocessing: Preprocessing) -> None:
        """Feed the network as this run's data was (a live or stored run)."""
        self._recorded = preprocessing
        self.stats = (preprocessing.mean, preprocessing.std) if preprocessing.mean else self.stats

    @property
    def preprocessing(self) -> Preprocessing:
        if self._recorded is not None:
            return self._recorded
        mode = scaling_mode(self.normalize, self.task)
        if mode == "standardize" and self.stats is not None:
            return Preprocessing(mode, *self.stats)
        return Preprocessing("unit")  # no statistics yet: plain 0..1

    def load(self, weights: Mapping[str, np.ndarray], step: int = 0) -> bool:
        if self.model is None:
            return False
        try:
            capture.load_weights(self.model, weights)
        except RuntimeError:  # the network changed since: keep what we have
            return False
        self.trained, self.step = True, step
        return True

    @property
    def ready(self) -> bool:
        return self.model is not None

    # ---- inference --------------------------------------------------------------------------
    def prepare(self, images01: np.ndarray) -> torch.Tensor:
        """[N, C, H, W] (or [C, H, W]) images in 0..1 -> the network's input scaling."""
        t = torch.as_tensor(np.asarray(images01, np.float32))
        return self.preprocessing.apply(t.unsqueeze(0) if t.dim() == 3 else t)

    def feature_maps(self, node_id: str, image01: np.ndarray) -> np.ndarray | None:
        if self.model is None:
            return None
        x = self.prepare(image01)[0]
        return capture.feature_maps(self.model, x, [node_id]).get(node_id)

    def conv_weight(self, node_id: str) -> np.ndarray | None:
        layers = getattr(self.model, "layers", None)
        if layers is None or node_id not in layers:
            return None
        layer = layers[node_id]
        return capture.to_numpy(layer.weight) if isinstance(layer, torch.nn.Conv2d) else None

    def outputs(self, images01: np.ndarray) -> np.ndarray | None:
        if self.model is None:
            return None
        with capture.eval_mode(self.model):
            return capture.to_numpy(self.model(self.prepare(images01)))

    def probabilities(self, images01: np.ndarray) -> np.ndarray | None:
        """Class probabilities [N, classes], read the way the loss reads the output."""
        from netstudio.core.train.metrics import probabilities

        out = self.outputs(images01)
        if out is None or out.ndim != 2:
            return None
        return probabilities(torch.from_numpy(out), self.loss).numpy()

    def reconstruct(self, images01: np.ndarray) -> np.ndarray | None:
        """For autoencoders: outputs shaped like the inputs, in 0..1 for display."""
        out = self.outputs(images01)
        if out is None or out.size != np.asarray(images01).size:
            return None
        out = out.reshape(np.shape(images01))
        if self.loss == "BCEWithLogitsLoss":
            out = 1.0 / (1.0 + np.exp(-out))
        return np.clip(out, 0.0, 1.0)
