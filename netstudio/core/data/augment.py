"""Random augmentation of whole batches on the training device (``data.augment``).

    "augment": {"shift": 0.1, "rotate": 10, "scale": [0.9, 1.1], "noise": 0.05}

shift: up to this fraction of the image size in x and y; rotate: up to this many degrees either
way; scale: a zoom factor drawn from [low, high]; noise: the standard deviation of Gaussian noise
added to the (normalized) input. ``true`` means {"shift": 0.1, "rotate": 10}. Off by default.
One affine_grid + grid_sample call per batch, no per-image loop. The spec is checked (and
``true`` expanded) by netstudio.core.settings.data.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch
import torch.nn.functional as F


def build_augment(spec: dict[str, Any] | None) -> Callable[[torch.Tensor], torch.Tensor] | None:
    """The batch transform for a checked spec (DataSettings.augment); None when it is off."""
    if not spec:
        return None
    shift, rotate, noise = spec["shift"], spec["rotate"], spec["noise"]
    scale = spec["scale"]
    lo, hi = float(scale[0]), float(scale[1])
    geometric = shift > 0 or rotate > 0 or (lo, hi) != (1.0, 1.0)

    def augment(x: torch.Tensor) -> torch.Tensor:
        if x.dim() != 4:
            return x + noise * torch.randn_like(x) if noise else x
        n = x.shape[0]
        if geometric:
            dev = x.device
            angle = (torch.rand(n, device=dev) * 2 - 1) * math.radians(rotate)
            zoom = lo + torch.rand(n, device=dev) * (hi - lo)
            # affine_grid maps output to input coordinates, so divide by the zoom factor
            cos, sin = torch.cos(angle) / zoom, torch.sin(angle) / zoom
            t = (torch.rand(n, 2, device=dev) * 2 - 1) * (2 * shift)
            theta = torch.stack([torch.stack([cos, -sin, t[:, 0]], 1),
                                 torch.stack([sin, cos, t[:, 1]], 1)], 1).to(x.dtype)
            grid = F.affine_grid(theta, list(x.shape), align_corners=False)
            x = F.grid_sample(x, grid, mode="bilinear", padding_mode="border",
                              align_corners=False)
        if noise:
            x = x + noise * torch.randn_like(x)
        return x

    return augment
