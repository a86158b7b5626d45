"""Quick add: a small search box over the canvas (Tab or / ) that adds the layer typed.

Type a few letters ("conv", "fc", "pool"), Enter adds the best match (or the one picked with
the arrow keys or the mouse); Esc closes. Values typed after the name set the layer's main
settings in the order its card shows them: "conv 32 5" is a Conv2d with 32 filters of 5×5,
"fc 1024" a Linear with 1024 outputs. The caller says what adding means (after the selected
card, into a connection, at the mouse) and gets the layer type and those settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from netstudio.core.layers.registry import get_layer
from netstudio.gui.canvas.labels import key_param_names, key_params
from netstudio.gui.i18n import core_text
from netstudio.gui.panels.layer_search import rank_layers, split_query, typed_params
from netstudio.gui.panels.palette import category_icon

Chosen = Callable[[str, dict[str, Any]], object]  # (layer type, typed settings)

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1


class QuickAdd(QFrame):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("quickAdd")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._on_chosen: Chosen | None = None
        self._values: list[str] = []
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Layer name, e.g. conv 32 5, relu, pool, fc 10…"))
        self.line.setClearButtonEnabled(True)
        self.problem = QLabel()
        self.problem.setObjectName("problemText")
        self.problem.setWordWrap(True)
        self.problem.hide()
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
        layout.addWidget(self.problem)
        layout.addWidget(self.list)
        self.setMinimumWidth(320)
        self.resize(340, 300)

    def ask(self, at: QPoint, caption: str, on_chosen: Chosen) -> None:
        """Show the box at screen point ``at``; ``on_chosen(layer_type, settings)`` when one
        is picked."""
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

    def choose(self, layer_type: str | None = None) -> bool:
        """Add ``layer_type`` (default: the highlighted match) with the values typed and
        close; False (the box stays, saying why) when a value does not fit the layer."""
        if layer_type is None:
            item = self.list.currentItem()
            layer_type = item.data(TYPE_ROLE) if item is not None else None
        if not layer_type:
            return False
        params, problem = self._typed(str(layer_type))
        if problem is not None:
            self.problem.setText(problem)
            self.problem.show()
            return False
        callback, self._on_chosen = self._on_chosen, None
        self.hide()
        if callback is not None:
            callback(str(layer_type), params)
        return True

    def _typed(self, layer_type: str) -> tuple[dict[str, Any], str | None]:
        """The settings typed after the name, or what is wrong with them (translated)."""
        spec = get_layer(layer_type)
        if spec is None or not self._values:
            return {}, None
        params, problem = typed_params(spec, self._values, key_param_names(spec.type, spec))
        if problem is None:
            return params, None
        name, what = problem
        if not name:
            return {}, self.tr("%1 takes at most %2 values here: %3.").replace(
                "%1", spec.type).replace("%2", str(len(what))).replace("%3", ", ".join(what))
        return {}, self.tr("%1 must be %2.").replace("%1", name).replace("%2", core_text(what))

    def _on_text_changed(self, text: str) -> None:
        self.list.clear()
        self.problem.hide()
        words, self._values = split_query(text)
        for spec in rank_layers(words):
            label = f"{spec.type}  —  {core_text(spec.category)}"
            if self._values:  # what the values would make: "Conv2d  32 · 5×5"
                params, problem = typed_params(spec, self._values,
                                               key_param_names(spec.type, spec))
                if problem is None:
                    label = f"{spec.type}  {key_params(spec.type, params, spec)}"
            item = QListWidgetItem(category_icon(spec.category), label)
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
