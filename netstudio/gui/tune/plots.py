"""The Tune tab's plots (pyqtgraph): parallel coordinates (one line per trial across the
searched values, coloured by the metric), the metric per trial with the best so far, and the
importance of each searched value. Items are kept per trial and updated in place."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from netstudio.core.tune.results import TrialRow
from netstudio.core.tune.space import Dimension, short_name, show_value
from netstudio.gui.inspect.plot_style import style_widget

_CMAP = pg.colormap.get("viridis")
_FAINT = pg.mkPen((150, 150, 150, 110), width=1, style=Qt.PenStyle.DashLine)


def position(dim: Dimension, value: Any) -> float | None:
    """Where ``value`` sits on the dimension's axis, from 0 (low) to 1 (high)."""
    if dim.kind == "categorical":
        for i, choice in enumerate(dim.choices):
            if choice == value and type(choice) is type(value):
                return i / (len(dim.choices) - 1) if len(dim.choices) > 1 else 0.5
        return None
    if not isinstance(value, int | float) or dim.low is None or dim.high is None:
        return None
    low, high, v = float(dim.low), float(dim.high), float(value)
    if dim.log and low > 0 and v > 0:
        low, high, v = math.log(low), math.log(high), math.log(v)
    return 0.5 if high == low else min(1.0, max(0.0, (v - low) / (high - low)))


