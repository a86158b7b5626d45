"""What netstudio knows about each dataset without loading it (the checker needs this)."""

from __future__ import annotations

from dataclasses import dataclass


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
    "mnist": DatasetInfo("mnist", "MNIST handwritten digits", (1, 28, 28), 10, _DIGITS,
                         bundled=True),
    "fashion_mnist": DatasetInfo(
        "fashion_mnist", "Fashion-MNIST", (1, 28, 28), 10,
        ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
         "Bag", "Ankle boot")),
    "kmnist": DatasetInfo("kmnist", "Kuzushiji-MNIST", (1, 28, 28), 10,
                          ("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo")),
    "cifar10": DatasetInfo(
        "cifar10", "CIFAR-10", (3, 32, 32), 10,
        ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
         "truck")),
}


def dataset_info(name: str) -> DatasetInfo | None:
    """Known info for a named dataset; None for user folders/IDX files until they are read."""
    return DATASETS.get(name)


def data_info(data: dict | None, base_dir: str | None = None) -> DatasetInfo | None:
    """DatasetInfo for a project's ``data`` section, cheaply (no images decoded).

    Named datasets come from the table above; a "folder" is described by its subfolders and
    ``image_size``/``grayscale``; "idx" files by their headers. None when it cannot be told
    (missing folder or file): load_splits then says what is wrong."""
    import gzip
    import os
    import struct

    data = data or {}
    name = data.get("dataset", "mnist")
    if name in DATASETS:
        return DATASETS[name]

    def path(key: str) -> str | None:
        v = data.get(key)
        if not isinstance(v, str) or not v:
            return None
        v = os.path.expanduser(v)
        return v if os.path.isabs(v) or base_dir is None else os.path.join(base_dir, v)

    try:
        if name == "folder":
            root = path("path")
            if root is None:  # os.scandir(None) would list the current folder
                return None
            from netstudio.core.data.idx import DataError
            from netstudio.core.data.loading import folder_options

            try:  # the loader's own checks: a bad size is its message, not a shape to copy
                size, gray = folder_options(data)
            except DataError:
                return None
            classes = tuple(sorted(e.name for e in os.scandir(root)
                                   if e.is_dir() and not e.name.startswith(".")))
            channels = 1 if gray else 3
            return DatasetInfo("folder", os.path.basename(root.rstrip("/\\")),
                               (channels, int(size[0]), int(size[1])), len(classes), classes,
                               has_test_set=False)
        if name == "idx":
            def header(p: str) -> tuple[int, ...]:
                with open(p, "rb") as f:
                    magic = f.read(2)
                opener = gzip.open if magic == b"\x1f\x8b" else open
                with opener(p, "rb") as f:
                    head = f.read(4)
                    return struct.unpack(f">{head[3]}I", f.read(4 * head[3]))
            dims = header(path("train_images"))
            shape = (1, *dims[1:]) if len(dims) == 3 else tuple(dims[1:])
            names = data.get("class_names")
            if not names:
                with open(path("train_labels"), "rb") as f:
                    gz = f.read(2) == b"\x1f\x8b"
                with (gzip.open if gz else open)(path("train_labels"), "rb") as f:
                    labels = f.read()[8:]
                names = [str(i) for i in range(max(labels) + 1)] if labels else []
            return DatasetInfo("idx", "IDX files", shape, len(names),
                               tuple(str(n) for n in names),
                               has_test_set=bool(data.get("test_images")))
    except (OSError, TypeError, ValueError, struct.error, IndexError):
        return None
    return None
