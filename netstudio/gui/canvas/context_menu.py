"""Right-click menus: on a card, on a connection, on empty canvas and on a palette layer.

They reuse the window's actions (Cut, Copy, Duplicate, Delete, Paste, Auto Layout, Fit), so
each entry shows its shortcut, and add what only makes sense in place: add a layer after this
card, insert one into this connection, disconnect, the layer's documentation.

Grouping uses the window's block actions (Group into Block, and Open / Expand on a block).
Other features add entries to the card menu through ``node_entries``: a callable
``(menu, node_id) -> None`` appended there is called each time the menu opens ("search this
parameter" belongs there once hyperparameter search exists).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QPointF
from PySide6.QtWidgets import QMenu

from netstudio.core.graph.model import Edge
from netstudio.gui.canvas.edge_item import EdgeItem
from netstudio.gui.canvas.node_item import NodeItem
from netstudio.gui.panels.layer_docs import show_layer_docs


class CanvasMenus(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.w = window
        self.node_entries: list[Callable[[QMenu, str], None]] = []
        self.last_menu: QMenu | None = None  # tests read the menu that was shown

    # ---- entry points --------------------------------------------------------------------
    def popup(self, target: object, scene_pos: QPointF, screen_pos: QPoint) -> None:
        menu = self.menu_for(target, scene_pos)
        self._show(menu, screen_pos)

    def menu_for(self, target: object, scene_pos: QPointF) -> QMenu:
        if isinstance(target, NodeItem):
            return self.node_menu(target.node_id)
        if isinstance(target, EdgeItem):
            return self.edge_menu(target.edge)
        return self.canvas_menu(scene_pos)

    def popup_palette(self, layer_type: str, screen_pos: QPoint) -> None:
        self._show(self.palette_menu(layer_type), screen_pos)

    # ---- the menus -----------------------------------------------------------------------
    def node_menu(self, node_id: str) -> QMenu:
        w, acts = self.w, self.w.action_set
        if node_id not in w.scene.selected_node_ids():  # act on what was clicked
            w.scene.select_nodes([node_id])
        menu = QMenu(w)
        editable = not w.read_only
        add = menu.addAction(self.tr("Add Layer After…"), lambda: w.adder.ask(node_id=node_id))
        add.setEnabled(editable)
        menu.addSeparator()
        menu.addActions([acts.cut, acts.copy, acts.duplicate])
        disconnect = menu.addAction(self.tr("Disconnect"),
                                    lambda: w.editor.disconnect(node_id))
        disconnect.setEnabled(editable and bool(w.project.graph.edges_touching([node_id])))
        menu.addAction(acts.delete)
        blocks = getattr(w, "blocks", None)  # grouping, where the app has blocks
        if blocks is not None:
            menu.addSeparator()
            menu.addAction(blocks.group)
            if w.project.graph.node(node_id).type == "Block":
                menu.addActions([blocks.open, blocks.expand])
        menu.addSeparator()
        training = getattr(w, "training", None)
        if training is not None:
            menu.addAction(self.tr("Show Feature Maps"), lambda: self._feature_maps(node_id))
        node_type = w.project.graph.node(node_id).type
        menu.addAction(self.tr("About %1…").replace("%1", node_type),
                       lambda: show_layer_docs(w, node_type, modal=w.interactive))
        for entry in self.node_entries:
            entry(menu, node_id)
        return menu

    def edge_menu(self, edge: Edge) -> QMenu:
        w = self.w
        for item in w.scene.selectedItems():
            item.setSelected(False)
        for item in w.scene.edges.get(edge, []):
            item.setSelected(True)
        menu = QMenu(w)
        insert = menu.addAction(self.tr("Insert Layer Here…"), lambda: w.adder.ask(edge=edge))
        delete = menu.addAction(self.tr("Delete Connection"),
                                lambda: w.editor.delete([], [edge]))
        for act in (insert, delete):
            act.setEnabled(not w.read_only)
        return menu

    def canvas_menu(self, scene_pos: QPointF) -> QMenu:
        w, acts = self.w, self.w.action_set
        menu = QMenu(w)
        add = menu.addAction(self.tr("Add Layer…"), lambda: w.adder.ask(scene_pos=scene_pos))
        add.setEnabled(not w.read_only)
        paste = menu.addAction(acts.paste.icon(), acts.paste.text(),
                               lambda: acts.paste_at(scene_pos))
        paste.setShortcut(acts.paste.shortcut())
        paste.setEnabled(acts.paste.isEnabled())
        menu.addSeparator()
        menu.addActions([acts.select_all, acts.layout, acts.fit])
        return menu

    def palette_menu(self, layer_type: str) -> QMenu:
        w = self.w
        menu = QMenu(w)
        ids = w.scene.selected_node_ids()
        if len(ids) == 1:
            text = self.tr("Add After '%1'").replace("%1", ids[0])
        else:
            text = self.tr("Add to the Canvas")
        add = menu.addAction(text, lambda: w.adder.after_selection(layer_type))
        add.setEnabled(not w.read_only)
        menu.addAction(self.tr("About %1…").replace("%1", layer_type),
                       lambda: show_layer_docs(w, layer_type, modal=w.interactive))
        return menu

    # ---- helpers -------------------------------------------------------------------------
    def _show(self, menu: QMenu, screen_pos: QPoint) -> None:
        self.last_menu = menu
        if self.w.interactive:
            menu.exec(screen_pos)
            menu.deleteLater()
            self.last_menu = None
        else:  # tests: shown without blocking, read through last_menu
            menu.popup(screen_pos)

    def _feature_maps(self, node_id: str) -> None:
        training = self.w.training
        self.w.scene.select_nodes([node_id])
        dock = training.docks.get("inspect") if hasattr(training, "docks") else None
        if dock is not None:
            dock.show()
            dock.raise_()
        training.inspector.show_tab("Feature maps")
