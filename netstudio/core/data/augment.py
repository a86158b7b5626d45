"""Random augmentation of whole batches on the training device (``data.augment``).

    "augment": {"shift": 0.1, "rotate": 10, "scale": [0.9, 1.1], "noise": 0.05}

shift: up to this fraction of the image size in x and y; rotate: up to this many degrees either
way; scale: a zoom factor drawn from [low, high]; noise: the standard deviation of Gaussian noise
added to the (normalized) input. ``true`` means {"shift": 0.1, "rotate": 10}. Off by default.
One affine_grid + grid_sample call per batch, no per-image loop.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch
import torch.nn.functional as F

from netstudio.core.data.idx import DataError

DEFAULT = {"shift": 0.1, "rotate": 10.0}


def build_augment(spec: Any) -> Callable[[torch.Tensor], torch.Tensor] | None:
    if spec in (None, False, {}):
        return None
    if spec is True:
        spec = DEFAULT
    if not isinstance(spec, dict):
        raise DataError('data.augment must be true, false or an object like '
                        '{"shift": 0.1, "rotate": 10, "scale": [0.9, 1.1], "noise": 0.05}.')
    unknown = set(spec) - {"shift", "rotate", "scale", "noise"}
    if unknown:
        raise DataError(f"data.augment: unknown option(s) {sorted(unknown)}; use shift, "
                        "rotate, scale, noise.")

    def number(key: str, default: float) -> float:
        v = spec.get(key, default)
        if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
            raise DataError(f"data.augment.{key} must be a number >= 0, got {v!r}.")
        return float(v)

    shift, rotate, noise = number("shift", 0.0), number("rotate", 0.0), number("noise", 0.0)
    scale = spec.get("scale", [1.0, 1.0])
    if (not isinstance(scale, list | tuple) or len(scale) != 2
            or not all(isinstance(s, int | float) and s > 0 for s in scale)
            or scale[0] > scale[1]):
        raise DataError(f"data.augment.scale must be [low, high] with 0 < low <= high, got "
                        f"{scale!r}.")
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
