"""The one seam where core Graph events become Qt signals (ryvencore-qt style).

The canvas and panels connect to these signals only; ``attach`` swaps the graph when a project
is opened, so views never hold on to an old graph's callbacks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from netstudio.core.graph.model import Edge, Graph, Node


class GraphBridge(QObject):
    node_added = Signal(object)  # Node
    node_removed = Signal(object)  # Node
    edge_added = Signal(object)  # Edge
    edge_removed = Signal(object)  # Edge
    params_changed = Signal(str)  # node id
    nodes_moved = Signal(object)  # {node id: (x, y) | None}: one event for many moves
    structure_changed = Signal()  # anything that can change shapes (not moves)
    changed = Signal()  # any change at all

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._graph: Graph | None = None

    @property
    def graph(self) -> Graph | None:
        return self._graph

    def attach(self, graph: Graph) -> None:
        self.detach()
        self._graph = graph
        for name, slot in self._slots():
            getattr(graph, name).connect(slot)

    def detach(self) -> None:
        if self._graph is not None:
            for name, slot in self._slots():
                getattr(self._graph, name).disconnect(slot)
        self._graph = None

    def _slots(self):  # noqa: ANN202 - a fixed table
        return (("node_added", self._on_node_added), ("node_removed", self._on_node_removed),
                ("edge_added", self._on_edge_added), ("edge_removed", self._on_edge_removed),
                ("params_changed", self._on_params_changed),
                ("nodes_moved", self.nodes_moved.emit), ("changed", self.changed.emit))

    def _on_node_added(self, node: Node) -> None:
        self.node_added.emit(node)
        self.structure_changed.emit()

    def _on_node_removed(self, node: Node) -> None:
        self.node_removed.emit(node)
        self.structure_changed.emit()

    def _on_edge_added(self, edge: Edge) -> None:
        self.edge_added.emit(edge)
        self.structure_changed.emit()

    def _on_edge_removed(self, edge: Edge) -> None:
        self.edge_removed.emit(edge)
        self.structure_changed.emit()

    def _on_params_changed(self, node_id: str) -> None:
        self.params_changed.emit(node_id)
        self.structure_changed.emit()
