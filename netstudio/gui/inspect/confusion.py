"""The confusion matrix as a heatmap: rows are true labels, columns predictions.

Colour is the share of each true class (row-normalised, so rare classes read as clearly as
common ones); every cell shows its count. Clicking a cell emits ``cell_clicked(true, pred)``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QLabel, QVBoxLayout, QWidget

from netstudio.gui.inspect.images import image_item
from netstudio.gui.inspect.plot_style import style_widget


class ConfusionView(QWidget):
    cell_clicked = Signal(int, int)  # true label, predicted label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.labels: list[QGraphicsSimpleTextItem] = []
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.setLabel("left", self.tr("true label"))
        self.plot.setLabel("bottom", self.tr("predicted label"))
        self.item = image_item()
        self.item.setColorMap(pg.colormap.get("viridis"))
        self.plot.addItem(self.item)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        style_widget(self.plot)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self.clear()

    def clear(self) -> None:
        """Back to the empty matrix (a new project or a new run: no stale counts)."""
        self.matrix = None
        self.item.clear()
        for t in self.labels:
            self.plot.removeItem(t)
        self.labels = []
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).setTicks(None)
        self.plot.setRange(xRange=(-0.5, 9.5), yRange=(-0.5, 9.5), padding=0.02)
        self.caption.setText(self.tr("Train a classifier to see which digits it confuses."))

    def set_matrix(self, matrix: np.ndarray, class_names: list[str] | tuple[str, ...]) -> None:
        m = np.asarray(matrix, dtype=np.int64)
        k = m.shape[0]
        self.matrix = m
        rows = m.sum(axis=1, keepdims=True)
        share = np.divide(m, rows, out=np.zeros(m.shape, np.float64), where=rows > 0)
        self.item.setImage(share.astype(np.float32), autoLevels=False, levels=(0.0, 1.0))
        self.item.setRect(-0.5, -0.5, k, k)
        for t in self.labels:
            self.plot.removeItem(t)
        self.labels = []
        # The counts are drawn in the matrix's own units (one cell = 1), so they grow and
        # shrink with it and "1134" never spills over its neighbours, whatever the dock size.
        font = QFont()
        font.setPointSize(10)
        widest = max(QFontMetricsF(font).horizontalAdvance(str(v)) for v in m.flat)
        height = QFontMetricsF(font).height()
        scale = min(0.86 / max(widest, 1.0), 0.5 / height)
        for r in range(k):
            for c in range(k):
                t = QGraphicsSimpleTextItem(str(m[r, c]))
                t.setFont(font)
                t.setBrush(QColor("#000000" if share[r, c] > 0.6 else "#ffffff"))
                t.setScale(scale)
                rect = t.boundingRect()
                t.setPos(c - rect.width() * scale / 2, r - rect.height() * scale / 2)
                self.plot.addItem(t)
                self.labels.append(t)
        ticks = [[(i, str(n)) for i, n in enumerate(class_names)]]
        self.plot.getAxis("bottom").setTicks(ticks)
        self.plot.getAxis("left").setTicks(ticks)
        self.plot.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0.02)
        wrong = int(m.sum() - np.trace(m))
        self.caption.setText(
            self.tr("{0} test images, {1} wrong. Rows: the true digit; columns: what the network "
                    "said. Click a cell to see those images.").format(int(m.sum()), wrong))

    def cell_text(self, true: int, pred: int) -> str:
        k = 0 if self.matrix is None else self.matrix.shape[0]
        return self.labels[true * k + pred].text()

    @Slot(object)
    def _on_scene_clicked(self, event: object) -> None:
        if self.matrix is None:
            return
        pos = self.plot.getViewBox().mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        col, row = int(round(pos.x())), int(round(pos.y()))
        k = self.matrix.shape[0]
        if 0 <= row < k and 0 <= col < k:
            self.cell_clicked.emit(row, col)
