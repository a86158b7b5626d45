"""The port drag that makes a connection: press on a port, move, release on another node.

Starting on an output port looks for a node to feed; starting on an input port looks for a
node to take from. While dragging, the port under the cursor turns green or red, and a
refused drop shows the reason next to the cursor and in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from netstudio.gui import theme
from netstudio.gui.canvas.node_item import NodeItem
from netstudio.gui.canvas.port_item import PortItem


class ConnectDrag:
    def __init__(self, scene: QGraphicsScene, port: PortItem) -> None:
        self.scene = scene
        self.port = port
        self.node_id: str = port.node_item.node_id
        self.role = port.role
        self._target: PortItem | None = None
        self.line = QGraphicsPathItem()
        pen = QPen(theme.current().selection, 1.8, Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(5)
        scene.addItem(self.line)
        port.set_highlight("ok")

    def ends(self, target_node: str) -> tuple[str, str]:
        """(src, dst) if the drag ended on ``target_node``."""
        if self.role == "out":
            return self.node_id, target_node
        return target_node, self.node_id

    def target_at(self, pos: QPointF) -> NodeItem | None:
        """The card a release at ``pos`` connects to. The drag's own card counts only on its
        other port (output dragged onto its own input), so the refusal can say why; a click
        on a port is no attempt."""
        for item in self.scene.items(pos):
            if isinstance(item, PortItem | NodeItem):
                node = item.node_item if isinstance(item, PortItem) else item
                if node.node_id != self.node_id:
                    return node
                if isinstance(item, PortItem) and item.role != self.role:
                    return node
        return None

    def move(self, pos: QPointF, reason_for) -> None:  # noqa: ANN001 - (src, dst) -> str|None
        start = self.port.scenePos()
        path = QPainterPath(start)
        dy = 60.0 if self.role == "out" else -60.0
        path.cubicTo(QPointF(start.x(), start.y() + dy), QPointF(pos.x(), pos.y() - dy), pos)
        self.line.setPath(path)
        node = self.target_at(pos)
        target = node.port("in" if self.role == "out" else "out") if node else None
        if target is not self._target and self._target is not None:
            self._target.set_highlight(None)
        self._target = target
        if target is not None:
            bad = reason_for(*self.ends(node.node_id)) is not None
            target.set_highlight("bad" if bad else "ok")

    def finish(self) -> None:
        if self._target is not None:
            self._target.set_highlight(None)
        self.port.set_highlight(None)
        self.scene.removeItem(self.line)
