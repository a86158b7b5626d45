"""A finding's one-click fix as ONE project edit: a graph Macro or new settings sections.

    edit = fix_edit(project, fix)      # raises FixError if it no longer fits the project
    edit.apply(project) / edit.revert(project)

The GUI pushes ``edit.command`` (a core Macro) through its undo stack, or the settings
through its settings command, so each fix is one undo step named ``edit.label``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from netstudio.core.explain import explain_messages as msg
from netstudio.core.explain.doctor.findings import Fix
from netstudio.core.graph.commands import AddEdge, AddNode, Command, Macro, RemoveEdge, RemoveNodes
from netstudio.core.graph.model import Edge, Graph, Node

SETTINGS_FIXES = ("set-lr", "grad-clip", "early-stopping", "augment", "standardize")
STEP = 70.0  # canvas distance between a node and one inserted after it


class FixError(Exception):
    """The fix no longer applies (the node was deleted or changed since the run)."""


@dataclass
class FixEdit:
    label: str
    command: Command | None = None  # a graph edit (Macro)
    data: dict[str, Any] | None = None  # or new settings sections
    training: dict[str, Any] | None = None

    def apply(self, project: Any) -> None:
        """Headless use (tests, scripts); the GUI goes through its undo stack instead."""
        if self.command is not None:
            self.command.redo(project.graph)
        else:
            self._old = (copy.deepcopy(project.data), copy.deepcopy(project.training))
            project.set_settings(data=self.data, training=self.training)

    def revert(self, project: Any) -> None:
        if self.command is not None:
            self.command.undo(project.graph)
        else:
            project.set_settings(data=self._old[0], training=self._old[1])


def fix_edit(project: Any, fix: Fix) -> FixEdit:
    label = fix.text
    a = fix.args
    if fix.kind in SETTINGS_FIXES:
        data, training = copy.deepcopy(project.data), copy.deepcopy(project.training)
        if fix.kind == "set-lr":
            training["lr"] = a["lr"]
        elif fix.kind == "grad-clip":
            training["grad_clip"] = a["grad_clip"]
        elif fix.kind == "early-stopping":
            training["early_stopping"] = {"patience": a.get("patience", 3)}
        elif fix.kind == "augment":
            data["augment"] = True
        elif fix.kind == "standardize":
            data["normalize"] = "standardize"
        return FixEdit(label, data=data, training=training)
    graph: Graph = project.graph
    if fix.kind == "add-dropout":
        after = _existing(graph, a["after"])
        kind = "Dropout2d" if _rank(project, after) == 3 else "Dropout"
        return FixEdit(label, _insert_after(graph, after, kind, {"p": a.get("p", 0.3)}, label))
    if fix.kind == "add-batchnorm":
        after = _existing(graph, a["after"])
        rank = _rank(project, after)
        kind = {3: "BatchNorm2d", 1: "BatchNorm1d"}.get(rank, "LayerNorm")
        return FixEdit(label, _insert_after(graph, after, kind, {}, label))
    if fix.kind == "switch-activation":
        commands: list[Command] = []
        work = graph.copy()  # plan on a copy so new ids do not collide with each other
        for node_id in a["nodes"]:
            _existing(graph, node_id)
            for c in _replace(work, node_id, a["to"]):
                c.redo(work)
                commands.append(c)
        return FixEdit(label, Macro(label, commands))
    if fix.kind == "remove-node":
        node_id = _existing(graph, a["node"])
        sources = [e.src for e in graph.inputs_of(node_id)]
        commands = [RemoveNodes([node_id])]
        if len(sources) == 1:
            commands += [AddEdge(Edge(sources[0], e.dst, e.port))
                         for e in graph.outputs_of(node_id)]
        return FixEdit(label, Macro(label, commands))
    if fix.kind == "widen-layer":
        from netstudio.core.graph.commands import SetParams

        node_id = _existing(graph, a["node"])
        params = {**graph.node(node_id).params, "out_features": int(a["out_features"])}
        return FixEdit(label, Macro(label, [SetParams(node_id, params)]))
    raise FixError(msg.UNKNOWN_FIX(kind=fix.kind))


def _existing(graph: Graph, node_id: str) -> str:
    if node_id not in graph:
        raise FixError(msg.NODE_LONGER_NETWORK_TRAIN(node_id=node_id))
    return node_id


def _rank(project: Any, node_id: str) -> int:
    from netstudio.core.analysis import analyze

    info = analyze(project).nodes.get(node_id)
    return len(info.shape) if info is not None and info.shape is not None else 1


def _insert_after(graph: Graph, after: str, kind: str, params: dict[str, Any],
                  label: str) -> Macro:
    """New node ``kind`` fed by ``after``; everything ``after`` fed now reads the new node."""
    new_id = graph.unique_id(kind)
    pos = graph.node(after).pos
    new_pos = None if pos is None else (pos[0], pos[1] + STEP / 2)
    commands: list[Command] = [AddNode(Node(new_id, kind, dict(params), new_pos))]
    for e in graph.outputs_of(after):
        commands += [RemoveEdge(e), AddEdge(Edge(new_id, e.dst, e.port, e.extra))]
    commands.append(AddEdge(Edge(after, new_id)))
    return Macro(label, commands)


def _replace(graph: Graph, node_id: str, kind: str) -> list[Command]:
    """Swap a node for a new one of ``kind`` at the same place, with the same edges."""
    node = graph.node(node_id)
    new_id = graph.unique_id(kind)
    ins, outs = graph.inputs_of(node_id), graph.outputs_of(node_id)
    commands: list[Command] = [RemoveNodes([node_id]),
                               AddNode(Node(new_id, kind, {}, node.pos), graph.index_of(node_id))]
    commands += [AddEdge(Edge(e.src, new_id, e.port, e.extra)) for e in ins]
    commands += [AddEdge(Edge(new_id, e.dst, e.port, e.extra)) for e in outs]
    return commands
