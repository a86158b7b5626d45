"""The learned filters (kernels) of a convolution, one tile per output channel."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from netstudio.core.train.capture import filter_images
from netstudio.gui.i18n import plural
from netstudio.gui.inspect.images import image_item, image_view_box
from netstudio.gui.inspect.tile_view import TileGridView

HINT = QT_TRANSLATE_NOOP("FilterView", "Select a convolution on the canvas to see its "
                         "learned filters.")
MODES = {"auto": QT_TRANSLATE_NOOP("FilterView", "Automatic"),
         "first": QT_TRANSLATE_NOOP("FilterView", "First input channel"),
         "mean": QT_TRANSLATE_NOOP("FilterView", "Mean over inputs")}


class FilterView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node_id: str | None = None
        self.weight: np.ndarray | None = None
        self.images: np.ndarray | None = None
        self._zoomed = 0
        self.title = QLabel(self.tr(HINT))
        self.title.setWordWrap(True)
        self.mode = QComboBox()
        for key, text in MODES.items():
            self.mode.addItem(self.tr(text), key)
        self.mode.setToolTip(self.tr("Deeper convolutions have one kernel per input channel: "
                                     "show the first one, or their mean."))
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.tiles = TileGridView()
        self.tiles.tile_clicked.connect(self._on_tile_clicked)
        self.zoom_item = image_item()
        self.zoom_view = image_view_box(self.zoom_item)
        self.zoom_view.setMaximumWidth(220)
        self.zoom_label = QLabel("")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.mode)
        body = QHBoxLayout()
        body.addWidget(self.tiles, 3)
        side = QVBoxLayout()
        side.addWidget(self.zoom_label)
        side.addWidget(self.zoom_view, 1)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(body, 1)

    @property
    def tile_count(self) -> int:
        return self.tiles.tile_count

    def show_weight(self, node_id: str, weight: np.ndarray) -> None:
        """weight: a Conv2d weight [out, in, kh, kw] as numpy."""
        weight = np.asarray(weight)
        if weight.ndim != 4:
            self.show_message(
                self.tr("'{0}' has no 2-D convolution kernels to show.").format(node_id))
            return
        self.node_id, self.weight = node_id, weight
        self._redraw()

    def show_message(self, text: str) -> None:
        self.node_id = self.weight = self.images = None
        self.title.setText(text)
        self.tiles.clear()
        self.zoom_item.clear()

    def _redraw(self) -> None:
        if self.weight is None:
            return
        o, i, kh, kw = self.weight.shape
        self.images = filter_images(self.weight, self.mode.currentData())
        self.tiles.show_filters(self.images)
        how = plural(i, self.tr("one input channel"), self.tr("%1 input channels"))
        self.title.setText(self.tr("<b>{0}</b>: {1} filters of {2}x{3} over {4}. Grey = 0, "
                                   "bright = positive weight, dark = negative. Click one to "
                                   "enlarge it.").format(self.node_id, o, kh, kw, how))
        self._on_tile_clicked(min(self._zoomed, o - 1))

    @Slot(int)
    def _on_mode_changed(self, _index: int) -> None:
        self._redraw()

    @Slot(int)
    def _on_tile_clicked(self, index: int) -> None:
        if self.images is None:
            return
        self._zoomed = index
        self.tiles.highlight(index)
        img = self.images[index].astype(np.float32)
        peak = float(np.abs(img).max()) or 1.0
        if img.ndim == 2:  # same scale as the tiles: 0 stays mid-grey
            self.zoom_item.setImage(img, autoLevels=False, levels=(-peak, peak))
        else:
            self.zoom_item.setImage(img, autoLevels=True)
        self.zoom_view.view_box.autoRange(padding=0.02)
        self.zoom_label.setText(self.tr("Filter {0}").format(index))
