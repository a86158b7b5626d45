"""The Tune tab's edits of the project, each one undo step: the search section, and "Apply
best" (settings and layer parameters together)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from netstudio.core.graph.commands import SetParams
from netstudio.core.tune.space import changes_of
from netstudio.gui.undo import GraphUndoCommand

_SEARCH_ID = 2301


class SearchCommand(QUndoCommand):
    """Replace the project's search section (None removes it). Edits of the same entry in a
    row (typing a bound) merge into one step."""

    def __init__(self, project: Any, search: dict[str, Any] | None, text: str,
                 key: str = "") -> None:
        super().__init__(text)
        self.project = project
        self.old = copy.deepcopy(project.search)
        self.new = copy.deepcopy(search)
        self.key = key

    def redo(self) -> None:
        self.project.set_search(copy.deepcopy(self.new))

    def undo(self) -> None:
        self.project.set_search(copy.deepcopy(self.old))

    def id(self) -> int:
        return _SEARCH_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SearchCommand) or other.project is not self.project
                or other.key != self.key):
            return False
        self.new = other.new
        return True


class ApplyParamsCommand(QUndoCommand):
    """A trial's values written into the project: settings and layer parameters (also in
    block definitions) as one step."""

    def __init__(self, project: Any, params: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.project = project
        data, training, nodes = changes_of(project, params)
        self.settings = None
        if data != project.data or training != project.training:
            self.settings = ((copy.deepcopy(project.data), copy.deepcopy(project.training)),
                             (data, training))
        self.steps = [GraphUndoCommand(SetParams(node_id, new), graph)
                      for graph, node_id, new in nodes if new != graph.node(node_id).params]

    @property
    def empty(self) -> bool:
        return self.settings is None and not self.steps

    def redo(self) -> None:
        if self.settings is not None:
            data, training = self.settings[1]
            self.project.set_settings(data=data, training=training)
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()
        if self.settings is not None:
            data, training = self.settings[0]
            self.project.set_settings(data=data, training=training)


def apply_params(undo_stack: QUndoStack, project: Any, params: dict[str, Any],
                 number: int) -> bool:
    """Write ``params`` (trial ``number``'s values) into ``project`` as one undo step; False
    when the project already has them."""
    text = QCoreApplication.translate("TuneCommands", "Apply best trial {0}").format(number)
    command = ApplyParamsCommand(project, params, text)
    if command.empty:
        return False
    undo_stack.push(command)
    return True
