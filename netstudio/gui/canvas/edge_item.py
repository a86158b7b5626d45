"""A connection: a curve from one node's output port to another's input port, labelled with
the shape of the tensor that flows on it (painted as a small pill at the curve's middle)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netstudio.core.graph.model import Edge
from netstudio.gui import theme
from netstudio.gui.canvas.port_item import RADIUS as PORT_RADIUS

ARROW = 7.0


class EdgeItem(QGraphicsItem):
    def __init__(self, edge: Edge, src_item, dst_item) -> None:  # noqa: ANN001 - NodeItems
        super().__init__()
        self.edge = edge
        self.src_item = src_item
        self.dst_item = dst_item
        self.label = ""
        self.bad = False  # the destination rejects this input (drawn in the error colour)
        self.drop_target = False  # a layer dragged from the palette would be spliced in here
        self._path = QPainterPath()
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.update_path()

    def set_label(self, text: str, bad: bool) -> None:
        if text == self.label and bad == self.bad:
            return
        if len(text) != len(self.label):  # the pill changes size: the bounds change too
            self.prepareGeometryChange()
            self.label = text
            self._layout_label()
        self.label, self.bad = text, bad
        self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def shift(self, by: QPointF) -> None:
        """Move along with both cards: the same curve, drawn from the same cached picture."""
        if not by.isNull():
            self.moveBy(by.x(), by.y())

    def update_path(self) -> None:
        self.prepareGeometryChange()
        if not self.pos().isNull():  # back to scene coordinates after shifts
            self.setPos(0.0, 0.0)
        a = self.src_item.port_scene_pos("out")
        if getattr(self.src_item, "direction", "TB") == "LR":
            self._path = _sideways(a, self._tip())
            self._layout_label()
            return
        b = self._tip()
        end = QPointF(b.x(), b.y() - ARROW)
        path = QPainterPath(a)
        if end.y() > a.y() + 20:  # downwards, the usual case: a smooth S
            bend = max(30.0, min(120.0, (end.y() - a.y()) / 2 + abs(b.x() - a.x()) / 6))
            path.cubicTo(QPointF(a.x(), a.y() + bend), QPointF(b.x(), end.y() - bend), end)
        else:  # the target sits above: leave downwards, swing round the side, enter from above
            side = 140.0 if b.x() >= a.x() else -140.0
            mid = QPointF((a.x() + b.x()) / 2 + side, (a.y() + end.y()) / 2)
            path.cubicTo(QPointF(a.x(), a.y() + 70), QPointF(mid.x(), a.y() + 70), mid)
            path.cubicTo(QPointF(mid.x(), end.y() - 70), QPointF(b.x(), end.y() - 70), end)
        self._path = path
        self._layout_label()

    def _tip(self) -> QPointF:
        """Where the arrow points: just before the input port, so the port does not hide it."""
        port = self.dst_item.port_scene_pos("in")
        if getattr(self.dst_item, "direction", "TB") == "LR":
            return QPointF(port.x() - PORT_RADIUS - 1.5, port.y())
        return QPointF(port.x(), port.y() - PORT_RADIUS - 1.5)

    def _layout_label(self) -> None:
        if self.label:
            w, h = _pill_size(self.label)
            mid = self._path.pointAtPercent(0.5)
            self._label_rect = QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)
        else:
            self._label_rect = QRectF()
        self._bounds = self._path.boundingRect().adjusted(-ARROW, -ARROW, ARROW, ARROW)
        if self.label:  # (an empty rectangle, adjusted, would reach out to the origin)
            self._bounds = self._bounds.united(self._label_rect.adjusted(-2, -2, 2, 2))

    # ---- Qt ------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        hit = stroker.createStroke(self._path)
        if not self._label_rect.isNull():
            hit.addRect(self._label_rect)
        return hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        c = theme.current()
        color = c.error if self.bad else c.edge
        if self.isSelected() or self.drop_target:
            color = c.edge_selected
        width = 4.0 if self.drop_target else 2.2 if self.isSelected() else 1.6
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(QPen(color, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if lod < 0.2:  # far out: a straight line costs a fraction of a curve
            painter.drawLine(self._path.pointAtPercent(0.0), self._path.pointAtPercent(1.0))
            return
        painter.drawPath(self._path)
        tip = self._tip()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        if getattr(self.dst_item, "direction", "TB") == "LR":
            head = [tip, QPointF(tip.x() - ARROW, tip.y() - ARROW / 1.6),
                    QPointF(tip.x() - ARROW, tip.y() + ARROW / 1.6)]
        else:
            head = [tip, QPointF(tip.x() - ARROW / 1.6, tip.y() - ARROW),
                    QPointF(tip.x() + ARROW / 1.6, tip.y() - ARROW)]
        painter.drawPolygon(QPolygonF(head))
        if self.label and lod > 0.35:
            rect = self._label_rect
            painter.setPen(QPen(color, 1.0))
            painter.setBrush(QBrush(c.label_bg))
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(c.error if self.bad else c.label_text)
            painter.setFont(_font())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label)


_FONT: QFont | None = None
_METRICS: QFontMetricsF | None = None


def _sideways(a: QPointF, b: QPointF) -> QPainterPath:
    """Left to right: leave the output port rightwards, enter the input port from the left."""
    end = QPointF(b.x() - ARROW, b.y())
    path = QPainterPath(a)
    bend = max(30.0, min(140.0, abs(end.x() - a.x()) / 2 + abs(b.y() - a.y()) / 6))
    path.cubicTo(QPointF(a.x() + bend, a.y()), QPointF(end.x() - bend, end.y()), end)
    return path


_PILLS: dict[str, tuple[float, float]] = {}


def _pill_size(text: str) -> tuple[float, float]:
    """The label's pill (width, height): thousands of connections share a few shapes."""
    size = _PILLS.get(text)
    if size is None:
        if len(_PILLS) > 4096:
            _PILLS.clear()
        fm = _metrics()
        size = _PILLS[text] = (fm.horizontalAdvance(text) + 12, fm.height() + 4)
    return size


def _metrics() -> QFontMetricsF:
    global _METRICS
    if _METRICS is None:
        _METRICS = QFontMetricsF(_font())
    return _METRICS


def _font() -> QFont:
    global _FONT
    if _FONT is None:
        # Fixed-width digits: a label of the same length keeps the same pill size.
        _FONT = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        _FONT.setPointSizeF(8.5)
    return _FONT
