"""Scroll the canvas while a card (or a new connection) is dragged past the edge of the view.

The view reports every mouse move with a button held; when the pointer is near or past an
edge, a timer scrolls that way (faster the further out) and replays the last move, so the
dragged card or connection keeps following the pointer into the newly shown area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsView

EDGE = 24  # px from the viewport edge where scrolling starts
MAX_STEP = 24  # px per tick, reached this far outside the viewport
TICK_MS = 30


class AutoScroller:
    def __init__(self, view: QGraphicsView) -> None:
        self.view = view
        self._timer = QTimer(view)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._pos: QPointF | None = None
        self._buttons = Qt.MouseButton.NoButton
        self._modifiers = Qt.KeyboardModifier.NoModifier
        self._replaying = False

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def track(self, event: QMouseEvent, dragging: bool) -> None:
        """Called on every mouse move of the view; ``dragging``: a card or connection is
        being dragged (not a pan or a rubber band)."""
        if self._replaying:
            return
        self._pos = event.position()
        self._buttons, self._modifiers = event.buttons(), event.modifiers()
        if dragging and self._step() != (0, 0):
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._pos = None

    def _step(self) -> tuple[int, int]:
        if self._pos is None:
            return (0, 0)
        rect = QRectF(self.view.viewport().rect())

        def axis(v: float, low: float, high: float) -> int:
            if v < low + EDGE:
                return -min(MAX_STEP, max(2, int((low + EDGE - v) / 2)))
            if v > high - EDGE:
                return min(MAX_STEP, max(2, int((v - high + EDGE) / 2)))
            return 0

        return (axis(self._pos.x(), rect.left(), rect.right()),
                axis(self._pos.y(), rect.top(), rect.bottom()))

    def _tick(self) -> None:
        dx, dy = self._step()
        if (dx, dy) == (0, 0) or not self._buttons & Qt.MouseButton.LeftButton:
            self._timer.stop()
            return
        view = self.view
        scene = view.scene()
        # Let the scene grow with the drag, or the scroll bars would stop at its edge.
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        wanted = shown.translated(dx / view.transform().m11(), dy / view.transform().m22())
        if not scene.sceneRect().contains(wanted):
            scene.setSceneRect(scene.sceneRect().united(wanted.adjusted(-200, -200, 200, 200)))
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + dx)
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + dy)
        local = self._pos
        move = QMouseEvent(QEvent.Type.MouseMove, local,
                           QPointF(view.viewport().mapToGlobal(QPoint(int(local.x()),
                                                                      int(local.y())))),
                           Qt.MouseButton.NoButton, self._buttons, self._modifiers)
        self._replaying = True
        try:
            view.mouseMoveEvent(move)
        finally:
            self._replaying = False
