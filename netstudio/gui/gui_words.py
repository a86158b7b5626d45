"""The app's own words for core sentences that read differently in the GUI than on the
command line (a fix that names a file key where the app has a box to tick, ...).

Key: the core Template (import it from the module that declares it); value: the GUI's
sentence, declared with QT_TRANSLATE_NOOP("GuiWords", ...) so that lupdate collects it, with
the same {fields}. netstudio.gui.i18n.core_text uses it, translated, wherever the core
sentence is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netstudio.core.checks import params as param_checks
from netstudio.core.checks import structure as structure_checks
from netstudio.core.layers.builtin import _base as layer_rules
from netstudio.core.layers.builtin import norm as norm_rules
from netstudio.core.text import Template

GUI_WORDS_CONTEXT = "GuiWords"

GUI_WORDS: dict[Template, str] = {
    # The properties panel has an "auto" box for sizes that follow from the input.
    layer_rules.INFERRED_FIX: QT_TRANSLATE_NOOP("GuiWords",
                                                "tick \"auto\" for {field}, or set it to {value}"),
    norm_rules.FIX_NORMALIZED_SHAPE: QT_TRANSLATE_NOOP(
        "GuiWords", "tick \"auto\" for normalized_shape, or set it to {last} or {shape}"),
    # A value from a file that the form cannot show: the form sets it, there is no key to drop.
    param_checks.CHANGE_OR_DEFAULT: QT_TRANSLATE_NOOP(
        "GuiWords", "set {field} in Properties (its default is {default})"),
    param_checks.CHANGE_OR_REMOVE: QT_TRANSLATE_NOOP("GuiWords", "set {field} in Properties"),
    # Ports are written in files; on the canvas a connection is redrawn instead.
    structure_checks.REMOVE_PORT: QT_TRANSLATE_NOOP(
        "GuiWords", "delete this connection and draw it again"),
}
