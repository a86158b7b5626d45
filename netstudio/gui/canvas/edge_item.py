"""A connection: a curve from one node's output port to another's input port, labelled with
the shape of the tensor that flows on it (painted as a small pill at the curve's middle).

Zoomed out to where the cards are compact (node_item.DETAIL_FROM), the pill's text grows to
stay readable on screen, as far as the gap between the two cards allows."""

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
from netstudio.gui.canvas.node_item import DETAIL_FROM
from netstudio.gui.canvas.port_item import RADIUS as PORT_RADIUS

ARROW = 7.0
COMPACT_SCREEN_PX = 8.5  # a compact pill's text, in pixels on screen
COMPACT_MAX_PX = 30.0  # ... and its largest size in scene units (the 54-unit gap of a column)
COMPACT_MIN_SCREEN_PX = 6.0  # smaller than this is not drawn


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
            w, h = _pill_size(self.label, COMPACT_MAX_PX)  # the largest compact pill
            mid = self._label_rect.center()
            self._bounds = self._bounds.united(QRectF(mid.x() - w / 2 - 2, mid.y() - h / 2 - 2,
                                                      w + 4, h + 4))

    def compact_pill(self, lod: float) -> tuple[QRectF, QFont] | None:
        """The label's pill at zoom ``lod`` when the cards are compact: text about
        COMPACT_SCREEN_PX on screen, shrunk to fit between the two cards; None when even
        the smallest readable size does not fit."""
        if not self.label:
            return None
        a, b = self.src_item.port_scene_pos("out"), self.dst_item.port_scene_pos("in")
        sideways = getattr(self.src_item, "direction", "TB") == "LR"
        gap = (b.x() - a.x()) if sideways else (b.y() - a.y())
        size = float(int(min(COMPACT_MAX_PX, COMPACT_SCREEN_PX / max(lod, 0.01))))
        while size * lod >= COMPACT_MIN_SCREEN_PX:
            w, h = _pill_size(self.label, size)
            if gap <= 0 or (w if sideways else h) <= gap - 4:  # between the cards
                mid = self._label_rect.center()
                return QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h), _font(size)
            size -= 2.0
        return None

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
        if not self.label or lod < getattr(self.src_item, "simple_below", DETAIL_FROM):
            return
        pill: tuple[QRectF, QFont] | None = (self._label_rect, _font())
        if lod < DETAIL_FROM:
            pill = self.compact_pill(lod)
        if pill is not None:
            rect, font = pill
            painter.setPen(QPen(color, 1.0 / min(lod, 1.0) if lod < DETAIL_FROM else 1.0))
            painter.setBrush(QBrush(c.label_bg))
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(c.error if self.bad else c.label_text)
            painter.setFont(font)
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


_PILLS: dict[tuple[str, float | None], tuple[float, float]] = {}


def _pill_size(text: str, pixels: float | None = None) -> tuple[float, float]:
    """The label's pill (width, height), in the normal font or one of ``pixels``: thousands
    of connections share a few shapes."""
    key = (text, pixels)
    size = _PILLS.get(key)
    if size is None:
        if len(_PILLS) > 4096:
            _PILLS.clear()
        fm = _metrics() if pixels is None else QFontMetricsF(_font(pixels))
        if pixels is None:
            size = (fm.horizontalAdvance(text) + 12, fm.height() + 4)
        else:  # big text, slim pill: it has to fit between two cards
            size = (fm.horizontalAdvance(text) + pixels * 0.8, fm.height() + 2)
        _PILLS[key] = size
    return size


def _metrics() -> QFontMetricsF:
    global _METRICS
    if _METRICS is None:
        _METRICS = QFontMetricsF(_font())
    return _METRICS


_SIZED: dict[int, QFont] = {}


def _font(pixels: float | None = None) -> QFont:
    """The labels' font: 8.5 points, or ``pixels`` high (the compact pills)."""
    global _FONT
    if _FONT is None:
        # Fixed-width digits: a label of the same length keeps the same pill size.
        _FONT = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        _FONT.setPointSizeF(8.5)
    if pixels is None:
        return _FONT
    font = _SIZED.get(int(pixels))
    if font is None:
        font = _SIZED[int(pixels)] = QFont(_FONT)
        font.setPixelSize(int(pixels))
    return font
