"""The layer palette: every layer type of the registry, grouped by category and searchable.

Items are dragged onto the canvas with a real QDrag carrying ``LAYER_MIME`` (the layer type):
onto empty canvas, or onto a connection to splice it in. Double-click (or Enter) asks the
window to add the layer after the selected card, connected; right-click offers the same and
the layer's documentation.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from netstudio.core.layers.registry import LayerSpec, categories, list_layers
from netstudio.gui import resources
from netstudio.gui.canvas.view import LAYER_MIME
from netstudio.gui.i18n import core_text

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def category_icon(category: str):  # noqa: ANN201 - QIcon
    icon = resources.icon("cat-" + re.sub(r"[^a-z0-9]+", "-", category.lower()).strip("-"))
    return icon if not icon.isNull() else resources.icon("cat-layer")


class PaletteModel(QStandardItemModel):
    """Categories as parents, layer types as draggable children."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reload()

    def reload(self) -> None:
        self.clear()
        by_category: dict[str, list[LayerSpec]] = {c: [] for c in categories()}
        for spec in list_layers():
            if spec.extras.get("palette", True):  # imported-only layers are not offered
                by_category.setdefault(spec.category, []).append(spec)
        for category, specs in by_category.items():
            if not specs:
                continue
            head = QStandardItem(category_icon(category), core_text(category))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(f"{category} {core_text(category)}".lower(), SEARCH_ROLE)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            for spec in specs:
                item = QStandardItem(category_icon(category), spec.type)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                item.setData(spec.type, TYPE_ROLE)
                words = (category, core_text(category), spec.description,
                         core_text(spec.description))  # English and the user's language
                item.setData(f"{spec.type} {' '.join(words)}".lower(), SEARCH_ROLE)
                item.setToolTip(_tooltip(spec))
                head.appendRow(item)
            self.appendRow(head)

    def mimeTypes(self) -> list[str]:
        return [LAYER_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        types = [str(i.data(TYPE_ROLE)) for i in indexes if i.data(TYPE_ROLE)]
        if types:
            data.setData(LAYER_MIME, types[0].encode("utf-8"))
            data.setText(types[0])
        return data

    def index_of_type(self, layer_type: str) -> QModelIndex:
        for row in range(self.rowCount()):
            head = self.item(row)
            for child in range(head.rowCount()):
                if head.child(child).data(TYPE_ROLE) == layer_type:
                    return head.child(child).index()
        return QModelIndex()


class _Filter(QSortFilterProxyModel):
    words: list[str] = []

    def set_words(self, text: str) -> None:
        self.words = text.lower().split()
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        words = self.words
        if not words:
            return True
        index = self.sourceModel().index(row, 0, parent)
        if not parent.isValid():  # a category shows when any child matches (recursive filter)
            return False
        text = str(index.data(SEARCH_ROLE) or "")
        return all(w in text for w in words)


class PaletteWidget(QWidget):
    layer_activated = Signal(str)  # double-click / Enter: add this layer type
    menu_requested = Signal(str, QPoint)  # right-click on a layer: its type, screen point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PaletteModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search layers…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setAnimated(True)
        self.tree.expandAll()
        self.tree.activated.connect(self._on_tree_activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_words(text)
        self.tree.expandAll()

    def _on_tree_activated(self, index: QModelIndex) -> None:
        layer_type = index.data(TYPE_ROLE)
        if layer_type:
            self.layer_activated.emit(str(layer_type))

    def _on_tree_menu(self, point: QPoint) -> None:
        layer_type = self.tree.indexAt(point).data(TYPE_ROLE)
        if layer_type:
            self.menu_requested.emit(str(layer_type), self.tree.viewport().mapToGlobal(point))

    def mime_for(self, layer_type: str) -> QMimeData:
        """The exact mime data a drag of ``layer_type`` from this palette carries."""
        return self.model.mimeData([self.model.index_of_type(layer_type)])


def _tooltip(spec: LayerSpec) -> str:
    lines = [f"<b>{spec.type}</b> — {core_text(spec.category)}", core_text(spec.description)]
    if spec.torch_name:
        lines.append(f"<span style='color:gray'>{spec.torch_name}</span>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"
