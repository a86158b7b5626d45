"""Feature maps: every channel of one node's output for one input image, next to that image.

Fed with numpy ([C, H, W] maps and the [H, W] input). The grid of channels takes most of the
panel and its tiles grow with it; clicking a channel shows it enlarged beside the grid with a
colour scale of its real values, and hovering either says the value under the mouse.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from netstudio.gui.inspect.images import image_item, image_view_box
from netstudio.gui.inspect.sample_strip import SampleStrip
from netstudio.gui.inspect.tile_view import TileGridView

HINT = QT_TRANSLATE_NOOP("FeatureMapView", "Select a convolution, activation or pooling node on "
                         "the canvas to see what each of its channels responds to in the chosen "
                         "image.")
COLORMAP = "inferno"  # dark = low, bright = high, readable in grey print and by most eyes


class FeatureMapView(QWidget):
    """The grid of all channels (most of the room), and beside it the input image and the
    enlarged channel with its colour scale."""

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
        self.input_view.setMinimumSize(48, 48)
        self.input_view.setMaximumSize(96, 96)
        self.zoom_item = image_item()
        self.zoom_item.setColorMap(pg.colormap.get(COLORMAP))
        self.zoom_view = image_view_box(self.zoom_item)
        self.zoom_view.setMinimumSize(110, 90)
        # the colour scale of the enlarged channel: its real values, low to high
        self.colour_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=pg.colormap.get(COLORMAP),
                                          interactive=False, width=14, colorMapMenu=False)
        self.zoom_view.addItem(self.colour_bar, row=0, col=1)
        self.zoom_view.scene().sigMouseMoved.connect(self._on_zoom_hovered)
        self.zoom_label = QLabel("")
        self.zoom_label.setWordWrap(True)
        self.zoom_readout = QLabel(" ")
        self.zoom_readout.setObjectName("muted")
        self.tiles = TileGridView(colormap=COLORMAP)
        self.tiles.tile_clicked.connect(self._on_tile_clicked)
        self.tiles.idle_text = self.tr("Tiles scaled one by one (dark low, bright high); "
                                       "hover for values.")

        # Beside the grid: the input (small) and the enlarged channel (the rest), compact
        # enough for a 250-pixel dock at 1280x720.
        side = QWidget()
        sv = QGridLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.setSpacing(4)
        input_label = QLabel(self.tr("Input"))
        input_label.setObjectName("muted")
        sv.addWidget(input_label, 0, 0)
        sv.addWidget(self.input_view, 1, 0)
        sv.addWidget(self.zoom_label, 0, 1)
        sv.addWidget(self.zoom_view, 1, 1, 2, 1)
        sv.addWidget(self.zoom_readout, 3, 0, 1, 2)
        sv.setColumnStretch(1, 1)
        sv.setRowStretch(2, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.tiles)
        self.split.addWidget(side)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.strip)
        layout.addWidget(self.split, 1)

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
        self.zoom_readout.setText(" ")

    def _show_channel(self, index: int) -> None:
        if self.maps is None:
            return
        self.channel = index
        channel = np.nan_to_num(self.maps[index].astype(np.float32))
        lo, hi = float(channel.min()), float(channel.max())
        if hi <= lo:  # a flat channel: one colour, and a scale that still reads
            hi = lo + 1e-6
        self.zoom_item.setImage(channel, autoLevels=False, levels=(lo, hi))
        self.colour_bar.setLevels((lo, hi))
        self.zoom_view.view_box.autoRange(padding=0.02)
        self.zoom_label.setText(self.tr("Channel {0}: {1} to {2}").format(
            index, f"{lo:.3g}", f"{hi:.3g}"))
        self.tiles.highlight(index)

    @Slot(object)
    def _on_zoom_hovered(self, scene_pos: object) -> None:
        if self.maps is None:
            return
        pos = self.zoom_item.mapFromScene(scene_pos)  # type: ignore[arg-type]
        row, col = int(pos.y()), int(pos.x())
        h, w = self.maps.shape[1:]
        if 0 <= row < h and 0 <= col < w and pos.x() >= 0 and pos.y() >= 0:
            value = float(self.maps[self.channel, row, col])
            self.zoom_readout.setText(self.tr("row {0}, column {1}: {2}").format(
                row, col, f"{value:.4g}"))
        else:
            self.zoom_readout.setText(" ")

    @Slot(int)
    def _on_tile_clicked(self, index: int) -> None:
        self._show_channel(index)
        self.channel_selected.emit(index)
