"""numpy -> Qt images, and pyqtgraph image items that do not depend on global config."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage, QPixmap


def to_uint8(image: np.ndarray, lo: float | None = None, hi: float | None = None) -> np.ndarray:
    """Scale to 0..255 (min..max unless lo/hi are given); NaN shows as black."""
    a = np.nan_to_num(np.asarray(image, dtype=np.float32))
    lo = float(a.min()) if lo is None else lo
    hi = float(a.max()) if hi is None else hi
    if hi <= lo:
        return np.zeros(a.shape, np.uint8)
    return np.clip((a - lo) * (255.0 / (hi - lo)), 0, 255).astype(np.uint8)


def to_qimage(image: np.ndarray, lo: float | None = None, hi: float | None = None) -> QImage:
    """A grayscale [H, W] or colour [H, W, 3] array as a QImage that owns its pixels."""
    a = np.ascontiguousarray(to_uint8(image, lo, hi))
    if a.ndim == 3 and a.shape[-1] == 3:
        h, w, _ = a.shape
        return QImage(a.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    if a.ndim == 3:  # [1, H, W] or [C, H, W]: first channel
        a = np.ascontiguousarray(a[0])
    h, w = a.shape
    return QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


def to_pixmap(image: np.ndarray, size: int | None = None,
              lo: float | None = None, hi: float | None = None) -> QPixmap:
    pix = QPixmap.fromImage(to_qimage(image, lo, hi))
    return pix.scaled(size, size) if size else pix


def image_item(**kwargs: object) -> pg.ImageItem:
    """An ImageItem reading arrays as [row, column] whatever pg's global setting says."""
    return pg.ImageItem(axisOrder="row-major", **kwargs)


def image_view_box(item: pg.ImageItem) -> pg.GraphicsLayoutWidget:
    """A widget showing one image, y down (like a picture), aspect kept, no mouse panning."""
    from netstudio.gui.inspect.plot_style import colours

    widget = pg.GraphicsLayoutWidget()
    widget.setBackground(colours()[0])
    box = widget.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
    box.addItem(item)
    box.setMenuEnabled(False)
    widget.view_box = box  # type: ignore[attr-defined]
    return widget
