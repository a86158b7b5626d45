"""One editor widget per layer parameter, chosen from its ``Param.kind``.

Each field emits ``edited(value)`` only with a value the layer accepts (``Param.check``); a
value it refuses stays in the field, outlined in red with what is allowed, and is not applied.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolTip,
    QWidget,
)

from netstudio.core.layers.registry import Param
from netstudio.gui import theme
from netstudio.gui.i18n import core_text

INT_LIMIT = 2**31 - 1
# Whole numbers separated by commas, spaces, "x" or "×": "5", "3, 5", "3x5", "1 28 28".
_NUMBERS = re.compile(r"-?\d+(?:\s*[,x×*]\s*-?\d+|\s+-?\d+)*")


class ParamField(QObject):
    edited = Signal(object)  # a valid new value (None: remove the param / use auto)

    def __init__(self, param: Param, parent: QWidget) -> None:
        super().__init__(parent)
        self.param = param
        self.widget = QWidget(parent)
        self._layout = QHBoxLayout(self.widget)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.editor = self._make_editor(parent)
        self._layout.addWidget(self.editor, 1)
        self.auto: QCheckBox | None = None
        if param.inferred or param.optional:
            self.auto = QCheckBox(self.tr("auto") if param.inferred else self.tr("none"), parent)
            self.auto.setToolTip(
                self.tr("Follow the incoming shape (recommended).") if param.inferred
                else self.tr("Leave this unset."))
            self.auto.toggled.connect(self._on_auto_toggled)
            self._layout.addWidget(self.auto)
        self._problem: str | None = None
        self._help = core_text(param.help)
        self.editor.installEventFilter(self)

    # ---- keys and focus ----------------------------------------------------------------
    def takes_char(self, char: str) -> bool:
        """Whether typing ``char`` can make sense in this field (subclasses narrow it)."""
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.editor and event.type() == QEvent.Type.ShortcutOverride:
            # A letter the field cannot take (F in a number) goes to the window's shortcuts
            # (F: fit the canvas) instead of being swallowed by the field.
            key = event if isinstance(event, QKeyEvent) else None
            plain = key is not None and not key.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if plain and len(key.text()) == 1 and key.text().isprintable() and (
                    not self.takes_char(key.text())):
                event.ignore()
                return True
        elif obj is self.editor and event.type() == QEvent.Type.FocusIn:
            select = getattr(self.editor, "selectAll", None)
            if select is not None:  # typing replaces the value: one click, then the number
                QTimer.singleShot(0, self.editor, select)
        return False

    # ---- subclasses --------------------------------------------------------------------
    def _make_editor(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _read(self) -> tuple[Any, str | None]:
        """(value, None) or (None, what is wrong)."""
        raise NotImplementedError

    # ---- shared ------------------------------------------------------------------------
    def set_value(self, value: Any, shown_when_auto: Any = None) -> None:
        """Show ``value``; None with an auto box means "auto" (showing ``shown_when_auto``)."""
        blockers = [self.editor, *([self.auto] if self.auto else [])]
        for w in blockers:
            w.blockSignals(True)
        try:
            if self.auto is not None:
                self.auto.setChecked(value is None)
                self.editor.setEnabled(value is not None)
                if value is None:
                    if shown_when_auto is not None:
                        self._show(shown_when_auto)
                    return
            if value is not None:
                self._show(value)
        finally:
            for w in blockers:
                w.blockSignals(False)

    def set_problem(self, message: str | None) -> None:
        """Outline the field in red with ``message`` (a diagnostic on this param) or clear."""
        self._problem = message
        self.editor.setProperty("problem", bool(message))
        if isinstance(self.editor, QAbstractSpinBox):
            # A style sheet border would drop the spin arrows: tint the field instead.
            palette = QApplication.palette(self.editor)
            if message:
                c = theme.current()
                tint = QColor(c.error)
                tint.setAlpha(70 if c.dark else 40)
                base = palette.color(QPalette.ColorRole.Base)
                palette.setColor(QPalette.ColorRole.Base, _over(base, tint))
            self.editor.setPalette(palette)
            self.editor.lineEdit().setPalette(palette)
        else:
            self.editor.style().unpolish(self.editor)
            self.editor.style().polish(self.editor)
        tips = [t for t in (message, self._help, core_text(self.param.requirement())) if t]
        self.editor.setToolTip("\n".join(tips))
        if message and self.editor.hasFocus():
            # Say what is wrong where the learner is typing, not only on hover.
            QToolTip.showText(self.editor.mapToGlobal(QPoint(0, self.editor.height())),
                              message, self.editor)

    def _commit(self) -> None:
        value, problem = self._read()
        if problem is None:
            problem = self.param.check(value)
        if problem is not None:
            self.set_problem(self.tr("Must be %1.").replace("%1", core_text(problem)))
            return
        self.set_problem(None)
        self.edited.emit(value)

    def _on_auto_toggled(self, checked: bool) -> None:
        self.editor.setEnabled(not checked)
        if checked:
            self.set_problem(None)
            self.edited.emit(None)
        else:
            self._commit()


class IntField(ParamField):
    def _make_editor(self, parent: QWidget) -> QWidget:
        box = QSpinBox(parent)
        lo = int(self.param.min) if self.param.min is not None else -INT_LIMIT
        hi = int(self.param.max) if self.param.max is not None else INT_LIMIT
        box.setRange(lo, hi)
        box.setAccelerated(True)
        box.valueChanged.connect(lambda _v: self._commit())
        return box

    def _show(self, value: Any) -> None:
        if isinstance(value, int):
            self.editor.setValue(value)

    def takes_char(self, char: str) -> bool:
        return char in "0123456789+-"

    def _read(self) -> tuple[Any, str | None]:
        return self.editor.value(), None


class _CompactDoubleSpinBox(QDoubleSpinBox):
    """Shows 0.5 and 1e-05 as written, not as 0.500000."""

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        try:
            float(text.replace(",", "."))
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class FloatField(ParamField):
    def _make_editor(self, parent: QWidget) -> QWidget:
        box = _CompactDoubleSpinBox(parent)
        box.setDecimals(10)
        box.setRange(self.param.min if self.param.min is not None else -1e9,
                     self.param.max if self.param.max is not None else 1e9)
        span = (self.param.max or 1.0) - (self.param.min or 0.0)
        box.setSingleStep(0.05 if span <= 1.0 else 0.1)
        box.valueChanged.connect(lambda _v: self._commit())
        return box

    def _show(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.editor.setValue(float(value))

    def takes_char(self, char: str) -> bool:
        return char in "0123456789+-.,eE"

    def _read(self) -> tuple[Any, str | None]:
        return float(self.editor.value()), None


class BoolField(ParamField):
    def _make_editor(self, parent: QWidget) -> QWidget:
        box = QCheckBox(parent)
        box.toggled.connect(lambda _v: self._commit())
        return box

    def _show(self, value: Any) -> None:
        self.editor.setChecked(bool(value))

    def _read(self) -> tuple[Any, str | None]:
        return self.editor.isChecked(), None


class ChoiceField(ParamField):
    def _make_editor(self, parent: QWidget) -> QWidget:
        box = QComboBox(parent)
        for choice in self.param.choices:
            box.addItem(str(choice), choice)
        box.currentIndexChanged.connect(lambda _i: self._commit())
        return box

    def _show(self, value: Any) -> None:
        for i in range(self.editor.count()):
            if self.editor.itemData(i) == value:
                self.editor.setCurrentIndex(i)
                return

    def _read(self) -> tuple[Any, str | None]:
        return self.editor.currentData(), None


class TextField(ParamField):
    """int_or_pair ("5" or "3, 5"), shape ("1, 28, 28") and plain text, checked as typed."""

    def _make_editor(self, parent: QWidget) -> QWidget:
        edit = QLineEdit(parent)
        if self.param.kind == "int_or_pair":
            edit.setPlaceholderText(self.tr("e.g. 3 or 3, 5"))
        elif self.param.kind == "shape":
            edit.setPlaceholderText(self.tr("e.g. 1, 28, 28"))
        edit.textEdited.connect(lambda _t: self._commit())
        return edit

    def _show(self, value: Any) -> None:
        parsed, problem = self._read()
        if problem is None and parsed == value:
            return  # keep the user's own spelling ("3x3" vs "3, 3")
        self.editor.setText(_format(value, self.param.kind))

    def _read(self) -> tuple[Any, str | None]:
        return parse_text(self.param, self.editor.text())

    def takes_char(self, char: str) -> bool:
        if self.param.kind == "str":
            return True
        words = "".join(str(c) for c in self.param.choices)  # "same", "valid"
        return char in "0123456789,x×* -[]()" or char in words


def parse_text(param: Param, text: str) -> tuple[Any, str | None]:
    text = text.strip()
    if param.kind == "str":
        return text, None
    if param.kind == "json":
        try:
            value = json.loads(text) if text else None
        except ValueError:
            return None, param.requirement()
        return value, param.check(value)
    if param.kind == "int_or_pair" and text in {str(c) for c in param.choices}:
        return text, None
    if not text:
        return None, (None if param.optional else param.requirement())
    body = text.strip("[]() ")
    if param.kind == "float_pair":  # "0.9, 0.999" (Adam's betas)
        parts = [p for p in re.split(r"[\s,;]+", body) if p]
        try:
            return [float(p) for p in parts], None
        except ValueError:
            return None, param.requirement()
    if not _NUMBERS.fullmatch(body):
        return None, param.requirement()
    numbers = [int(n) for n in re.findall(r"-?\d+", body)]
    if param.kind == "int_or_pair":
        if len(numbers) == 1:
            return numbers[0], None
        if len(numbers) == 2:
            return numbers, None
        return None, param.requirement()
    return numbers, None


def _format(value: Any, kind: str = "") -> str:
    if kind == "json":
        return json.dumps(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _over(base: QColor, tint: QColor) -> QColor:
    a = tint.alphaF()
    return QColor.fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                           base.greenF() * (1 - a) + tint.greenF() * a,
                           base.blueF() * (1 - a) + tint.blueF() * a)


def make_field(param: Param, parent: QWidget) -> ParamField:
    kinds = {"int": IntField, "float": FloatField, "bool": BoolField, "choice": ChoiceField}
    return kinds.get(param.kind, TextField)(param, parent)
