"""A node card: a rounded rectangle with the layer type and the node id on the first line and
its key params on a line of their own (so "32 · 5×5 · padding=2" is read whole).

Zoomed out, the card is drawn in less detail: below ``DETAIL_FROM`` it is *compact* (its id
alone, in a font large enough to read at that zoom; the connections show the shapes the same
way), below ``simple_below`` a plain coloured block (thousands of cards pan smoothly).

The item's position is the card's centre and mirrors ``Node.pos``. Dragging moves the item
only (a preview); the scene pushes one MoveNodes command when the mouse is released.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from netstudio.gui import theme
from netstudio.gui.canvas.labels import elide_id
from netstudio.gui.canvas.port_item import PortItem

WIDTH = 196.0
HEIGHT = 56.0
RADIUS = 9.0
ACCENT = 6.0  # width of the category colour bar on the left
MARK_COLOURS = {"added": "#16a34a", "removed": "#dc2626", "changed": "#d97706"}
MARK_SIGNS = {"added": "+", "removed": "\u2212", "changed": "~"}
CARD_BOUNDS = QRectF(-WIDTH / 2 - 5, -HEIGHT / 2 - 5, WIDTH + 10, HEIGHT + 10)  # + selection ring


class NodeItem(QGraphicsItem):
    def __init__(self, node_id: str, layer_type: str, category: str, detail: str,
                 has_input: bool) -> None:
        super().__init__()
        self.node_id = node_id
        self.layer_type = layer_type
        self.category = category
        self.detail = detail
        self.status = "ok"  # "ok" | "warning" | "error"
        self.mark: str | None = None  # "added" | "removed" | "changed": a run comparison
        self.edges: list = []  # EdgeItems touching this node, kept by the scene
        self._tooltip: Callable[[], str] | None = None
        self.base_tooltip: Callable[[], str] | None = None  # before the first analysis
        self.analysed_tooltip: Callable[[], str] | None = None  # after it (the scene's)
        self.in_port = PortItem(self, "in") if has_input else None
        self.out_port = PortItem(self, "out")
        self.direction = "TB"
        self.simple_below = SIMPLE_BELOW  # the scene lowers it for small graphs
        if self.in_port is not None:
            self.in_port.setPos(port_offset("in", "TB"))
        self.out_port.setPos(port_offset("out", "TB"))
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    # ---- state from the model and the analysis -------------------------------------------
    def set_detail(self, detail: str) -> None:
        if detail != self.detail:
            self.detail = detail
            self.update()

    def shown_detail(self) -> str:
        """The key params as drawn (elided only when even a whole line is too short)."""
        _, body = _fonts()
        width = WIDTH - ACCENT - 10 - 12
        return QFontMetricsF(body).elidedText(self.detail, Qt.TextElideMode.ElideRight, width)

    def set_status(self, status: str, tooltip: Callable[[], str]) -> None:
        """``tooltip`` builds the hover text; it runs only when the mouse gets there, so a
        relabel of 1,000 nodes does not format 1,000 tooltips."""
        if status != self.status:
            self.status = status
            self.update()
        self._tooltip = tooltip

    @property
    def has_status(self) -> bool:
        """False until the first analysis painted this item."""
        return self._tooltip is not None

    def tooltip_text(self) -> str:
        if self._tooltip is not None:
            return self._tooltip()
        return self.base_tooltip() if self.base_tooltip is not None else self.toolTip()

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001
        self.setToolTip(self.tooltip_text())
        super().hoverEnterEvent(event)

    def set_mark(self, mark: str | None) -> None:
        """Outline the card for a comparison of two networks (None: no outline)."""
        if mark != self.mark:
            self.mark = mark
            self.update()

    def set_movable(self, movable: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)

    def port(self, role: str) -> PortItem | None:
        return self.in_port if role == "in" else self.out_port

    def port_scene_pos(self, role: str) -> QPointF:
        return self.mapToScene(port_offset(role, self.direction))

    def set_direction(self, direction: str) -> None:
        """"TB": input on top, output at the bottom; "LR": input left, output right."""
        if direction == self.direction:
            return
        self.direction = direction
        if self.in_port is not None:
            self.in_port.setPos(port_offset("in", direction))
        self.out_port.setPos(port_offset("out", direction))
        for edge in self.edges:
            edge.update_path()

    # ---- Qt ------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return CARD_BOUNDS

    def shape(self):  # noqa: ANN201
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRoundedRect(_card_rect(), RADIUS, RADIUS)
        return path

    # No itemChange override: Qt would call into Python for every change of every item
    # (a dozen while a card is built: 2/3 of building a 5,000-node canvas). The scene calls
    # follow() wherever a card moves: model moves, drags, refused drags.
    def follow(self) -> None:
        """Bend the connections to where the card is now."""
        for edge in self.edges:
            edge.update_path()

    def _paint_simple(self, painter: QPainter, rect: QRectF, accent: QColor, c) -> None:  # noqa: ANN001
        """Far out: a block in the category colour, its state and selection as a border."""
        border = (c.selection if self.isSelected() else c.error if self.status == "error"
                  else c.warning if self.status == "warning" else accent)
        painter.setPen(QPen(border, 6.0 if self.isSelected() or self.status != "ok" else 1.0))
        painter.setBrush(QBrush(_mix(c.card, accent, 0.55)))
        painter.drawRect(rect)

    def _paint_compact(self, painter: QPainter, rect: QRectF, accent: QColor, lod: float,
                       c) -> None:  # noqa: ANN001
        """Zoomed out (a fitted 11-layer network at 1280x720): the card with its id alone,
        in a font that stays about 9 pixels high on screen; state and selection as a thick
        border."""
        border = (c.selection if self.isSelected() else c.error if self.status == "error"
                  else c.warning if self.status == "warning" else c.card_border)
        fill = QColor(c.card)
        if self.status in ("error", "warning"):
            fill = _mix(c.card, c.error if self.status == "error" else c.warning, 0.16)
        painter.setPen(QPen(border, 6.0 if self.isSelected() or self.status != "ok" else 1.5))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(accent))
        painter.drawRect(QRectF(rect.left(), rect.top(), ACCENT * 2, rect.height()))
        font = compact_font(lod)
        painter.setFont(font)
        painter.setPen(c.text)
        text_rect = rect.adjusted(ACCENT * 2 + 8, 0, -8, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         self.compact_text(lod))

    def _title_line(self) -> tuple[str, float, str]:
        """The full card's first line: the layer type, its width, and the id as drawn (""
        when there is no room for it)."""
        title_font, body_font = _fonts()
        text_width = WIDTH - ACCENT - 10 - 24  # room for the badge on the right
        fm_title = QFontMetricsF(title_font)
        title = fm_title.elidedText(self.layer_type, Qt.TextElideMode.ElideRight, text_width)
        title_w = fm_title.horizontalAdvance(title)
        room = text_width - title_w - 8
        return title, title_w, (_elided(self.node_id, room, body_font) if room > 24 else "")

    def shown_id(self) -> str:
        """The id as the full card draws it."""
        return self._title_line()[2]

    def compact_text(self, lod: float) -> str:
        """The id as the compact card shows it at zoom ``lod`` (cut between words)."""
        font = compact_font(lod)
        width = WIDTH - ACCENT * 2 - 16
        return _elided(self.node_id, width, font)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        c = theme.current()
        rect = _card_rect()
        accent = theme.category_color(self.category)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < self.simple_below:
            self._paint_simple(painter, rect, accent, c)
            return
        if lod < DETAIL_FROM:
            self._paint_compact(painter, rect, accent, lod, c)
            return

        fill = QColor(c.card)
        border, width = c.card_border, 1.0
        if self.status in ("error", "warning"):
            tone = c.error if self.status == "error" else c.warning
            fill = _mix(c.card, tone, 0.16 if c.dark else 0.10)
            border, width = tone, 2.0
        if self.isSelected():  # a ring outside the card, so the state colour stays visible
            painter.setPen(QPen(c.selection, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), RADIUS + 3, RADIUS + 3)

        painter.setPen(QPen(border, width))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, RADIUS, RADIUS)

        # Category bar: clipped to the card's rounded left side.
        painter.save()
        painter.setClipRect(QRectF(rect.left(), rect.top(), ACCENT, rect.height()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(accent))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.restore()

        left = rect.left() + ACCENT + 10
        title_font, body_font = _fonts()
        title, title_w, shown_id = self._title_line()
        painter.setPen(c.text)
        painter.setFont(title_font)
        painter.drawText(QPointF(left, rect.top() + 21), title)
        painter.setFont(body_font)
        if shown_id:  # the id, muted, after the type (cut between words; whole on hover)
            painter.setPen(c.muted)
            painter.drawText(QPointF(left + title_w + 8, rect.top() + 21), shown_id)
        if self.detail:
            painter.setPen(c.text)
            painter.drawText(QPointF(left, rect.top() + 41), self.shown_detail())

        if self.mark in MARK_COLOURS:
            painter.setPen(QPen(QColor(MARK_COLOURS[self.mark]), 3.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), RADIUS + 1, RADIUS + 1)
            painter.setPen(QColor(MARK_COLOURS[self.mark]))
            painter.setFont(title_font)
            painter.drawText(QPointF(rect.right() - 36, rect.top() + 22), MARK_SIGNS[self.mark])
        if self.status in ("error", "warning"):
            _paint_badge(painter, QPointF(rect.right() - 16, rect.top() + 16),
                         c.error if self.status == "error" else c.warning, c.card)


def port_offset(role: str, direction: str) -> QPointF:
    """Where a port sits on the card, from its centre."""
    sign = -1 if role == "in" else 1
    if direction == "LR":
        return QPointF(sign * WIDTH / 2, 0)
    return QPointF(0, sign * HEIGHT / 2)


# Below this zoom a card is drawn as a plain coloured block: text would be unreadable, and a
# 5,000-node graph must still pan smoothly. Graphs of up to SMALL_GRAPH cards keep their
# compact cards down to SMALL_SIMPLE_BELOW (the scene sets each card's ``simple_below``).
SIMPLE_BELOW = 0.4
SMALL_GRAPH = 400
SMALL_SIMPLE_BELOW = 0.2
# Below this zoom the full card's 9-point text is under 6 pixels: the compact card instead.
DETAIL_FROM = 0.5
COMPACT_SCREEN_PX = 9.0  # the compact card's id, in pixels on screen
COMPACT_MAX_PX = 34.0  # ... but no larger than the card holds (scene units)


def compact_font(lod: float) -> QFont:
    """The compact card's font at zoom ``lod``: about COMPACT_SCREEN_PX on screen."""
    size = int(min(COMPACT_MAX_PX, COMPACT_SCREEN_PX / max(lod, 0.01)))
    font = _COMPACT_FONTS.get(size)
    if font is None:
        font = _COMPACT_FONTS[size] = QFont()
        font.setPixelSize(size)
        font.setWeight(QFont.Weight.DemiBold)
    return font


