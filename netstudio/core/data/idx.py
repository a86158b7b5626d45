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

from netstudio.core.data import file_messages as msg
from netstudio.core.data.errors import DataError
from netstudio.core.files import ReadError, open_regular
from netstudio.core.text import message_of

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
        raise DataError(msg.SUCH_FILE_CHECK_PATH(path=p)) from None
    except ReadError as e:
        raise DataError(message_of(e)) from None
    except OSError as e:
        raise DataError(msg.READ(path=p, reason=e.strerror or e)) from None
    try:
        with f:
            compressed = f.read(2) == _GZIP_MAGIC
            f.seek(0)
            stream = gzip.GzipFile(fileobj=f, mode="rb") if compressed else f
            shape = _header(stream, p)
            count = math.prod(shape) if shape else 0
            if count > max_values:
                raise DataError(msg.HEADER_DECLARES_VALUES_SHAPE(path=p,
                                                                 count=count,
                                                                 list=list(shape),
                                                                 max_values=max_values))
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
        raise DataError(msg.DAMAGED_GZ_FILE_DOWNLOAD(path=p)) from None
    except OSError as e:
        raise DataError(msg.READ(path=p, reason=e.strerror or e)) from None
    return torch.from_numpy(np.frombuffer(values, dtype=np.uint8).reshape(shape))


def _header(stream: io.BufferedIOBase, path: Path) -> tuple[int, ...]:
    head = stream.read(4)
    if len(head) < 4 or head[0] != 0 or head[1] != 0:
        raise DataError(msg.IDX_FILE_START_TWO(path=path))
    if head[2] != 0x08:
        raise DataError(msg.IDX_TYPE_CODE_SUPPORTED(path=path, head=head[2]))
    ndim = head[3]
    dims = stream.read(4 * ndim)
    if len(dims) < 4 * ndim:
        raise DataError(msg.IDX_HEADER_CUT_SHORT(path=path))
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
        raise DataError(msg.EXPECTED_IMAGES_SHAPE_ROWS(images=images, list=list(x.shape)))
    if y.dim() != 1:
        raise DataError(msg.EXPECTED_LABELS_SHAPE_FOUND(labels=labels, list=list(y.shape)))
    if len(x) != len(y):
        raise DataError(msg.IMAGES_BUT_LABELS_THEY(images=images,
                                                   count=len(x),
                                                   labels=labels,
                                                   count2=len(y)))
    return x, y.to(torch.int64)
