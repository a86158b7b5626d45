"""Menus, the toolbar and every keyboard shortcut of the builder (docs/gui.md lists them)."""

from __future__ import annotations

import atexit
import json
from functools import partial

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup, QCursor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar

from netstudio.gui import settings as app_settings
from netstudio.gui import theme
from netstudio.gui.canvas.editor import CLIPBOARD_KEY
from netstudio.gui.shortcuts import show_shortcuts

CLIPBOARD_MIME = "application/x-netstudio-graph"
Key = QKeySequence.StandardKey


class ActionSet(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.w = window
        a = self._action
        # File
        self.new = a(self.tr("&New"), window.files.new_project, Key.New)
        self.open = a(self.tr("&Open…"), window.files.open_dialog, Key.Open)
        self.save = a(self.tr("&Save"), window.files.save, Key.Save)
        self.save_as = a(self.tr("Save &As…"), window.files.save_as, Key.SaveAs)
        self.import_network = a(self.tr("&Import Network…"), window.importer.import_dialog,
                                "Ctrl+I")
        self.allow_code = a(self.tr("Allow &Code From…"), window.importer.allow_code)
        self.quit = a(self.tr("&Quit"), window.close, "Ctrl+Q")
        # Edit
        self.undo = a(self.tr("&Undo"), self._undo, Key.Undo)
        self.redo = a(self.tr("&Redo"), self._redo, Key.Redo)
        if not any(k.matches(QKeySequence("Ctrl+Y")) == QKeySequence.SequenceMatch.ExactMatch
                   for k in self.redo.shortcuts()):  # X11 binds only Ctrl+Shift+Z
            self.redo.setShortcuts([*self.redo.shortcuts(), QKeySequence("Ctrl+Y")])
        self.cut = a(self.tr("Cu&t"), self.cut_selection, Key.Cut)
        self.copy = a(self.tr("&Copy"), self.copy_selection, Key.Copy)
        self.paste = a(self.tr("&Paste"), self.paste_clipboard, Key.Paste)
        self.duplicate = a(self.tr("D&uplicate"), self.duplicate_selection, "Ctrl+D")
        # Not Key.Delete: on X11 it also means Ctrl+D, which is Duplicate here.
        self.delete = a(self.tr("&Delete"), self.delete_selection, "Del")
        self.delete.setShortcuts([QKeySequence(Qt.Key.Key_Delete), QKeySequence("Backspace")])
        self.select_all = a(self.tr("Select &All"), self._select_all, Key.SelectAll)
        self.layout = a(self.tr("Auto &Layout"), self._layout, "Ctrl+L")
        # Tab or / on the canvas: type a layer's name, Enter adds it after the selection.
        self.add_layer = a(self.tr("&Add Layer…"), window.adder.ask)
        self.add_layer.setShortcuts([QKeySequence("/"), QKeySequence(Qt.Key.Key_Tab)])
        self.add_layer.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.removeAction(self.add_layer)
        window.view.addAction(self.add_layer)
        # View
        self.zoom_in = a(self.tr("Zoom &In"), lambda: window.view.zoom_by(1.25), Key.ZoomIn)
        self.zoom_in.setShortcuts([*QKeySequence.keyBindings(Key.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = a(self.tr("Zoom &Out"), lambda: window.view.zoom_by(0.8), Key.ZoomOut)
        self.fit = a(self.tr("&Fit to View"), window.view.fit, "Ctrl+0")
        self.fit.setShortcuts([QKeySequence("Ctrl+0"), QKeySequence("F")])
        self.maximize_bottom = a(self.tr("&Maximize Bottom Panel"), window.bottom.toggle,
                                 "Ctrl+Shift+M")
        self.maximize_bottom.setToolTip(self.tr("Give the curves or the inspect views the "
                                                "window's height (again: back). Double-click "
                                                "their tab does the same."))
        self.shortcuts = a(self.tr("&Keyboard Shortcuts"), lambda: show_shortcuts(window),
                           "F1")
        self.about = a(self.tr("&About netstudio"), self._about)
        self.welcome = a(self.tr("&Welcome…"), window.show_welcome)
        self.tour = a(self.tr("Take the &Tour"), window.start_tour)
        self.docs = a(self.tr("&Documentation"), window.show_docs, "Shift+F1")

        stack = window.undo_stack
        stack.undoTextChanged.connect(self._on_undo_text_changed)
        stack.redoTextChanged.connect(self._on_redo_text_changed)
        stack.canUndoChanged.connect(lambda _b: self.update_enabled())
        stack.canRedoChanged.connect(lambda _b: self.update_enabled())
        QGuiApplication.clipboard().dataChanged.connect(self.update_enabled)
        self._on_undo_text_changed("")
        self._on_redo_text_changed("")
        self._build_menus()
        self._build_toolbar()
        self.update_enabled()

    def _action(self, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.w)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # all of the platform's bindings (Ctrl+Y and ...)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.w.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    # ---- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        w = self.w
        bar = w.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.samples_menu = file_menu.addMenu(self.tr("Sa&mples"))
        for name, path in w.files.samples():
            # the samples' names are translated (gui/library_words.py)
            act = self.samples_menu.addAction(QCoreApplication.translate("Samples", name))
            act.setToolTip(str(path))
            act.triggered.connect(partial(self._open_sample, path))
        self.samples_menu.setEnabled(bool(self.samples_menu.actions()))
        file_menu.addSeparator()
        file_menu.addActions([self.import_network, self.allow_code])
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addActions([self.add_layer, self.select_all, self.layout])

        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.fit])
        view.addSeparator()
        view.addAction(self.maximize_bottom)
        view.addSeparator()
        theme_menu = view.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        labels = {"system": self.tr("Follow &System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        for mode in theme.MODES:
            act = theme_menu.addAction(labels[mode])
            act.setCheckable(True)
            act.setChecked(mode == theme.mode())
            act.triggered.connect(partial(self._set_theme, mode))
            group.addAction(act)
        view.addSeparator()
        self.panels_menu = view.addMenu(self.tr("&Panels"))
        for dock in (w.palette_dock, w.properties_dock, w.summary_dock, w.diagnostics_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        self.view_menu = view

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.welcome, self.tour, self.docs, self.shortcuts])
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self.w)
        bar.setObjectName("toolbar_main")
        bar.setMovable(False)
        # Toolbar buttons read without menu mnemonics ("New", not "新建(N)").
        for act, text in ((self.new, self.tr("New")), (self.open, self.tr("Open")),
                          (self.save, self.tr("Save")), (self.layout, self.tr("Auto Layout")),
                          (self.fit, self.tr("Fit to View"))):
            act.setIconText(text)
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions([self.layout, self.fit])
        self.w.addToolBar(bar)
        self.toolbar = bar

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = app_settings.recent_files()
        for path in files:
            act = self.recent_menu.addAction(path.name)
            act.setToolTip(str(path))
            act.triggered.connect(partial(self.w.files.open_recent, path))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear List")).triggered.connect(
            app_settings.clear_recent_files)

    # ---- state ---------------------------------------------------------------------------
    def update_enabled(self) -> None:
        w = self.w
        editable = not w.read_only
        has_nodes = bool(w.scene.selected_node_ids())
        has_any = has_nodes or bool(w.scene.selected_edges())
        self.undo.setEnabled(editable and w.undo_stack.canUndo())
        self.redo.setEnabled(editable and w.undo_stack.canRedo())
        self.copy.setEnabled(has_nodes)
        self.cut.setEnabled(editable and has_nodes)
        self.duplicate.setEnabled(editable and has_nodes)
        self.delete.setEnabled(editable and has_any)
        self.paste.setEnabled(editable and _clipboard_data() is not None)
        self.layout.setEnabled(editable)
        for act in (self.new, self.open, self.import_network):
            act.setEnabled(editable)

    def _on_undo_text_changed(self, text: str) -> None:
        full = self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
        self.undo.setText(full)
        self.undo.setIconText(self.tr("Undo"))  # the toolbar stays short; the tip says what
        self.undo.setToolTip(full.replace("&", ""))

    def _on_redo_text_changed(self, text: str) -> None:
        full = self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
        self.redo.setText(full)
        self.redo.setIconText(self.tr("Redo"))
        self.redo.setToolTip(full.replace("&", ""))

    # ---- edit slots ----------------------------------------------------------------------
    def _undo(self) -> None:
        if not self.w.read_only:
            self.w.undo_stack.undo()

    def _redo(self) -> None:
        if not self.w.read_only:
            self.w.undo_stack.redo()

    def _select_all(self) -> None:
        for item in self.w.scene.items():
            if item.flags() & item.GraphicsItemFlag.ItemIsSelectable:
                item.setSelected(True)

    def _layout(self) -> None:
        if self.w.editor.layout_all():
            self.w.view.fit()

    def copy_selection(self) -> bool:
        ids = self.w.scene.selected_node_ids()
        if not ids:
            return False
        data = self.w.editor.copy_data(ids)
        mime = QMimeData()
        text = json.dumps(data, ensure_ascii=False)
        mime.setData(CLIPBOARD_MIME, text.encode("utf-8"))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)
        _release_clipboard_at_exit()
        return True

    def cut_selection(self) -> None:
        if self.copy_selection():
            self.delete_selection()

    def paste_clipboard(self) -> list[str]:
        """Paste under the mouse when it is over the canvas, else next to the originals."""
        view = self.w.view
        under_mouse = view.viewport().mapFromGlobal(QCursor.pos())
        if view.viewport().rect().contains(under_mouse):
            return self.paste_at(QPointF(view.mapToScene(under_mouse)))
        data = _clipboard_data()
        return [] if data is None else self._paste_data(data, (40.0, 40.0))

    def paste_at(self, scene_pos: QPointF) -> list[str]:
        """Paste the clipboard centred on ``scene_pos`` (the canvas's right-click menu)."""
        data = _clipboard_data()
        if data is None:
            return []
        positions = [n.get("pos") for n in data.get("nodes", []) if isinstance(n, dict)]
        positions = [p for p in positions if isinstance(p, list) and len(p) == 2]
        if not positions:
            return self._paste_data(data, (scene_pos.x(), scene_pos.y()))
        cx = sum(p[0] for p in positions) / len(positions)
        cy = sum(p[1] for p in positions) / len(positions)
        return self._paste_data(data, (scene_pos.x() - cx, scene_pos.y() - cy))

    def duplicate_selection(self) -> list[str]:
        ids = self.w.scene.selected_node_ids()
        if not ids:
            return []
        return self._paste_data(self.w.editor.copy_data(ids), (40.0, 40.0))

    def _paste_data(self, data: dict, offset: tuple[float, float]) -> list[str]:
        new_ids = self.w.editor.paste_data(data, offset)
        if new_ids:
            self.w.scene.select_nodes(new_ids)
        return new_ids

    def delete_selection(self) -> None:
        scene = self.w.scene
        if self.w.read_only:
            self.w.show_status(self.w.editor.locked_reason())
            return
        self.w.editor.delete(scene.selected_node_ids(), scene.selected_edges())

    # ---- other slots ---------------------------------------------------------------------
    def _open_sample(self, path) -> None:  # noqa: ANN001
        self.w.files.open_sample(path)

    def _set_theme(self, mode: str) -> None:
        app = QApplication.instance()
        theme.apply(app, mode)
        app_settings.set_theme_mode(mode)
        self.w.view.set_theme_changed()
        for item in self.w.scene.items():
            item.update()

    def _about(self) -> None:
        from netstudio import __version__

        QMessageBox.about(self.w, self.tr("About netstudio"), self.tr(
            "<b>netstudio %1</b><br>Design, train and inspect neural networks visually."
        ).replace("%1", __version__))


_CLEANUP_REGISTERED = False


def _release_clipboard_at_exit() -> None:
    """Drop our clipboard data before Python tears Qt down: PySide6 6.12 otherwise frees the
    QMimeData twice at exit and the process ends with a segfault (seen offscreen and in tests)."""
    global _CLEANUP_REGISTERED
    if _CLEANUP_REGISTERED:
        return
    _CLEANUP_REGISTERED = True

    def release() -> None:
        app = QApplication.instance()
        if app is None:
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasFormat(CLIPBOARD_MIME):
            QGuiApplication.clipboard().clear()

    atexit.register(release)


def _clipboard_data() -> dict | None:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasFormat(CLIPBOARD_MIME):
        raw = bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8", "replace")
    elif mime.hasText() and CLIPBOARD_KEY in mime.text()[:200]:
        raw = mime.text()
    else:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) and CLIPBOARD_KEY in data else None


def build_actions(window) -> ActionSet:  # noqa: ANN001
    return ActionSet(window)