_COMPACT_FONTS: dict[int, QFont] = {}
_ELIDED: dict[tuple[str, int, str], str] = {}


def _elided(text: str, width: float, font: QFont) -> str:
    """``text`` elided between words to ``width`` in ``font`` (remembered: cards repaint on
    every zoom step)."""
    key = (text, int(width), font.key())
    out = _ELIDED.get(key)
    if out is None:
        if len(_ELIDED) > 20000:
            _ELIDED.clear()
        fm = QFontMetricsF(font)
        out = _ELIDED[key] = elide_id(text, width, fm.horizontalAdvance)
    return out


def _card_rect() -> QRectF:
    return QRectF(-WIDTH / 2, -HEIGHT / 2, WIDTH, HEIGHT)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                           a.blueF() * (1 - t) + b.blueF() * t)


def _paint_badge(painter: QPainter, centre: QPointF, color: QColor, mark: QColor) -> None:
    """A round "!" so the state reads without relying on colour alone."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(color))
    painter.drawEllipse(centre, 8, 8)
    painter.setPen(QPen(mark, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(centre.x(), centre.y() - 4), QPointF(centre.x(), centre.y() + 1))
    painter.drawPoint(QPointF(centre.x(), centre.y() + 4))


_FONTS: tuple[QFont, QFont] | None = None


def _fonts() -> tuple[QFont, QFont]:
    global _FONTS
    if _FONTS is None:
        title = QFont()
        title.setPointSizeF(10.5)
        title.setWeight(QFont.Weight.DemiBold)
        body = QFont()
        body.setPointSizeF(9.0)
        _FONTS = (title, body)
    return _FONTS
