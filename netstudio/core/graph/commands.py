"""Small undoable edits of a Graph. Each calls only Graph methods, so views stay in sync.

The GUI wraps these in QUndoCommands (netstudio.gui) to get Qt's undo stack and menu texts;
the core History below serves headless use and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netstudio.core.graph.model import Edge, Graph, Node, Pos
from netstudio.core.text import QT_TRANSLATE_NOOP

# what the Edit menu's Undo/Redo entries say (translated by the GUI)
ADD = QT_TRANSLATE_NOOP("Edit", "Add {type} '{node}'")
DELETE_ONE = QT_TRANSLATE_NOOP("Edit", "Delete '{node}'")
DELETE_MANY = QT_TRANSLATE_NOOP("Edit", "Delete {count} nodes")
CONNECT = QT_TRANSLATE_NOOP("Edit", "Connect '{src}' to '{dst}'")
DISCONNECT = QT_TRANSLATE_NOOP("Edit", "Disconnect '{src}' from '{dst}'")
CHANGE_FIELD = QT_TRANSLATE_NOOP("Edit", "Change {field} of '{node}'")
CHANGE = QT_TRANSLATE_NOOP("Edit", "Change of '{node}'")
MOVE_ONE = QT_TRANSLATE_NOOP("Edit", "Move '{node}'")
MOVE_MANY = QT_TRANSLATE_NOOP("Edit", "Move {count} nodes")
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("Edit", "Change layout direction")


class Command:
    """Base: ``redo`` applies the edit, ``undo`` restores the graph exactly."""

    text = "Edit"

    def redo(self, graph: Graph) -> None:
        raise NotImplementedError

    def undo(self, graph: Graph) -> None:
        raise NotImplementedError

    def merge_with(self, other: Command) -> bool:
        """Absorb ``other`` (pushed right after self); True if merged."""
        return False


@dataclass
class AddNode(Command):
    node: Node
    index: int | None = None

    @property
    def text(self) -> str:  # type: ignore[override]
        return ADD(type=self.node.type, node=self.node.id)

    def redo(self, graph: Graph) -> None:
        graph.add_node(self.node.copy(), self.index)

    def undo(self, graph: Graph) -> None:
        for e in graph.edges_touching([self.node.id]):
            graph.remove_edge(e)
        graph.remove_node(self.node.id)


@dataclass
class RemoveNodes(Command):
    """Delete nodes and every edge touching them; undo puts all back in place."""

    node_ids: list[str]
    _removed: list[tuple[int, Node]] = field(default_factory=list, repr=False)
    _edges: list[tuple[int, Edge]] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:  # type: ignore[override]
        if len(self.node_ids) == 1:
            return DELETE_ONE(node=self.node_ids[0])
        return DELETE_MANY(count=len(self.node_ids))

    def redo(self, graph: Graph) -> None:
        ids = [i for i in self.node_ids if i in graph]
        self._edges = [(graph.edges.index(e), e) for e in graph.edges_touching(ids)]
        for _, e in sorted(self._edges, key=lambda t: -t[0]):
            graph.remove_edge(e)
        self._removed = sorted(((graph.index_of(i), graph.node(i)) for i in ids),
                               key=lambda t: t[0])
        for _, n in reversed(self._removed):
            graph.remove_node(n.id)

    def undo(self, graph: Graph) -> None:
        for index, node in self._removed:
            graph.add_node(node, index)
        for index, e in sorted(self._edges, key=lambda t: t[0]):
            graph.add_edge(e, index)


@dataclass
class AddEdge(Command):
    edge: Edge

    @property
    def text(self) -> str:  # type: ignore[override]
        return CONNECT(src=self.edge.src, dst=self.edge.dst)

    def redo(self, graph: Graph) -> None:
        graph.add_edge(self.edge)

    def undo(self, graph: Graph) -> None:
        graph.remove_edge(self.edge)


@dataclass
class RemoveEdge(Command):
    edge: Edge
    _index: int = -1

    @property
    def text(self) -> str:  # type: ignore[override]
        return DISCONNECT(src=self.edge.src, dst=self.edge.dst)

    def redo(self, graph: Graph) -> None:
        self._index = graph.remove_edge(self.edge)

    def undo(self, graph: Graph) -> None:
        graph.add_edge(self.edge, self._index)


@dataclass
class SetParams(Command):
    """Replace a node's params. Consecutive edits of the same field merge into one undo step."""

    node_id: str
    new: dict[str, Any]
    old: dict[str, Any] | None = None
    field_name: str | None = None

    @property
    def text(self) -> str:  # type: ignore[override]
        if self.field_name:
            return CHANGE_FIELD(field=self.field_name, node=self.node_id)
        return CHANGE(node=self.node_id)

    def redo(self, graph: Graph) -> None:
        if self.old is None:
            self.old = dict(graph.node(self.node_id).params)
        graph.set_params(self.node_id, self.new)

    def undo(self, graph: Graph) -> None:
        graph.set_params(self.node_id, self.old or {})

    def merge_with(self, other: Command) -> bool:
        if (isinstance(other, SetParams) and other.node_id == self.node_id
                and other.field_name is not None and other.field_name == self.field_name):
            self.new = other.new
            return True
        return False


@dataclass
class MoveNodes(Command):
    """Move nodes to new positions (pushed once, on mouse release)."""

    moves: dict[str, tuple[Pos | None, Pos | None]]  # id -> (old, new)

    @property
    def text(self) -> str:  # type: ignore[override]
        if len(self.moves) == 1:
            return MOVE_ONE(node=next(iter(self.moves)))
        return MOVE_MANY(count=len(self.moves))

    def redo(self, graph: Graph) -> None:
        graph.move_nodes({node_id: new for node_id, (_, new) in self.moves.items()})

    def undo(self, graph: Graph) -> None:
        graph.move_nodes({node_id: old for node_id, (old, _) in self.moves.items()})


@dataclass
class Macro(Command):
    """Several commands as one undo step (paste, duplicate, auto-layout...)."""

    label: str
    commands: list[Command]

    @property
    def text(self) -> str:  # type: ignore[override]
        return self.label

    def redo(self, graph: Graph) -> None:
        for c in self.commands:
            c.redo(graph)

    def undo(self, graph: Graph) -> None:
        for c in reversed(self.commands):
            c.undo(graph)


class History:
    """A plain undo stack for headless use (the GUI uses QUndoStack with the same commands)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, cmd: Command) -> None:
        cmd.redo(self.graph)
        self._undone.clear()
        if self._done and self._done[-1].merge_with(cmd):
            return
        self._done.append(cmd)

    def undo(self) -> bool:
        if not self._done:
            return False
        cmd = self._done.pop()
        cmd.undo(self.graph)
        self._undone.append(cmd)
        return True

    def redo(self) -> bool:
        if not self._undone:
            return False
        cmd = self._undone.pop()
        cmd.redo(self.graph)
        self._done.append(cmd)
        return True

    @property
    def undo_text(self) -> str | None:
        return self._done[-1].text if self._done else None

    @property
    def redo_text(self) -> str | None:
        return self._undone[-1].text if self._undone else None
