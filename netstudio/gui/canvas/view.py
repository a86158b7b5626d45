"""GraphView: zoom (wheel, under the mouse), pan (middle button or space+drag), fit, the
drop target for layers dragged from the palette (onto empty canvas, or onto a connection to
splice the layer into it), right-click menus (asked of the window) and auto-scroll while
dragging."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QGraphicsView,
    QLineEdit,
    QTextEdit,
)

from netstudio.gui import theme
from netstudio.gui.canvas.auto_scroll import AutoScroller
from netstudio.gui.canvas.edge_item import EdgeItem
from netstudio.gui.canvas.node_item import NodeItem
from netstudio.gui.canvas.port_item import PortItem
from netstudio.gui.canvas.scene import GraphScene

LAYER_MIME = "application/x-netstudio-layer"
MIN_ZOOM, MAX_ZOOM = 0.1, 3.0
# A file opens no smaller than this (card titles ~7 pt, shapes on the edges still drawn); a
# taller network opens at its top, the rest a pan or F (Fit to View) away.
READABLE_ZOOM = 0.7


class GraphView(QGraphicsView):
    layer_dropped = Signal(str, QPointF)  # layer type, scene position
    layer_dropped_on_edge = Signal(str, object, QPointF)  # layer type, Edge, scene position
    # a right-click: the NodeItem / EdgeItem under the mouse (or None), scene and screen points
    context_requested = Signal(object, QPointF, QPoint)

    def __init__(self, scene: GraphScene) -> None:
        super().__init__(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No scroll bars: the canvas pans with the middle button or space+drag.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
        self._pan_from: QPoint | None = None
        self._space = False
        self._auto_fit = False  # keep fitting on resize until the user zooms or pans
        self._focus: QRectF | None = None
        self._drop_edge: EdgeItem | None = None
        self.auto_scroll = AutoScroller(self)
        self.empty_hint = ""
        scene.emptiness_changed.connect(self.viewport().update)  # the hint, whole

    # ---- zoom ----------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1.0) > 1e-6:
            self.scale(factor, factor)

    def request_fit(self, focus: QRectF | None = None) -> None:
        """Fit now and again whenever the view is resized, until the user zooms or pans.
        ``focus``: what to show (a layer with an error) when the graph does not fit."""
        self._auto_fit = True
        self._focus = focus
        self.fit(READABLE_ZOOM, focus)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit(READABLE_ZOOM, self._focus)

    def fit(self, min_zoom: float = MIN_ZOOM, focus: QRectF | None = None) -> None:
        """Fit the whole graph in view (never enlarged past 1:1, so small graphs look normal;
        never below ``min_zoom``: then ``focus``, or else the top of the graph, is shown)."""
        rect = self.scene().cards_rect()
        if rect.isEmpty():
            self.resetTransform()
            self.centerOn(0, 0)
            return
        self.fitInView(rect.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        zoom = self.zoom()
        if zoom > 1.0 or zoom < min_zoom:  # small graphs at 1:1; huge ones from the top
            factor = min(max(zoom, min_zoom), 1.0) / zoom
            self.scale(factor, factor)
        if zoom < min_zoom and focus is not None:
            self.centerOn(focus.center())
        elif zoom < min_zoom:
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(rect.center().x(), rect.top() - 40 + visible.height() / 2)
        else:
            self.centerOn(rect.center())

    def fit_rect(self, rect: QRectF, max_zoom: float = 1.0) -> None:
        """Show ``rect`` (scene coordinates) whole, never closer than ``max_zoom``."""
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        zoom = self.zoom()
        target = max(MIN_ZOOM, min(zoom, max_zoom))
        if abs(target - zoom) > 1e-6:
            self.scale(target / zoom, target / zoom)
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        self._auto_fit = False
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()

    # ---- pan -----------------------------------------------------------------------------
    def enterEvent(self, event) -> None:  # noqa: ANN001
        # Keys (Space to pan, Delete, F) go to the canvas under the mouse, unless the user is
        # typing in a field.
        focus = QApplication.focusWidget()
        if not isinstance(focus, QLineEdit | QAbstractSpinBox | QComboBox | QTextEdit):
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().enterEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and self.step_selection(
                event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def step_selection(self, key: int) -> bool:
        """Arrow keys walk the network from the selected card: Down to the layer it feeds,
        Up to the one feeding it, Left/Right to its neighbours in the row. False when
        there is nowhere to go (the view then scrolls as usual)."""
        scene = self.scene()
        if not isinstance(scene, GraphScene):
            return False
        ids = scene.selected_node_ids()
        if len(ids) != 1:
            return False
        graph = scene.editor.graph
        here = ids[0]
        if key == Qt.Key.Key_Down:
            targets = [e.dst for e in graph.outputs_of(here)]
        elif key == Qt.Key.Key_Up:
            targets = [e.src for e in graph.inputs_of(here)]
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            y = scene.nodes[here].y()
            row = sorted((n for n, item in scene.nodes.items() if abs(item.y() - y) < 30),
                         key=lambda n: scene.nodes[n].x())
            i = row.index(here) + (1 if key == Qt.Key.Key_Right else -1)
            targets = [row[i]] if 0 <= i < len(row) else []
        else:
            return False
        targets = [t for t in targets if t in scene.nodes]
        if not targets:
            return False
        scene.select_nodes(targets[:1])
        self.ensureVisible(scene.nodes[targets[0]], 40, 60)
        return True

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self._auto_fit = False
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)
        scene = self.scene()
        grabber = scene.mouseGrabberItem()
        dragging = (isinstance(scene, GraphScene) and scene.connecting) or (
            isinstance(grabber, NodeItem) and bool(grabber.flags()
                                                   & grabber.GraphicsItemFlag.ItemIsMovable))
        self.auto_scroll.track(event, dragging)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.auto_scroll.stop()
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ---- drop from the palette -----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
            self._set_drop_edge(self.edge_at(event.position().toPoint()))
        else:
            super().dragMoveEvent(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001
        self._set_drop_edge(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(LAYER_MIME):
            super().dropEvent(event)
            return
        layer_type = bytes(event.mimeData().data(LAYER_MIME).data()).decode("utf-8")
        pos = self.mapToScene(event.position().toPoint())
        event.acceptProposedAction()
        edge = self.edge_at(event.position().toPoint())
        self._set_drop_edge(None)
        if edge is not None:
            self.layer_dropped_on_edge.emit(layer_type, edge.edge, QPointF(pos))
        else:
            self.layer_dropped.emit(layer_type, QPointF(pos))

    def edge_at(self, point: QPoint) -> EdgeItem | None:
        """The connection under a viewport point (not hidden by a card)."""
        for item in self.items(point):
            if isinstance(item, NodeItem | PortItem):
                return None
            if isinstance(item, EdgeItem):
                return item
        return None

    def _set_drop_edge(self, edge: EdgeItem | None) -> None:
        if edge is self._drop_edge:
            return
        if self._drop_edge is not None:
            self._drop_edge.set_drop_target(False)
        self._drop_edge = edge
        if edge is not None:
            edge.set_drop_target(True)

    # ---- right-click ---------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        target = None
        for item in self.items(event.pos()):
            if isinstance(item, PortItem):
                item = item.node_item
            if isinstance(item, NodeItem | EdgeItem):
                target = item
                break
        self.context_requested.emit(target, QPointF(self.mapToScene(event.pos())),
                                    event.globalPos())
        event.accept()

    # ---- painting ------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        c = theme.current()
        painter.fillRect(rect, c.canvas)
        if self.zoom() < 0.45:
            return  # dots would be noise when zoomed far out
        step = 24.0
        pen = QPen(c.grid, 2.0 / max(self.zoom(), 0.5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        points = []
        y = top
        while y < rect.bottom():
            x = left
            while x < rect.right():
                points.append(QPointF(x, y))
                x += step
            y += step
        painter.drawPoints(points)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        scene = self.scene()
        if self.empty_hint and isinstance(scene, GraphScene) and not scene.nodes:
            painter.save()
            painter.resetTransform()
            color = QColor(theme.current().muted)
            painter.setPen(color)
            font = painter.font()
            font.setPointSizeF(12)
            painter.setFont(font)
            # Wrapped inside the view: a narrow canvas (1280x720, docks open) shows it whole.
            painter.drawText(QRectF(self.viewport().rect()).adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_hint)
            painter.restore()

    def set_theme_changed(self) -> None:
        self.resetCachedContent()
        self.viewport().update()
        self.scene().overview_changed.emit()  # the overview map, in the new colours
