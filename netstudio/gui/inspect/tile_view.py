"""A grid of small images (channels or filters) in one ImageItem; a click names the tile.

The grid takes the panel's shape: the number of columns is chosen for the biggest tiles that
fit (8 wide and 8 high in a tall panel, 16 by 4 in a wide one) and changes as the panel is
resized. Hovering a tile says which channel it is and the value under the mouse.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal, Slot
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from netstudio.core.train.capture import TileGrid, tile_channels, tile_filters
from netstudio.gui.inspect.images import image_item, image_view_box


def fit_columns(count: int, tile_w: int, tile_h: int, width: float, height: float,
                padding: int = 1) -> int:
    """The number of columns that shows ``count`` tiles biggest in a width x height area."""
    if count <= 0 or width <= 0 or height <= 0:
        return max(1, math.ceil(math.sqrt(max(count, 1))))
    best, best_scale = 1, -1.0
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        scale = min(width / (cols * (tile_w + padding)), height / (rows * (tile_h + padding)))
        if scale > best_scale + 1e-9:
            best, best_scale = cols, scale
    return best


class TileGridView(QWidget):
    """Shows a TileGrid; emits ``tile_clicked(index)`` when a tile is clicked.

    ``colormap``: a pyqtgraph colormap for one-channel tiles (None: grey)."""

    tile_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, colormap: str | None = None) -> None:
        super().__init__(parent)
        self.grid: TileGrid | None = None
        self.values: np.ndarray | None = None  # the raw [C, H, W] behind the tiles (hover)
        self._source: tuple[str, np.ndarray] | None = None
        self._highlighted: int | None = None
        self.item = image_item()
        if colormap:
            self.item.setColorMap(pg.colormap.get(colormap))
        self.view = image_view_box(self.item)
        self.view.setMinimumSize(120, 90)
        self._highlight = pg.QtWidgets.QGraphicsRectItem()
        self._highlight.setPen(pg.mkPen("#f59e0b", width=0))
        self._highlight.setVisible(False)
        self.view.view_box.addItem(self._highlight)
        self.view.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.idle_text = " "  # what the line under the grid says when no tile is hovered
        self.readout = QLabel(" ")
        self.readout.setObjectName("muted")
        # a long line must not widen the panel: it wraps (a cut hint is never read)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.readout.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.readout)

    @property
    def tile_count(self) -> int:
        return self.grid.count if self.grid is not None else 0

    def show_channels(self, maps: np.ndarray) -> None:
        self.values = np.asarray(maps)
        self._source = ("channels", self.values)
        self.readout.setText(self.idle_text)
        self.readout.setToolTip(self.idle_text)
        self._retile(force=True)

    def show_filters(self, images: np.ndarray) -> None:
        self.values = None
        self._source = ("filters", np.asarray(images))
        self._retile(force=True)

    def clear(self) -> None:
        self.grid = None
        self.values = None
        self._source = None
        self.item.clear()
        self._highlight.setVisible(False)
        self.readout.setText(self.idle_text)

    def _retile(self, force: bool = False) -> None:
        if self._source is None:
            return
        kind, data = self._source
        count, h, w = len(data), data.shape[1], data.shape[2]
        cols = fit_columns(count, w, h, self.view.width(), self.view.height())
        if not force and self.grid is not None and cols == self.grid.columns:
            return
        grid = tile_channels(data, cols) if kind == "channels" else tile_filters(data, cols)
        highlighted = self._highlighted
        reshaped = self.grid is None or self.grid.image.shape != grid.image.shape
        self.grid = grid
        self.item.setImage(grid.image, autoLevels=False, levels=(0.0, 1.0))
        if reshaped:
            self.view.view_box.autoRange(padding=0.01)
        self.highlight(highlighted)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._retile()

    def highlight(self, index: int | None) -> None:
        self._highlighted = index
        g = self.grid
        if g is None or index is None or not 0 <= index < g.count:
            self._highlight.setVisible(False)
            return
        row, col = divmod(index, g.columns)
        step_w, step_h = g.tile_w + g.padding, g.tile_h + g.padding
        self._highlight.setRect(col * step_w - 0.5, row * step_h - 0.5, g.tile_w + 1, g.tile_h + 1)
        self._highlight.setVisible(True)

    def tile_at(self, scene_pos: QPointF) -> tuple[int, int, int] | None:
        """(tile index, row, column inside the tile) under a scene point, or None."""
        g = self.grid
        if g is None:
            return None
        pos = self.item.mapFromScene(scene_pos)
        index = g.cell_at(pos.x(), pos.y())
        if index is None:
            return None
        step_w, step_h = g.tile_w + g.padding, g.tile_h + g.padding
        col, row = int(pos.x() % step_w), int(pos.y() % step_h)
        if row >= g.tile_h or col >= g.tile_w:
            return None
        return index, row, col

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: object) -> None:
        hit = self.tile_at(scene_pos)  # type: ignore[arg-type]
        if hit is None:
            self.readout.setText(self.idle_text)
            return
        index, row, col = hit
        text = self.tr("#{0}").format(index)
        if self.values is not None and self.values.ndim == 3:
            value = float(self.values[index, row, col])
            text = self.tr("channel {0} · row {1}, column {2} · value {3}").format(
                index, row, col, f"{value:.4g}")
        self.readout.setText(text)

    @Slot(object)
    def _on_scene_clicked(self, event: object) -> None:
        hit = self.tile_at(event.scenePos())  # type: ignore[attr-defined]
        if hit is not None:
            self.highlight(hit[0])
            self.tile_clicked.emit(hit[0])

    def click_tile(self, index: int) -> None:
        """What a click on tile ``index`` does (tests and keyboard use)."""
        self.highlight(index)
        self.tile_clicked.emit(index)
