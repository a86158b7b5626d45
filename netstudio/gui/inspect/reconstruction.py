"""Autoencoders: each test input next to the network's reconstruction of it."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netstudio.core.train.capture import tile_channels
from netstudio.gui.inspect.images import image_item, image_view_box


class ReconstructionView(QWidget):
    """Pairs in columns: input on the left, reconstruction on the right, one pair per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs = 0
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.item = image_item()
        self.view = image_view_box(self.item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        self.clear()

    def clear(self) -> None:
        """Back to the empty view (a new project or a new run: no stale pictures)."""
        self.item.clear()
        self.pairs = 0
        self.caption.setText(self.tr("For autoencoders: each test image (left) and what the "
                                     "network rebuilt from it (right)."))

    def set_pairs(self, inputs: np.ndarray, outputs: np.ndarray, error: float | None = None) -> None:
        """inputs/outputs: [N, (1,) H, W]; shown side by side, four pairs per row."""
        a = np.asarray(inputs, np.float32).reshape(len(inputs), *np.shape(inputs)[-2:])
        b = np.asarray(outputs, np.float32).reshape(len(outputs), *np.shape(outputs)[-2:])
        n = min(len(a), len(b))
        if n == 0:
            self.item.clear()
            self.pairs = 0
            return
        # Interleave input, output so the grid lays each pair side by side; no per-tile
        # rescaling, so a faint reconstruction looks faint.
        stack = np.empty((2 * n, *a.shape[1:]), np.float32)
        stack[0::2], stack[1::2] = a[:n], b[:n]
        grid = tile_channels(stack, columns=8, padding=2, scale_each=False)
        self.item.setImage(grid.image, autoLevels=False, levels=(0.0, 1.0))
        self.view.view_box.autoRange(padding=0.01)
        self.pairs = n
        if error is not None:
            self.caption.setText(self.tr("{0} test images (left) and their reconstructions "
                                         "(right). Mean error on the test set: {1}.")
                                 .format(n, f"{error:.4f}"))

