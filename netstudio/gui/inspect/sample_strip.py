"""A horizontal strip of test images to pick from (plus a "drawn" slot fed by the draw pad)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QStyle, QWidget

from netstudio.gui.inspect.images import to_pixmap


class SampleStrip(QListWidget):
    """Thumbnails of test samples; ``sample_chosen(index)`` when one is clicked."""

    sample_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, thumb: int = 34) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(thumb, thumb))
        self.setSpacing(2)
        # One row: a fixed cell (icon mode would reserve a text line under each icon), no
        # vertical scroll bar, and room for the horizontal one, so the row is never cut.
        self.setGridSize(QSize(thumb + 8, thumb + 8))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.setFixedHeight(thumb + 8 + bar + 2 * self.frameWidth() + 2)
        self.setMovement(QListView.Movement.Static)
        self._thumb = thumb
        self.currentRowChanged.connect(self._on_row_changed)

    def set_samples(self, images: np.ndarray, labels: list[str] | None = None) -> None:
        """images: [N, H, W] (or [N, 1, H, W]) in any range."""
        self.blockSignals(True)
        self.clear()
        for i, img in enumerate(np.asarray(images)):
            item = QListWidgetItem(QIcon(to_pixmap(np.squeeze(img), self._thumb)), "")
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setToolTip(self.tr("test image: {0}").format(labels[i]) if labels
                            else self.tr("test image {0}").format(i))
            self.addItem(item)
        self.blockSignals(False)

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.sample_chosen.emit(row)
