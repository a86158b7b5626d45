"""GraphScene: the QGraphicsScene that mirrors the project's Graph through the bridge.

Items are created and removed only in answer to graph events, so undo, redo, paste and file
loads all look the same to the canvas. The latest Analysis paints edge labels (tensor shapes)
and node states (error red, warning amber) in ``apply_analysis``, touching only items whose
text or state changed, so a 1,000-node graph repaints quickly after an edit.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent, QToolTip

from netstudio.core.checks.context import NodeInfo
from netstudio.core.graph.blocks import SEP
from netstudio.core.graph.model import Edge, Graph, Node
from netstudio.core.layers.registry import get_layer
from netstudio.gui.bridge import GraphBridge
from netstudio.gui.canvas.connect_drag import ConnectDrag
from netstudio.gui.canvas.edge_item import EdgeItem
from netstudio.gui.canvas.editor import GraphEditor
from netstudio.gui.canvas.labels import key_params, shape_text
from netstudio.gui.canvas.node_item import (
    CARD_BOUNDS,
    SIMPLE_BELOW,
    SMALL_GRAPH,
    SMALL_SIMPLE_BELOW,
    NodeItem,
)
from netstudio.gui.canvas.port_item import PortItem
from netstudio.gui.i18n import core_text
from netstudio.gui.panels.explain import why

_MARGIN = 1500.0
_NONE: tuple = ()  # no diagnostics


class GraphScene(QGraphicsScene):
    status_message = Signal(str)  # a sentence for the status bar (refusals, hints)
    emptiness_changed = Signal()  # the first card came or the last one went (the view's hint)
    node_double_clicked = Signal(str)  # a card was double-clicked (a block opens)
    # what the overview map draws changed: cards or connections came or went, a card moved
    # (in the model, not while dragged) or turned red/amber
    overview_changed = Signal()

    def __init__(self, bridge: GraphBridge, editor: GraphEditor,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[Edge, list[EdgeItem]] = {}
        self._drag: ConnectDrag | None = None
        self._press_pos: dict[str, QPointF] = {}
        self._analysis = None
        self._previous = None  # the analysis shown before (what an incremental one is based on)
        self._diags: dict[str, list] = {}
        self._reasons: dict[str, list] = {}
        # cards the model moved whose connections have not followed yet, with where they were
        self._moved: dict[NodeItem, tuple[float, float]] = {}
        self.simple_below = SMALL_SIMPLE_BELOW  # cards' plain-block zoom, by the graph's size
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # after each command (its moves all made): bend each connection once
        editor.undo_stack.indexChanged.connect(lambda _i: self.follow_moved())
        bridge.node_added.connect(self._on_graph_node_added)
        bridge.node_removed.connect(self._on_graph_node_removed)
        bridge.edge_added.connect(self._on_graph_edge_added)
        bridge.edge_removed.connect(self._on_graph_edge_removed)
        bridge.params_changed.connect(self._on_graph_params_changed)
        bridge.nodes_moved.connect(self._on_graph_nodes_moved)

    # ---- building from the model ---------------------------------------------------------
    @property
    def direction(self) -> str:
        """"TB" (inputs on top) or "LR" (inputs on the left): the project's graph.direction."""
        return self.editor.direction

    def apply_direction(self) -> None:
        """Move every card's ports to the sides the project's direction says."""
        for item in self.nodes.values():
            item.set_direction(self.direction)

    _loading = False

    def load(self, graph: Graph) -> None:
        """Rebuild every item from ``graph`` (after New / Open)."""
        self.clearSelection()
        for item in self.nodes.values():  # no card <-> connection cycles left for the collector
            item.edges = []
        self.clear()
        self.nodes.clear()
        self.edges.clear()
        self._moved.clear()
        self._analysis = self._previous = None
        self._diags = {}
        self._reasons = {}
        # Thousands of items go in faster without keeping the spatial index up to date on
        # each one; the index is built once at the end. Qt sizes that index to the scene
        # rectangle only when the rectangle changes: reset it here, so that reopening a graph
        # of the same extent does not leave an index that finds every item everywhere (then
        # each repaint asks all 20,000 items of a 5,000-node graph for their bounds).
        self.setSceneRect(QRectF())
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._loading = True
        self.simple_below = _simple_below(len(graph.nodes))
        try:
            for node in graph.nodes.values():
                self._add_node_item(node)
            for edge in graph.edges:
                self._add_edge_item(edge)
        finally:
            self._loading = False
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.emptiness_changed.emit()
        rect = self.cards_rect()
        self.setSceneRect(rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN))

    def cards_rect(self) -> QRectF:
        """The rectangle around every card: from their positions alone, where
        itemsBoundingRect asks each item (cards, ports, connections) through Python."""
        if not self.nodes:
            return QRectF()
        xs = [item.x() for item in self.nodes.values()]
        ys = [item.y() for item in self.nodes.values()]
        box = next(iter(self.nodes.values())).boundingRect()  # every card has the same size
        return QRectF(min(xs) + box.x(), min(ys) + box.y(), max(xs) - min(xs) + box.width(),
                      max(ys) - min(ys) + box.height())

    def _add_node_item(self, node: Node) -> NodeItem:
        spec = get_layer(node.type)
        item = NodeItem(node.id, node.type, spec.category if spec else "Unknown",
                        key_params(node.type, node.params, spec),
                        has_input=spec is None or spec.max_inputs != 0)
        item.base_tooltip = partial(_base_tooltip, node, spec)  # built on hover
        item.analysed_tooltip = partial(self._node_tooltip, node.id)
        item.set_movable(not self.editor.read_only)
        item.set_direction(self.direction)
        item.simple_below = self.simple_below
        x, y = node.pos or (0.0, 0.0)
        item.setPos(x, y)
        self.addItem(item)
        self.nodes[node.id] = item
        if not self._loading:  # load() sets the rectangle once at the end
            self._grow_rect(item.sceneBoundingRect())
            self.overview_changed.emit()
            self._update_simple_below()
        return item

    def _update_simple_below(self) -> None:
        """A small graph keeps readable (compact) cards further out than a big one, whose
        thousands of cards must pan smoothly; follows the graph across the size limit."""
        floor = _simple_below(len(self.nodes))
        if floor != self.simple_below:
            self.simple_below = floor
            for item in self.nodes.values():
                item.simple_below = floor
                item.update()

    def _add_edge_item(self, edge: Edge) -> None:
        src, dst = self.nodes.get(edge.src), self.nodes.get(edge.dst)
        if src is None or dst is None:
            return  # a dangling edge from a file: the diagnostics panel names it
        item = EdgeItem(edge, src, dst)
        src.edges.append(item)
        dst.edges.append(item)
        self.addItem(item)
        self.edges.setdefault(edge, []).append(item)
        if self._analysis is not None:
            self._label_edge(item)
        if not self._loading:
            self.overview_changed.emit()

    def _grow_rect(self, rect: QRectF) -> None:
        if not self.sceneRect().contains(rect):
            self.setSceneRect(self.sceneRect().united(
                rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)))

    # ---- graph events --------------------------------------------------------------------
    def _on_graph_node_added(self, node: Node) -> None:
        self._add_node_item(node)
        if len(self.nodes) == 1:
            self.emptiness_changed.emit()

    def _on_graph_node_removed(self, node: Node) -> None:
        item = self.nodes.pop(node.id, None)
        if item is None:
            return
        self._moved.pop(item, None)
        for edge_item in list(item.edges):  # normally gone already (commands remove edges)
            self._remove_edge_item(edge_item)
        self.removeItem(item)
        self.overview_changed.emit()
        self._update_simple_below()
        if not self.nodes:
            self.emptiness_changed.emit()

    def _on_graph_edge_added(self, edge: Edge) -> None:
        self._add_edge_item(edge)

    def _on_graph_edge_removed(self, edge: Edge) -> None:
        items = self.edges.get(edge)
        if items:
            self._remove_edge_item(items[0])

    def _remove_edge_item(self, item: EdgeItem) -> None:
        for node_item in (item.src_item, item.dst_item):
            if item in node_item.edges:
                node_item.edges.remove(item)
        items = self.edges.get(item.edge, [])
        if item in items:
            items.remove(item)
        if not items:
            self.edges.pop(item.edge, None)
        self.removeItem(item)
        self.overview_changed.emit()

    def _on_graph_params_changed(self, node_id: str) -> None:
        item = self.nodes.get(node_id)
        if item is not None:
            node = self.editor.graph.node(node_id)
            item.set_detail(key_params(node.type, node.params, get_layer(node.type)))

    def _on_graph_nodes_moved(self, positions: dict) -> None:
        """Move the cards the model moved, in one pass: a splice in a 5,000-layer network
        moves the ~2,500 cards below it. Their connections follow once the command is done
        (``follow_moved``); the scene rectangle grows once."""
        moved, nodes = self._moved, self.nodes
        if not moved:  # a move made outside a command: follow when idle
            QTimer.singleShot(0, self.follow_moved)
        xs: list[float] = []
        ys: list[float] = []
        for node_id, pos in positions.items():
            item = nodes.get(node_id)
            if item is None or pos is None:
                continue
            x, y = pos
            now = item.pos()
            nx, ny = now.x(), now.y()
            # after a drag the card is there already: its connections and the overview
            # still follow
            moved.setdefault(item, (nx, ny))
            if nx != x or ny != y:
                item.setPos(x, y)
                xs.append(x)
                ys.append(y)
        if xs:
            box = CARD_BOUNDS
            self._grow_rect(QRectF(min(xs) + box.x(), min(ys) + box.y(),
                                   max(xs) - min(xs) + box.width(),
                                   max(ys) - min(ys) + box.height()))

    def follow_moved(self) -> None:
        """Bend the connections of the cards the model moved, each connection once; one
        whose two cards moved alike (the layers below a splice, moved down to make room)
        only shifts, keeping its curve."""
        if not self._moved:
            return
        moved, self._moved = self._moved, {}
        by: dict[NodeItem, tuple[float, float]] = {}
        for item, (x, y) in moved.items():
            now = item.pos()
            by[item] = (now.x() - x, now.y() - y)
        get = by.get
        for item, offset in by.items():
            dx, dy = offset
            for edge in item.edges:  # each once: from its source, or its end if that stayed
                if edge.src_item is item:
                    if get(edge.dst_item) != offset:
                        edge.update_path()
                    elif dx or dy:
                        # both cards moved alike: the same curve, moved along (drawn from
                        # the same cached picture)
                        edge.moveBy(dx, dy)
                elif edge.src_item not in by:
                    edge.update_path()
        self.overview_changed.emit()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = next((i for i in self.items(event.scenePos()) if isinstance(i, NodeItem)), None)
        if item is not None:
            self.node_double_clicked.emit(item.node_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # ---- analysis ------------------------------------------------------------------------
    def apply_analysis(self, analysis) -> None:  # noqa: ANN001 - netstudio.core.analysis
        """Paint ``analysis``; only nodes whose info or problems changed (and the connections
        touching them, each once) are touched, so an edit in a big graph costs what it
        changes."""
        if analysis is self._analysis:
            return  # the checker found nothing changed (a check run twice after one edit)
        old_nodes = self._analysis.nodes if self._analysis is not None else {}
        old_diags = self._diags
        self._previous, self._analysis = self._analysis, analysis
        graph = self.editor.graph
        prefix = self.editor.block_prefix  # "" at the top, "layer1/0/" inside a block
        by_node: dict[str, list] = {}
        for d in analysis.diagnostics:
            # a layer inside a block instance shows its problem on the instance's card
            if d.node is not None and d.node.startswith(prefix):
                by_node.setdefault(d.node[len(prefix):].split(SEP)[0], []).append(d)
        self._diags = by_node
        old_reasons, reasons_by_node = self._reasons, {}
        self._reasons = reasons_by_node
        infos = analysis.nodes
        # Inside a block, what the open instance receives labels its BlockInputs' edges.
        instance = prefix.rstrip(SEP)
        receives_changed = bool(prefix) and old_nodes.get(instance) != infos.get(instance)
        changed: list[tuple[NodeItem, NodeInfo | None, bool]] = []  # item, info, new state
        statuses = False
        for node_id, item in self._to_visit(analysis, old_diags, old_reasons, by_node):
            key = prefix + node_id
            info = infos.get(key)
            old = old_nodes.get(key)
            diags = by_node.get(node_id, _NONE)
            # where a problem's number comes from may change with another layer's shape
            reasons = [why(d, analysis, graph) for d in diags] if diags else _NONE
            if diags:
                reasons_by_node[node_id] = reasons
            if (item.has_status and (old is info or old == info)
                    and old_diags.get(node_id, _NONE) == diags
                    and old_reasons.get(node_id, _NONE) == reasons
                    and not (receives_changed and item.layer_type == "BlockInput")):
                continue
            if (not diags and item.status == "ok" and item.has_status
                    and node_id not in old_diags and not receives_changed):
                changed.append((item, info, False))  # a new shape only: the hover text
                continue  # reads the analysis when it is shown
            node = graph.nodes.get(node_id)
            if node is None:
                continue
            status = "ok"
            if diags:
                severities = {d.severity for d in diags}
                status = ("error" if "error" in severities
                          else "warning" if "warning" in severities else "ok")
            now = status != item.status
            statuses = statuses or now
            item.set_status(status, item.analysed_tooltip)
            changed.append((item, info, now))
        if prefix:
            edges = {edge: None for item, _, _ in changed for edge in item.edges}  # once each
            for edge_item in edges:
                self._label_edge(edge_item, prefix)
        else:
            _relabel(changed)
        if statuses:
            self.overview_changed.emit()

    def _node_tooltip(self, node_id: str) -> str:
        """A card's hover text from the analysis shown now (built when the mouse gets there,
        so a relabel of 5,000 cards formats none)."""
        node = self.editor.graph.nodes.get(node_id)
        if node is None or self._analysis is None:
            return ""
        info = self._analysis.nodes.get(self.editor.block_prefix + node_id)
        reasons = self._reasons.get(node_id, _NONE)
        return _tooltip(node, get_layer(node.type), info, list(self._diags.get(node_id, _NONE)),
                        list(reasons))

    def _to_visit(self, analysis, old_diags: dict, old_reasons: dict,  # noqa: ANN001
                  diags: dict) -> Iterable[tuple[str, NodeItem]]:
        """Every card, or, when the checker says which nodes changed since the analysis shown
        (an edit re-checked only part of the graph), those and the cards with problems."""
        changed = analysis.changed
        previous = self._previous
        if (changed is None or previous is None or analysis.base != id(previous)
                or self.editor.block_prefix):
            return self.nodes.items()
        nodes = self.nodes
        ids = {*changed, *old_diags, *old_reasons, *diags}
        return [(nid, nodes[nid]) for nid in ids if nid in nodes]

    def _label_edge(self, item: EdgeItem, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = self.editor.block_prefix
        info = self._analysis.nodes.get(prefix + item.edge.src)
        if info is None and prefix:
            src = self.editor.graph.nodes.get(item.edge.src)
            if src is not None and src.type == "BlockInput":
                # a block's input carries what the open instance receives on that port
                instance = self._analysis.nodes.get(prefix.rstrip(SEP))
                port = src.params.get("port", 0)
                if instance is not None and isinstance(port, int) and port < len(
                        instance.in_shapes):
                    item.set_label(shape_text(instance.in_shapes[port]),
                                   item.dst_item.status == "error")
                    return
        item.set_label(shape_text(info.shape) if info is not None else "?",
                       item.dst_item.status == "error")

    # ---- queries -------------------------------------------------------------------------
    def set_marks(self, marks: dict[str, str]) -> None:
        """Outline nodes as "added", "removed" or "changed" (comparing two networks); the
        others lose their outline."""
        for node_id, item in self.nodes.items():
            item.set_mark(marks.get(node_id))

    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_edges(self) -> list[Edge]:
        return [i.edge for i in self.selectedItems() if isinstance(i, EdgeItem)]

    def select_nodes(self, node_ids: list[str], quiet: bool = False) -> None:
        """Select exactly ``node_ids``, with one selectionChanged (Qt emits one per card,
        and each rebuilds the properties panel); none when ``quiet`` (an edit about to
        select something else)."""
        before = set(self.selectedItems())
        with QSignalBlocker(self):
            self.clearSelection()
            for node_id in node_ids:
                if node_id in self.nodes:
                    self.nodes[node_id].setSelected(True)
        if not quiet and set(self.selectedItems()) != before:
            self.selectionChanged.emit()

    @property
    def connecting(self) -> bool:
        """A connection is being dragged from a port."""
        return self._drag is not None

    def set_read_only(self, read_only: bool) -> None:
        for item in self.nodes.values():
            item.set_movable(not read_only)

    # ---- mouse: port drags and move tracking ---------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            port = next((i for i in self.items(event.scenePos()) if isinstance(i, PortItem)),
                        None)
            if port is not None:
                if self.editor.read_only:
                    self._refuse(self.editor.locked_reason(), event)
                else:
                    self._drag = ConnectDrag(self, port)
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = {i.node_id: i.pos() for i in self.selectedItems()
                               if isinstance(i, NodeItem)}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None:
            self._drag.move(event.scenePos(), self.editor.connect_reason)
            event.accept()
            return
        grabber = self.mouseGrabberItem()
        if not isinstance(grabber, NodeItem):
            super().mouseMoveEvent(event)
            return
        # A card drag moves the grabbed card and every selected one (Qt does): their
        # connections follow.
        moving = {grabber, *self.selectedItems()}
        before = {item: item.pos() for item in moving if isinstance(item, NodeItem)}
        super().mouseMoveEvent(event)
        for item, pos in before.items():
            if item.pos() != pos:
                item.follow()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None:
            drag, self._drag = self._drag, None
            target = drag.target_at(event.scenePos())
            drag.finish()
            if target is not None:
                reason = self.editor.connect(*drag.ends(target.node_id))
                if reason is not None:
                    self._refuse(reason, event)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._push_moves()

    def _push_moves(self) -> None:
        """One MoveNodes for everything the drag moved (the drag itself only previewed)."""
        pressed, self._press_pos = self._press_pos, {}
        graph = self.editor.graph
        moves = {}
        for node_id, start in pressed.items():
            item = self.nodes.get(node_id)
            if item is None or node_id not in graph or item.pos() == start:
                continue
            new = (round(item.pos().x(), 1), round(item.pos().y(), 1))
            moves[node_id] = (graph.node(node_id).pos, new)
        if moves and not self.editor.move(moves):
            for node_id, (old, _) in moves.items():  # refused (read-only): put them back
                self.nodes[node_id].setPos(*(old or (0.0, 0.0)))
                self.nodes[node_id].follow()

    def _refuse(self, reason: str, event: QGraphicsSceneMouseEvent) -> None:
        self.status_message.emit(reason)
        QToolTip.showText(event.screenPos(), reason)


def _simple_below(cards: int) -> float:
    return SMALL_SIMPLE_BELOW if cards <= SMALL_GRAPH else SIMPLE_BELOW


def _relabel(changed: list[tuple[NodeItem, NodeInfo | None, bool]]) -> None:
    """A connection shows what its source gives, in red when its destination is in error:
    relabel the connections leaving a changed card, and recolour those entering a card whose
    state changed. (Outside blocks; _label_edge handles a block's inside.)"""
    for item, info, state_changed in changed:
        text = shape_text(info.shape) if info is not None else "?"
        bad = item.status == "error"
        for edge in item.edges:
            if edge.src_item is item:
                edge.set_label(text, edge.dst_item.status == "error")
            elif state_changed:
                edge.set_label(edge.label, bad)


def _base_tooltip(node: Node, spec) -> str:  # noqa: ANN001
    what = (html.escape(core_text(spec.description)) if spec
            else QCoreApplication.translate("GraphScene", "Unknown layer type."))
    return f"<b>{html.escape(node.type)}</b> · {html.escape(node.id)}<br>{what}"


def _tooltip(node: Node, spec, info, diags: list,  # noqa: ANN001
             reasons: list[str | None] | None = None) -> str:
    parts = [_base_tooltip(node, spec)]
    if info is not None and info.shape is not None:
        parts.append(QCoreApplication.translate("GraphScene", "Output: %1 · %2 parameters")
                     .replace("%1", shape_text(info.shape)).replace("%2", f"{info.params:,}"))
    labels = {"error": QCoreApplication.translate("GraphScene", "Error"),
              "warning": QCoreApplication.translate("GraphScene", "Warning")}
    for d, reason in zip(diags, reasons or [None] * len(diags), strict=True):
        label = labels.get(d.severity, QCoreApplication.translate("GraphScene", "Note"))
        line = f"<b>{label}:</b> {html.escape(core_text(d.message))}"
        if d.fix:
            line += "<br>" + QCoreApplication.translate("GraphScene", "<b>Fix:</b> %1").replace(
                "%1", html.escape(core_text(d.fix)))
        if reason:
            line += "<br>" + html.escape(reason)
        parts.append(line)
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"
