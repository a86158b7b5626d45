"""Turn a drawn digit into an MNIST-like 28x28 image.

MNIST digits were size-normalised to fit a 20x20 box (keeping their aspect ratio) and then
centred by their centre of mass in a 28x28 frame (LeCun et al.). A drawing made with the mouse
gets the same treatment so the network sees what it was trained on.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

SIZE = 28
BOX = 20
CENTRE = 14.0  # MNIST's mean centre of mass, measured on the bundled test set: (13.99, 14.00)


def preprocess_drawing(image: np.ndarray, threshold: float = 0.05) -> np.ndarray:
    """A [H, W] drawing (ink high, background 0; any range) -> [28, 28] float32 in 0..1.

    Pixels brighter than ``threshold`` x the brightest pixel count as ink. An empty drawing
    gives an all-zero image.
    """
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
    h, w = crop.shape
    scale = box / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    t = torch.from_numpy(np.ascontiguousarray(crop))[None, None]
    out = F.interpolate(t, size=(new_h, new_w), mode="bilinear", antialias=True,
                        align_corners=False)
    return out[0, 0].clamp(0, 1).numpy()


def _centre_by_mass(patch: np.ndarray, size: int) -> np.ndarray:
    """Place ``patch`` in a size x size frame so its centre of mass sits at the centre."""
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
    img = np.asarray(image, dtype=np.float64)
    ys, xs = np.mgrid[:img.shape[0], :img.shape[1]]
    mass = img.sum()
    return float((img * ys).sum() / mass), float((img * xs).sum() / mass)
