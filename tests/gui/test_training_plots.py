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


def test_overlays_with_a_legend_and_reset(qtbot):
    plots = LivePlots()
    qtbot.addWidget(plots)
    runs = []
    for n in range(3):
        other = Curves()
        for i in range(5 + n):
            other.add_batch(i, 1.0, 0.5)
        other.add_epoch(1, 0.9, 0.6)
        runs.append((f"run {n}", other))
    plots.set_overlays(runs, "shown")
    assert [len(line.xData) for line, _ in plots.loss.overlays] == [5, 6, 7]
    assert len(plots.acc.overlays[2][1].xData) == 1
    assert plots.overlay_names() == ["shown", "run 0", "run 1", "run 2"]
    colours = {line.opts["pen"].color().name() for line, _ in plots.loss.overlays}
    assert len(colours) == 3  # each run its own colour
    plots.set_overlays(runs[:1], "shown")
    assert plots.overlay_names() == ["shown", "run 0"]
    assert len(plots.loss.overlays[1][0].xData or []) == 0  # the others are emptied
    plots.set_compare(None)
    assert plots.overlay_names() == [] and not plots.legend.isVisible()
    plots.add_batch(0, 1, None)
    plots.reset()
    assert plots.point_counts()["loss"] == 0
