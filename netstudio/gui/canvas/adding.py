"""Adding layers where the user means them: after the selected card (connected, a chain grows
in place), into a connection (spliced), or at a point on the canvas. The palette (double-click,
right-click), the quick-add box (Tab or /), drops and the right-click menus all come here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, QPointF
from PySide6.QtGui import QCursor

from netstudio.core.graph.model import Edge
from netstudio.gui.canvas.quick_add import QuickAdd


class LayerAdder(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.w = window
        self.quick = QuickAdd(window)

    # ---- the three ways ------------------------------------------------------------------
    def after_selection(self, layer_type: str) -> str | None:
        """After the one selected card (connected); with no single card selected, in the
        middle of the view."""
        ids = self.w.scene.selected_node_ids()
        return self.after(layer_type, ids[0] if len(ids) == 1 else None)

    def after(self, layer_type: str, node_id: str | None,
              params: dict[str, Any] | None = None) -> str | None:
        """``params``: settings over the layer's starting ones (quick add's "conv 32 5")."""
        if self._refused():
            return None
        return self._added(self.w.editor.add_after(layer_type, node_id, self._centre(), params))

    def at(self, layer_type: str, pos: QPointF,
           params: dict[str, Any] | None = None) -> str | None:
        if self._refused():
            return None
        return self._added(self.w.editor.add_node(
            layer_type, (round(pos.x(), 1), round(pos.y(), 1)), params, merge=True))

    def into(self, layer_type: str, edge: Edge,
             params: dict[str, Any] | None = None) -> str | None:
        """Splice ``layer_type`` into the connection ``edge`` (a row under its source; what
        follows moves down)."""
        if self._refused():
            return None
        node_id = self.w.editor.splice(layer_type, edge, params=params)
        if node_id is None and edge in self.w.project.graph.edges:
            self.w.show_status(self.tr("%1 takes no input, so it cannot go into a connection.")
                               .replace("%1", layer_type))
        return self._added(node_id)

    # ---- quick add -----------------------------------------------------------------------
    def ask(self, node_id: str | None = None, edge: Edge | None = None,
            scene_pos: QPointF | None = None) -> None:
        """Open the quick-add box for a card, a connection or a point; with none given, for
        the selection (one card or one connection) or the mouse."""
        scene = self.w.scene
        if node_id is None and edge is None and scene_pos is None:
            ids, edges = scene.selected_node_ids(), scene.selected_edges()
            if len(ids) == 1:
                node_id = ids[0]
            elif len(edges) == 1 and not ids:
                edge = edges[0]
        if node_id is not None:
            caption = self.tr("Add after '%1':").replace("%1", node_id)
            self.quick.ask(self._screen_point(node_id=node_id), caption,
                           lambda t, p: self.after(t, node_id, p))
        elif edge is not None:
            caption = self.tr("Insert between '%1' and '%2':").replace(
                "%1", edge.src).replace("%2", edge.dst)
            self.quick.ask(self._screen_point(), caption, lambda t, p: self.into(t, edge, p))
        else:
            pos = scene_pos if scene_pos is not None else self._mouse_or_centre()
            self.quick.ask(self._screen_point(scene_pos=pos), self.tr("Add a layer here:"),
                           lambda t, p: self.at(t, pos, p))

    # ---- helpers -------------------------------------------------------------------------
    def _refused(self) -> bool:
        if self.w.read_only:
            self.w.show_status(self.w.editor.locked_reason())
            return True
        return False

    def _added(self, node_id: str | None) -> str | None:
        if node_id is not None and node_id in self.w.scene.nodes:
            self.w.scene.select_nodes([node_id])
            self.w.view.ensureVisible(self.w.scene.nodes[node_id], 40, 60)
            self.w.view.setFocus()  # Tab or / again adds the next layer after this one
        return node_id

    def _centre_point(self) -> QPointF:
        view = self.w.view
        return QPointF(view.mapToScene(view.viewport().rect().center()))

    def _centre(self) -> tuple[float, float]:
        p = self._centre_point()
        return (round(p.x(), 1), round(p.y(), 1))

    def _mouse_or_centre(self) -> QPointF:
        view = self.w.view
        local = view.viewport().mapFromGlobal(QCursor.pos())
        if view.viewport().rect().contains(local):
            return QPointF(view.mapToScene(local))
        return self._centre_point()

    def _screen_point(self, node_id: str | None = None,
                      scene_pos: QPointF | None = None) -> QPoint:
        """Where the box opens: under the card, at the point, or under the mouse."""
        view = self.w.view
        if node_id is not None and node_id in self.w.scene.nodes:
            rect = self.w.scene.nodes[node_id].sceneBoundingRect()
            scene_pos = QPointF(rect.left(), rect.bottom() + 8)
        if scene_pos is not None:
            local = view.mapFromScene(scene_pos)
            if view.viewport().rect().contains(local):
                return view.viewport().mapToGlobal(local)
        return QCursor.pos() if view.viewport().rect().contains(
            view.viewport().mapFromGlobal(QCursor.pos())) else view.viewport().mapToGlobal(
            view.viewport().rect().center())
