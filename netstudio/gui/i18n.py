"""Translations: netstudio's own (resources/translations/netstudio_<locale>.qm) and Qt's
(standard dialog buttons), for the system locale or NETSTUDIO_LANG (e.g. "zh_CN")."""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from netstudio.gui import resources


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load and install what exists for the locale; returns the translators (keep them alive)."""
    name = language or os.environ.get("NETSTUDIO_LANG")
    locale = QLocale(name) if name else QLocale.system()
    installed: list[QTranslator] = []
    folder = resources.translations_dir()
    if folder is not None:
        own = QTranslator(app)
        if own.load(locale, "netstudio", "_", str(folder)):
            app.installTranslator(own)
            installed.append(own)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def plural(n: int, one: str, many: str) -> str:
    """Pick the translated singular or plural text; ``%1`` in ``many`` becomes ``n``.

    (Qt's %n numerus forms need an English .qm to read well; two plain strings do not.)
    """
    return one if n == 1 else many.replace("%1", str(n))
