"""QUndoStack adapter: a QUndoCommand that runs one core Command on the project's graph.

The Edit menu reads ``text()``, so entries name the action ("Undo Add Conv2d 'conv2d_1'").
Core ``merge_with`` drives Qt's merging, so typing into one property field is one undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from netstudio.core.graph.commands import Command, SetParams
from netstudio.core.graph.model import Graph
from netstudio.gui.i18n import core_text

_MERGEABLE_ID = 1001


class GraphUndoCommand(QUndoCommand):
    def __init__(self, command: Command, graph: Graph) -> None:
        super().__init__(core_text(command.text))
        self.command = command
        self.graph = graph

    def redo(self) -> None:
        self.command.redo(self.graph)

    def undo(self) -> None:
        self.command.undo(self.graph)

    def id(self) -> int:
        # Only field edits merge; -1 tells Qt never to try.
        if isinstance(self.command, SetParams) and self.command.field_name:
            return _MERGEABLE_ID
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, GraphUndoCommand) or other.graph is not self.graph:
            return False
        if self.command.merge_with(other.command):
            self.setText(core_text(self.command.text))
            return True
        return False
