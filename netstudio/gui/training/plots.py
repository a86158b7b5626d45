"""Live training curves: per-batch loss and accuracy (raw, faint) with an EMA on top, and the
validation values per epoch. Items are created once and updated in place with setData, at
most ``fps`` times a second (batches arrive at ~20/s; drawing each one would cost more)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netstudio.gui.inspect.plot_style import style_widget
from netstudio.gui.training.series import Curves, Series

OVERLAY_COLOURS = ("#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#475569",
                   "#b91c1c", "#0f766e")


class _Panel:
    """One plot: raw (faint), smoothed, validation, and the overlaid runs (dashed)."""

    def __init__(self, plot: pg.PlotItem, colour: str, val_colour: str) -> None:
        faint = pg.mkColor(colour)
        faint.setAlpha(70)
        self.raw = plot.plot(pen=pg.mkPen(faint, width=1),
                             name=QCoreApplication.translate("LivePlots", "batch"))
        self.smooth = plot.plot(pen=pg.mkPen(colour, width=2),
                                name=QCoreApplication.translate("LivePlots", "smoothed"))
        self.val = plot.plot(pen=pg.mkPen(val_colour, width=2), symbol="o", symbolSize=6,
                             symbolBrush=val_colour,
                             name=QCoreApplication.translate("LivePlots", "validation"))
        self.plot = plot
        self.overlays: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []  # (smoothed, val)
        for item in (self.raw, self.smooth):
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")

    def set_overlays(self, series: list[tuple[Series, Series]]) -> None:
        """One dashed smoothed curve (and triangles for validation) per overlaid run; items
        are made once and reused."""
        while len(self.overlays) < len(series):
            colour = OVERLAY_COLOURS[len(self.overlays) % len(OVERLAY_COLOURS)]
            line = self.plot.plot(pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
            dots = self.plot.plot(pen=None, symbol="t", symbolSize=7, symbolBrush=colour)
            self.overlays.append((line, dots))
        for i, (line, dots) in enumerate(self.overlays):
            if i < len(series):
                smooth, val = series[i]
                line.setData(smooth.x, smooth.smoothed)
                dots.setData(val.x, val.y)
            else:
                line.setData([], [])
                dots.setData([], [])


class LivePlots(QWidget):
    """Loss and accuracy curves of the live run (and optionally a second run to compare)."""

    def __init__(self, parent: QWidget | None = None, fps: float = 5.0) -> None:
        super().__init__(parent)
        self.curves = Curves()
        self._dirty = False
        self.graphics = pg.GraphicsLayoutWidget()
        self.loss_plot = self.graphics.addPlot(row=0, col=0, title=self.tr("Loss"))
        self.acc_plot = self.graphics.addPlot(row=1, col=0, title=self.tr("Accuracy"))
        for p in (self.loss_plot, self.acc_plot):
            # No grid: pyqtgraph replays the axis picture (grid included) on every repaint,
            # which costs more than the curves themselves.
            p.setLabel("bottom", self.tr("epoch"))
            p.getAxis("bottom").enableAutoSIPrefix(False)
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0.0, 1.0, padding=0.02)  # accuracy lives in 0..1: keep it still
        self.acc_plot.enableAutoRange(y=False)
        self.loss = _Panel(self.loss_plot, "#2563eb", "#dc2626")
        self.acc = _Panel(self.acc_plot, "#16a34a", "#dc2626")
        style_widget(self.graphics)
        self.legend = self.loss_plot.addLegend(offset=(-10, 10), brush=(255, 255, 255, 210),
                                               pen=(160, 160, 160), labelTextColor=(30, 30, 30))
        self.legend.setVisible(False)
        self._main_name = ""
        key = QLabel(self.tr("Faint: each batch report · bold: smoothed · dots: validation per "
                             "epoch · dashed: the other selected runs (named in the legend)"))
        key.setWordWrap(True)
        self.graphics.setMinimumHeight(220)  # two readable plots, however the docks sit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(key)
        layout.addWidget(self.graphics)
        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / fps))
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    # ---- data in ------------------------------------------------------------------------
    def reset(self) -> None:
        self.curves = Curves()
        self._dirty = True
        self.refresh()

    def add_batch(self, x: float, loss: float, accuracy: float | None) -> None:
        self.curves.add_batch(x, loss, accuracy)
        self._dirty = True

    def add_epoch(self, epoch: float, val_loss: float | None, val_accuracy: float | None) -> None:
        self.curves.add_epoch(epoch, val_loss, val_accuracy)
        self._dirty = True

    def set_epochs(self, epochs: int) -> None:
        """Fix the x axis to the whole run: the curves then grow like a progress bar."""
        self.loss_plot.enableAutoRange(x=False)
        self.loss_plot.setXRange(0.0, float(max(1, epochs)), padding=0.01)

    def show_accuracy(self, shown: bool) -> None:
        """Hide the accuracy plot for runs that have none (autoencoders: the loss is all)."""
        layout = self.graphics.ci
        if shown and self.acc_plot.scene() is None:
            layout.addItem(self.acc_plot, row=1, col=0)
        elif not shown and self.acc_plot.scene() is not None:
            layout.removeItem(self.acc_plot)

    @property
    def accuracy_shown(self) -> bool:
        return self.acc_plot.scene() is not None

    def follow_data(self) -> None:
        """Let the x axis fit the data again (showing a finished run)."""
        self.loss_plot.enableAutoRange(x=True)

    def set_curves(self, curves: Curves) -> None:
        """Show a finished run's curves (from the run list)."""
        self.acc_plot.setYRange(0.0, 1.0, padding=0.02)  # even after the learner panned it
        self.curves = curves
        self._dirty = True
        self.refresh()

    def set_compare(self, curves: Curves | None) -> None:
        """Overlay one other run's curves (None clears every overlay)."""
        self.set_overlays([] if curves is None else [("", curves)])

    def set_overlays(self, runs: list[tuple[str, Curves]], main_name: str = "") -> None:
        """Overlay any number of runs (name, curves) on the shown one, each in its own colour
        (dashed smoothed curve, triangles for validation), with a legend naming them and
        ``main_name`` (the run drawn in full)."""
        self.loss.set_overlays([(c.loss, c.val_loss) for _, c in runs])
        self.acc.set_overlays([(c.acc, c.val_acc) for _, c in runs])
        self.legend.clear()
        if runs:
            self.legend.addItem(self.loss.smooth, main_name or self.tr("shown run"))
            for (name, _), (line, _) in zip(runs, self.loss.overlays, strict=False):
                self.legend.addItem(line, name)
        self.legend.setVisible(bool(runs))

    def overlay_names(self) -> list[str]:
        """The legend's names (what the tests check)."""
        return [label.text for _, label in self.legend.items]

    # ---- drawing ------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        c = self.curves
        for panel, batch, val in ((self.loss, c.loss, c.val_loss), (self.acc, c.acc, c.val_acc)):
            panel.raw.setData(batch.x, batch.y)
            panel.smooth.setData(batch.x, batch.smoothed)
            panel.val.setData(val.x, val.y)

    def point_counts(self) -> dict[str, int]:
        """How many points the drawn curves hold (what the tests check)."""
        def n(item: pg.PlotDataItem) -> int:
            x = item.xData  # the data given (getData() is the clipped, downsampled view)
            return 0 if x is None else len(x)
        return {"loss": n(self.loss.raw), "loss_smoothed": n(self.loss.smooth),
                "accuracy": n(self.acc.raw), "val_loss": n(self.loss.val),
                "val_accuracy": n(self.acc.val)}

