"""Data: the bundled MNIST, IDX files, image folders, torchvision cache, splits, augmentation."""

from __future__ import annotations

import gzip
import hashlib
import re
import struct

import numpy as np
import pytest
import torch

from netstudio.core.data import downloads
from netstudio.core.data.augment import build_augment
from netstudio.core.data.bundled import MNIST_DIR, mnist
from netstudio.core.data.catalog import data_info, dataset_info
from netstudio.core.data.idx import DataError, read_idx, read_idx_pair
from netstudio.core.data.loading import load_splits
from netstudio.core.settings.data import parse_data


def test_bundled_files_match_the_provenance_md5():
    table = (MNIST_DIR / "PROVENANCE.md").read_text(encoding="utf-8")
    rows = re.findall(r"\|\s*(\S+\.gz)\s*\|\s*(\d+)\s*\|\s*([0-9a-f]{32})\s*\|", table)
    assert len(rows) == 4
    for name, _count, md5 in rows:
        raw = gzip.decompress((MNIST_DIR / name).read_bytes())
        assert hashlib.md5(raw).hexdigest() == md5, name


def test_license_is_bundled():
    text = (MNIST_DIR / "LICENSE.md").read_text(encoding="utf-8")
    assert "Attribution-ShareAlike 3.0" in text or "Attribution-Share Alike 3.0" in text


def test_mnist_loads_once_as_uint8():
    x, y = mnist("train")
    assert x.shape == (60000, 1, 28, 28) and x.dtype == torch.uint8
    assert y.shape == (60000,) and y.dtype == torch.int64
    assert int(y.min()) == 0 and int(y.max()) == 9
    assert mnist("train")[0] is x  # cached per process
    tx, ty = mnist("test")
    assert tx.shape == (10000, 1, 28, 28) and len(ty) == 10000


def test_mnist_splits_are_seeded_and_disjoint():
    a = load_splits({"dataset": "mnist"}, seed=0)
    assert a.sizes == {"train": 54000, "val": 6000, "test": 10000}
    assert a.info == dataset_info("mnist") and a.mean == (0.1307,)
    b = load_splits({"dataset": "mnist"}, seed=0)
    c = load_splits({"dataset": "mnist", "val_split": 0.2}, seed=1)
    assert torch.equal(a.val_y, b.val_y) and torch.equal(a.val_x[:50], b.val_x[:50])
    assert c.sizes["val"] == 12000 and not torch.equal(a.val_y[:200], c.val_y[:200])
    # train + val is a partition of the 60,000 training images (compare label histograms)
    full = torch.bincount(mnist("train")[1], minlength=10)
    assert torch.equal(torch.bincount(a.train_y, minlength=10)
                       + torch.bincount(a.val_y, minlength=10), full)


def _write_idx(path, array: np.ndarray, compress: bool) -> None:
    header = struct.pack(">BBBB", 0, 0, 8, array.ndim) + struct.pack(
        f">{array.ndim}I", *array.shape)
    data = header + array.astype(np.uint8).tobytes()
    path.write_bytes(gzip.compress(data) if compress else data)


@pytest.fixture
def idx_files(tmp_path):
    rng = np.random.default_rng(0)
    paths = {}
    for split, n in (("train", 50), ("test", 20)):
        images = rng.integers(0, 256, (n, 6, 5), dtype=np.uint8)
        labels = rng.integers(0, 3, (n,), dtype=np.uint8)
        labels[:3] = [0, 1, 2]
        _write_idx(tmp_path / f"{split}-images.gz", images, compress=True)
        _write_idx(tmp_path / f"{split}-labels", labels, compress=False)
        paths[split] = (images, labels)
    return tmp_path, paths


def test_idx_reads_gzip_and_plain(idx_files):
    folder, arrays = idx_files
    x, y = read_idx_pair(folder / "train-images.gz", folder / "train-labels")
    assert x.shape == (50, 1, 6, 5) and x.dtype == torch.uint8
    assert np.array_equal(x[:, 0].numpy(), arrays["train"][0])
    assert np.array_equal(y.numpy(), arrays["train"][1])


def test_idx_dataset_with_and_without_test_files(idx_files):
    folder, _ = idx_files
    spec = {"dataset": "idx", "train_images": "train-images.gz", "train_labels": "train-labels",
            "test_images": "test-images.gz", "test_labels": "test-labels", "val_split": 0.2}
    s = load_splits(spec, base_dir=folder)
    assert s.sizes == {"train": 40, "val": 10, "test": 20}
    assert s.info.input_shape == (1, 6, 5) and s.info.num_classes == 3
    assert data_info(spec, str(folder)).input_shape == (1, 6, 5)
    assert data_info(spec, str(folder)).num_classes == 3
    no_test = {k: v for k, v in spec.items() if not k.startswith("test")}
    no_test.pop("val_split")
    s2 = load_splits(no_test, base_dir=folder)
    assert s2.sizes == {"train": 30, "val": 10, "test": 10}  # 6:2:2


