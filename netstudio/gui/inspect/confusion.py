"""The confusion matrix as a heatmap: rows are true labels, columns predictions.

Colour has two scales to choose from: the count on a log scale (so 1 mistake and 50 mistakes
look different next to 1,000 right answers) or the share of each true class (rare classes
read as clearly as common ones). Every cell shows its count when the cells are big enough to
read, and hovering says it in words. Clicking a cell outlines it and emits
``cell_clicked(true, pred)``; "Show all mistakes" emits ``show_all`` to go back.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netstudio.gui.combo_items import add_item, tip_follows_entry
from netstudio.gui.inspect.images import image_item
from netstudio.gui.inspect.plot_style import style_widget

SCALES = {"log": QT_TRANSLATE_NOOP("ConfusionView", "Colour: count (log scale)"),
          "row": QT_TRANSLATE_NOOP("ConfusionView", "Colour: row share")}
SCALE_TIPS = {  # the long form, in the entry's tooltip (the column is 190 px wide)
    "log": QT_TRANSLATE_NOOP("ConfusionView", "Colour: the count, on a log scale"),
    "row": QT_TRANSLATE_NOOP("ConfusionView", "Colour: the share of the true class (each "
                             "row adds up to 100%)")}
MIN_CELL_PX = 22  # below this the counts are not drawn (hover still says them)
WORDS_WIDTH = 190  # px of the column of words and controls beside the matrix
AXIS_TITLES_PX = 260  # plot height below which the axis titles give their rows to the cells


def cell_colours(matrix: np.ndarray, scale: str) -> np.ndarray:
    """0..1 per cell: log(1 + count) / log(1 + largest count), or the share of the row."""
    m = np.asarray(matrix, dtype=np.float64)
    if scale == "row":
        rows = m.sum(axis=1, keepdims=True)
        return np.divide(m, rows, out=np.zeros(m.shape), where=rows > 0)
    top = np.log1p(m.max()) if m.size else 0.0
    return np.log1p(m) / top if top > 0 else np.zeros(m.shape)


class ConfusionView(QWidget):
    cell_clicked = Signal(int, int)  # true label, predicted label
    show_all = Signal()  # back to every mistake

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.names: list[str] = []
        self.labels: list[QGraphicsSimpleTextItem] = []
        self.selected: tuple[int, int] | None = None
        self.scale = QComboBox()
        for key, text in SCALES.items():
            add_item(self.scale, self.tr(text), key, self.tr(SCALE_TIPS[key]))
        tip_follows_entry(self.scale, self.tr(
            "Log scale: every count gets its own shade, so a few mistakes stand out from none. "
            "Share: each row adds up to 100%, so rare classes read as clearly."))
        self.scale.currentIndexChanged.connect(lambda _i: self._paint())
        self.all_button = QPushButton(self.tr("Show all mistakes"))
        self.all_button.clicked.connect(self._on_show_all)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.plot.setLabel("left", self.tr("true label"))
        self.plot.setLabel("bottom", self.tr("predicted label"))
        tick_font = QFont()
        tick_font.setPointSize(10)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setStyle(tickFont=tick_font)
        self.item = image_item()
        self.item.setColorMap(pg.colormap.get("viridis"))
        self.plot.addItem(self.item)
        self.outline = QGraphicsRectItem()
        self.outline.setPen(pg.mkPen("#f97316", width=3, cosmetic=True))
        self.outline.setZValue(10)
        self.outline.setVisible(False)
        self.plot.addItem(self.outline)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.getViewBox().sigResized.connect(self._fit_labels)
        style_widget(self.plot)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.readout = QLabel(" ")
        self.readout.setObjectName("muted")
        self.readout.setWordWrap(True)
        # The words and controls sit above the matrix in a tall panel and beside it in a
        # wide, low one (1280x720 leaves ~230 px: above, they took half of it from the cells).
        self.head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.head.addWidget(self.scale)
        self.head.addWidget(self.all_button)
        self.head.addStretch(1)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.caption)
        words.addLayout(self.head)
        words.addWidget(self.readout)
        self.words = QWidget()
        self.words.setLayout(words)
        self.layout_box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.layout_box.setContentsMargins(0, 0, 0, 0)
        self.layout_box.setSpacing(4)
        self.layout_box.addWidget(self.words)
        self.layout_box.addWidget(self.plot, 1)
        self.clear()

    def clear(self) -> None:
        """Back to the empty matrix (a new project or a new run: no stale counts)."""
        self.matrix = None
        self.names = []
        self.selected = None
        self.outline.setVisible(False)
        self.item.clear()
        for t in self.labels:
            self.plot.removeItem(t)
        self.labels = []
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).setTicks(None)
        self.plot.setRange(xRange=(-0.5, 9.5), yRange=(-0.5, 9.5), padding=0.02)
        self.all_button.setEnabled(False)
        self.readout.setText(" ")
        self.caption.setText(self.tr("Train a classifier to see which digits it confuses."))

    def set_matrix(self, matrix: np.ndarray, class_names: list[str] | tuple[str, ...]) -> None:
        m = np.asarray(matrix, dtype=np.int64)
        k = m.shape[0]
        self.matrix = m
        self.names = [str(n) for n in class_names] or [str(i) for i in range(k)]
        self.selected = None
        self.outline.setVisible(False)
        for t in self.labels:
            self.plot.removeItem(t)
        self.labels = []
        for r in range(k):
            for c in range(k):
                t = QGraphicsSimpleTextItem(str(m[r, c]))
                self.plot.addItem(t)
                self.labels.append(t)
        ticks = [[(i, n) for i, n in enumerate(self.names)]]
        self.plot.getAxis("bottom").setTicks(ticks)
        self.plot.getAxis("left").setTicks(ticks)
        self.plot.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0.02)
        self.all_button.setEnabled(True)
        wrong = int(m.sum() - np.trace(m))
        self.caption.setText(
            self.tr("{0} test images, {1} wrong. Rows: the true class, columns: what the "
                    "network said. Click a cell for its images.").format(int(m.sum()), wrong))
        self._paint()

    def select_cell(self, true: int, pred: int) -> None:
        """Outline one cell (what a click does, besides emitting cell_clicked)."""
        self.selected = (true, pred)
        self.outline.setRect(pred - 0.5, true - 0.5, 1.0, 1.0)
        self.outline.setVisible(True)

    def cell_text(self, true: int, pred: int) -> str:
        k = 0 if self.matrix is None else self.matrix.shape[0]
        return self.labels[true * k + pred].text()

    @property
    def labels_shown(self) -> bool:
        return bool(self.labels) and self.labels[0].isVisible()

    # ---- drawing ------------------------------------------------------------------------
    def _paint(self) -> None:
        if self.matrix is None:
            return
        colour = cell_colours(self.matrix, self.scale.currentData())
        k = self.matrix.shape[0]
        self.item.setImage(colour.astype(np.float32), autoLevels=False, levels=(0.0, 1.0))
        self.item.setRect(-0.5, -0.5, k, k)  # after setImage: the rect scales the image
        for i, t in enumerate(self.labels):
            t.setBrush(QColor("#000000" if colour[i // k, i % k] > 0.6 else "#ffffff"))
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Counts drawn in the matrix's own units (one cell = 1), sized to the cell, and only
        when a cell is big enough on screen to read them."""
        if self.matrix is None or not self.labels:
            return
        k = self.matrix.shape[0]
        px = self.plot.getViewBox().viewPixelSize()  # matrix units per screen pixel
        cell_px = 1.0 / max(px[0], px[1], 1e-9)
        font = QFont()
        font.setPointSize(10)
        fm = QFontMetricsF(font)
        widest = max(fm.horizontalAdvance(t.text()) for t in self.labels)
        scale = min(0.86 / max(widest, 1.0), 0.5 / fm.height())
        shown = cell_px >= MIN_CELL_PX
        if not shown and self.readout.text().strip() in ("", self._small_hint()):
            self.readout.setText(self._small_hint())
        elif shown and self.readout.text() == self._small_hint():
            self.readout.setText(" ")
        for i, t in enumerate(self.labels):
            t.setFont(font)
            t.setScale(scale)
            rect = t.boundingRect()
            t.setPos(i % k - rect.width() * scale / 2, i // k - rect.height() * scale / 2)
            t.setVisible(shown)

    @property
    def words_beside(self) -> bool:
        return self.layout_box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        beside = self.width() >= 1.6 * self.height() and self.width() >= 2 * WORDS_WIDTH
        if beside != self.words_beside:
            self.layout_box.setDirection(QBoxLayout.Direction.LeftToRight if beside
                                         else QBoxLayout.Direction.TopToBottom)
            self.head.setDirection(QBoxLayout.Direction.TopToBottom if beside
                                   else QBoxLayout.Direction.LeftToRight)
            self.words.setMaximumWidth(WORDS_WIDTH if beside else 16_777_215)
        # A low panel gives the rows to the cells: the caption already says rows are the
        # true class and columns what the network said.
        titled = self.plot.height() >= AXIS_TITLES_PX
        for axis in ("left", "bottom"):
            self.plot.getPlotItem().showLabel(axis, titled)

    @property
    def axis_titles_shown(self) -> bool:
        return self.plot.getPlotItem().getAxis("bottom").label.isVisible()

    def _small_hint(self) -> str:
        return self.tr("Hover a cell for its count, or press Ctrl+Shift+M for a bigger view.")

    # ---- mouse --------------------------------------------------------------------------
    def _cell_at(self, scene_pos: object) -> tuple[int, int] | None:
        if self.matrix is None:
            return None
        pos = self.plot.getViewBox().mapSceneToView(scene_pos)
        col, row = int(round(pos.x())), int(round(pos.y()))
        k = self.matrix.shape[0]
        return (row, col) if 0 <= row < k and 0 <= col < k else None

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: object) -> None:
        cell = self._cell_at(scene_pos)
        if cell is None or self.matrix is None:
            hidden = self.matrix is not None and not self.labels_shown
            self.readout.setText(self._small_hint() if hidden else " ")
            return
        row, col = cell
        count = int(self.matrix[row, col])
        total = int(self.matrix[row].sum())
        share = f"{count / total:.1%}" if total else "0%"
        self.readout.setText(self.tr("true {0}, predicted {1}: {2} images ({3} of the {0}s)")
                             .format(self.names[row], self.names[col], count, share))

    @Slot(object)
    def _on_scene_clicked(self, event: object) -> None:
        cell = self._cell_at(event.scenePos())  # type: ignore[attr-defined]
        if cell is not None:
            self.select_cell(*cell)
            self.cell_clicked.emit(*cell)

    @Slot()
    def _on_show_all(self) -> None:
        self.selected = None
        self.outline.setVisible(False)
        self.show_all.emit()
