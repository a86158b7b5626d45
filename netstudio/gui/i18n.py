"""Translations: netstudio's own (resources/translations/netstudio_<locale>.qm) and Qt's
(standard dialog buttons), for the system locale or NETSTUDIO_LANG (e.g. "zh_CN").

Sentences from the core (checker diagnostics, settings and setup errors, trainer messages,
layer descriptions, dataset titles) are netstudio.core.text.Text values: ``core_text`` shows
them in the user's language through the same Qt translator, and in the app's own words where
the GUI says something differently from the command line (``GUI_WORDS``).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from netstudio.core.text import Template, Text, message_of
from netstudio.gui import resources
from netstudio.gui.gui_words import GUI_WORDS, GUI_WORDS_CONTEXT


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


def _translate(template: Template) -> str:
    own = GUI_WORDS.get(template)
    if own is not None:
        return QCoreApplication.translate(GUI_WORDS_CONTEXT, own)
    return QCoreApplication.translate(template.context, template.source)


def core_text(value: Any) -> str:
    """A sentence from the core in the user's language (and the app's words); any other value
    as str. Thread-safe (QCoreApplication.translate is)."""
    if isinstance(value, Text):
        return value.render(_translate)
    if isinstance(value, Template):  # a sentence without fields
        return _translate(value)
    return "" if value is None else str(value)


def error_text(error: BaseException) -> str:
    """The sentence a core exception carries, in the user's language (see core_text)."""
    return core_text(message_of(error))
