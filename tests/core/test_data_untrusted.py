"""Data files from anywhere: IDX reads bounded by the header, pipes and devices refused."""

from __future__ import annotations

import gzip
import os
import struct
import tracemalloc

import pytest

from netstudio.core.data.errors import DataError
from netstudio.core.data.idx import read_idx
from netstudio.core.data.loading import load_splits


def idx_labels(n: int) -> bytes:
    return b"\x00\x00\x08\x01" + struct.pack(">I", n) + bytes(i % 10 for i in range(n))


def test_a_gzip_bomb_is_refused_without_decompressing_it(tmp_path):
    bomb = tmp_path / "labels.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as f:
        f.write(idx_labels(100))
        zeros = bytes(1 << 20)
        for _ in range(48):  # 48 MB of zeros behind a header that promises 100 labels
            f.write(zeros)
    assert bomb.stat().st_size < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(DataError) as info:
            read_idx(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20, f"{peak / 1e6:.1f} MB allocated to refuse it"
    assert "100 values" in str(info.value) and "decompresses to more" in str(info.value)


def test_a_header_that_declares_too_much_is_refused_before_reading(tmp_path):
    huge = tmp_path / "images.gz"
    with gzip.open(huge, "wb") as f:
        f.write(b"\x00\x00\x08\x03" + struct.pack(">III", 2**31, 2**16, 2**16))
    with pytest.raises(DataError, match="more than the .* netstudio loads"):
        read_idx(huge)
    short = tmp_path / "short.idx"
    short.write_bytes(idx_labels(10)[:-3])
    with pytest.raises(DataError, match="short.idx.*10 values.*holds 7"):
        read_idx(short)


@pytest.mark.timeout(30)
def test_fifos_and_devices_as_data_paths_are_refused(tmp_path):
    fifo = tmp_path / "labels.idx"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero", "/dev/urandom"):
        with pytest.raises(DataError, match="not a regular file"):
            read_idx(path)
    images = tmp_path / "images.idx"
    images.write_bytes(b"\x00\x00\x08\x03" + struct.pack(">III", 10, 2, 2) + bytes(40))
    with pytest.raises(DataError):
        load_splits({"dataset": "idx", "train_images": "images.idx",
                     "train_labels": "labels.idx"}, base_dir=tmp_path)
