"""``data.resize`` and ``data.channels``: give a dataset's images the size and the number of
channels a network expects (MNIST at 64x64 in 3 channels for an imported ImageNet network).

Applied once, when the splits are loaded (load_splits), to the uint8 images: bilinear
resizing with antialiasing, in chunks; a grey image gets 3 channels as a view (no copy). The
resized training set must fit in memory: above MAX_BYTES the loader refuses with the size it
would take and what to do.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from netstudio.core.data import file_messages as msg

MAX_BYTES = 2 * 2**30
CHUNK = 4096


def resized_shape(shape: tuple[int, ...], size: tuple[int, int] | None,
                  channels: int | None) -> tuple[int, ...]:
    c, h, w = shape if len(shape) == 3 else (1, *shape[-2:])
    if size is not None:
        h, w = size
    return (channels or c, h, w)


def resize_info(info: Any, size: tuple[int, int] | None, channels: int | None) -> Any:
    if info is None or (size is None and channels is None):
        return info
    return dataclasses.replace(info, input_shape=resized_shape(info.input_shape, size,
                                                                  channels))


def resize_splits(splits: Any, size: tuple[int, int] | None, channels: int | None) -> Any:
    """The splits with every image resized (and given ``channels``); DataError when too big."""
    if size is None and channels is None:
        return splits
    from netstudio.core.data.errors import DataError

    shape = resized_shape(tuple(splits.train_x.shape[1:]), size, channels)
    total = sum(len(x) for x in (splits.train_x, splits.val_x, splits.test_x) if x is not None)
    stored = total * shape[1] * shape[2] * splits.train_x.shape[1]
    if stored > MAX_BYTES:
        raise DataError(msg.DATA_RESIZE_MAKES_IMAGES(list=list(shape[1:]),
                                                     value=stored / 2**30,
                                                     value2=MAX_BYTES / 2**30))
    out = {}
    for name in ("train_x", "val_x", "test_x"):
        x = getattr(splits, name)
        out[name] = None if x is None else _resize(x, size, channels)
    mean, std = splits.mean, splits.std
    if channels is not None and channels != len(mean):
        mean, std = tuple(mean) * channels, tuple(std) * channels
        mean, std = mean[:channels], std[:channels]
    info = resize_info(splits.info, size, channels)
    return dataclasses.replace(splits, info=info, mean=mean, std=std, **out)


def _resize(x: Any, size: tuple[int, int] | None, channels: int | None) -> Any:
    import torch
    import torch.nn.functional as F  # noqa: N812

    if size is not None and tuple(x.shape[-2:]) != tuple(size):
        parts = []
        for start in range(0, len(x), CHUNK):
            chunk = x[start:start + CHUNK].float()
            chunk = F.interpolate(chunk, size=tuple(size), mode="bilinear", antialias=True,
                                  align_corners=False)
            parts.append(chunk.round_().clamp_(0, 255).to(torch.uint8))
        x = torch.cat(parts) if parts else x
    if channels is not None and channels != x.shape[1]:
        if x.shape[1] != 1:
            x = x.float().mean(dim=1, keepdim=True).round().to(torch.uint8)
        x = x.expand(-1, channels, -1, -1)  # a view: grey in every channel, no copy
    return x
