"""What netstudio knows about each dataset without loading it (the checker needs this)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netstudio.core.text import QT_TRANSLATE_NOOP

MNIST_TITLE = QT_TRANSLATE_NOOP("Data", "MNIST handwritten digits")
FASHION_TITLE = QT_TRANSLATE_NOOP("Data", "Fashion-MNIST")
KMNIST_TITLE = QT_TRANSLATE_NOOP("Data", "Kuzushiji-MNIST")
CIFAR10_TITLE = QT_TRANSLATE_NOOP("Data", "CIFAR-10")
IDX_TITLE = QT_TRANSLATE_NOOP("Data", "IDX files")


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    title: str
    input_shape: tuple[int, ...]  # per sample, channels first
    num_classes: int
    class_names: tuple[str, ...]
    bundled: bool = False  # ships with netstudio, works offline
    has_test_set: bool = True


_DIGITS = tuple(str(i) for i in range(10))

DATASETS: dict[str, DatasetInfo] = {
    "mnist": DatasetInfo("mnist", MNIST_TITLE(), (1, 28, 28), 10, _DIGITS, bundled=True),
    "fashion_mnist": DatasetInfo(
        "fashion_mnist", FASHION_TITLE(), (1, 28, 28), 10,
        ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
         "Bag", "Ankle boot")),
    "kmnist": DatasetInfo("kmnist", KMNIST_TITLE(), (1, 28, 28), 10,
                          ("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo")),
    "cifar10": DatasetInfo(
        "cifar10", CIFAR10_TITLE(), (3, 32, 32), 10,
        ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
         "truck")),
}


def dataset_info(name: str) -> DatasetInfo | None:
    """Known info for a named dataset; None for user folders/IDX files until they are read."""
    return DATASETS.get(name)


def data_info(data: dict | None, base_dir: str | None = None) -> DatasetInfo | None:
    """DatasetInfo for a project's ``data`` section, cheaply (no images decoded).

    Named datasets come from the table above; a "folder" is described by its subfolders and
    ``image_size``/``grayscale``; "idx" files by their headers (and, without class_names, the
    labels, read no further than the header's count). None when the section has errors
    (settings.data.check_data lists them)."""
    from netstudio.core.data.errors import DataError
    from netstudio.core.data.resize import resize_info
    from netstudio.core.settings.data import parse_data

    try:
        s = parse_data(data or {}, base_dir)
    except DataError:
        return None
    info: DatasetInfo | None = resize_info(_info(s), s.resize, s.channels)
    return info


def _info(s: Any) -> DatasetInfo | None:
    if s.dataset in DATASETS:
        return DATASETS[s.dataset]
    if s.dataset == "folder" and s.folder is not None:
        classes = tuple(p.name for p in s.class_folders)
        return DatasetInfo("folder", s.folder.name or str(s.folder), (
            1 if s.grayscale else 3, *s.image_size), len(classes), classes, has_test_set=False)
    if s.dataset == "idx" and s.train is not None:
        names = s.class_names
        if names is None:
            try:
                n = _label_count(s.train.labels, s.train.labels_header.count)
            except (OSError, EOFError, ValueError):
                return None
            names = tuple(str(i) for i in range(n))
        return DatasetInfo("idx", IDX_TITLE(), s.train.image_shape, len(names), names,
                           has_test_set=s.test is not None)
    return None


def _label_count(path: Path, count: int, chunk: int = 1 << 20) -> int:
    """1 + the largest label in an IDX labels file, reading at most ``count`` labels."""
    import gzip

    from netstudio.core.data.probe import GZIP_MAGIC

    with open(path, "rb") as f:
        compressed = f.read(2) == GZIP_MAGIC
    top, left = -1, count
    with (gzip.open if compressed else open)(path, "rb") as f:
        f.read(8)
        while left > 0:
            block = f.read(min(chunk, left))
            if not block:
                break
            top, left = max(top, max(block)), left - len(block)
    return top + 1
