"""Draw a digit with the mouse and watch the network's class probabilities change.

The stroke is preprocessed the way MNIST digits were (netstudio.core.data.preprocess) before
it reaches the network; the 28x28 result is shown so the learner sees what the network sees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.data.preprocess import preprocess_drawing
from netstudio.gui.inspect.images import image_item, image_view_box
from netstudio.gui.inspect.plot_style import style_widget

MIN_PAD = 150  # px on screen: still room for a digit drawn with the mouse
Predictor = Callable[[np.ndarray], np.ndarray | None]  # 28x28 in 0..1 -> probabilities


class DrawPad(QWidget):
    """A square black canvas; white strokes. ``drawing_changed`` fires while drawing (~15/s)."""

    drawing_changed = Signal()

    def __init__(self, parent: QWidget | None = None, size: int = 280, pen: float = 20.0) -> None:
        super().__init__(parent)
        self.canvas = QImage(size, size, QImage.Format.Format_Grayscale8)
        self.canvas.fill(0)
        self.pen_width = pen
        self._last: QPointF | None = None
        # The drawing keeps its size in pixels; on screen the pad shrinks with the panel
        # (a 1280x720 window gives the bottom panel ~230 px) and strokes are mapped back.
        self.setMinimumSize(MIN_PAD, MIN_PAD)
        self.setMaximumSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Draw a digit with the mouse. Clear to start again."))
        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(66)
        self._emit_timer.timeout.connect(self.drawing_changed)

    def clear(self) -> None:
        self.canvas.fill(0)
        self.update()
        self.drawing_changed.emit()

    def array(self) -> np.ndarray:
        """The drawing as float32 [H, W] in 0..1."""
        img = self.canvas
        ptr = img.constBits()
        a = np.frombuffer(ptr, np.uint8, img.sizeInBytes()).reshape(img.height(),
                                                                   img.bytesPerLine())
        return a[:, : img.width()].astype(np.float32) / 255.0

    def stroke(self, points: Sequence[tuple[float, float]]) -> None:
        """Draw a polyline in canvas pixels (what a mouse drag does; tests use it too)."""
        for i, (x, y) in enumerate(points):
            self._line_to(QPointF(x, y), start=i == 0)
        self._last = None
        self.drawing_changed.emit()

    def _line_to(self, p: QPointF, start: bool = False) -> None:
        painter = QPainter(self.canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255), self.pen_width, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        if start or self._last is None:
            painter.drawPoint(p)
        else:
            painter.drawLine(self._last, p)
        painter.end()
        self._last = p
        self.update()

    def sizeHint(self) -> QSize:
        return self.canvas.size()

    def _square(self) -> QRectF:
        """Where the drawing is shown: the largest centred square."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_canvas(self, p: QPointF) -> QPointF:
        square = self._square()
        scale = self.canvas.width() / max(1.0, square.width())
        return (p - square.topLeft()) * scale

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._line_to(self._to_canvas(event.position()), start=True)
            self._emit_timer.start()
        elif event.button() == Qt.MouseButton.RightButton:
            self.clear()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._line_to(self._to_canvas(event.position()))
            if not self._emit_timer.isActive():
                self._emit_timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._last = None
        self._emit_timer.stop()
        self.drawing_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self._square(), self.canvas)
        painter.end()


