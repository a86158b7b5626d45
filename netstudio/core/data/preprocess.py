"""How an image becomes the network's input, written once for training, the app's views, the
exported script and serving.

``Preprocessing`` is the policy: an image converted to the run's channels and size, its pixels
scaled to 0..1 and, for "standardize", each channel standardized with the training images'
mean and std. The trainer builds it from the data (``Preprocessing.for_data``); it is recorded
with a run (``to_dict``, metrics.json "normalization") and read back (``from_dict``) to feed
that run's network a new image (``image``) or a batch (``apply``).

``preprocess_drawing`` turns a drawn digit into an MNIST-like 28x28 image: MNIST digits were
size-normalised to fit a 20x20 box (keeping their aspect ratio) and then centred by their
centre of mass in a 28x28 frame (LeCun et al.); a drawing made with the mouse gets the same
treatment so the network sees what it was trained on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy and torch load when an image is processed, not on import (check)
    import numpy as np
    import torch

MODES = ("standardize", "unit")


def scaling_mode(normalize: str, task: str) -> str:
    """data.normalize's "auto" rule: classification standardizes, reconstruction keeps 0..1
    (so the target image and a sigmoid output share a range)."""
    if normalize == "auto":
        return "standardize" if task == "classification" else "unit"
    if normalize not in MODES:
        raise ValueError(f"unknown input scaling {normalize!r}; use one of {MODES}")
    return normalize


@dataclass(frozen=True)
class Preprocessing:
    """mode: "standardize" ((x - mean) / std per channel, x in 0..1) or "unit" (x in 0..1);
    mean/std: per channel, in 0..1 units; shape: the network's per-sample input, channels
    first ([1, 28, 28]), used to convert new images (empty: keep their size)."""

    mode: str = "unit"
    mean: tuple[float, ...] = ()
    std: tuple[float, ...] = ()
    shape: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown input scaling {self.mode!r}; use one of {MODES}")
        if self.mode == "standardize" and (not self.mean or len(self.mean) != len(self.std)):
            raise ValueError("standardizing needs a mean and a std per channel")

    @classmethod
    def for_data(cls, normalize: str, task: str, mean: Sequence[float], std: Sequence[float],
                 shape: Sequence[int] = ()) -> Preprocessing:
        """The policy for a dataset (its channel statistics) and the project's settings."""
        return cls(scaling_mode(normalize, task), tuple(float(m) for m in mean),
                   tuple(float(s) for s in std), tuple(int(d) for d in shape))

    def to_dict(self) -> dict[str, Any]:
        return {"mode": self.mode, "mean": list(self.mean), "std": list(self.std),
                "shape": list(self.shape)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Preprocessing:
        """From ``to_dict`` (metrics.json "normalization"); ValueError when it is unusable."""
        try:
            return cls(str(d.get("mode", "unit")), tuple(float(v) for v in d.get("mean") or ()),
                       tuple(float(v) for v in d.get("std") or ()),
                       tuple(int(v) for v in d.get("shape") or ()))
        except (TypeError, AttributeError) as e:
            raise ValueError(f"not an input scaling: {e}") from None

    # ---- applying it ----------------------------------------------------------------------
    def apply(self, x: torch.Tensor) -> torch.Tensor:
        """uint8 pixels (0..255) or floats in 0..1, [C, H, W] or [N, C, H, W] -> a new float32
        tensor on x's device, scaled for the network. One copy, then in place:
        (x/255 - mean) / std == x * (1 / (255 std)) - mean / std."""
        import torch

        out = x.to(torch.float32, copy=True)
        scale = 1 / 255.0 if x.dtype == torch.uint8 else 1.0
        if self.mode == "standardize" and out.dim() in (3, 4):
            channels = out.shape[-3]
            shape = (-1, 1, 1)
            mean = torch.tensor(_per_channel(self.mean, channels), device=out.device)
            std = torch.tensor(_per_channel(self.std, channels), device=out.device)
            return out.mul_((scale / std).reshape(shape)).sub_((mean / std).reshape(shape))
        return out.mul_(scale) if scale != 1.0 else out

    def image(self, image: Any) -> torch.Tensor:
        """A new image (PIL image, or array [H, W] / [H, W, C] of uint8 or 0..1 floats) as
        the network's input [C, H, W]: converted to the run's channels and size the way the
        training images were (data/folder.py), then scaled."""
        import torch

        return self.apply(torch.from_numpy(as_pixels(image, self.shape)))


def _per_channel(values: tuple[float, ...], channels: int) -> list[float]:
    return list(values[:channels]) if len(values) >= channels else list(values) * channels


def as_pixels(image: Any, shape: Sequence[int] = (), background: int | None = None
              ) -> np.ndarray:
    """uint8 [C, H, W] of ``shape``'s channels and size: core.data.pixels.as_pixels (a
    file without netstudio imports, shipped with bundles), loaded on first use."""
    from netstudio.core.data.pixels import as_pixels as convert

    return convert(image, shape, background)


# ---- drawings ---------------------------------------------------------------------------------
SIZE = 28
BOX = 20
CENTRE = 14.0  # MNIST's mean centre of mass, measured on the bundled test set: (13.99, 14.00)


def preprocess_drawing(image: np.ndarray, threshold: float = 0.05) -> np.ndarray:
    """A [H, W] drawing (ink high, background 0; any range) -> [28, 28] float32 in 0..1.

    Pixels brighter than ``threshold`` x the brightest pixel count as ink. An empty drawing
    gives an all-zero image.
    """
    import numpy as np

    img = np.asarray(image, dtype=np.float32)
    if img.ndim == 3:  # colour or [1, H, W]: average the channels
        img = img.mean(axis=0 if img.shape[0] in (1, 3) else -1)
    if img.ndim != 2:
        raise ValueError(f"a drawing must be a 2-D image, got shape {img.shape}")
    img = np.nan_to_num(img, nan=0.0)
    peak = float(img.max()) if img.size else 0.0
    if peak <= 0:
        return np.zeros((SIZE, SIZE), np.float32)
    img = np.clip(img / peak, 0.0, 1.0)
    rows = np.flatnonzero((img > threshold).any(axis=1))
    cols = np.flatnonzero((img > threshold).any(axis=0))
    crop = img[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    patch = _fit_box(crop, BOX)
    return _centre_by_mass(patch, SIZE)


def _fit_box(crop: np.ndarray, box: int) -> np.ndarray:
    """Scale so the longer side is ``box`` pixels, keeping the aspect ratio (antialiased)."""
    import numpy as np
    import torch
    import torch.nn.functional as F

    h, w = crop.shape
    scale = box / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    t = torch.from_numpy(np.ascontiguousarray(crop))[None, None]
    out = F.interpolate(t, size=(new_h, new_w), mode="bilinear", antialias=True,
                        align_corners=False)
    result: np.ndarray = out[0, 0].clamp(0, 1).numpy()
    return result


def _centre_by_mass(patch: np.ndarray, size: int) -> np.ndarray:
    """Place ``patch`` in a size x size frame so its centre of mass sits at the centre."""
    import numpy as np

    h, w = patch.shape
    mass = float(patch.sum())
    if mass <= 0:
        cy, cx = (h - 1) / 2, (w - 1) / 2
    else:
        ys, xs = np.mgrid[:h, :w]
        cy, cx = float((patch * ys).sum() / mass), float((patch * xs).sum() / mass)
    # Integer shift like MNIST; clamp so the whole patch stays inside the frame.
    top = int(np.clip(round(CENTRE * size / SIZE - cy), 0, size - h))
    left = int(np.clip(round(CENTRE * size / SIZE - cx), 0, size - w))
    out = np.zeros((size, size), np.float32)
    out[top:top + h, left:left + w] = patch
    return out


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, column) centre of mass of a non-empty image."""
    import numpy as np

    img = np.asarray(image, dtype=np.float64)
    ys, xs = np.mgrid[:img.shape[0], :img.shape[1]]
    mass = img.sum()
    return float((img * ys).sum() / mass), float((img * xs).sum() / mass)
