"""MinimapWidget: the whole graph in the canvas corner, with the visible part outlined.

The graph is drawn into a pixmap 300 ms after what the map shows last changed (cards or
connections added, removed, moved, or turning red), not on every repaint of the canvas, so
panning a 5,000-node graph repaints a picture and a rectangle, not 5,000 cards, and a drag or a
relabel costs the map nothing. Click or drag in it to move the view there.

It stays small and out of the way: no more than a share of the canvas, and no larger than the
graph needs (drawn at most at MAP_SCALE of its size, so a 3-layer graph gets a thumbnail, not a
220-pixel panel).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsView

from netstudio.gui import theme

SIZE = (220, 160)  # the most it takes, on a big canvas
VIEW_SHARE = (0.2, 0.25)  # ... and never more than this share of the canvas's width, height
MIN_SIDE = 40
MAP_SCALE = 0.08  # the graph is drawn at most this size (a 196-unit card: 16 pixels)
MARGIN = 12


class MinimapWidget(QFrame):
    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("minimap")
        self.setFixedSize(*self.largest_size())
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: click or drag to move the view"))
        self._pixmap: QPixmap | None = None
        self._source = QRectF()  # the scene rectangle the pixmap shows
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(300)
        self._render_timer.timeout.connect(self.render_scene)
        scene = view.scene()
        # The canvas says when what this map draws changed; any other scene tells every
        # repaint (hover, selection), which costs a render each time.
        getattr(scene, "overview_changed", scene.changed).connect(self._on_scene_changed)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self.place()

    def place(self) -> None:
        """Bottom-right corner of the canvas."""
        parent = self.parentWidget()
        self.move(parent.width() - self.width() - MARGIN, parent.height() - self.height() - MARGIN)

    def largest_size(self) -> tuple[int, int]:
        """The most room the map may take on the canvas as it is now."""
        parent = self.parentWidget()
        return (max(MIN_SIDE, min(SIZE[0], int(parent.width() * VIEW_SHARE[0]))),
                max(MIN_SIDE, min(SIZE[1], int(parent.height() * VIEW_SHARE[1]))))

    def view_resized(self) -> None:
        """The canvas changed size: the map's share of it did too."""
        if self.isVisible():
            self._render_timer.start()
        self.place()

    def _on_scene_changed(self, *_regions: object) -> None:
        if self.isVisible():
            self._render_timer.start()  # (re)started: a burst of changes renders once, after

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.render_scene()

    def render_scene(self) -> None:
        """Draw every card as a small block in its category colour and every connection as a
        line: a picture of 5,000 nodes in milliseconds (the scene's own rendering would
        paint each card in full)."""
        scene = self.view.scene()
        nodes = getattr(scene, "nodes", {})
        if not nodes:  # nothing to map: no empty box in the corner either
            self._pixmap = None
            self.setFixedSize(0, 0)
            self.place()
            self.update()
            return
        c = theme.current()
        # x() and y() rather than pos(): a fifth of the cost, which counts at 5,000 cards.
        centres = {node_id: (item.x(), item.y()) for node_id, item in nodes.items()}
        box = next(iter(nodes.values())).boundingRect()  # every card has the same size
        left, top, width, height = box.x(), box.y(), box.width(), box.height()
        boxes: dict[str, list[QRectF]] = {}  # by colour: one drawRects call per colour
        colours: dict[str, QColor] = {}
        for node_id, item in nodes.items():
            key = item.status if item.status in ("error", "warning") else item.category
            if key not in colours:
                colours[key] = (c.error if key == "error" else c.warning if key == "warning"
                                else theme.category_color(key))
                boxes[key] = []
            x, y = centres[node_id]
            boxes[key].append(QRectF(x + left, y + top, width, height))
        xs = [x for x, _ in centres.values()]
        ys = [y for _, y in centres.values()]
        rect = QRectF(min(xs) + left, min(ys) + top, max(xs) - min(xs) + width,
                      max(ys) - min(ys) + height)
        pad = max(rect.width(), rect.height()) * 0.04
        rect = rect.adjusted(-pad, -pad, pad, pad)
        frame = 2 * self.frameWidth()
        room_w, room_h = (side - frame for side in self.largest_size())
        scale = min(room_w / rect.width(), room_h / rect.height(), MAP_SCALE)
        w, h = max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale))
        # the widget hugs the picture (not smaller than a comfortable target to click)
        self.setFixedSize(max(MIN_SIDE, w + frame), max(MIN_SIDE, h + frame))
        self.place()
        pixmap = QPixmap(w, h)
        pixmap.fill(c.canvas)
        painter = QPainter(pixmap)
        painter.scale(scale, scale)
        painter.translate(-rect.x(), -rect.y())
        painter.setPen(QPen(c.edge, 0))  # cosmetic: one pixel whatever the scale
        points = {node_id: QPointF(x, y) for node_id, (x, y) in centres.items()}
        ends = [p for edges in getattr(scene, "edges", {}).values() for e in edges
                if e.src_item.node_id in points and e.dst_item.node_id in points
                for p in (points[e.src_item.node_id], points[e.dst_item.node_id])]
        if ends:
            painter.drawLines(ends)  # pairs of points: one line each
        painter.setPen(Qt.PenStyle.NoPen)
        for key, group in boxes.items():
            painter.setBrush(colours[key])
            painter.drawRects(group)
        painter.end()
        self._pixmap, self._source = pixmap, rect
        self.update()

    # ---- mapping between the pixmap and the scene -------------------------------------------
    def _origin(self) -> QPointF:
        inner = self.contentsRect()
        pm = self._pixmap
        return QPointF(inner.x() + (inner.width() - pm.width()) / 2,
                       inner.y() + (inner.height() - pm.height()) / 2)

    def _scale(self) -> float:
        return self._pixmap.width() / self._source.width()

    def to_scene(self, point: QPointF) -> QPointF:
        o, s = self._origin(), self._scale()
        return QPointF(self._source.x() + (point.x() - o.x()) / s,
                       self._source.y() + (point.y() - o.y()) / s)

    def visible_rect(self) -> QRectF:
        """The main view's visible scene area, in this widget's coordinates."""
        area = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        o, s = self._origin(), self._scale()
        return QRectF(o.x() + (area.x() - self._source.x()) * s,
                      o.y() + (area.y() - self._source.y()) * s, area.width() * s,
                      area.height() * s)

    # ---- Qt ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        c = theme.current()
        painter.fillRect(self.contentsRect(), c.canvas)
        if self._pixmap is None:
            return
        painter.drawPixmap(self._origin(), self._pixmap)
        fill = QColor(c.selection)
        fill.setAlpha(40)
        painter.setPen(QPen(c.selection, 1.5))
        painter.setBrush(fill)
        painter.drawRect(self.visible_rect().intersected(QRectF(self.contentsRect())))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._move_view(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_view(event)

    def _move_view(self, event: QMouseEvent) -> None:
        if self._pixmap is not None:
            self.view.centerOn(self.to_scene(event.position()))
            if hasattr(self.view, "_auto_fit"):
                self.view._auto_fit = False
        event.accept()
