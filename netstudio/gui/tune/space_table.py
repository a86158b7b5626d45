"""The search space as an editable table: one row per searched value (its path, type, range
or choices). Each edit emits the row's new entry; the project (through an undoable command)
is the source of truth and refills the table. A row the checker finds fault with is tinted,
with the problem and its fix in its tooltip."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from netstudio.core.tune.space import KINDS
from netstudio.gui.i18n import core_text

COLUMNS = ("path", "type", "low", "high", "step", "log", "choices")
HEADERS = (
    QT_TRANSLATE_NOOP("SpaceTable", "Setting"),
    QT_TRANSLATE_NOOP("SpaceTable", "Type"),
    QT_TRANSLATE_NOOP("SpaceTable", "Low"),
    QT_TRANSLATE_NOOP("SpaceTable", "High"),
    QT_TRANSLATE_NOOP("SpaceTable", "Step"),
    QT_TRANSLATE_NOOP("SpaceTable", "Log"),
    QT_TRANSLATE_NOOP("SpaceTable", "Choices"),
)
_PROBLEM = QColor(220, 60, 60, 60)


class SpaceTable(QTableWidget):
    entry_edited = Signal(str, object)  # path, its new entry (a dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("SpaceTable", h)
                                        for h in HEADERS])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.paths: list[str] = []
        self._filling = False
        self.itemChanged.connect(self._on_item_changed)

    def set_space(self, space: dict[str, Any], problems: dict[str, str]) -> None:
        """Show ``space`` (the section's "space"); ``problems``: path -> text to show."""
        self._filling = True
        try:
            self.setRowCount(0)
            self.paths = [str(p) for p in space]
            self.setRowCount(len(self.paths))
            for row, path in enumerate(self.paths):
                entry = space[path] if isinstance(space[path], dict) else {}
                self._fill_row(row, path, entry, problems.get(path))
        finally:
            self._filling = False

    def _fill_row(self, row: int, path: str, entry: dict[str, Any], problem: str | None) -> None:
        kind = entry.get("type")
        categorical = kind == "categorical"
        name = QTableWidgetItem(path)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, 0, name)
        combo = QComboBox()
        combo.addItems(list(KINDS))
        combo.setCurrentIndex(KINDS.index(kind) if kind in KINDS else -1)
        combo.currentTextChanged.connect(self._on_kind_changed)
        combo.setProperty("row", row)
        self.setCellWidget(row, 1, combo)
        for col, key in ((2, "low"), (3, "high"), (4, "step")):
            item = QTableWidgetItem("" if entry.get(key) is None else _show(entry.get(key)))
            if categorical:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, col, item)
        log = QTableWidgetItem()
        log.setFlags((log.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                     & ~Qt.ItemFlag.ItemIsEditable)
        log.setCheckState(Qt.CheckState.Checked if entry.get("log") is True
                          else Qt.CheckState.Unchecked)
        self.setItem(row, 5, log)
        choices = entry.get("choices")
        text = ", ".join(_show(c) for c in choices) if isinstance(choices, list) else ""
        item = QTableWidgetItem(text)
        if not categorical:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, 6, item)
        for col in range(len(COLUMNS)):
            cell = self.item(row, col)
            if cell is None:
                continue
            cell.setToolTip(problem or "")
            cell.setBackground(QBrush(_PROBLEM) if problem else QBrush())

    def entry(self, row: int) -> dict[str, Any]:
        """The row as a search.space entry (what the user typed; the checker judges it)."""
        combo = self.cellWidget(row, 1)
        kind = combo.currentText() if isinstance(combo, QComboBox) else "float"
        if kind == "categorical":
            return {"type": kind, "choices": parse_choices(self._text(row, 6))}
        entry: dict[str, Any] = {"type": kind, "low": parse_value(self._text(row, 2)),
                                 "high": parse_value(self._text(row, 3))}
        step = self._text(row, 4)
        if step:
            entry["step"] = parse_value(step)
        log = self.item(row, 5)
        if log is not None and log.checkState() == Qt.CheckState.Checked:
            entry["log"] = True
        return entry

    def _text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text().strip() if item is not None else ""

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0:
            return
        row = item.row()
        if 0 <= row < len(self.paths):
            self.entry_edited.emit(self.paths[row], self.entry(row))

    @Slot(str)
    def _on_kind_changed(self, kind: str) -> None:
        if self._filling:
            return
        row = self.sender().property("row")
        if not isinstance(row, int) or not 0 <= row < len(self.paths):
            return
        entry = self.entry(row)
        if kind == "categorical" and not entry.get("choices"):
            values = [entry.get(k) for k in ("low", "high") if entry.get(k) not in (None, "")]
            entry = {"type": kind, "choices": values}
        elif kind != "categorical" and "low" not in entry:
            numbers = [c for c in parse_choices(self._text(row, 6))
                       if isinstance(c, int | float) and not isinstance(c, bool)]
            entry = {"type": kind, "low": min(numbers, default=0),
                     "high": max(numbers, default=1)}
        self.entry_edited.emit(self.paths[row], entry)

    def problems_of(self, diagnostics: Any) -> dict[str, str]:
        """path -> the problems the checker reports on that entry, for the tooltips."""
        found: dict[str, list[str]] = {}
        for d in diagnostics:
            field = d.field or ""
            for path in self.paths:
                if field == f"search.space.{path}":
                    fix = self.tr("Fix: {0}").format(core_text(d.fix)) if d.fix else ""
                    found.setdefault(path, []).append(core_text(d.message) + (
                        "\n" + fix if fix else ""))
        return {p: "\n\n".join(v) for p, v in found.items()}


def parse_value(text: str) -> Any:
    """A cell's text as a JSON value: 0.001, 64, true; text that is not JSON stays text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_choices(text: str) -> list[Any]:
    """``32, 64, 128`` or ``Adam, SGD`` (quotes optional) as a list of values."""
    if not text.strip():
        return []
    try:
        value = json.loads(f"[{text}]")
        if isinstance(value, list):
            return value
    except ValueError:
        pass
    return [parse_value(part.strip()) for part in text.split(",") if part.strip()]


def _show(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value)
