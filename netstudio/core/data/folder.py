"""A folder of the user's own images, one subfolder per class (``data.dataset: "folder"``).

    my_digits/
      cat/ 001.png 002.jpg ...
      dog/ ...

Images are decoded with torchvision.io (PNG, JPEG, GIF, WebP; no PIL), resized to
``image_size`` and kept as uint8 [N, C, H, W]. Class names are the subfolder names, sorted.
"""

from __future__ import annotations

import os
from pathlib import Path

import torch

from netstudio.core.data.idx import DataError

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}


def class_folders(path: Path) -> list[Path]:
    if not path.is_dir():
        raise DataError(f"data.path {str(path)!r} is not a folder. Give a folder with one "
                        "subfolder of images per class.")
    folders = sorted((p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")),
                     key=lambda p: p.name)
    if len(folders) < 2:
        raise DataError(f"data.path {str(path)!r} needs at least two subfolders, one per class "
                        f"(found {len(folders)}).")
    return folders


def load_image_folder(path: str | os.PathLike[str], image_size: tuple[int, int] = (28, 28),
                      grayscale: bool = True
                      ) -> tuple[torch.Tensor, torch.Tensor, tuple[str, ...]]:
    from torchvision.io import ImageReadMode, decode_image
    from torchvision.transforms.v2 import functional as tvf

    root = Path(path)
    mode = ImageReadMode.GRAY if grayscale else ImageReadMode.RGB
    images, labels = [], []
    folders = class_folders(root)
    for label, folder in enumerate(folders):
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not files:
            raise DataError(f"{folder}: no images (.png, .jpg, .gif, .webp) in this class "
                            "folder.")
        for f in files:
            try:
                img = decode_image(str(f), mode=mode)
            except Exception:
                raise DataError(f"{f}: not a readable image; remove it or replace it.") from None
            if img.dim() == 4:  # animated GIF: first frame
                img = img[0]
            if tuple(img.shape[-2:]) != tuple(image_size):
                img = tvf.resize(img, list(image_size), antialias=True)
            images.append(img)
            labels.append(label)
    x = torch.stack(images).contiguous()
    return x, torch.tensor(labels, dtype=torch.int64), tuple(p.name for p in folders)
