"""DataSettings: the project's ``data`` section, checked, with defaults filled in.

``check_data(data, base_dir)`` lists every problem as a Diagnostic; ``parse_data`` returns the
DataSettings or raises DataError with them. The checker, the loader (load_splits) and the
trainer's setup all read the section through here, so ``check`` and ``train`` agree. The files a
"folder" or "idx" dataset names are looked at too (exists, right kind, IDX header), cheaply:
nothing is decoded.

Keys (docs/training.md): dataset, val_split, split, normalize, augment, resize, channels;
"folder": path,
image_size, grayscale; "idx": train_images, train_labels, test_images, test_labels, class_names.
Relative paths are read from ``base_dir`` (the project file's folder).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netstudio.core.data import probe
from netstudio.core.data.catalog import DATASETS
from netstudio.core.data.errors import DataError
from netstudio.core.data.preprocess import MODES as SCALING_MODES
from netstudio.core.diagnostics import ERROR, Diagnostic, diagnostic
from netstudio.core.settings.fields import Fields, finite, is_number
from netstudio.core.text import QT_TRANSLATE_NOOP, shape_text

FILE_SOURCES = ("folder", "idx")  # datasets read from the user's files
SOURCES = (*DATASETS, *FILE_SOURCES)
NORMALIZE = ("auto", *SCALING_MODES)  # core/data/preprocess.py applies them
AUGMENT_KEYS = ("shift", "rotate", "scale", "noise")
AUGMENT_DEFAULT = {"shift": 0.1, "rotate": 10.0}  # what "augment": true means
KNOWN_KEYS = ("dataset", "val_split", "split", "normalize", "augment", "path", "image_size",
              "grayscale", "train_images", "train_labels", "test_images", "test_labels",
              "class_names", "resize", "channels")
MAX_IMAGE_SIZE = 1024

NEEDS_PATH = QT_TRANSLATE_NOOP("Settings", "The {dataset} dataset needs {field}, the path of "
                               "{what}.")
SET_KEY = QT_TRANSLATE_NOOP("Settings", "set {field}")
A_CLASS_FOLDER = QT_TRANSLATE_NOOP("Settings", "a folder with one subfolder of images per class")
TRAINING_IMAGES = QT_TRANSLATE_NOOP("Settings", "the training images file (IDX format)")
TRAINING_LABELS = QT_TRANSLATE_NOOP("Settings", "the training labels file (IDX format)")
A_PATH = QT_TRANSLATE_NOOP("Settings", "{field} must be a file or folder path (a text), "
                           "got {value}.")
FRACTION = QT_TRANSLATE_NOOP("Settings", "{field} must be a fraction from 0 up to (not "
                             "including) 1, got {value}.")
THREE_WAY = QT_TRANSLATE_NOOP("Settings", "{field} must be [train, val, test] fractions like "
                              "[0.6, 0.2, 0.2], got {value}.")
IMAGE_SIZE = QT_TRANSLATE_NOOP("Settings", "{field} must be [height, width] in pixels, each from "
                               "1 to {maximum}, got {value}.")
CHANNELS = QT_TRANSLATE_NOOP("Settings", "{field} must be 1 (grey) or 3 (colour), got {value}.")
TEST_PAIR = QT_TRANSLATE_NOOP("Settings", "data.test_images and data.test_labels go together: "
                              "give both or neither.")
ADD_THE_OTHER = QT_TRANSLATE_NOOP("Settings", "set the other one, or remove {field}")
CLASS_NAMES = QT_TRANSLATE_NOOP("Settings", "{field} must be a list of names (texts), "
                                "got {value}.")
AUGMENT = QT_TRANSLATE_NOOP("Settings", "{field} must be true, false or an object like "
                            "{example}, got {value}.")
AUGMENT_EXAMPLE = '{"shift": 0.1, "rotate": 10, "scale": [0.9, 1.1], "noise": 0.05}'
AUGMENT_UNKNOWN = QT_TRANSLATE_NOOP("Settings", "Unknown augmentation {field}.")
USE_AUGMENT_KEYS = QT_TRANSLATE_NOOP("Settings", "use {choices}")
AUGMENT_NUMBER = QT_TRANSLATE_NOOP("Settings", "{field} must be a number >= 0, got {value}.")
AUGMENT_SCALE = QT_TRANSLATE_NOOP("Settings", "{field} must be [low, high] with 0 < low <= high, "
                                  "got {value}.")
IMAGES_SHAPE = QT_TRANSLATE_NOOP("Data", "{field}: {path} holds values of shape {shape}; images "
                                 "must be [N, rows, cols] or [N, channels, rows, cols].")
LABELS_SHAPE = QT_TRANSLATE_NOOP("Data", "{field}: {path} holds values of shape {shape}; labels "
                                 "must be [N].")
COUNTS_DIFFER = QT_TRANSLATE_NOOP("Data", "{images} has {n_images} images but {labels} has "
                                  "{n_labels} labels; they must match one to one.")
TEST_SHAPE = QT_TRANSLATE_NOOP("Data", "{field}: test images are {test} but training images are "
                               "{train}; they must match.")
USE_MATCHING_FILES = QT_TRANSLATE_NOOP("Data", "use files that belong together")


@dataclass(frozen=True)
class IdxFiles:
    images: Path
    labels: Path
    images_header: probe.IdxHeader
    labels_header: probe.IdxHeader

    @property
    def image_shape(self) -> tuple[int, ...]:
        """Per-sample shape, channels first: [1, rows, cols] for 3-d files."""
        dims = self.images_header.shape
        return (1, *dims[1:]) if len(dims) == 3 else tuple(dims[1:])


@dataclass(frozen=True)
class DataSettings:
    dataset: str = "mnist"
    val_split: float = 0.1
    split: tuple[float, float, float] = (0.6, 0.2, 0.2)  # normalized to sum 1
    normalize: str = "auto"  # "auto" | "standardize" | "unit"
    augment: dict[str, Any] | None = None  # {"shift", "rotate", "scale": (lo, hi), "noise"}
    image_size: tuple[int, int] = (28, 28)  # "folder"
    grayscale: bool = True  # "folder"
    folder: Path | None = None  # "folder": the root of the class folders
    class_folders: tuple[Path, ...] = ()  # "folder"
    train: IdxFiles | None = None  # "idx"
    test: IdxFiles | None = None  # "idx", optional
    class_names: tuple[str, ...] | None = None  # "idx", optional
    resize: tuple[int, int] | None = None  # [height, width] every image is resized to
    channels: int | None = None  # 1 or 3: images converted to grey or to 3 channels


def check_data(data: Any, base_dir: str | os.PathLike[str] | None = None, *,
               files: bool = True) -> list[Diagnostic]:
    """Every problem of a ``data`` section (errors, and warnings for unknown keys).

    ``files=False`` skips looking at the file system."""
    return _read(data, base_dir, files)[1]


def parse_data(data: Any, base_dir: str | os.PathLike[str] | None = None, *,
               files: bool = True) -> DataSettings:
    """The checked ``data`` section; raises DataError with every error found."""
    settings, found = _read(data, base_dir, files)
    errors = [d for d in found if d.severity == ERROR]
    if errors:
        raise DataError(errors)
    return settings


def _read(data: Any, base_dir: str | os.PathLike[str] | None, files: bool
          ) -> tuple[DataSettings, list[Diagnostic]]:
    f = Fields(data, "data")
    base = Path(base_dir) if base_dir is not None else None
    dataset = f.choice("dataset", "mnist", SOURCES, "unknown-dataset")
    values: dict[str, Any] = {
        "dataset": dataset,
        "val_split": _fraction(f, "val_split", 0.1),
        "split": _three_way(f),
        "normalize": f.choice("normalize", "auto", NORMALIZE),
        "augment": _augment(f),
        "resize": _image_size(f, "resize") if f.raw.get("resize") is not None else None,
        "channels": _channels(f),
    }
    if dataset == "folder":
        values.update(image_size=_image_size(f), grayscale=f.boolean("grayscale", True))
        root = _path(f, "path", base, A_CLASS_FOLDER())
        if root is not None:
            values["folder"] = root
            if files:
                values["class_folders"] = tuple(_probe(f, probe.class_folders, root,
                                                       f.name("path")) or ())
    elif dataset == "idx":
        values["class_names"] = _class_names(f)
        images = _path(f, "train_images", base, TRAINING_IMAGES())
        labels = _path(f, "train_labels", base, TRAINING_LABELS())
        if files and images is not None and labels is not None:
            values["train"] = _idx_pair(f, "train_images", images, "train_labels", labels)
        test_images = _path(f, "test_images", base, None)
        test_labels = _path(f, "test_labels", base, None)
        if (test_images is None) != (test_labels is None) and not f.errors:
            given = "test_images" if test_images is not None else "test_labels"
            f.found.append(diagnostic(ERROR, "missing-data-path", TEST_PAIR, ADD_THE_OTHER,
                                      field=f.name(given)))
        elif files and test_images is not None and test_labels is not None:
            values["test"] = _idx_pair(f, "test_images", test_images, "test_labels",
                                       test_labels)
            train, test = values.get("train"), values["test"]
            if train is not None and test is not None and train.image_shape != test.image_shape:
                f.found.append(diagnostic(
                    ERROR, "bad-data-file", TEST_SHAPE, USE_MATCHING_FILES,
                    field=f.name("test_images"), test=shape_text(test.image_shape),
                    train=shape_text(train.image_shape)))
    f.warn_unknown([k for k in f.raw if k not in KNOWN_KEYS], KNOWN_KEYS)
    return DataSettings(**values), f.found


# ---- values ---------------------------------------------------------------------------------
def _fraction(f: Fields, key: str, default: float) -> float:
    v = f.raw.get(key, default)
    if is_number(v) and finite(v) and 0 <= v < 1:
        return float(v)
    f.fail(key, FRACTION)
    return default


def _three_way(f: Fields) -> tuple[float, float, float]:
    v = f.raw.get("split", [0.6, 0.2, 0.2])
    if (isinstance(v, list | tuple) and len(v) == 3
            and all(is_number(x) and finite(x) and x >= 0 for x in v) and v[0] > 0):
        total = float(sum(v))
        return v[0] / total, v[1] / total, v[2] / total
    f.fail("split", THREE_WAY)
    return 0.6, 0.2, 0.2


def _channels(f: Fields) -> int | None:
    v = f.raw.get("channels")
    if v is None or (isinstance(v, int) and not isinstance(v, bool) and v in (1, 3)):
        return v
    f.fail("channels", CHANNELS)
    return None


def _image_size(f: Fields, key: str = "image_size") -> tuple[int, int]:
    v = f.raw.get(key, [28, 28])
    if isinstance(v, int) and not isinstance(v, bool):
        v = [v, v]
    if (isinstance(v, list | tuple) and len(v) == 2
            and all(isinstance(s, int) and not isinstance(s, bool)
                    and 1 <= s <= MAX_IMAGE_SIZE for s in v)):
        return int(v[0]), int(v[1])
    f.fail(key, IMAGE_SIZE, maximum=MAX_IMAGE_SIZE)
    return 28, 28


def _augment(f: Fields) -> dict[str, Any] | None:
    spec = f.raw.get("augment")
    if spec in (None, False, {}):
        return None
    if spec is True:
        spec = AUGMENT_DEFAULT
    if not isinstance(spec, dict):
        f.fail("augment", AUGMENT, example=AUGMENT_EXAMPLE)
        return None
    inner = Fields(spec, "data.augment")
    for key in spec:
        if key not in AUGMENT_KEYS:
            inner.fail(key, AUGMENT_UNKNOWN, USE_AUGMENT_KEYS, choices=", ".join(AUGMENT_KEYS))
    result: dict[str, Any] = {}
    for key in ("shift", "rotate", "noise"):
        v = spec.get(key, 0.0)
        if is_number(v) and finite(v) and v >= 0:
            result[key] = float(v)
        else:
            inner.fail(key, AUGMENT_NUMBER)
    scale = spec.get("scale", [1.0, 1.0])
    if (isinstance(scale, list | tuple) and len(scale) == 2
            and all(is_number(s) and finite(s) and s > 0 for s in scale)
            and scale[0] <= scale[1]):
        result["scale"] = (float(scale[0]), float(scale[1]))
    else:
        inner.fail("scale", AUGMENT_SCALE)
    f.found += inner.found
    return result if not inner.found else None


def _class_names(f: Fields) -> tuple[str, ...] | None:
    v = f.raw.get("class_names")
    if v is None:
        return None
    if isinstance(v, list) and v and all(isinstance(n, str) for n in v):
        return tuple(v)
    f.fail("class_names", CLASS_NAMES)
    return None


# ---- files ----------------------------------------------------------------------------------
def _path(f: Fields, key: str, base: Path | None, what: Any) -> Path | None:
    """The path under ``key`` (relative to ``base``); None when absent or unusable.
    ``what``: the description for "needs data.key" when the key is required, else None."""
    v = f.raw.get(key)
    if v is None and what is None:
        return None
    if v is None or v == "":
        if what is not None:
            f.found.append(diagnostic(ERROR, "missing-data-path", NEEDS_PATH, SET_KEY,
                                      field=f.name(key), dataset=f.raw.get("dataset"),
                                      what=what))
        return None
    if not isinstance(v, str) or "\0" in v:
        f.fail(key, A_PATH)
        return None
    p = Path(os.path.expanduser(v))
    return p if p.is_absolute() or base is None else base / p


def _probe(f: Fields, check: Any, *args: Any) -> Any:
    try:
        return check(*args)
    except DataError as e:
        f.found += e.diagnostics
        return None


def _idx_pair(f: Fields, images_key: str, images: Path, labels_key: str, labels: Path
              ) -> IdxFiles | None:
    x = _probe(f, probe.idx_header, images, f.name(images_key))
    y = _probe(f, probe.idx_header, labels, f.name(labels_key))
    if x is None or y is None:
        return None
    if len(x.shape) not in (3, 4):
        f.found.append(diagnostic(ERROR, "bad-data-file", IMAGES_SHAPE, USE_MATCHING_FILES,
                                  field=f.name(images_key), path=str(images),
                                  shape=shape_text(x.shape)))
        return None
    if len(y.shape) != 1:
        f.found.append(diagnostic(ERROR, "bad-data-file", LABELS_SHAPE, USE_MATCHING_FILES,
                                  field=f.name(labels_key), path=str(labels),
                                  shape=shape_text(y.shape)))
        return None
    if x.shape[0] != y.shape[0]:
        f.found.append(diagnostic(ERROR, "bad-data-file", COUNTS_DIFFER, USE_MATCHING_FILES,
                                  field=f.name(labels_key), images=str(images),
                                  labels=str(labels), n_images=x.shape[0],
                                  n_labels=y.shape[0]))
        return None
    return IdxFiles(images, labels, x, y)
