"""Every edit the builder makes, as core Commands pushed on the QUndoStack.

The canvas, the palette, the property form and the menus all edit through a GraphEditor, so
the rules (what may connect to what, read-only while training) live in one place. Methods
that can refuse return the reason as a sentence for the status bar, or None when done.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from netstudio.core.graph import edits
from netstudio.core.graph.commands import (
    LAYOUT_DIRECTION,
    AddEdge,
    AddNode,
    Command,
    Macro,
    MoveNodes,
    RemoveEdge,
    RemoveNodes,
    SetParams,
)
from netstudio.core.graph.model import Edge, Node, Pos
from netstudio.core.layers.registry import get_layer
from netstudio.core.project import Project
from netstudio.gui.canvas.layout import LEFT_TO_RIGHT, TOP_TO_BOTTOM, auto_layout
from netstudio.gui.i18n import plural
from netstudio.gui.undo import GraphUndoCommand

CLIPBOARD_KEY = "netstudio-clipboard"


class SetDirection(Command):
    """Lay the canvas out top to bottom or left to right (the project's graph.direction)."""

    def __init__(self, project: Project, direction: str, changed: Any) -> None:
        self.project, self.new, self.changed = project, direction, changed
        self.old = project.graph_extra.get("direction")

    @property
    def text(self) -> str:  # type: ignore[override]
        return LAYOUT_DIRECTION

    def _set(self, value: str | None) -> None:
        if value in (None, TOP_TO_BOTTOM):
            self.project.graph_extra.pop("direction", None)
        else:
            self.project.graph_extra["direction"] = value
        self.changed()

    def redo(self, graph: Any) -> None:
        self._set(self.new)

    def undo(self, graph: Any) -> None:
        self._set(self.old)


class GraphEditor(QObject):
    direction_changed = Signal()  # the project's layout direction changed (redo/undo too)

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._project = Project()
        self.block_path: list[str] = []  # instance ids from the top: the block being edited
        self.read_only = False

    @property
    def project(self) -> Project:
        return self._project

    @project.setter
    def project(self, project: Project) -> None:
        self._project = project
        self.block_path = []

    @property
    def graph(self):  # noqa: ANN201
        """The graph on the canvas: the project's, or a block definition opened in it."""
        graph = self._project.graph
        for instance in self.block_path:
            node = graph.nodes.get(instance)
            body = self._project.blocks.get(node.params.get("block")) if node else None
            if body is None:
                return graph
            graph = body
        return graph

    @property
    def block_prefix(self) -> str:
        """"layer1/0/" inside instance 0 of layer1: how the checker names the layers here."""
        return "".join(f"{i}/" for i in self.block_path)

    def locked_reason(self) -> str:
        return self.tr("The graph is locked while a training run is live. Stop it to edit.")

    def push(self, command: Command) -> bool:
        if self.read_only:
            return False
        self.undo_stack.push(GraphUndoCommand(command, self.graph))
        return True

    # ---- nodes ---------------------------------------------------------------------------
    def add_node(self, layer_type: str, pos: Pos, params: dict[str, Any] | None = None,
                 merge: bool = False) -> str | None:
        """Add a layer at ``pos`` (its centre); returns the new node id, None if refused.
        ``params`` replace the starting params, or are laid over them with ``merge``."""
        if self.read_only:
            return None
        node = self.new_node(layer_type, pos, params if merge else None)
        if params is not None and not merge:
            node.params = params
        self.push(AddNode(node))
        return node.id

    def new_node(self, layer_type: str, pos: Pos,
                 params: dict[str, Any] | None = None) -> Node:
        """A node of ``layer_type`` with a fresh id and its starting params, ``params`` laid
        over them (not added)."""
        spec = get_layer(layer_type)
        node_id = self.graph.unique_id(layer_type if spec is None else spec.type)
        start = {**_initial_params(layer_type, self.project), **(params or {})}
        return Node(node_id, layer_type, start, (float(pos[0]), float(pos[1])))

    def add_after(self, layer_type: str, after: str | None, fallback: Pos = (0.0, 0.0),
                  params: dict[str, Any] | None = None) -> str | None:
        """Add ``layer_type`` fed by ``after`` (placed under it; a chain grows in place). With
        no ``after``, or a layer that takes no input (Input), it is added at ``fallback``."""
        if self.read_only:
            return None
        spec = get_layer(layer_type)
        if after is None or after not in self.graph or (spec is not None
                                                         and spec.max_inputs == 0):
            return self.add_node(layer_type, fallback, params, merge=True)
        node = self.new_node(layer_type, edits.below(self.graph, after), params)
        self.push(edits.add_after(self.graph, node, after))
        return node.id

    def splice(self, layer_type: str, edge: Edge, pos: Pos | None = None,
               params: dict[str, Any] | None = None) -> str | None:
        """Insert ``layer_type`` into the connection ``edge`` (one undo step), at ``pos`` or
        a row under the source; None if that layer cannot sit there (an Input takes no
        input)."""
        spec = get_layer(layer_type)
        if self.read_only or edge not in self.graph.edges or (spec is not None
                                                              and spec.max_inputs == 0):
            return None
        node = self.new_node(layer_type, pos or edits.between(self.graph, edge), params)
        self.push(edits.splice(self.graph, node, edge))
        return node.id

    def disconnect(self, node_id: str) -> bool:
        """Remove every connection of ``node_id`` (one undo step)."""
        command = None if self.read_only or node_id not in self.graph else (
            edits.disconnect(self.graph, node_id))
        return command is not None and self.push(command)

    def delete(self, node_ids: list[str], edges: list[Edge]) -> bool:
        """Delete nodes (with their edges) and the given edges, as one undo step."""
        if self.read_only or (not node_ids and not edges):
            return False
        commands: list[Command] = []
        if node_ids:
            commands.append(RemoveNodes(list(node_ids)))
        gone = set(node_ids)
        commands += [RemoveEdge(e) for e in edges if e.src not in gone and e.dst not in gone]
        if len(commands) == 1:
            return self.push(commands[0])
        count = len(node_ids) + len(commands) - (1 if node_ids else 0)
        return self.push(Macro(plural(count, self.tr("Delete 1 item"), self.tr("Delete %1 items")), commands))

    def move(self, moves: dict[str, tuple[Pos | None, Pos | None]]) -> bool:
        moves = {k: v for k, v in moves.items() if v[0] != v[1]}
        return bool(moves) and self.push(MoveNodes(moves))

    def set_params(self, node_id: str, params: dict[str, Any], field: str | None) -> bool:
        if node_id not in self.graph or self.graph.node(node_id).params == params:
            return False
        return self.push(SetParams(node_id, copy.deepcopy(params), field_name=field))

    @property
    def direction(self) -> str:
        d = self.project.graph_extra.get("direction")
        return d if d in (TOP_TO_BOTTOM, LEFT_TO_RIGHT) else TOP_TO_BOTTOM

    def layout_all(self, direction: str | None = None) -> bool:
        """Auto-layout (in ``direction``, default the project's) as one undoable step."""
        if not len(self.graph) or self.read_only:
            return False
        direction = direction or self.direction
        new = auto_layout(self.graph, direction=direction)
        moves = {i: (self.graph.node(i).pos, p) for i, p in new.items()}
        moves = {k: v for k, v in moves.items() if v[0] != v[1]}
        commands: list[Command] = []
        if direction != self.direction:
            commands.append(SetDirection(self.project, direction, self.direction_changed.emit))
        if moves:
            commands.append(MoveNodes(moves))
        if not commands:
            return False
        return self.push(Macro(self.tr("Auto layout"), commands))

    # ---- edges ---------------------------------------------------------------------------
    def connect_reason(self, src: str, dst: str) -> str | None:
        """Why src -> dst cannot be connected, or None if it can."""
        if self.read_only:
            return self.locked_reason()
        g = self.graph
        if src not in g or dst not in g:
            return self.tr("Both ends of a connection must be layers on the canvas.")
        if src == dst:
            return self.tr("'%1' cannot feed into itself: its output going back into its own "
                           "input would make a loop. Data must flow one way, from the input to "
                           "the output.").replace("%1", src)
        if g.has_edge(src, dst):
            return self.tr("'%1' is already connected to '%2'.").replace("%1", src).replace(
                "%2", dst)
        spec = get_layer(g.node(dst).type)
        if spec is not None and spec.max_inputs == 0:
            return self.tr("'%1' is an %2 layer: it receives the data set, not another layer's "
                           "output.").replace("%1", dst).replace("%2", spec.type)
        if g.would_create_cycle(src, dst):
            return self.tr("Connecting '%1' to '%2' would make a loop ('%2' already leads to "
                           "'%1'). Data must flow one way, from the input to the output."
                           ).replace("%1", src).replace("%2", dst)
        if spec is not None and spec.max_inputs is not None:
            existing = g.inputs_of(dst)
            if len(existing) >= spec.max_inputs:
                return self.tr(
                    "'%1' (%2) takes one input and already gets one from '%3'. Delete that "
                    "connection first, or combine both with an Add or Concat layer."
                ).replace("%1", dst).replace("%2", spec.type).replace("%3", existing[0].src)
        return None

    def connect(self, src: str, dst: str) -> str | None:
        reason = self.connect_reason(src, dst)
        if reason is not None:
            return reason
        spec = get_layer(self.graph.node(dst).type)
        port = None
        if spec is not None and (spec.max_inputs is None or spec.max_inputs > 1):
            # Order matters for Concat: the new input goes after the existing ones.
            ports = [e.port for e in self.graph.inputs_of(dst) if e.port is not None]
            port = max(ports, default=len(self.graph.inputs_of(dst)) - 1) + 1
        self.push(AddEdge(Edge(src, dst, port)))
        return None

    # ---- clipboard -----------------------------------------------------------------------
    def copy_data(self, node_ids: list[str]) -> dict[str, Any]:
        """The selection as JSON-able data: nodes and the edges between them."""
        ids = [i for i in self.graph.nodes if i in set(node_ids)]
        nodes = []
        for i in ids:
            n = self.graph.node(i)
            nodes.append({"id": n.id, "type": n.type, "params": copy.deepcopy(n.params),
                          "pos": list(n.pos) if n.pos else None})
        inside = set(ids)
        edges = [{"from": e.src, "to": e.dst, "port": e.port} for e in self.graph.edges
                 if e.src in inside and e.dst in inside]
        return {CLIPBOARD_KEY: 1, "nodes": nodes, "edges": edges}

    def paste_data(self, data: Any, offset: Pos = (40.0, 40.0)) -> list[str]:
        """Add a copy of clipboard data (fresh ids, shifted by ``offset``) as one undo step."""
        if self.read_only or not isinstance(data, dict) or CLIPBOARD_KEY not in data:
            return []
        taken = set(self.graph.nodes)
        renamed: dict[str, str] = {}
        commands: list[Command] = []
        for raw in data.get("nodes", []):
            if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
                continue
            old = str(raw.get("id", raw["type"]))
            new = _fresh_id(old, taken)
            taken.add(new)
            renamed[old] = new
            pos = raw.get("pos") or (0.0, 0.0)
            params = raw.get("params") if isinstance(raw.get("params"), dict) else {}
            commands.append(AddNode(Node(new, raw["type"], copy.deepcopy(params),
                                         (float(pos[0]) + offset[0],
                                          float(pos[1]) + offset[1]))))
        for raw in data.get("edges", []):
            if isinstance(raw, dict) and raw.get("from") in renamed and raw.get("to") in renamed:
                port = raw.get("port")
                commands.append(AddEdge(Edge(renamed[raw["from"]], renamed[raw["to"]],
                                             port if isinstance(port, int) else None)))
        if not renamed:
            return []
        self.push(Macro(plural(len(renamed), self.tr("Paste 1 layer"),
                                      self.tr("Paste %1 layers")), commands))
        return list(renamed.values())


def _fresh_id(old: str, taken: set[str]) -> str:
    stem = old.rstrip("0123456789").rstrip("_") or "node"
    i = 1
    while f"{stem}_{i}" in taken:
        i += 1
    return f"{stem}_{i}"


def _initial_params(layer_type: str, project: Project) -> dict[str, Any]:
    """What a fresh node starts with: the required params at their defaults, so the card and
    the file say what the layer does (an Input gets the data set's image shape)."""
    spec = get_layer(layer_type)
    if spec is None:
        return {}
    params: dict[str, Any] = {}
    if layer_type == "Input":
        from netstudio.core.data.catalog import dataset_info

        info = dataset_info(project.dataset)
        params["shape"] = list(info.input_shape) if info else [1, 28, 28]
        return params
    for p in spec.params:
        if p.inferred or p.optional or p.default is not None:
            continue
        params[p.name] = _REQUIRED_STARTS.get(p.name, p.min if p.min is not None else 1)
    return params


# Sensible first values for params that have no default in torch (the user edits them next).
_REQUIRED_STARTS: dict[str, Any] = {
    "out_channels": 16, "kernel_size": 3, "out_features": 64, "hidden_size": 64,
    "shape": [-1], "p": 0.5,
}
