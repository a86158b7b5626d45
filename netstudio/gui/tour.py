"""The one-minute tour: six stops, each a lit-up part of the window with a sentence beside it.

Palette -> canvas -> the shapes on the connections -> Train -> feature maps -> draw pad. The
rest of the window is dimmed, not blocked: the learner can try what a stop says while it is
shown. Back / Next / Esc; the texts are in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass
class Stop:
    title: str
    text: str
    target: Callable[[], QRect | None]  # in window coordinates; None: the middle
    prepare: Callable[[], None] | None = None  # bring the part to the front first


class _Shade(QWidget):
    """Dims the window except around ``hole``; lets every click through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.hole = QRect()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)

    def paintEvent(self, event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRect(self.rect().toRectF())
        if not self.hole.isNull():
            spot = QPainterPath()
            spot.addRoundedRect(self.hole.adjusted(-6, -6, 6, 6).toRectF(), 8, 8)
            path = path.subtracted(spot)
        painter.fillPath(path, QColor(0, 0, 0, 110))
        if not self.hole.isNull():
            painter.setPen(QColor("#f59e0b"))
            painter.drawRoundedRect(self.hole.adjusted(-6, -6, 6, 6), 8, 8)


class Tour(QObject):
    finished = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.stops = self._stops()
        self.index = -1
        self.shade = _Shade(window)
        self.bubble = QFrame(window)
        self.bubble.setObjectName("tourBubble")
        self.bubble.setFrameShape(QFrame.Shape.StyledPanel)
        self.bubble.setAutoFillBackground(True)
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Next"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.close_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self.bubble)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.bubble.setFixedWidth(340)
        self._esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.bubble)
        self._esc.setContext(Qt.ShortcutContext.WindowShortcut)
        self._esc.activated.connect(self.stop)
        # Enter and the arrow keys step the tour wherever the focus is (the welcome dialog
        # gives it back to the canvas after the tour starts); only while the tour runs.
        self._keys = []
        for key, step in ((Qt.Key.Key_Return, 1), (Qt.Key.Key_Enter, 1),
                          (Qt.Key.Key_Right, 1), (Qt.Key.Key_Left, -1)):
            shortcut = QShortcut(QKeySequence(key), self.bubble)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)
            shortcut.activated.connect(lambda step=step: self.go(max(0, self.index + step)))
            self._keys.append(shortcut)
        for widget in (self.shade, self.bubble):
            widget.hide()
        window.installEventFilter(self)

    # ---- running ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.index >= 0

    def start(self) -> None:
        self.go(0)

    def go(self, index: int) -> None:
        if index >= len(self.stops):
            self.stop()
            return
        self.index = max(0, index)
        stop = self.stops[self.index]
        if stop.prepare is not None:
            stop.prepare()
        self.title.setText(f"<b>{stop.title}</b>")
        self.text.setText(stop.text)
        self.count.setText(f"{self.index + 1} / {len(self.stops)}")
        self.back.setEnabled(self.index > 0)
        last = self.index == len(self.stops) - 1
        self.next.setText(self.tr("Done") if last else self.tr("Next"))
        self.shade.show()
        self.bubble.show()
        self.shade.raise_()
        self.bubble.raise_()
        self._place()
        self.next.setFocus()
        for shortcut in self._keys:
            shortcut.setEnabled(True)

    def stop(self) -> None:
        self.index = -1
        for shortcut in self._keys:
            shortcut.setEnabled(False)
        self.shade.hide()
        self.bubble.hide()
        self.finished.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        resized = event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        if obj is self.w and resized and self.running:
            self._place()
        return False

    def _place(self) -> None:
        """Light up the stop's part and put the bubble beside it, inside the window."""
        self.shade.setGeometry(self.w.rect())
        target = self.stops[self.index].target() if self.running else None
        self.shade.hole = target if target is not None else QRect()
        self.shade.update()
        self.bubble.adjustSize()
        size, area = self.bubble.size(), self.w.rect().adjusted(8, 8, -8, -8)
        if target is None:
            pos = area.center() - QPoint(size.width() // 2, size.height() // 2)
        else:  # right of it, else left of it, else below, else above
            gap = 16
            candidates = [QPoint(target.right() + gap, target.top()),
                          QPoint(target.left() - gap - size.width(), target.top()),
                          QPoint(target.left(), target.bottom() + gap),
                          QPoint(target.left(), target.top() - gap - size.height())]
            pos = next((p for p in candidates if area.contains(QRect(p, size))), candidates[0])
        pos.setX(max(area.left(), min(pos.x(), area.right() - size.width())))
        pos.setY(max(area.top(), min(pos.y(), area.bottom() - size.height())))
        self.bubble.move(pos)

    # ---- the stops ----------------------------------------------------------------------
    def _rect_of(self, widget: QWidget | None) -> QRect | None:
        if widget is None or not widget.isVisible():
            return None
        return QRect(widget.mapTo(self.w, QPoint(0, 0)), widget.size())

    def _edge_label(self) -> QRect | None:
        view = self.w.view
        for items in self.w.scene.edges.values():
            for item in items:
                if item.label:
                    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
                    if view.viewport().rect().intersects(rect):
                        return QRect(view.viewport().mapTo(self.w, rect.topLeft()), rect.size())
        return self._rect_of(view)

    def _train_button(self) -> QRect | None:
        training = getattr(self.w, "training", None)
        actions = getattr(training, "actions", None)
        toolbar = getattr(self.w.action_set, "toolbar", None)
        if actions is None or toolbar is None:
            return None
        return self._rect_of(toolbar.widgetForAction(actions.train))

    def _show_inspect(self, tab: str) -> None:
        training = getattr(self.w, "training", None)
        if training is None:
            return
        dock = training.docks.get("inspect")
        if dock is not None:
            dock.show()
            dock.raise_()
        training.inspector.show_tab(tab)

    def _inspect_rect(self) -> QRect | None:
        training = getattr(self.w, "training", None)
        dock = training.docks.get("inspect") if training is not None else None
        return self._rect_of(dock)

    def _select_a_convolution(self) -> None:
        convs = [n.id for n in self.w.project.graph.nodes.values() if n.type == "Conv2d"]
        if convs and not self.w.scene.selected_node_ids():
            self.w.scene.select_nodes(convs[:1])
        self._show_inspect("Feature maps")

    def _stops(self) -> list[Stop]:
        return [
            Stop(self.tr("Layers"),
                 self.tr("Every layer netstudio knows. Drag one onto the canvas, or double-click "
                         "it to add it after the selected card, already connected. On the "
                         "canvas, Tab or / finds a layer by typing its name."),
                 lambda: self._rect_of(self.w.palette)),
            Stop(self.tr("The canvas"),
                 self.tr("Your network, from the input at the top to the output at the bottom. "
                         "Drag from a card's bottom dot to another card to connect them. "
                         "Right-click a card, a connection or the empty canvas for more."),
                 lambda: self._rect_of(self.w.view)),
            Stop(self.tr("Shapes on the connections"),
                 self.tr("Each connection says what flows on it: 32×24×24 is 32 feature maps of "
                         "24×24 pixels, [1024] a list of 1024 numbers. When sizes do not fit, "
                         "the card turns red and says how to fix it."),
                 self._edge_label),
            Stop(self.tr("Train"),
                 self.tr("Train (F5) teaches the network on the data set in the background. "
                         "Loss and accuracy curves grow in the Dashboard while it learns."),
                 self._train_button),
            Stop(self.tr("Feature maps"),
                 self.tr("Select a convolution: this shows what each of its channels sees in a "
                         "test image. Click a channel to enlarge it, hover to read its values."),
                 self._inspect_rect, self._select_a_convolution),
            Stop(self.tr("Draw a digit"),
                 self.tr("After training, draw a digit here and watch the network's guess "
                         "change as you draw."),
                 self._inspect_rect, lambda: self._show_inspect("Draw")),
        ]
