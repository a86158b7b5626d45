"""IDX files (the MNIST format), plain or gzip-compressed, read with numpy into uint8 tensors.

Layout: a big-endian header (two zero bytes, a type code, the number of dimensions, then one
4-byte size per dimension) followed by the raw values. netstudio reads unsigned-byte files
(type 0x08), which is what MNIST, Fashion-MNIST and KMNIST use.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import numpy as np
import torch

from netstudio.core.data.errors import DataError


def read_idx_bytes(path: str | os.PathLike[str]) -> bytes:
    """The uncompressed bytes of an IDX file (.gz or not: decided by the gzip magic bytes)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{p}: no such file. Check the path.") from None
    except OSError as e:
        raise DataError(f"{p}: cannot be read ({e.strerror}).") from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError):
            raise DataError(f"{p}: a damaged .gz file; download it again.") from None
    return raw


def read_idx(path: str | os.PathLike[str]) -> torch.Tensor:
    """An IDX file as a uint8 tensor of its stored shape ([N, rows, cols] or [N])."""
    raw = read_idx_bytes(path)
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0:
        raise DataError(f"{path}: not an IDX file (it must start with two zero bytes).")
    if raw[2] != 0x08:
        raise DataError(f"{path}: IDX type code 0x{raw[2]:02x} is not supported; netstudio "
                        "reads unsigned-byte IDX files (type 0x08).")
    ndim = raw[3]
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise DataError(f"{path}: the IDX header is cut short.")
    shape = tuple(int(v) for v in np.frombuffer(raw, dtype=">u4", count=ndim, offset=4))
    expected = int(np.prod(shape)) if shape else 0
    if len(raw) - header != expected:
        raise DataError(f"{path}: the header promises {expected} values of shape {list(shape)} "
                        f"but the file holds {len(raw) - header}; the file is damaged.")
    arr = np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(shape)
    return torch.from_numpy(arr.copy())


def read_idx_pair(images: str | os.PathLike[str], labels: str | os.PathLike[str]
                  ) -> tuple[torch.Tensor, torch.Tensor]:
    """Images as uint8 [N, 1, H, W] (or [N, C, H, W] for 4-d files) and labels as int64 [N]."""
    x = read_idx(images)
    y = read_idx(labels)
    if x.dim() == 3:
        x = x.unsqueeze(1)
    elif x.dim() != 4:
        raise DataError(f"{images}: expected images of shape [N, rows, cols], found "
                        f"{list(x.shape)}.")
    if y.dim() != 1:
        raise DataError(f"{labels}: expected labels of shape [N], found {list(y.shape)}.")
    if len(x) != len(y):
        raise DataError(f"{images} has {len(x)} images but {labels} has {len(y)} labels; "
                        "they must match one to one.")
    return x, y.to(torch.int64)
