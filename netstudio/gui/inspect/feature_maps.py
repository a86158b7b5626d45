"""Feature maps: every channel of one node's output for one input image, next to that image.

Fed with numpy ([C, H, W] maps and the [H, W] input); clicking a channel enlarges it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from netstudio.gui.inspect.images import image_item, image_view_box
from netstudio.gui.inspect.sample_strip import SampleStrip
from netstudio.gui.inspect.tile_view import TileGridView

HINT = QT_TRANSLATE_NOOP("FeatureMapView", "Select a convolution, activation or pooling node on "
                         "the canvas to see what each of its channels responds to in the chosen "
                         "image.")


class FeatureMapView(QWidget):
    """Input image + enlarged channel on the left, the grid of all channels on the right."""

    channel_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node_id: str | None = None
        self.maps: np.ndarray | None = None
        self.channel = 0
        self.title = QLabel(self.tr(HINT))
        self.title.setWordWrap(True)
        self.strip = SampleStrip()
        self.input_item = image_item()
        self.input_view = image_view_box(self.input_item)
        self.zoom_item = image_item()
        self.zoom_view = image_view_box(self.zoom_item)
        self.zoom_label = QLabel("")
        self.tiles = TileGridView()
        self.tiles.tile_clicked.connect(self._on_tile_clicked)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Input")))
        lv.addWidget(self.input_view, 1)
        lv.addWidget(self.zoom_label)
        lv.addWidget(self.zoom_view, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tiles)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 600])
        left.setMaximumWidth(260)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(split, 1)

    @property
    def tile_count(self) -> int:
        return self.tiles.tile_count

    def set_input(self, image: np.ndarray) -> None:
        self.input_item.setImage(np.squeeze(np.asarray(image, np.float32)), autoLevels=True)
        self.input_view.view_box.autoRange(padding=0.02)

    def show_maps(self, node_id: str, maps: np.ndarray, image: np.ndarray | None = None,
                  note: str = "") -> None:
        """maps: [C, H, W] of node ``node_id``; image: the input that produced them."""
        maps = np.asarray(maps)
        if image is not None:
            self.set_input(image)
        if maps.ndim != 3:
            self.show_message(
                self.tr("'{0}' gives {1} per sample, not channels x height x width, so it has "
                        "no feature maps.").format(node_id, list(maps.shape))
                + " " + self.tr(HINT))
            return
        if node_id != self.node_id or self.maps is None or self.maps.shape != maps.shape:
            self.channel = 0
        self.node_id, self.maps = node_id, maps
        c, h, w = maps.shape
        self.title.setText(self.tr("<b>{0}</b>: {1} channels of {2}x{3}. Click a channel to "
                                   "enlarge it. {4}").format(node_id, c, h, w, note))
        self.tiles.show_channels(maps)
        self._show_channel(min(self.channel, c - 1))

    def show_message(self, text: str) -> None:
        self.node_id, self.maps = None, None
        self.title.setText(text)
        self.tiles.clear()
        self.zoom_item.clear()
        self.zoom_label.setText("")

    def _show_channel(self, index: int) -> None:
        if self.maps is None:
            return
        self.channel = index
        self.zoom_item.setImage(self.maps[index].astype(np.float32), autoLevels=True)
        self.zoom_view.view_box.autoRange(padding=0.02)
        self.zoom_label.setText(self.tr("Channel {0}").format(index))
        self.tiles.highlight(index)

    @Slot(int)
    def _on_tile_clicked(self, index: int) -> None:
        self._show_channel(index)
        self.channel_selected.emit(index)
