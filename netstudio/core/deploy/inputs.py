"""How a served network takes its input: images in 0..1, scaled inside the model.

The scaling is core's one input policy (netstudio.core.data.preprocess.Preprocessing), the
one the run trained with (its metrics.json "normalization"). A deployed model carries that
step in its graph (``ServedNet``), so a client (the HTTP service, a bundle, the draw pad)
sends pixels in 0..1 and never needs the run's statistics.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from netstudio.core.data.preprocess import Preprocessing


def preprocessing_for(source: Any, splits: Any) -> Preprocessing:
    """The run's recorded policy; for a run recorded before it was kept, the policy the
    trainer derives from the project's settings and the data's statistics."""
    recorded = source.metrics.get("normalization")
    if isinstance(recorded, dict):
        try:
            return Preprocessing.from_dict(recorded)
        except ValueError:
            pass
    project = source.project
    return Preprocessing.for_data(project.data.get("normalize", "auto"), project.task,
                                  splits.mean, splits.std, splits.info.input_shape)


def describe(policy: Preprocessing) -> dict[str, Any]:
    """For /metadata: the policy plus the range the served model takes."""
    return {**policy.to_dict(), "input_range": [0.0, 1.0]}


class ServedNet(nn.Module):
    """``net`` behind its input scaling: takes float [N, C, H, W] in 0..1."""

    def __init__(self, net: nn.Module, policy: Preprocessing) -> None:
        super().__init__()
        self.net = net
        self.policy = policy
        self.input_shape = tuple(getattr(net, "input_shape", ()))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(self.policy.apply(x))
