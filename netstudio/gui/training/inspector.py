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

from netstudio.core.train import capture


class InspectModel:
    def __init__(self) -> None:
        self.model: Any = None
        self.error: str | None = None
        self.trained = False  # holds weights from a run (not just the initial ones)
        self.step = 0
        self.mean: tuple[float, ...] = (0.1307,)
        self.std: tuple[float, ...] = (0.3081,)
        self.normalize = "standardize"
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
            self.model, self.error = None, str(e) or type(e).__name__
            return False
        training = project_dict.get("training", {})
        self.task = str(training.get("task", "classification"))
        self.loss = str(training.get("loss", "CrossEntropyLoss"))
        mode = project_dict.get("data", {}).get("normalize", "auto")
        self.normalize = ("standardize" if self.task == "classification" else "unit") \
            if mode == "auto" else mode
        return True

    def set_normalization(self, mean: tuple[float, ...], std: tuple[float, ...],
                          normalize: str) -> None:
        self.mean, self.std, self.normalize = tuple(mean), tuple(std), normalize

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
        if t.dim() == 3:
            t = t.unsqueeze(0)
        if self.normalize == "standardize":
            c = t.shape[1]
            mean = torch.tensor(self.mean[:c] if len(self.mean) >= c else self.mean * c)
            std = torch.tensor(self.std[:c] if len(self.std) >= c else self.std * c)
            t = (t - mean.reshape(1, -1, 1, 1)) / std.reshape(1, -1, 1, 1)
        return t

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
