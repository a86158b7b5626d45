"""Live plots: items are created once and updated in place; EMA over the raw curve."""

from __future__ import annotations

import math

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.gui.training.plots import LivePlots  # noqa: E402
from netstudio.gui.training.series import Curves, Series  # noqa: E402

pytestmark = pytest.mark.gui


def test_series_grows_and_smooths():
    s = Series(smoothing=0.5, capacity=2)
    for i, y in enumerate([4.0, 0.0, float("nan"), 2.0]):
        s.append(i, y)
    assert len(s) == 4 and s.x.tolist() == [0, 1, 2, 3]
    assert s.smoothed[0] == 4.0  # debiased: the first value is itself
    assert s.smoothed[1] == pytest.approx((0.5 * 4 * 0.5 + 0.5 * 0) / 0.75)
    assert math.isfinite(s.smoothed[2])  # NaN does not poison the EMA
    back = Series.from_dict(s.to_dict(), smoothing=0.5)
    np.testing.assert_allclose(back.smoothed, s.smoothed)


def test_plots_update_in_place_at_their_own_rate(qtbot):
    plots = LivePlots(fps=50)
    qtbot.addWidget(plots)
    raw_item = plots.loss.raw
    for i in range(30):
        plots.add_batch(i / 10, 2.0 / (i + 1), 0.1 + i / 40)
    qtbot.waitUntil(lambda: plots.point_counts()["loss"] == 30, timeout=2000)
    plots.add_epoch(1, 0.4, 0.9)
    plots.add_batch(3.1, 0.05, 0.95)
    qtbot.waitUntil(lambda: plots.point_counts()["loss"] == 31, timeout=2000)
    counts = plots.point_counts()
    assert counts["val_loss"] == 1 and counts["accuracy"] == 31
    assert plots.loss.raw is raw_item  # same item, new data
    y = plots.loss.smooth.yData
    assert y[-1] > plots.curves.loss.y[-1]  # EMA lags behind a falling loss


def test_compare_overlay_and_reset(qtbot):
    plots = LivePlots()
    qtbot.addWidget(plots)
    other = Curves()
    for i in range(5):
        other.add_batch(i, 1.0, 0.5)
    other.add_epoch(1, 0.9, 0.6)
    plots.set_compare(other)
    assert len(plots.loss.compare.xData) == 5
    assert len(plots.acc.compare_val.xData) == 1
    plots.set_compare(None)
    assert plots.loss.compare.xData is None or len(plots.loss.compare.xData) == 0
    plots.add_batch(0, 1, None)
    plots.reset()
    assert plots.point_counts()["loss"] == 0
