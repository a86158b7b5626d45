"""Live training curves: per-batch loss and accuracy (raw, faint) with an EMA on top, and the
validation values per epoch. Items are created once and updated in place with setData, at
most ``fps`` times a second (batches arrive at ~20/s; drawing each one would cost more).

Readable at any dock size: loss and accuracy sit side by side in a wide, low panel and one
above the other in a tall one, each never smaller than MIN_PLOT; the loss can be shown on a
log scale (a finished run's curve is otherwise flat near zero); moving the mouse over a plot
shows a crosshair and the values at that point."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from netstudio.gui.inspect.plot_style import style_widget
from netstudio.gui.training.series import Curves, Series

MIN_PLOT = QSize(200, 140)  # below this the axes' labels run into each other
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
        self.cross = pg.InfiniteLine(angle=90, movable=False,
                                     pen=pg.mkPen("#9ca3af", width=1, style=Qt.PenStyle.DotLine))
        self.cross.setVisible(False)
        plot.addItem(self.cross, ignoreBounds=True)

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
        self.overlaid: list[tuple[str, Curves]] = []
        self._dirty = False
        self._side_by_side = False
        self._accuracy = True
        self.graphics = pg.GraphicsLayoutWidget()
        self.loss_plot = self.graphics.addPlot(row=0, col=0, title=self.tr("Loss"))
        self.acc_plot = self.graphics.addPlot(row=1, col=0, title=self.tr("Accuracy"))
        for p in (self.loss_plot, self.acc_plot):
            # No grid: pyqtgraph replays the axis picture (grid included) on every repaint,
            # which costs more than the curves themselves.
            p.setLabel("bottom", self.tr("epoch"))
            p.getAxis("bottom").enableAutoSIPrefix(False)
            p.setMinimumSize(MIN_PLOT)
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
        key.setObjectName("muted")
        key.setWordWrap(True)
        self.log_loss = QCheckBox(self.tr("Loss on a log scale"))
        self.log_loss.setToolTip(self.tr("Small losses late in training stay readable."))
        self.log_loss.toggled.connect(self.set_log_loss)
        self.readout = QLabel(" ")
        self.readout.setObjectName("muted")
        self.readout.setWordWrap(True)
        # empty plots say why, and how to fill them
        self.empty_text = self.tr("No curves yet: Train (F5) draws them here, or select a "
                                  "run in the table to see its curves.")
        head = QHBoxLayout()
        head.addWidget(self.log_loss)
        head.addWidget(self.readout, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(key)
        self._mouse = pg.SignalProxy(self.graphics.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._on_mouse_moved)
        self._place()
        self.readout.setText(self.idle_text())
        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / fps))
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    # ---- layout -------------------------------------------------------------------------
    def _place(self) -> None:
        """Loss and accuracy side by side when the panel is wide, stacked when tall."""
        layout = self.graphics.ci
        if self.acc_plot.scene() is not None:
            layout.removeItem(self.acc_plot)
        if self._accuracy:
            layout.addItem(self.acc_plot, row=0 if self._side_by_side else 1,
                           col=1 if self._side_by_side else 0)
        rows = 1 if self._side_by_side or not self._accuracy else 2
        self.graphics.setMinimumHeight(rows * MIN_PLOT.height() + 10)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        # side by side unless the panel is tall enough for two plots one above the other
        side = self.width() >= 2 * MIN_PLOT.width() and (
            self.width() > 1.6 * self.height() or self.height() < 2 * MIN_PLOT.height() + 120)
        if side != self._side_by_side:
            self._side_by_side = side
            self._place()

    @property
    def side_by_side(self) -> bool:
        return self._side_by_side and self._accuracy

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
        if shown != self._accuracy:
            self._accuracy = shown
            self._place()

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
        self.overlaid = list(runs)
        self.loss.set_overlays([(c.loss, c.val_loss) for _, c in runs])
        self.acc.set_overlays([(c.acc, c.val_acc) for _, c in runs])
        self.legend.clear()
        if runs:
            self.legend.addItem(self.loss.smooth, main_name or self.tr("shown run"))
            for (name, _), (line, _) in zip(runs, self.loss.overlays, strict=False):
                self.legend.addItem(line, name)
        self.legend.setVisible(bool(runs))
        self._dirty = True

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
        if not any(p.cross.isVisible() for p in (self.loss, self.acc)):
            self.readout.setText(self.idle_text())

    def idle_text(self) -> str:
        """What the line above the plots says when the mouse is not on them."""
        empty = not len(self.curves.loss) and not len(self.curves.val_loss) and not self.overlaid
        return self.empty_text if empty else " "

    def point_counts(self) -> dict[str, int]:
        """How many points the drawn curves hold (what the tests check)."""
        def n(item: pg.PlotDataItem) -> int:
            x = item.xData  # the data given (getData() is the clipped, downsampled view)
            return 0 if x is None else len(x)
        return {"loss": n(self.loss.raw), "loss_smoothed": n(self.loss.smooth),
                "accuracy": n(self.acc.raw), "val_loss": n(self.loss.val),
                "val_accuracy": n(self.acc.val)}

    @Slot(bool)
    def set_log_loss(self, on: bool) -> None:
        """The loss on a log scale (the accuracy stays linear: it lives in 0..1)."""
        if self.log_loss.isChecked() != on:
            self.log_loss.setChecked(on)  # comes back here through toggled
            return
        self.loss_plot.setLogMode(y=on)
        self.loss_plot.enableAutoRange(y=True)

    # ---- crosshair ----------------------------------------------------------------------
    def values_at(self, x: float) -> str:
        """What the readout says at epoch ``x``: the smoothed loss and accuracy and the
        validation loss nearest to it, and each overlaid run's loss."""
        c = self.curves
        parts = [self.tr("epoch {0}").format(f"{x:.2f}")]
        loss = _at(c.loss, x, smoothed=True)
        if loss is not None:
            parts.append(self.tr("loss {0}").format(f"{loss:.4g}"))
        acc = _at(c.acc, x, smoothed=True) if self._accuracy else None
        if acc is not None:
            parts.append(self.tr("accuracy {0}").format(f"{acc:.1%}"))
        val = _at(c.val_loss, x)
        if val is not None:
            parts.append(self.tr("validation loss {0}").format(f"{val:.4g}"))
        for name, curves in self.overlaid:
            other = _at(curves.loss, x, smoothed=True)
            if other is not None:
                parts.append(self.tr("{0}: loss {1}").format(
                    name or self.tr("compared run"), f"{other:.4g}"))
        return " · ".join(parts)

    def _on_mouse_moved(self, args: tuple) -> None:
        scene_pos = args[0]
        for panel in (self.loss, self.acc):
            inside = panel.plot.scene() is not None and panel.plot.sceneBoundingRect().contains(
                scene_pos)
            x = panel.plot.vb.mapSceneToView(scene_pos).x() if inside else -1.0
            if inside and x >= 0 and len(self.curves.loss):
                for p in (self.loss, self.acc):
                    p.cross.setPos(x)
                    p.cross.setVisible(True)
                self.readout.setText(self.values_at(x))
                return
        for p in (self.loss, self.acc):
            p.cross.setVisible(False)
        self.readout.setText(self.idle_text())


def _at(series: Series, x: float, smoothed: bool = False) -> float | None:
    """The value of ``series`` (or its EMA) at the point nearest to ``x``; None if empty."""
    if not len(series):
        return None
    i = int(np.argmin(np.abs(series.x - x)))
    return float((series.smoothed if smoothed else series.y)[i])
