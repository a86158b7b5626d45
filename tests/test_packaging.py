"""An installed wheel carries what the app needs: the bundled MNIST, icons, styles,
translations and the sample projects (the repository's resources/ and samples/)."""

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(importlib.util.find_spec("wheel") is None and
                    importlib.util.find_spec("setuptools") is None,
                    reason="setuptools is needed to build the wheel")
def test_wheel_contains_data_resources_and_samples(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("netstudio-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for gz in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
               "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", "PROVENANCE.md"):
        assert f"netstudio/datasets/mnist/{gz}" in names
    for sample in (ROOT / "samples").glob("*.json"):
        assert f"netstudio/_samples/{sample.name}" in names
    for resource in (ROOT / "resources").rglob("*"):
        if resource.suffix in (".svg", ".qss", ".qm"):
            rel = resource.relative_to(ROOT / "resources").as_posix()
            assert f"netstudio/_resources/{rel}" in names
    for doc in (ROOT / "docs").glob("*.md"):  # Help > Documentation reads them offline
        assert f"netstudio/_docs/{doc.name}" in names
    for image in (ROOT / "docs" / "images").glob("*.png"):
        assert f"netstudio/_docs/images/{image.name}" in names
