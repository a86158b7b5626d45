"""Getting around big graphs: find a layer (Ctrl+F), zoom to the selection, the overview
(minimap) and the layout direction. ``Navigation(window)`` adds them to the View menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from netstudio.gui import settings as app_settings
from netstudio.gui.canvas.find_bar import FindBar
from netstudio.gui.canvas.layout import LEFT_TO_RIGHT, TOP_TO_BOTTOM
from netstudio.gui.canvas.minimap import MinimapWidget

MINIMAP_KEY = "view/minimap"


class Navigation(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.w = window
        self.minimap = MinimapWidget(window.view)
        self.find_bar = FindBar(window)
        self.find_bar.found.connect(self.show_node)
        window.view.installEventFilter(self)

        self.find = self._action(self.tr("&Find Layer…"), self.find_bar.open_bar, "Ctrl+F")
        self.zoom_selection = self._action(self.tr("Zoom to &Selection"), self.zoom_to_selection,
                                           "Shift+F")
        self.show_minimap = self._action(self.tr("&Overview Map"), None, "Ctrl+M")
        self.show_minimap.setCheckable(True)
        shown = app_settings.settings().value(MINIMAP_KEY, True, type=bool)
        self.show_minimap.setChecked(shown)
        self.minimap.setVisible(shown)
        self.show_minimap.toggled.connect(self._on_minimap_toggled)
        group = QActionGroup(self)
        self.top_to_bottom = self._action(self.tr("Layout &Top to Bottom"),
                                          lambda: self.relayout(TOP_TO_BOTTOM))
        self.left_to_right = self._action(self.tr("Layout Left to &Right"),
                                          lambda: self.relayout(LEFT_TO_RIGHT))
        for act in (self.top_to_bottom, self.left_to_right):
            act.setCheckable(True)
            group.addAction(act)
        window.editor.direction_changed.connect(self._on_editor_direction_changed)
        window.project_changed.connect(self._on_window_project_changed)
        menu = window.action_set.view_menu
        first = menu.actions()[0] if menu.actions() else None
        for act in (self.find, self.zoom_selection, self.show_minimap):
            menu.insertAction(first, act)
        menu.insertSeparator(first)
        menu.addSeparator()
        menu.addActions([self.top_to_bottom, self.left_to_right])
        self._on_editor_direction_changed()

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.w.addAction(action)
        return action

    # ---- commands ----------------------------------------------------------------------------
    @Slot(str)
    def show_node(self, node_id: str) -> None:
        """Select ``node_id`` and zoom to it (readable, never closer than 1:1)."""
        item = self.w.scene.nodes.get(node_id)
        if item is None:
            return
        self.w.scene.select_nodes([node_id])
        self.zoom_to(item.sceneBoundingRect())

    def zoom_to_selection(self) -> bool:
        items = [i for i in self.w.scene.selectedItems() if hasattr(i, "node_id")]
        if not items:
            self.w.show_status(self.tr("Select layers first, then zoom to them."))
            return False
        rect = QRectF(items[0].sceneBoundingRect())
        for item in items[1:]:
            rect = rect.united(item.sceneBoundingRect())
        self.zoom_to(rect)
        return True

    def zoom_to(self, rect: QRectF) -> None:
        view = self.w.view
        view._auto_fit = False
        view.fit_rect(rect.adjusted(-80, -80, 80, 80))

    def relayout(self, direction: str) -> None:
        if self.w.editor.layout_all(direction):
            self.w.view.fit()
        self._on_editor_direction_changed()

    # ---- slots -------------------------------------------------------------------------------
    def _on_minimap_toggled(self, shown: bool) -> None:
        self.minimap.setVisible(shown)
        app_settings.settings().setValue(MINIMAP_KEY, shown)

    def _on_editor_direction_changed(self) -> None:
        direction = self.w.editor.direction
        self.w.scene.apply_direction()
        self.top_to_bottom.setChecked(direction == TOP_TO_BOTTOM)
        self.left_to_right.setChecked(direction == LEFT_TO_RIGHT)

    def _on_window_project_changed(self, _project: object) -> None:
        self._on_editor_direction_changed()
        if self.minimap.isVisible():
            self.minimap.render_scene()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.w.view and event.type() == QEvent.Type.Resize:
            self.minimap.view_resized()
        return super().eventFilter(obj, event)
