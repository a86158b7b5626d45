"""A folder of the user's own images, one subfolder per class (``data.dataset: "folder"``).

    my_digits/
      cat/ 001.png 002.jpg ...
      dog/ ...

Images are decoded once with Pillow (torchvision's own dependency; torchvision.io's decoders are
deprecated since 0.29), resized to ``image_size`` and kept as uint8 [N, C, H, W]. Class names
are the subfolder names, sorted.
"""

from __future__ import annotations

import os
from pathlib import Path

import torch

from netstudio.core.data.errors import DataError
from netstudio.core.data.preprocess import as_pixels
from netstudio.core.data.probe import class_folders
from netstudio.core.text import QT_TRANSLATE_NOOP

NO_IMAGES = QT_TRANSLATE_NOOP("Data", "{folder}: no images (.png, .jpg, .bmp, .gif, .webp) in "
                              "this class folder.")
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("Data", "{file}: not a readable image; remove it or replace it.")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"}


def load_image_folder(path: str | os.PathLike[str], image_size: tuple[int, int] = (28, 28),
                      grayscale: bool = True
                      ) -> tuple[torch.Tensor, torch.Tensor, tuple[str, ...]]:
    from PIL import Image, UnidentifiedImageError

    root = Path(path)
    shape = (1 if grayscale else 3, *image_size)
    images, labels = [], []
    folders = class_folders(root)  # checked: exists, a folder, two or more classes
    for label, folder in enumerate(folders):
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not files:
            raise DataError(NO_IMAGES(folder=str(folder)))
        for f in files:
            try:
                with Image.open(f) as im:  # converted as every new image is (Preprocessing)
                    images.append(torch.from_numpy(as_pixels(im, shape)))
            except (OSError, UnidentifiedImageError, ValueError):
                raise DataError(NOT_AN_IMAGE(file=str(f))) from None
            labels.append(label)
    x = torch.stack(images)
    return x, torch.tensor(labels, dtype=torch.int64), tuple(p.name for p in folders)
