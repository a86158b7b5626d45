"""The keyboard shortcuts dialog (F1), generated from the window's actions, so it lists every
shortcut that works (Train F5 included) under the menu it belongs to, with the action's plain
name ("Undo", not "Undo Add ReLU 'relu_1'"), and none of the platform's extra keys that no
keyboard here has (F14 for Undo, the dedicated Copy key)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from netstudio.gui.host import Host
from netstudio.gui.html_dialog import show_html

# Keys of Sun/multimedia keyboards that the platform adds to the standard bindings.
_EXOTIC = {Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Copy, Qt.Key.Key_Cut,
           Qt.Key.Key_Paste, Qt.Key.Key_Open, Qt.Key.Key_Save, Qt.Key.Key_New,
           Qt.Key.Key_Close, Qt.Key.Key_Find, Qt.Key.Key_Help, Qt.Key.Key_ZoomIn,
           Qt.Key.Key_ZoomOut}


def readable(seq: QKeySequence) -> bool:
    """False for key sequences on keys an ordinary keyboard lacks (F13-F35, Copy, Undo...)."""
    if seq.isEmpty():
        return False
    key = seq[0].key()
    return key not in _EXOTIC and not Qt.Key.Key_F13.value <= key.value <= Qt.Key.Key_F35.value


def action_name(action: QAction) -> str:
    """The action's plain name: its icon text (no '&', no '…', no undo detail)."""
    return action.iconText().replace("&", "").replace("…", "").replace("...", "").strip()


def keys_text(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in action.shortcuts() if readable(s))


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(section, action name, keys) for every action with a shortcut: by menu, in menu order;
    actions in no menu (the canvas's own) under "Canvas"."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(section: str, actions: list[QAction]) -> None:
        for act in actions:
            if act.menu() is not None:
                walk(section, act.menu().actions())
            elif id(act) not in seen and keys_text(act):
                seen.add(id(act))
                rows.append((section, action_name(act), keys_text(act)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.text().replace("&", ""), top.menu().actions())
    canvas = QCoreApplication.translate("Shortcuts", "Canvas")
    for act in window.findChildren(QAction):
        if id(act) not in seen and keys_text(act) and act.isVisible():
            seen.add(id(act))
            rows.append((canvas, action_name(act), keys_text(act)))
    return rows


_MOUSE = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Zoom"), QT_TRANSLATE_NOOP("Shortcuts", "Mouse wheel")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Pan"),
     QT_TRANSLATE_NOOP("Shortcuts", "Middle button drag, or Space + drag")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Connect"),
     QT_TRANSLATE_NOOP("Shortcuts", "Drag from a port to another layer")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Insert into a connection"),
     QT_TRANSLATE_NOOP("Shortcuts", "Drop a layer from the palette on it")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select the layer below / above / beside"),
     QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys on the canvas")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Select several"),
     QT_TRANSLATE_NOOP("Shortcuts", "Drag on empty canvas, or Ctrl+click")),
    (QT_TRANSLATE_NOOP("Shortcuts", "More"),
     QT_TRANSLATE_NOOP("Shortcuts", "Right-click a layer, a connection or the canvas")),
)


def mouse_rows() -> list[tuple[str, str]]:
    return [(QCoreApplication.translate("Shortcuts", a), QCoreApplication.translate("Shortcuts", b))
            for a, b in _MOUSE]


def shortcuts_html(window: QWidget) -> str:
    parts = ["<table cellpadding='3'>"]
    section = None
    for sec, name, keys in shortcut_rows(window):
        if sec != section:
            section = sec
            parts.append(f"<tr><td colspan='2'><br><b>{html.escape(sec)}</b></td></tr>")
        parts.append(f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>")
    mouse = html.escape(QCoreApplication.translate("Shortcuts", "Mouse"))
    parts.append(f"<tr><td colspan='2'><br><b>{mouse}</b></td></tr>")
    for name, how in mouse_rows():
        parts.append(f"<tr><td>{html.escape(name)}</td><td>{html.escape(how)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def show_shortcuts(window: Host) -> QDialog:
    return show_html(window.as_widget(),
                     QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"),
                     shortcuts_html(window.as_widget()), (520, 620), window.interactive,
                     "shortcutsDialog")


def duplicate_shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Key sequences bound to more than one action that can fire at the same time (Qt then
    runs neither: "Ambiguous shortcut overload"). Actions limited to different widgets
    (WidgetShortcut) do not clash."""
    by_key: dict[str, list[QAction]] = {}
    for act in window.findChildren(QAction):
        for seq in act.shortcuts():
            by_key.setdefault(seq.toString(QKeySequence.SequenceFormat.PortableText),
                              []).append(act)

    def scope(act: QAction) -> object:
        if act.shortcutContext() in (Qt.ShortcutContext.WidgetShortcut,
                                     Qt.ShortcutContext.WidgetWithChildrenShortcut):
            return tuple(sorted(id(o) for o in act.associatedObjects()))
        return "window"

    clashes: dict[str, list[str]] = {}
    for key, acts in by_key.items():
        scopes = [scope(a) for a in acts]
        for s in set(scopes):
            same = [a for a, t in zip(acts, scopes, strict=True) if t == s or "window" in (s, t)]
            if len(same) > 1:
                clashes[key] = sorted({action_name(a) or a.text() for a in same})
    return clashes
