"""IDX files (the MNIST format), plain or gzip-compressed, read with numpy into uint8 tensors.

Layout: a big-endian header (two zero bytes, a type code, the number of dimensions, then one
4-byte size per dimension) followed by the raw values. netstudio reads unsigned-byte files
(type 0x08), which is what MNIST, Fashion-MNIST and KMNIST use.
"""

from __future__ import annotations

import gzip
import io
import math
import os
import struct
import zlib
from pathlib import Path

import numpy as np
import torch

from netstudio.core.data.errors import DataError
from netstudio.core.files import ReadError, open_regular

# What one IDX file may hold: more would not fit in memory next to its float copy anyway.
MAX_IDX_VALUES = 4 * 1024**3
_GZIP_MAGIC = b"\x1f\x8b"


def read_idx(path: str | os.PathLike[str], max_values: int = MAX_IDX_VALUES) -> torch.Tensor:
    """An IDX file as a uint8 tensor of its stored shape ([N, rows, cols] or [N]).

    Reads a regular file only (never a FIFO or a device), plain or gzip (told by its magic
    bytes), and never more than its header declares: a file, or a .gz that decompresses,
    to more or fewer values than that is refused as damaged (a gzip bomb stops there)."""
    p = Path(path)
    try:
        f = open_regular(p, "IDX file")
    except FileNotFoundError:
        raise DataError(f"{p}: no such file. Check the path.") from None
    except ReadError as e:
        raise DataError(str(e)) from None
    except OSError as e:
        raise DataError(f"{p}: cannot be read ({e.strerror or e}).") from None
    try:
        with f:
            compressed = f.read(2) == _GZIP_MAGIC
            f.seek(0)
            stream = gzip.GzipFile(fileobj=f, mode="rb") if compressed else f
            shape = _header(stream, p)
            count = math.prod(shape) if shape else 0
            if count > max_values:
                raise DataError(f"{p}: the header declares {count:,} values of shape "
                                f"{list(shape)}, more than the {max_values:,} netstudio loads "
                                "from one file; the file is damaged or too big.")
            if not compressed:
                held = os.fstat(f.fileno()).st_size - 4 - 4 * len(shape)
                if held != count:
                    raise DataError(_damaged(p, count, shape, f"holds {held:,}"))
            values = bytearray(count)
            got = _read_into(stream, values)
            if got < count:
                raise DataError(_damaged(p, count, shape, f"holds only {got:,}"))
            if compressed and stream.read(1):
                raise DataError(_damaged(p, count, shape, "decompresses to more"))
    except (EOFError, gzip.BadGzipFile, zlib.error):
        raise DataError(f"{p}: a damaged .gz file; download it again.") from None
    except OSError as e:
        raise DataError(f"{p}: cannot be read ({e.strerror or e}).") from None
    return torch.from_numpy(np.frombuffer(values, dtype=np.uint8).reshape(shape))


def _header(stream: io.BufferedIOBase, path: Path) -> tuple[int, ...]:
    head = stream.read(4)
    if len(head) < 4 or head[0] != 0 or head[1] != 0:
        raise DataError(f"{path}: not an IDX file (it must start with two zero bytes).")
    if head[2] != 0x08:
        raise DataError(f"{path}: IDX type code 0x{head[2]:02x} is not supported; netstudio "
                        "reads unsigned-byte IDX files (type 0x08).")
    ndim = head[3]
    dims = stream.read(4 * ndim)
    if len(dims) < 4 * ndim:
        raise DataError(f"{path}: the IDX header is cut short.")
    return struct.unpack(f">{ndim}I", dims)


def _read_into(stream: io.BufferedIOBase, buffer: bytearray) -> int:
    view, got = memoryview(buffer), 0
    while got < len(buffer):
        n = stream.readinto(view[got:got + (1 << 24)])
        if not n:
            break
        got += n
    return got


def _damaged(path: Path, count: int, shape: tuple[int, ...], found: str) -> str:
    return (f"{path}: the header promises {count:,} values of shape {list(shape)} but the "
            f"file {found}; the file is damaged.")


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