class ParallelPlot(pg.PlotWidget):
    """One axis per searched value plus the metric; a trial is a line across them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dims: tuple[Dimension, ...] = ()
        self.lines: dict[int, pg.PlotDataItem] = {}
        self.labels: list[pg.TextItem] = []
        self.metric_labels: list[pg.TextItem] = []
        self.metric_name = ""
        self.direction = "maximize"
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.setTitle(QCoreApplication.translate("TunePlots", "Parallel coordinates"))
        style_widget(self)

    def set_space(self, dims: tuple[Dimension, ...], metric: str, direction: str) -> None:
        if dims == self.dims and metric == self.metric_name:
            return
        self.dims, self.metric_name, self.direction = dims, metric, direction
        self.clear_trials()
        plot = self.getPlotItem()
        for item in self.labels:
            plot.removeItem(item)
        self.labels = []
        names = [short_name(d.path) for d in dims] + [metric]
        plot.getAxis("bottom").setTicks([list(enumerate(names))])
        for i, d in enumerate(dims):
            plot.addItem(pg.InfiniteLine(pos=i, angle=90, pen=pg.mkPen((128, 128, 128, 160))))
            low, high = (d.choices[0], d.choices[-1]) if d.kind == "categorical" else (
                d.low, d.high)
            for value, y in ((low, 0.0), (high, 1.0)):
                label = pg.TextItem(show_value(value), anchor=(0.5, 0 if y == 0.0 else 1),
                                    color=(128, 128, 128))
                label.setPos(i, y - 0.02 if y == 0.0 else y + 0.02)
                plot.addItem(label)
                self.labels.append(label)
        plot.addItem(pg.InfiniteLine(pos=len(dims), angle=90, pen=pg.mkPen((128, 128, 128))))
        self.metric_labels = []
        for y in (0.0, 1.0):  # the metric's worst and best values so far
            label = pg.TextItem("", anchor=(0.5, 0 if y == 0.0 else 1), color=(128, 128, 128))
            label.setPos(len(dims), y - 0.02 if y == 0.0 else y + 0.02)
            plot.addItem(label)
            self.labels.append(label)
            self.metric_labels.append(label)
        plot.setXRange(-0.6, len(dims) + 0.6, padding=0)  # room for the end labels
        plot.setYRange(-0.12, 1.12, padding=0)

    def clear_trials(self) -> None:
        for line in self.lines.values():
            self.getPlotItem().removeItem(line)
        self.lines = {}

    def set_rows(self, rows: tuple[TrialRow, ...]) -> None:
        values = [r.value for r in rows if r.value is not None]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        if values and len(self.metric_labels) == 2:
            worst, best = (low, high) if self.direction == "maximize" else (high, low)
            self.metric_labels[0].setText(f"{worst:.4g}")
            self.metric_labels[1].setText(f"{best:.4g}")
        for row in rows:
            xs, ys = [], []
            params = row.params_dict
            for i, d in enumerate(self.dims):
                y = position(d, params.get(d.path))
                if y is not None:
                    xs.append(i)
                    ys.append(y)
            if row.value is not None:
                share = 0.5 if high == low else (row.value - low) / (high - low)
                if self.direction == "minimize":
                    share = 1 - share
                xs.append(len(self.dims))
                ys.append(share)
                pen = pg.mkPen(_CMAP.map(share, mode="qcolor"), width=2)
            elif row.state in ("complete", "pruned", "failed"):
                pen = _FAINT
            else:
                continue
            line = self.lines.get(row.number)
            if line is None:
                line = self.getPlotItem().plot()
                self.lines[row.number] = line
            line.setData(xs, ys)
            line.setPen(pen)
            line.setZValue(share if row.value is not None else -1)


class ProgressPlot(pg.PlotWidget):
    """The metric of each complete trial (dots) and the best so far (a step line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.setTitle(QCoreApplication.translate("TunePlots", "Metric per trial"))
        plot.setLabel("bottom", QCoreApplication.translate("TunePlots", "trial"))
        plot.getAxis("bottom").enableAutoSIPrefix(False)
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.showGrid(x=False, y=True, alpha=0.2)
        self.dots = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(70, 130, 210))
        self.pruned = pg.ScatterPlotItem(size=6, brush=pg.mkBrush(200, 140, 40, 160),
                                         symbol="x")
        self.best = plot.plot(pen=pg.mkPen((60, 160, 90), width=2), stepMode=None)
        plot.addItem(self.dots)
        plot.addItem(self.pruned)
        style_widget(self)

    def set_rows(self, rows: tuple[TrialRow, ...], metric: str, direction: str) -> None:
        self.getPlotItem().setLabel("left", metric)
        done = [r for r in rows if r.value is not None]
        self.dots.setData([r.number for r in done], [r.value for r in done])
        pruned = [(r.number, r.curve[-1][1]) for r in rows if r.state == "pruned" and r.curve]
        self.pruned.setData([p[0] for p in pruned], [p[1] for p in pruned])
        xs, ys, best = [], [], None
        pick = max if direction == "maximize" else min
        for r in sorted(done, key=lambda r: r.number):
            best = r.value if best is None else pick(best, r.value)
            xs.append(r.number)
            ys.append(best)
        self.best.setData(xs, ys)
        last = max((r.number for r in rows), default=0)
        self.getPlotItem().setXRange(-0.5, max(last, 4) + 0.5, padding=0.02)


class ImportanceBars(pg.PlotWidget):
    """How much each searched value mattered for the metric (shares adding up to 1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plot = self.getPlotItem()
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.disableAutoRange()
        plot.setXRange(0, 1, padding=0.02)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[],
                                    brush=pg.mkBrush(70, 130, 210))
        plot.addItem(self.bars)
        self.shares: tuple[tuple[str, float], ...] = ()
        style_widget(self)

    def set_importance(self, shares: tuple[tuple[str, float], ...]) -> None:
        self.shares = shares
        ranked = list(reversed(shares))  # the most important on top
        self.bars.setOpts(x0=[0] * len(ranked), y=list(range(len(ranked))),
                          width=[s for _, s in ranked], height=0.6)
        self.getPlotItem().getAxis("left").setTicks(
            [[(i, short_name(p)) for i, (p, _) in enumerate(ranked)]])
        self.getPlotItem().setYRange(-0.6, max(0.6, len(ranked) - 0.4), padding=0)
        self.getPlotItem().setXRange(0, 1, padding=0.02)
