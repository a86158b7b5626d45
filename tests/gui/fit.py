"""Does a widget show its whole text? Helpers for the small-screen tests."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def combo_field_width(combo: QComboBox) -> int:
    """Pixels the closed combo box has for its text (the style's edit field, minus an icon)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width()


def combo_cut_texts(combo: QComboBox) -> list[str]:
    """The entries whose text would be cut when chosen (all entries, not only the current)."""
    room = combo_field_width(combo)
    metrics = combo.fontMetrics()
    return [combo.itemText(i) for i in range(combo.count())
            if metrics.horizontalAdvance(combo.itemText(i)) > room]