class DrawPadPanel(QWidget):
    """The pad, what the network sees (28x28), and a bar chart of class probabilities."""

    digit_ready = Signal(object)  # np.ndarray [28, 28] in 0..1, after each change

    def __init__(self, parent: QWidget | None = None,
                 class_names: Sequence[str] = tuple(str(i) for i in range(10))) -> None:
        super().__init__(parent)
        self.predictor: Predictor | None = None
        self.no_model_text = self.tr("No trained network yet: press Train first.")
        self.class_names = list(class_names)
        self.digit = np.zeros((28, 28), np.float32)
        self.probs: np.ndarray | None = None
        self.pad = DrawPad()
        self.pad.drawing_changed.connect(self._on_drawing_changed)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        self.preview_item = image_item()
        self.preview = image_view_box(self.preview_item)
        self.preview.setFixedSize(84, 84)
        self.answer = QLabel(self.tr("Train a network, then draw a digit."))
        # No word wrap: a height-for-width label would make the scrolling page taller than
        # the dock (Qt then sizes it from pyqtgraph's large size hints).
        font = self.answer.font()
        font.setPointSize(font.pointSize() + 3)
        self.answer.setFont(font)
        self.bars_plot = pg.PlotWidget()
        self.bars_plot.setMenuEnabled(False)
        self.bars_plot.setMouseEnabled(x=False, y=False)
        self.bars_plot.hideButtons()
        self.bars_plot.setYRange(0, 1, padding=0)
        self.bars_plot.setLabel("left", self.tr("probability"))
        self.bars = pg.BarGraphItem(x=np.arange(len(self.class_names)),
                                    height=np.zeros(len(self.class_names)), width=0.7,
                                    brush="#2563eb")
        self.bars_plot.addItem(self.bars)
        self.bars_plot.setMinimumSize(220, 100)  # not pyqtgraph's 600x480 hint: fit the dock
        style_widget(self.bars_plot)
        self._set_ticks()

        # Clear beside the pad, at its top: a 300-px dock shows it without scrolling.
        self.clear_button = clear
        tools = QVBoxLayout()
        tools.addWidget(clear)
        tools.addStretch(1)
        left = QHBoxLayout()
        left.addWidget(self.pad, 1)
        left.addLayout(tools)
        right = QVBoxLayout()
        seen = QHBoxLayout()
        seen.addWidget(self.preview)
        seen.addWidget(QLabel(self.tr("What the network sees:\ncropped, scaled to 20x20,\n"
                                      "centred by mass in 28x28\n(like the MNIST digits).")), 1)
        right.addLayout(seen)
        right.addWidget(self.answer)
        right.addWidget(self.bars_plot, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # every pixel counts in a 230-px panel
        right.setSpacing(4)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self._right = right
        self._tools = tools

    def add_footer(self, widget: QWidget) -> None:
        """Put ``widget`` under the probabilities (the Deploy tab shows the served answer)."""
        self._right.addWidget(widget)

    def add_side_widget(self, widget: QWidget) -> None:
        """A narrow panel beside the pad, under Clear (the drawing's attribution map)."""
        self._tools.insertWidget(self._tools.count() - 1, widget)

    def set_class_names(self, names: Sequence[str]) -> None:
        self.class_names = list(names)
        self.bars.setOpts(x=np.arange(len(names)), height=np.zeros(len(names)))
        self._set_ticks()

    def set_predictor(self, predictor: Predictor | None) -> None:
        """predictor(28x28 image in 0..1) -> probabilities; None: no trained model yet."""
        self.predictor = predictor
        self._predict()

    def _set_ticks(self) -> None:
        self.bars_plot.getAxis("bottom").setTicks(
            [[(i, n) for i, n in enumerate(self.class_names)]])

    @Slot()
    def _on_drawing_changed(self) -> None:
        self.digit = preprocess_drawing(self.pad.array())
        self.preview_item.setImage(self.digit, autoLevels=False, levels=(0.0, 1.0))
        self.preview.view_box.autoRange(padding=0)
        self._predict()
        self.digit_ready.emit(self.digit)

    def _predict(self) -> None:
        if not self.digit.any():
            self.bars.setOpts(height=np.zeros(len(self.class_names)))
            self.probs = None
            if self.predictor is not None:
                self.answer.setText(self.tr("Draw a digit in the black square."))
            return
        probs = self.predictor(self.digit) if self.predictor is not None else None
        if probs is None:
            self.answer.setText(self.no_model_text)
            self.bars.setOpts(height=np.zeros(len(self.class_names)))
            self.probs = None
            return
        probs = np.asarray(probs, np.float64).reshape(-1)
        self.probs = probs
        self.bars.setOpts(height=probs[: len(self.class_names)])
        best = int(np.argmax(probs))
        name = self.class_names[best] if best < len(self.class_names) else str(best)
        self.answer.setText(self.tr("The network says <b>{0}</b> ({1} sure).").format(
            name, f"{probs[best]:.0%}"))
