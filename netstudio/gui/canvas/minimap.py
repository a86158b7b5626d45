"""MinimapWidget: the whole graph in the canvas corner, with the visible part outlined.

The scene is rendered into a pixmap only when it changed (at most every 300 ms), so panning a
5,000-node graph repaints a picture and a rectangle, not 5,000 cards. Click or drag in it to
move the view there.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsView

from netstudio.gui import theme

SIZE = (220, 160)
MARGIN = 12


class MinimapWidget(QFrame):
    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("minimap")
        self.setFixedSize(*SIZE)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview: click or drag to move the view"))
        self._pixmap: QPixmap | None = None
        self._source = QRectF()  # the scene rectangle the pixmap shows
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(300)
        self._render_timer.timeout.connect(self.render_scene)
        view.scene().changed.connect(self._on_scene_changed)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self.place()

    def place(self) -> None:
        """Bottom-right corner of the canvas."""
        parent = self.parentWidget()
        self.move(parent.width() - self.width() - MARGIN, parent.height() - self.height() - MARGIN)

    def _on_scene_changed(self, _regions: object) -> None:
        if self.isVisible() and not self._render_timer.isActive():
            self._render_timer.start()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.render_scene()

    def render_scene(self) -> None:
        """Draw every card as a small block in its category colour and every connection as a
        line: a picture of 5,000 nodes in milliseconds (the scene's own rendering would
        paint each card in full)."""
        nodes = getattr(self.view.scene(), "nodes", {})
        if not nodes:
            self._pixmap = None
            self.update()
            return
        rect = QRectF()
        for item in nodes.values():
            rect = rect.united(item.sceneBoundingRect())
        pad = max(rect.width(), rect.height()) * 0.04
        rect = rect.adjusted(-pad, -pad, pad, pad)
        inner = self.contentsRect()
        scale = min(inner.width() / rect.width(), inner.height() / rect.height())
        w, h = max(1, int(rect.width() * scale)), max(1, int(rect.height() * scale))
        c = theme.current()
        pixmap = QPixmap(w, h)
        pixmap.fill(c.canvas)
        painter = QPainter(pixmap)
        painter.scale(scale, scale)
        painter.translate(-rect.x(), -rect.y())
        painter.setPen(QPen(c.edge, 0))  # cosmetic: one pixel whatever the scale
        for edges in getattr(self.view.scene(), "edges", {}).values():
            for e in edges:
                painter.drawLine(e.src_item.pos(), e.dst_item.pos())
        painter.setPen(Qt.PenStyle.NoPen)
        for item in nodes.values():
            color = (c.error if item.status == "error" else c.warning
                     if item.status == "warning" else theme.category_color(item.category))
            painter.setBrush(color)
            painter.drawRect(item.mapRectToScene(item.boundingRect()))
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
