"""Per-layer histograms of activations and gradients, with the share of dead ReLU units.

One row per layer: activations on the left, the weight gradients of the last batch on the
right. Items are created when the set of layers changes and updated in place otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netstudio.core.train.capture import LayerStats
from netstudio.gui.inspect.plot_style import colours, style_plot

DEAD_WARNING = 0.5  # a ReLU with more dead units than this is flagged


class _Row:
    def __init__(self, layout: pg.GraphicsLayout, row: int, node_id: str) -> None:
        self.act_plot = layout.addPlot(row=row, col=0)
        self.grad_plot = layout.addPlot(row=row, col=1)
        for p in (self.act_plot, self.grad_plot):
            p.setMouseEnabled(x=False, y=False)
            p.hideButtons()
            p.setMenuEnabled(False)
            p.getAxis("left").setStyle(showValues=False)
            style_plot(p)
        self.act = self.act_plot.plot(stepMode="center", fillLevel=0, brush="#2563eb88",
                                      pen="#2563eb")
        self.grad = self.grad_plot.plot(stepMode="center", fillLevel=0, brush="#d9770688",
                                        pen="#d97706")
        self.node_id = node_id

    def update(self, s: LayerStats) -> None:
        self.act.setData(s.act_edges, s.act_counts)
        # _Row is no QObject: its texts live in HistogramView's context.
        title = QCoreApplication.translate("HistogramView", "{0}: activations").format(s.node_id)
        if s.dead_share is not None:
            dead = QCoreApplication.translate("HistogramView", "{0} dead").format(
                f"{s.dead_share:.0%}")
            if s.dead_share > DEAD_WARNING:
                dead = f"<span style='color:#dc2626'>{dead}</span>"
            title += f" ({dead})"
        self.act_plot.setTitle(title, size="9pt")
        if s.grad_counts is not None and s.grad_edges is not None:
            self.grad.setData(s.grad_edges, s.grad_counts)
            text = QCoreApplication.translate("HistogramView", "{0}: weight gradients")
            self.grad_plot.setTitle(text.format(s.node_id), size="9pt")
        else:
            self.grad.clear()
            if s.has_params:
                text = QCoreApplication.translate("HistogramView",
                                                  "{0}: gradients show while it trains")
            else:
                text = QCoreApplication.translate("HistogramView", "{0}: no weights")
            self.grad_plot.setTitle(text.format(s.node_id), size="9pt")


class HistogramView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, _Row] = {}
        self.caption = QLabel(self.tr(
            "How the values inside the network are spread while it learns. A ReLU unit is "
            "'dead' when it outputs 0 for every image in the batch: it no longer learns."))
        self.caption.setWordWrap(True)
        # an empty page says why, and what fills it
        self.empty = QLabel(self.tr("Nothing to show yet: the histograms appear while a "
                                    "network trains (Train, F5)."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(colours()[0])
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.empty)
        layout.addWidget(self.graphics, 1)

    def set_stats(self, stats: Mapping[str, LayerStats]) -> None:
        ids = list(stats)
        if ids != list(self.rows):
            self.graphics.clear()
            self.rows = {}
            for r, node_id in enumerate(ids):
                self.rows[node_id] = _Row(self.graphics.ci, r, node_id)
            self.graphics.setMinimumHeight(130 * len(ids))
        for node_id, s in stats.items():
            self.rows[node_id].update(s)
        self.empty.setVisible(not self.rows)

    def dead_text(self, node_id: str) -> str:
        row = self.rows.get(node_id)
        return "" if row is None else row.act_plot.titleLabel.text
