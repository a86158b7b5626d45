"""FindBar (Ctrl+F): find a layer by its id or type; Enter goes to the next match.

Matching is case-insensitive on the node id, its type and, inside blocks, its path; the view
zooms to the match and selects it. Esc closes the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton


class FindBar(QFrame):
    found = Signal(str)  # the node id to show

    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window.view)
        self.window = window
        self.setObjectName("find_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find a layer by name or type"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(240)
        self.count = QLabel(self)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        box.addWidget(self.edit, 1)
        box.addWidget(self.count)
        box.addWidget(close)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(self.completer)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self.next_match)
        self.completer.activated.connect(self._on_completer_activated)
        self.edit.installEventFilter(self)
        self._matches: list[str] = []
        self._index = -1
        self.hide()

    # ---- public ------------------------------------------------------------------------------
    def open_bar(self) -> None:
        self.completer.model().setStringList(list(self.window.scene.nodes))  # type: ignore[attr-defined]
        self.adjustSize()
        self.move(12, 12)
        self.show()
        self.raise_()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.window.view.setFocus()

    def matches(self, text: str) -> list[str]:
        """Node ids whose id or type contains ``text`` (ids that start with it first)."""
        needle = text.strip().lower()
        if not needle:
            return []
        graph = self.window.project.graph
        found = [nid for nid, item in self.window.scene.nodes.items()
                 if needle in nid.lower() or needle in item.layer_type.lower()]
        graph_order = {nid: i for i, nid in enumerate(graph.nodes)}
        found.sort(key=lambda n: (not n.lower().startswith(needle), graph_order.get(n, 0)))
        return found

    def next_match(self) -> str | None:
        if not self._matches:
            self._matches = self.matches(self.edit.text())
            self._index = -1
        if not self._matches:
            self.count.setText(self.tr("no match"))
            return None
        self._index = (self._index + 1) % len(self._matches)
        node_id = self._matches[self._index]
        self.count.setText(self.tr("{0} of {1}").format(self._index + 1, len(self._matches)))
        self.found.emit(node_id)
        return node_id

    # ---- slots -------------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        self._matches = self.matches(text)
        self._index = -1
        self.count.setText(self.tr("{0} found").format(len(self._matches)) if text.strip()
                           else "")

    def _on_completer_activated(self, text: str) -> None:
        self._matches = [text] if text in self.window.scene.nodes else self.matches(text)
        self._index = -1
        self.next_match()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(obj, event)
