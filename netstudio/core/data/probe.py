"""Cheap checks of the user's data files and folders, before anything is loaded (torch-free).

``idx_header`` reads at most an IDX file's header (a few bytes, or a few bytes decompressed);
``class_folders`` lists a "folder" dataset's class folders. Both refuse what cannot be read
(a missing path, a folder where a file belongs, a FIFO that would block) with a DataError
naming the setting. The checker and the loader call the same functions.
"""

from __future__ import annotations

import gzip
import math
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netstudio.core.data.errors import DataError
from netstudio.core.diagnostics import ERROR, diagnostic
from netstudio.core.text import QT_TRANSLATE_NOOP, Template, shape_text

NOT_FOUND = QT_TRANSLATE_NOOP("Data", "{field}: {path} does not exist.")
CHECK_PATH = QT_TRANSLATE_NOOP("Data", "check {field} (a relative path starts at the project "
                               "file's folder)")
NOT_A_FILE = QT_TRANSLATE_NOOP("Data", "{field}: {path} is not a file.")
GIVE_IDX_FILE = QT_TRANSLATE_NOOP("Data", "set {field} to an IDX file (.idx or .gz)")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Data", "{field}: {path} is not a folder.")
GIVE_FOLDER = QT_TRANSLATE_NOOP("Data", "set {field} to a folder with one subfolder of images "
                                "per class")
UNREADABLE = QT_TRANSLATE_NOOP("Data", "{field}: {path} cannot be read ({reason}).")
CHECK_PERMISSIONS = QT_TRANSLATE_NOOP("Data", "check that the file can be read")
NOT_IDX = QT_TRANSLATE_NOOP("Data", "{field}: {path} is not an IDX file (it must start with two "
                            "zero bytes).")
IDX_TYPE = QT_TRANSLATE_NOOP("Data", "{field}: {path} has IDX type code {type_code}, but "
                             "netstudio reads unsigned-byte IDX files (type 0x08).")
CUT_SHORT = QT_TRANSLATE_NOOP("Data", "{field}: {path} ends inside its IDX header; the file is "
                              "damaged or cut short.")
WRONG_SIZE = QT_TRANSLATE_NOOP("Data", "{field}: {path}: the header promises {expected} values "
                               "of shape {shape}, but the file holds {actual}; the file is "
                               "damaged.")
DAMAGED_GZ = QT_TRANSLATE_NOOP("Data", "{field}: {path} is a damaged .gz file.")
DOWNLOAD_AGAIN = QT_TRANSLATE_NOOP("Data", "download or copy the file again")
FEW_CLASSES = QT_TRANSLATE_NOOP("Data", "{field}: {path} needs at least two subfolders, one per "
                                "class (found {found}).")
ADD_CLASS_FOLDERS = QT_TRANSLATE_NOOP("Data", "put the images of each class in a subfolder "
                                      "named after the class")

UNSIGNED_BYTE = 0x08
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class IdxHeader:
    type_code: int
    shape: tuple[int, ...]
    compressed: bool

    @property
    def count(self) -> int:
        return math.prod(self.shape) if self.shape else 0


def _fail(code: str, message: Template, fix: Template, field: str, path: Path,
          **args: Any) -> DataError:
    return DataError(diagnostic(ERROR, code, message, fix, field=field, path=str(path), **args))


def regular_file(path: Path, field: str) -> os.stat_result:
    """``path``'s stat when it is an existing regular file, else a DataError."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise _fail("data-not-found", NOT_FOUND, CHECK_PATH, field, path) from None
    except (OSError, ValueError) as e:  # ValueError: a NUL in the path
        reason = getattr(e, "strerror", None) or str(e)
        raise _fail("data-unreadable", UNREADABLE, CHECK_PERMISSIONS, field, path,
                    reason=reason) from None
    if not stat.S_ISREG(st.st_mode):  # a folder, or a FIFO/device that could block or never end
        raise _fail("data-not-found", NOT_A_FILE, GIVE_IDX_FILE, field, path)
    return st


def idx_header(path: Path, field: str) -> IdxHeader:
    """The header of the IDX file at ``path`` (plain or gzip), checked; reads only the header."""
    st = regular_file(path, field)
    try:
        with open(path, "rb") as f:
            compressed = f.read(2) == GZIP_MAGIC
        opener = gzip.open if compressed else open
        with opener(path, "rb") as f:
            head = f.read(4)
            ndim = head[3] if len(head) == 4 else 0
            dims = f.read(4 * ndim)
    except (EOFError, gzip.BadGzipFile):
        raise _fail("bad-data-file", DAMAGED_GZ, DOWNLOAD_AGAIN, field, path) from None
    except OSError as e:
        raise _fail("data-unreadable", UNREADABLE, CHECK_PERMISSIONS, field, path,
                    reason=e.strerror or str(e)) from None
    if len(head) < 4 or (head[0], head[1]) != (0, 0):
        if len(head) < 4 and head == b"\0" * len(head):
            raise _fail("bad-data-file", CUT_SHORT, DOWNLOAD_AGAIN, field, path)
        raise _fail("bad-data-file", NOT_IDX, GIVE_IDX_FILE, field, path)
    if head[2] != UNSIGNED_BYTE:
        raise _fail("bad-data-file", IDX_TYPE, GIVE_IDX_FILE, field, path,
                    type_code=f"0x{head[2]:02x}")
    if len(dims) < 4 * ndim:
        raise _fail("bad-data-file", CUT_SHORT, DOWNLOAD_AGAIN, field, path)
    header = IdxHeader(head[2], struct.unpack(f">{ndim}I", dims), compressed)
    if not compressed and st.st_size - 4 - 4 * ndim != header.count:
        raise _fail("bad-data-file", WRONG_SIZE, DOWNLOAD_AGAIN, field, path,
                    expected=header.count, actual=st.st_size - 4 - 4 * ndim,
                    shape=shape_text(header.shape))
    return header


def folder(path: Path, field: str) -> None:
    """DataError unless ``path`` is an existing folder."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise _fail("data-not-found", NOT_FOUND, CHECK_PATH, field, path) from None
    except (OSError, ValueError) as e:
        reason = getattr(e, "strerror", None) or str(e)
        raise _fail("data-unreadable", UNREADABLE, CHECK_PERMISSIONS, field, path,
                    reason=reason) from None
    if not stat.S_ISDIR(st.st_mode):
        raise _fail("data-not-found", NOT_A_FOLDER, GIVE_FOLDER, field, path)


def class_folders(path: Path, field: str = "data.path") -> list[Path]:
    """A "folder" dataset's class folders (visible subfolders), sorted by name; at least two."""
    folder(path, field)
    try:
        found = sorted((Path(e.path) for e in os.scandir(path)
                        if e.is_dir() and not e.name.startswith(".")), key=lambda p: p.name)
    except OSError as e:
        raise _fail("data-unreadable", UNREADABLE, CHECK_PERMISSIONS, field, path,
                    reason=e.strerror or str(e)) from None
    if len(found) < 2:
        raise _fail("data-not-found", FEW_CLASSES, ADD_CLASS_FOLDERS, field, path,
                    found=len(found))
    return found
