"""Quick add: a small search box over the canvas (Tab or / ) that adds the layer typed.

Type a few letters ("conv", "fc", "pool"), Enter adds the best match (or the one picked with
the arrow keys or the mouse); Esc closes. The caller says what adding means (after the
selected card, into a connection, at the mouse) and gets the chosen layer type.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from netstudio.gui.i18n import core_text
from netstudio.gui.panels.layer_search import rank_layers
from netstudio.gui.panels.palette import category_icon

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1


class QuickAdd(QFrame):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("quickAdd")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._on_chosen: Callable[[str], object] | None = None
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Layer name, e.g. conv, relu, pool, fc…"))
        self.line.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemClicked.connect(self._on_item_activated)
        self.line.textChanged.connect(self._on_text_changed)
        self.line.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.line)
        layout.addWidget(self.list)
        self.setMinimumWidth(320)
        self.resize(340, 300)

    def ask(self, at: QPoint, caption: str, on_chosen: Callable[[str], object]) -> None:
        """Show the box at screen point ``at``; ``on_chosen(layer_type)`` when one is picked."""
        self._on_chosen = on_chosen
        self.caption.setText(caption)
        self.line.clear()
        self._on_text_changed("")
        screen = self.screen().availableGeometry() if self.screen() else None
        pos = QPoint(at)
        if screen is not None:  # keep it whole on the screen
            pos.setX(max(screen.left(), min(pos.x(), screen.right() - self.width())))
            pos.setY(max(screen.top(), min(pos.y(), screen.bottom() - self.height())))
        self.move(pos)
        self.show()
        self.line.setFocus()

    def matches(self) -> list[str]:
        return [self.list.item(i).data(TYPE_ROLE) for i in range(self.list.count())]

    def choose(self, layer_type: str | None = None) -> None:
        """Add ``layer_type`` (default: the highlighted match) and close."""
        if layer_type is None:
            item = self.list.currentItem()
            layer_type = item.data(TYPE_ROLE) if item is not None else None
        callback, self._on_chosen = self._on_chosen, None
        self.hide()
        if layer_type and callback is not None:
            callback(str(layer_type))

    def _on_text_changed(self, text: str) -> None:
        self.list.clear()
        for spec in rank_layers(text):
            item = QListWidgetItem(category_icon(spec.category),
                                   f"{spec.type}  —  {core_text(spec.category)}")
            item.setData(TYPE_ROLE, spec.type)
            item.setToolTip(core_text(spec.description))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        elif text.strip():
            item = QListWidgetItem(self.tr("No layer matches “%1”.").replace("%1", text.strip()))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(TYPE_ROLE):
            self.choose(item.data(TYPE_ROLE))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.line and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)  # the arrows pick while typing goes on
                return True
            if key == Qt.Key.Key_Escape:
                self._on_chosen = None
                self.hide()
                return True
        return super().eventFilter(obj, event)
