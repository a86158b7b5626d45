"""Light and dark looks: the Qt palette, the style sheet, and the colours the canvas paints with.

The canvas reads ``current()`` when it paints, so switching theme is: ``apply(app, mode)`` and
``scene.update()``. "system" follows the desktop's colour scheme (Qt 6.5+ style hints).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from netstudio.gui.resources import read_text

MODES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colors:
    dark: bool
    canvas: QColor
    grid: QColor
    card: QColor
    card_border: QColor
    text: QColor
    muted: QColor
    edge: QColor
    edge_selected: QColor
    label_bg: QColor
    label_text: QColor
    port: QColor
    selection: QColor
    error: QColor
    warning: QColor
    ok: QColor


LIGHT = Colors(
    dark=False, canvas=QColor("#f6f7f9"), grid=QColor("#dde1e7"), card=QColor("#ffffff"),
    card_border=QColor("#c9ced6"), text=QColor("#1f2328"), muted=QColor("#6b7280"),
    edge=QColor("#8b93a1"), edge_selected=QColor("#2563eb"), label_bg=QColor("#ffffff"),
    label_text=QColor("#374151"), port=QColor("#64748b"), selection=QColor("#2563eb"),
    error=QColor("#dc2626"), warning=QColor("#d97706"), ok=QColor("#16a34a"),
)
DARK = Colors(
    dark=True, canvas=QColor("#1b1e23"), grid=QColor("#2c3139"), card=QColor("#262a31"),
    card_border=QColor("#3d434d"), text=QColor("#e6e8eb"), muted=QColor("#9aa3af"),
    edge=QColor("#7c8595"), edge_selected=QColor("#60a5fa"), label_bg=QColor("#2f343c"),
    label_text=QColor("#d1d5db"), port=QColor("#94a3b8"), selection=QColor("#60a5fa"),
    error=QColor("#f87171"), warning=QColor("#fbbf24"), ok=QColor("#4ade80"),
)

# Category accents; keys are matched as lowercase substrings of the registry's category names.
_CATEGORY_HUES: tuple[tuple[str, str], ...] = (
    ("input", "#0ea5e9"), ("output", "#0ea5e9"),
    ("conv", "#6366f1"), ("pool", "#14b8a6"), ("linear", "#f59e0b"), ("dense", "#f59e0b"),
    ("activ", "#ec4899"), ("norm", "#8b5cf6"), ("dropout", "#64748b"),
    ("regular", "#64748b"), ("recurr", "#10b981"), ("rnn", "#10b981"),
    ("shape", "#a16207"), ("reshape", "#a16207"), ("merge", "#ef4444"),
    ("combine", "#ef4444"), ("upsampl", "#0891b2"),
)
_FALLBACK = ("#3b82f6", "#22c55e", "#eab308", "#a855f7", "#f97316", "#06b6d4", "#84cc16")

_current = LIGHT
_mode = "system"


def category_color(category: str) -> QColor:
    low = category.lower()
    for key, hue in _CATEGORY_HUES:
        if key in low:
            return QColor(hue)
    digest = hashlib.md5(low.encode()).digest()[0]
    return QColor(_FALLBACK[digest % len(_FALLBACK)])


def current() -> Colors:
    return _current


def mode() -> str:
    return _mode


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, requested: str = "system") -> Colors:
    """Switch the whole application to ``requested`` ("system", "light" or "dark")."""
    global _current, _mode
    _mode = requested if requested in MODES else "system"
    dark = system_is_dark() if _mode == "system" else _mode == "dark"
    _current = DARK if dark else LIGHT
    app.setStyle("Fusion")
    app.setPalette(_palette(_current))
    app.setStyleSheet(read_text(f"styles/{'dark' if dark else 'light'}.qss") or "")
    return _current


def _palette(c: Colors) -> QPalette:
    p = QPalette()
    if c.dark:
        window, base, alt, text = "#202329", "#1b1e23", "#262a31", "#e6e8eb"
        button, highlight, disabled = "#2b3037", "#3b82f6", "#6b7280"
    else:
        window, base, alt, text = "#eef0f3", "#ffffff", "#f5f6f8", "#1f2328"
        button, highlight, disabled = "#f8f9fb", "#2563eb", "#9ca3af"
    role = QPalette.ColorRole
    for r, value in ((role.Window, window), (role.Base, base), (role.AlternateBase, alt),
                     (role.Text, text), (role.WindowText, text), (role.ButtonText, text),
                     (role.Button, button), (role.Highlight, highlight),
                     (role.HighlightedText, "#ffffff"), (role.ToolTipBase, base),
                     (role.ToolTipText, text), (role.PlaceholderText, disabled),
                     (role.Link, highlight)):
        p.setColor(r, QColor(value))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(disabled))
    return p
