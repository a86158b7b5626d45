"""Blocks on the canvas: Group into Block (Ctrl+G), Expand Block (Ctrl+Shift+G), Open Block
(Ctrl+E or double-click a block card) and Back to the enclosing graph (Ctrl+Shift+E).

Grouping and expanding change a graph and the project's block definitions together; each is
one undo step that restores both exactly (``BlockEdit`` keeps the before and after states).
Editing inside an opened block edits its definition, so every instance changes; those edits
are ordinary undo steps on the definition's graph.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from netstudio.core.graph.blocks import BLOCK
from netstudio.core.graph.commands import Command
from netstudio.core.graph.grouping import expand_instance, group_nodes, group_problem
from netstudio.core.graph.model import Edge, Graph, Node
from netstudio.core.graph.rewrite import rewrite
from netstudio.gui.canvas.layout import auto_layout


def snapshot(graph: Graph) -> tuple[list[Node], list[Edge]]:
    """The graph's layers (the objects, not copies) and connections, in order.

    No copies are needed (copying the 5,000 layers of a big network twice was a fifth of a
    Group into Block): when an undo or redo puts a state back, every later edit has been
    undone, so a layer both states share is as it was then; the layers one state holds and
    the other does not are out of the graph and untouched, and ``rewrite`` adds copies of
    them, never the objects themselves."""
    return list(graph.nodes.values()), list(graph.edges)


def restore(graph: Graph, state: tuple[list[Node], list[Edge]]) -> None:
    """Make ``graph`` hold ``state`` through its own methods (so the canvas follows),
    changing only the layers and connections that differ."""
    rewrite(graph, *state)


class BlockEdit(Command):
    """Run ``change(graph, blocks)`` once; undo/redo restore the graph and the definitions."""

    def __init__(self, project: Any, label: str, change: Any) -> None:
        self.project, self.label, self.change = project, label, change
        self.before: Any = None
        self.after: Any = None
        self.result: Any = None

    @property
    def text(self) -> str:  # type: ignore[override]
        return self.label

    def redo(self, graph: Graph) -> None:
        if self.before is None:
            self.before = (snapshot(graph), dict(self.project.blocks))
            self.result = self.change(graph, self.project.blocks)
            self.after = (snapshot(graph), dict(self.project.blocks))
            return
        restore(graph, self.after[0])
        self.project.blocks.clear()
        self.project.blocks.update(self.after[1])

    def undo(self, graph: Graph) -> None:
        restore(graph, self.before[0])
        self.project.blocks.clear()
        self.project.blocks.update(self.before[1])


class BlockActions(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.w = window
        self.group = self._action(self.tr("&Group into Block"), self.group_selection, "Ctrl+G")
        self.expand = self._action(self.tr("E&xpand Block"), self.expand_selection,
                                   "Ctrl+Shift+G")
        self.open = self._action(self.tr("&Open Block"), self.open_selected, "Ctrl+E")
        self.back = self._action(self.tr("&Back to Enclosing Graph"), self.go_back,
                                 "Ctrl+Shift+E")
        menu = window.menuBar().addMenu(self.tr("&Blocks"))
        menu.addActions([self.group, self.expand])
        menu.addSeparator()
        menu.addActions([self.open, self.back])
        self.menu = menu

    def _action(self, text: str, slot: Any, shortcut: str) -> QAction:
        action = QAction(text, self.w)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.w.addAction(action)
        return action

    # ---- grouping --------------------------------------------------------------------------
    def group_selection(self, name: str = "Block") -> str | None:
        """Group the selected layers; returns the new instance id (None: refused, said why)."""
        editor = self.w.editor
        ids = self.w.scene.selected_node_ids()
        if editor.read_only:
            self.w.show_status(editor.locked_reason())
            return None
        instance = editor.graph.unique_id("block")
        problem: list[str] = []

        def change(graph: Graph, blocks: dict) -> None:
            why = group_nodes(graph, blocks, ids, name, instance)
            if why:
                problem.append(why)

        why = group_problem(editor.graph, ids)
        if why:
            self.w.show_status(self.tr("Cannot group: {0}.").format(why))
            return None
        # the grouped cards go: unselected first, or each removal tells the selection
        self.w.scene.select_nodes([], quiet=True)
        editor.push(BlockEdit(self.w.project, self.tr("Group {0} layers into a block").format(
            len(ids)), change))
        self.w.run_analysis()
        self.w.scene.select_nodes([instance])
        return instance

    def expand_selection(self) -> bool:
        editor = self.w.editor
        ids = [i for i in self.w.scene.selected_node_ids()
               if editor.graph.nodes.get(i) and editor.graph.node(i).type == BLOCK]
        if not ids or editor.read_only:
            self.w.show_status(self.tr("Select a block to expand."))
            return False

        def change(graph: Graph, blocks: dict) -> None:
            for instance in ids:
                expand_instance(graph, blocks, instance)

        editor.push(BlockEdit(self.w.project, self.tr("Expand {0}").format(", ".join(ids)),
                              change))
        self.w.run_analysis()
        return True

    # ---- opening ---------------------------------------------------------------------------
    def open_selected(self) -> bool:
        ids = self.w.scene.selected_node_ids()
        node = self.w.editor.graph.nodes.get(ids[0]) if len(ids) == 1 else None
        if node is None or node.type != BLOCK:
            self.w.show_status(self.tr("Select one block to open."))
            return False
        return self.open_block(node.id)

    def open_block(self, instance: str) -> bool:
        editor = self.w.editor
        node = editor.graph.nodes.get(instance)
        body = self.w.project.blocks.get(node.params.get("block")) if node else None
        if body is None:
            return False
        editor.block_path.append(instance)
        self._show(body)
        return True

    def go_back(self) -> bool:
        editor = self.w.editor
        if not editor.block_path:
            return False
        left = editor.block_path.pop()
        self._show(editor.graph)
        self.w.scene.select_nodes([left])
        return True

    def where(self) -> str:
        path = self.w.editor.block_path
        if not path:
            return ""
        return " › ".join([self.tr("Network"), *path])

    def _show(self, graph: Graph) -> None:
        missing = [n for n in graph.nodes.values() if n.pos is None]
        if missing:
            placed = auto_layout(graph, direction=self.w.editor.direction)
            for n in missing:
                n.pos = placed[n.id]
        self.w.bridge.attach(graph)
        self.w.scene.load(graph)
        self.w.scene.apply_direction()
        self.w.run_analysis()
        self.w.update_title()
        where = self.where()
        self.w.show_status(self.tr("Editing {0}: changes apply to every use of this block. "
                                   "Ctrl+Shift+E goes back.").format(where) if where
                           else self.tr("Back to the whole network."), 8000)
        self.w.view.request_fit()