def test_idx_errors_name_the_file(tmp_path, idx_files):
    folder, _ = idx_files
    bad = tmp_path / "bad.idx"
    bad.write_bytes(b"\x00\x00\x08\x01\x00\x00\x00\x09abc")
    with pytest.raises(DataError, match="bad.idx.*damaged"):
        read_idx(bad)
    with pytest.raises(DataError, match="no such file"):
        read_idx(tmp_path / "missing.gz")
    with pytest.raises(DataError, match="labels"):
        read_idx_pair(folder / "train-images.gz", folder / "test-labels")  # 50 vs 20
    with pytest.raises(DataError, match="data.test_images and data.test_labels"):
        load_splits({"dataset": "idx", "train_images": "train-images.gz",
                     "train_labels": "train-labels", "test_images": "test-images.gz"},
                    base_dir=folder)


def _image_folder(root, per_class=5, classes=("cat", "dog", "fox")):
    from PIL import Image

    for c, name in enumerate(classes):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            img = np.full((12, 10, 3), 40 * c + 15 + i, dtype=np.uint8)
            img[0, 0] = (255, 0, 0)
            Image.fromarray(img).save(root / name / f"{i:03d}.{'png' if i % 2 else 'jpg'}")
    (root / classes[0] / "notes.txt").write_text("not an image")
    return root


