"""Datasets fetched through torchvision (Fashion-MNIST, KMNIST, CIFAR-10) into a user cache.

Nothing is downloaded unless the caller allows it (``download=True``): tests and offline use
get a DataError that says where to put the files instead. Progress goes to a callback
``progress(done_bytes, total_bytes_or_None, file_name)``.
"""

from __future__ import annotations

import hashlib
import os
import sys
import urllib.request
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch

from netstudio.core.data.idx import DataError, read_idx_pair
from netstudio.core.text import QT_TRANSLATE_NOOP, Text

Progress = Callable[[int, int | None, str], None]

# dataset name -> (torchvision class name, layout)
TORCHVISION_SETS = {
    "fashion_mnist": ("FashionMNIST", "idx"),
    "kmnist": ("KMNIST", "idx"),
    "cifar10": ("CIFAR10", "cifar"),
}


def cache_dir() -> Path:
    """Where downloaded datasets live: $NETSTUDIO_CACHE, else the platform's user cache."""
    env = os.environ.get("NETSTUDIO_CACHE")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "netstudio" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "netstudio"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "netstudio"


def _tv_class(name: str):  # noqa: ANN202 - a torchvision dataset class
    import torchvision.datasets as tvd

    return getattr(tvd, TORCHVISION_SETS[name][0])


def _idx_files(cls) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(f, md5) for f, md5 in cls.resources]


def _find(raw: Path, gz_name: str) -> Path | None:
    for candidate in (raw / gz_name, raw / gz_name.removesuffix(".gz")):
        if candidate.is_file():
            return candidate
    return None


MISSING = QT_TRANSLATE_NOOP("Data", "{dataset} is not on this computer yet and could not be "
                            "downloaded. When online, netstudio downloads it by itself (netstudio "
                            "train does; pass --no-download to forbid it). Offline, copy these "
                            "files into {folder}: {files} (set NETSTUDIO_CACHE to use another "
                            "cache folder), or use the bundled \"mnist\" dataset.")
DAMAGED_DOWNLOAD = QT_TRANSLATE_NOOP("Data", "{url}: the download is damaged (md5 mismatch); try "
                                     "again.")
DAMAGED_FILES = QT_TRANSLATE_NOOP("Data", "{folder}: the {dataset} files are damaged ({error}); "
                                  "delete the folder and let netstudio download them again.")


def _missing_message(title: str, folder: Path, files: list[str]) -> Text:
    return MISSING(dataset=title, folder=str(folder), files=", ".join(files))


def fetch(url: str, dest: Path, md5: str | None, progress: Progress | None = None) -> None:
    """Download url to dest (via a temp file), checking md5 when given."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    digest = hashlib.md5()
    with urllib.request.urlopen(url, timeout=30) as resp, open(tmp, "wb") as f:
        total = resp.headers.get("Content-Length")
        total_n = int(total) if total and total.isdigit() else None
        done = 0
        while chunk := resp.read(1 << 16):
            f.write(chunk)
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total_n, dest.name)
    if md5 and digest.hexdigest() != md5:
        tmp.unlink(missing_ok=True)
        raise DataError(DAMAGED_DOWNLOAD(url=url))
    os.replace(tmp, dest)


def _download_any(urls: list[str], dest: Path, md5: str | None, progress: Progress | None,
                  title: str, folder: Path, files: list[str]) -> None:
    for url in urls:
        try:
            fetch(url, dest, md5, progress)
            return
        except DataError:
            raise
        except Exception:  # this mirror failed: try the next one
            continue
    raise DataError(_missing_message(title, folder, files))


def load_torchvision_set(name: str, title: str, *, root: Path | None = None,
                         download: bool = False, progress: Progress | None = None
                         ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """train_x, train_y, test_x, test_y as uint8 [N, C, H, W] and int64 [N]."""
    root = Path(root) if root is not None else cache_dir()
    cls = _tv_class(name)
    if TORCHVISION_SETS[name][1] == "idx":
        raw = root / cls.__name__ / "raw"
        files = _idx_files(cls)
        names = [f for f, _ in files]
        for gz_name, md5 in files:
            if _find(raw, gz_name) is None:
                if not download:
                    raise DataError(_missing_message(title, raw, names))
                urls = [m + gz_name for m in getattr(cls, "mirrors", [])]
                _download_any(urls, raw / gz_name, md5, progress, title, raw, names)
        paths = {f: _find(raw, f) for f in names}
        tr_x, tr_y = read_idx_pair(paths[names[0]], paths[names[1]])
        te_x, te_y = read_idx_pair(paths[names[2]], paths[names[3]])
        return tr_x, tr_y, te_x, te_y
    # CIFAR-10: the python pickles, extracted from torchvision's archive
    base = root / cls.base_folder
    if not (base / "test_batch").is_file():
        if not download:
            raise DataError(_missing_message(title, root, [cls.filename + " (extracted)"]))
        archive = root / cls.filename
        if not archive.is_file():
            _download_any([cls.url], archive, cls.tgz_md5, progress, title, root,
                          [cls.filename])
        from torchvision.datasets.utils import extract_archive

        extract_archive(str(archive), str(root))
    try:
        train = cls(str(root), train=True, download=False)
        test = cls(str(root), train=False, download=False)
    except Exception as e:
        raise DataError(DAMAGED_FILES(folder=str(base), dataset=title, error=str(e))) from None

    def as_tensors(ds) -> tuple[torch.Tensor, torch.Tensor]:  # noqa: ANN001
        x = torch.from_numpy(np.ascontiguousarray(ds.data.transpose(0, 3, 1, 2)))
        return x, torch.as_tensor(ds.targets, dtype=torch.int64)

    return (*as_tensors(train), *as_tensors(test))
