"""A grid of small images (channels or filters) in one ImageItem; a click names the tile."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from netstudio.core.train.capture import TileGrid, tile_channels, tile_filters
from netstudio.gui.inspect.images import image_item, image_view_box


class TileGridView(QWidget):
    """Shows a TileGrid; emits ``tile_clicked(index)`` when a tile is clicked."""

    tile_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: TileGrid | None = None
        self.item = image_item()
        self.view = image_view_box(self.item)
        self.view.setMinimumSize(120, 120)
        self._highlight = pg.QtWidgets.QGraphicsRectItem()
        self._highlight.setPen(pg.mkPen("#f59e0b", width=0))
        self._highlight.setVisible(False)
        self.view.view_box.addItem(self._highlight)
        self.view.scene().sigMouseClicked.connect(self._on_scene_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    @property
    def tile_count(self) -> int:
        return self.grid.count if self.grid is not None else 0

    def show_channels(self, maps: np.ndarray) -> None:
        self._show(tile_channels(maps))

    def show_filters(self, images: np.ndarray) -> None:
        self._show(tile_filters(images))

    def clear(self) -> None:
        self.grid = None
        self.item.clear()
        self._highlight.setVisible(False)

    def _show(self, grid: TileGrid) -> None:
        reshaped = self.grid is None or self.grid.image.shape != grid.image.shape
        self.grid = grid
        self.item.setImage(grid.image, autoLevels=False, levels=(0.0, 1.0))
        if reshaped:
            self.view.view_box.autoRange(padding=0.01)

    def highlight(self, index: int | None) -> None:
        g = self.grid
        if g is None or index is None or not 0 <= index < g.count:
            self._highlight.setVisible(False)
            return
        row, col = divmod(index, g.columns)
        step_w, step_h = g.tile_w + g.padding, g.tile_h + g.padding
        self._highlight.setRect(col * step_w - 0.5, row * step_h - 0.5, g.tile_w + 1, g.tile_h + 1)
        self._highlight.setVisible(True)

    @Slot(object)
    def _on_scene_clicked(self, event: object) -> None:
        if self.grid is None:
            return
        pos = self.item.mapFromScene(event.scenePos())  # type: ignore[attr-defined]
        index = self.grid.cell_at(pos.x(), pos.y())
        if index is not None:
            self.highlight(index)
            self.tile_clicked.emit(index)

    def click_tile(self, index: int) -> None:
        """What a click on tile ``index`` does (tests and keyboard use)."""
        self.highlight(index)
        self.tile_clicked.emit(index)