def test_image_folder_loads_resized_and_split(tmp_path):
    root = _image_folder(tmp_path / "pets")
    spec = {"dataset": "folder", "path": "pets", "image_size": [8, 8], "grayscale": True}
    s = load_splits(spec, seed=3, base_dir=tmp_path)
    assert s.info.class_names == ("cat", "dog", "fox") and s.info.num_classes == 3
    assert s.train_x.shape[1:] == (1, 8, 8) and s.train_x.dtype == torch.uint8
    assert sum(s.sizes.values()) == 15 and s.sizes == {"train": 9, "val": 3, "test": 3}
    assert not s.info.has_test_set
    info = data_info(spec, str(tmp_path))
    assert info.input_shape == (1, 8, 8) and info.class_names == s.info.class_names
    rgb = load_splits({**spec, "grayscale": False, "image_size": [12, 10]}, base_dir=tmp_path)
    assert rgb.train_x.shape[1:] == (3, 12, 10)
    pixel = torch.cat([rgb.train_x, rgb.val_x, rgb.test_x])[:, :, 6, 5].to(torch.int32)
    assert sorted({int(v) // 40 for v in pixel[:, 1]}) == [0, 1, 2]  # class shade kept
    assert root.is_dir()


def test_image_folder_errors(tmp_path):
    with pytest.raises(DataError, match="nope does not exist"):
        load_splits({"dataset": "folder", "path": str(tmp_path / "nope")})
    (tmp_path / "file.png").write_bytes(b"")
    with pytest.raises(DataError, match="file.png is not a folder"):
        load_splits({"dataset": "folder", "path": str(tmp_path / "file.png")})
    (tmp_path / "file.png").unlink()
    (tmp_path / "only").mkdir()
    with pytest.raises(DataError, match="at least two subfolders"):
        load_splits({"dataset": "folder", "path": str(tmp_path)})
    (tmp_path / "other").mkdir()
    with pytest.raises(DataError, match="no images"):
        load_splits({"dataset": "folder", "path": str(tmp_path)})
    (tmp_path / "other" / "x.png").write_bytes(b"not a png")
    (tmp_path / "only" / "y.png").write_bytes(b"not a png")
    with pytest.raises(DataError, match="y.png: not a readable image"):
        load_splits({"dataset": "folder", "path": str(tmp_path)})


def test_unknown_dataset_and_bad_keys():
    with pytest.raises(DataError, match='Unknown data.dataset "imagenet"'):
        load_splits({"dataset": "imagenet"})
    with pytest.raises(DataError, match="data.val_split"):
        load_splits({"dataset": "mnist", "val_split": 1.5})


def test_offline_dataset_says_where_to_put_the_files(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("no download may be attempted")

    monkeypatch.setattr(downloads.urllib.request, "urlopen", no_network)
    with pytest.raises(DataError) as err:
        load_splits({"dataset": "fashion_mnist"}, cache_root=tmp_path)
    msg = str(err.value)
    assert str(tmp_path / "FashionMNIST" / "raw") in msg
    assert "train-images-idx3-ubyte.gz" in msg and "Fashion-MNIST" in msg
    with pytest.raises(DataError, match="cifar-10-python.tar.gz"):
        load_splits({"dataset": "cifar10"}, cache_root=tmp_path)


def test_files_placed_in_the_cache_are_used(tmp_path):
    raw = tmp_path / "KMNIST" / "raw"
    raw.mkdir(parents=True)
    from torchvision.datasets import KMNIST

    names = [f for f, _ in KMNIST.resources]
    for name, src in zip(names, ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                                 "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
                         strict=True):
        (raw / name).write_bytes((MNIST_DIR / src).read_bytes())  # stand-in files
    s = load_splits({"dataset": "kmnist"}, cache_root=tmp_path)
    assert s.sizes == {"train": 54000, "val": 6000, "test": 10000}
    assert s.info.title == "Kuzushiji-MNIST"


def test_download_fetches_each_missing_file_with_progress(tmp_path, monkeypatch):
    from torchvision.datasets import FashionMNIST

    bundled = sorted(MNIST_DIR.glob("*.gz"))
    by_name = dict(zip(sorted(f for f, _ in FashionMNIST.resources), bundled, strict=True))
    fetched, seen = [], []

    def fake_fetch(url, dest, md5, progress=None):
        fetched.append(url)
        data = by_name[dest.name].read_bytes()  # stand-in bytes, no network
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        progress(len(data), len(data), dest.name)

    monkeypatch.setattr(downloads, "fetch", fake_fetch)
    s = load_splits({"dataset": "fashion_mnist"}, cache_root=tmp_path, download=True,
                    progress=lambda done, total, name: seen.append(name))
    assert len(fetched) == 4 and all(u.startswith(FashionMNIST.mirrors[0]) for u in fetched)
    assert sorted(seen) == sorted(by_name) and s.info.class_names[0] == "T-shirt/top"
    assert (tmp_path / "FashionMNIST" / "raw" / "t10k-labels-idx1-ubyte.gz").is_file()
    load_splits({"dataset": "fashion_mnist"}, cache_root=tmp_path, download=True)
    assert len(fetched) == 4  # cached: nothing fetched again


def test_image_folder_cache_sees_new_images(tmp_path):
    from PIL import Image

    _image_folder(tmp_path / "pets", per_class=3, classes=("a", "b"))
    spec = {"dataset": "folder", "path": str(tmp_path / "pets"), "image_size": [8, 8]}
    assert sum(load_splits(spec).sizes.values()) == 6
    Image.fromarray(np.zeros((8, 8), np.uint8)).save(tmp_path / "pets" / "a" / "new.png")
    assert sum(load_splits(spec).sizes.values()) == 7


def test_fetch_reports_progress_and_checks_md5(tmp_path):
    src = tmp_path / "src.bin"
    payload = bytes(range(256)) * 1000
    src.write_bytes(payload)
    seen = []
    dest = tmp_path / "cache" / "file.bin"
    downloads.fetch(src.as_uri(), dest, hashlib.md5(payload).hexdigest(),
                    lambda done, total, name: seen.append((done, total, name)))
    assert dest.read_bytes() == payload
    assert seen[-1][0] == len(payload) and seen[-1][2] == "file.bin"
    with pytest.raises(DataError, match="md5"):
        downloads.fetch(src.as_uri(), tmp_path / "other.bin", "0" * 32)
    assert not (tmp_path / "other.bin").exists()


def test_cache_dir_env_override(monkeypatch, tmp_path):
    monkeypatch.setenv("NETSTUDIO_CACHE", str(tmp_path))
    assert downloads.cache_dir() == tmp_path


def test_augment_changes_batches_on_the_device_shape():
    x = torch.zeros(16, 1, 28, 28)
    x[:, :, 10:18, 10:18] = 1.0
    aug = augment({"shift": 0.2, "rotate": 15, "scale": [0.8, 1.2], "noise": 0.0})
    torch.manual_seed(0)
    out = aug(x)
    assert out.shape == x.shape and out.dtype == x.dtype
    assert not torch.allclose(out, x)
    assert not torch.allclose(out[0], out[1])  # each image gets its own transform
    noisy = augment({"noise": 0.1})(x)
    assert 0.05 < float((noisy - x).std()) < 0.2
    assert augment(None) is None and augment(False) is None
    assert augment(True) is not None


def augment(spec):
    """The transform the trainer builds for ``"augment": spec`` (checked by parse_data)."""
    return build_augment(parse_data({"augment": spec}).augment)


@pytest.mark.parametrize("spec,match", [({"zoom": 2}, "Unknown augmentation data.augment.zoom"),
                                        ({"shift": -1}, "data.augment.shift"),
                                        ({"scale": [1.2, 0.8]}, "data.augment.scale"),
                                        ("yes", "data.augment must be")])
def test_augment_errors(spec, match):
    with pytest.raises(DataError, match=match):
        parse_data({"augment": spec})
