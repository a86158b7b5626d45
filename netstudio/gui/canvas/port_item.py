"""A port: the small circle on a node card where connections start (output) and end (input)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netstudio.gui import theme

RADIUS = 5.0
_BOUNDS = QRectF(-RADIUS - 4, -RADIUS - 4, 2 * RADIUS + 8, 2 * RADIUS + 8)  # + hover ring


class PortItem(QGraphicsItem):
    """Child of a NodeItem. ``role`` is "in" (top edge of the card) or "out" (bottom edge)."""

    def __init__(self, parent: QGraphicsItem, role: str) -> None:
        super().__init__(parent)
        self.role = role
        self.highlight: str | None = None  # None, "ok" or "bad" while a connection is dragged
        self._hover = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setZValue(2)
        # Painted once into a pixmap: 2,000 ports then cost no Python call per repaint.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def node_item(self):  # noqa: ANN201 - NodeItem (import cycle)
        return self.parentItem()

    def boundingRect(self) -> QRectF:
        return _BOUNDS

    def shape(self):  # noqa: ANN201 - a generous hit area makes ports easy to grab
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), RADIUS + 4, RADIUS + 4)
        return path

    def set_highlight(self, state: str | None) -> None:
        if state != self.highlight:
            self.highlight = state
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        c = theme.current()
        color = c.port
        if self.highlight == "ok":
            color = c.ok
        elif self.highlight == "bad":
            color = c.error
        elif self._hover:
            color = c.selection
        radius = RADIUS + (1.5 if self._hover or self.highlight else 0)
        painter.setPen(QPen(c.card, 1.5))
        painter.setBrush(QBrush(color))
        painter.drawEllipse(QPointF(0, 0), radius, radius)

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001
        self._hover = False
        self.update()
