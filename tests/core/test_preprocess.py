"""A drawn digit becomes an MNIST-like 28x28 image: cropped, fitted to 20x20, centred by mass."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from netstudio.core.data.preprocess import centre_of_mass, preprocess_drawing


def _stroke(h: int, w: int, top: int, left: int, bh: int, bw: int) -> np.ndarray:
    img = np.zeros((h, w), np.float32)
    img[top:top + bh, left:left + bw] = 1.0
    return img


def test_output_is_28x28_in_unit_range():
    out = preprocess_drawing(_stroke(280, 280, 30, 200, 150, 40) * 255)
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert out.min() >= 0.0 and out.max() <= 1.0 and out.max() > 0.9


def test_longer_side_fits_20_and_aspect_is_kept():
    out = preprocess_drawing(_stroke(300, 300, 10, 10, 200, 50))  # tall bar, 4:1
    rows = np.flatnonzero((out > 0.05).any(1))
    cols = np.flatnonzero((out > 0.05).any(0))
    height, width = rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1
    assert height == 20
    assert 4 <= width <= 7  # 20 / 4 = 5, plus antialiased edges


@pytest.mark.parametrize("top,left", [(0, 0), (200, 230), (120, 10)])
def test_centre_of_mass_lands_in_the_middle_wherever_drawn(top, left):
    img = _stroke(280, 280, top, left, 60, 40)
    img[top:top + 10, left:left + 40] = 1.0  # make it lopsided
    out = preprocess_drawing(img)
    cy, cx = centre_of_mass(out)
    assert abs(cy - 14) <= 0.75 and abs(cx - 14) <= 0.75


def test_empty_drawing_is_all_zero():
    assert not preprocess_drawing(np.zeros((50, 50))).any()


def test_small_drawing_is_scaled_up():
    out = preprocess_drawing(_stroke(100, 100, 40, 40, 5, 5))
    assert (out > 0.5).sum() >= 300  # 20x20 box mostly inked


def test_real_mnist_digit_is_nearly_unchanged():
    from netstudio.datasets import __file__ as pkg

    path = pkg.replace("__init__.py", "mnist/t10k-images-idx3-ubyte.gz")
    with gzip.open(path) as f:
        digit = np.frombuffer(f.read(16 + 784), np.uint8, offset=16).reshape(28, 28) / 255.0
    # Draw it big (10x), then preprocess back: it should look like the original digit.
    big = np.kron(digit, np.ones((10, 10)))
    out = preprocess_drawing(big)
    assert np.corrcoef(out.ravel(), digit.ravel())[0, 1] > 0.9


def test_rejects_non_images():
    with pytest.raises(ValueError, match="2-D"):
        preprocess_drawing(np.zeros(5))
