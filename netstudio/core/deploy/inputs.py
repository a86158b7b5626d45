"""How a served network takes its input: images in 0..1, scaled inside the model.

The Trainer scales uint8 images by ``data.normalize`` ("standardize": (x/255 - mean) / std per
channel, the default for classification; "unit": x/255). A deployed model carries that step
in its graph (``ServedNet``), so a client (the HTTP service, a bundle, the draw pad) sends
pixels in 0..1 and never needs the run's statistics.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
from torch import nn


@dataclass(frozen=True)
class Scaling:
    mode: str  # "standardize" | "unit"
    mean: tuple[float, ...]
    std: tuple[float, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"mode": self.mode, "mean": list(self.mean), "std": list(self.std),
                "input_range": [0.0, 1.0]}


def scaling_for(project: Any, splits: Any) -> Scaling:
    """The scaling the Trainer applied to this project's data (trainer.py, ``normalize``)."""
    mode = project.data.get("normalize", "auto")
    if mode == "auto":
        mode = "standardize" if project.task == "classification" else "unit"
    return Scaling(str(mode), tuple(float(m) for m in splits.mean),
                   tuple(float(s) for s in splits.std))


class ServedNet(nn.Module):
    """``net`` behind its input scaling: takes float [N, C, H, W] in 0..1."""

    def __init__(self, net: nn.Module, scaling: Scaling) -> None:
        super().__init__()
        self.net = net
        self.input_shape = tuple(getattr(net, "input_shape", ()))
        self.standardize = scaling.mode == "standardize" and len(self.input_shape) == 3
        channels = self.input_shape[0] if self.standardize else 1
        mean = torch.tensor(scaling.mean[:channels] or (0.0,)).reshape(1, -1, 1, 1)
        std = torch.tensor(scaling.std[:channels] or (1.0,)).reshape(1, -1, 1, 1)
        self.register_buffer("mean", mean, persistent=False)
        self.register_buffer("inv_std", 1.0 / std, persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.standardize:
            x = (x - self.mean) * self.inv_std
        return self.net(x)
