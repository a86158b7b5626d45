"""How any picture becomes uint8 pixels of a network's channels and size: the one conversion.

Training (data/folder.py through ``preprocess.as_pixels``), the app's views and serving all call
``as_pixels``. This file needs numpy and Pillow only, and imports nothing from netstudio: a
deployment bundle ships it verbatim beside its serve.py, so served uploads are converted by the
same code as the run's training images.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PIL import Image

WIDE_GREY = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")  # 16-bit PNGs open as these


def as_pixels(image: Any, shape: Sequence[int] = (), background: int | None = None
              ) -> np.ndarray:
    """uint8 [C, H, W] from a PIL image or an array [H, W] / [H, W, C] (uint8, or floats in
    0..1): grey ("L") or RGB as ``shape``'s channels say, resized (bilinear) to its H, W.

    A 16-bit grey image is scaled to 8 bits (not clipped). ``background`` (0..255): a
    transparent image is laid over that grey first (default: transparency is dropped)."""
    if not isinstance(image, Image.Image):
        arr = np.asarray(image)
        if arr.dtype != np.uint8:
            arr = (np.clip(np.nan_to_num(arr.astype(np.float32)), 0, 1) * 255).round()
            arr = arr.astype(np.uint8)
        image = Image.fromarray(arr.squeeze(-1) if arr.ndim == 3 and arr.shape[-1] == 1
                                else arr)
    if image.mode in WIDE_GREY:
        image = _eight_bit(image)
    if background is not None and _transparent(image):
        rgba = image.convert("RGBA")
        under = Image.new("RGBA", rgba.size, (background, background, background, 255))
        image = Image.alpha_composite(under, rgba)
    channels = int(shape[0]) if shape else (1 if image.mode in ("L", "1") else 3)
    image = image.convert("L" if channels == 1 else "RGB")
    if len(shape) == 3 and image.size != (int(shape[2]), int(shape[1])):
        image = image.resize((int(shape[2]), int(shape[1])), Image.Resampling.BILINEAR)
    arr = np.asarray(image, dtype=np.uint8)
    return arr.reshape(arr.shape[0], arr.shape[1], -1).transpose(2, 0, 1).copy()  # writable


def _eight_bit(image: Image.Image) -> Image.Image:
    """Pillow's convert("L") clips 16-bit values at 255 (a mid-grey turns white): scale."""
    arr = np.asarray(image, dtype=np.float64)
    if image.mode.startswith("I;16"):
        top = 65535.0
    elif image.mode == "F":
        top = 1.0 if arr.size and float(np.nanmax(arr)) <= 1.0 else 255.0
    else:  # "I": 32-bit; Pillow gives it for some 16-bit files
        top = 65535.0 if arr.size and float(arr.max()) > 255 else 255.0
    arr = np.clip(np.nan_to_num(arr) * (255.0 / top), 0, 255).round().astype(np.uint8)
    return Image.fromarray(arr, "L")


def _transparent(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info
