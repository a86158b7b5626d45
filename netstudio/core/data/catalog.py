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
