"""The live trial table: one row per trial (number, state, metric, duration, the epoch a
pruned trial stopped at, then each searched value), sortable. Rows are TrialRows (frozen);
the running trial shows its latest epoch's metric."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from netstudio.core.tune.results import TrialRow
from netstudio.core.tune.space import short_name, show_value
from netstudio.gui.i18n import core_text

FIXED = (QT_TRANSLATE_NOOP("TrialTable", "Trial"), QT_TRANSLATE_NOOP("TrialTable", "State"),
         QT_TRANSLATE_NOOP("TrialTable", "Metric"), QT_TRANSLATE_NOOP("TrialTable", "Time"),
         QT_TRANSLATE_NOOP("TrialTable", "Pruned at"))
STATES = {"complete": QT_TRANSLATE_NOOP("TrialTable", "complete"),
          "pruned": QT_TRANSLATE_NOOP("TrialTable", "pruned"),
          "failed": QT_TRANSLATE_NOOP("TrialTable", "failed"),
          "running": QT_TRANSLATE_NOOP("TrialTable", "running"),
          "waiting": QT_TRANSLATE_NOOP("TrialTable", "waiting"),
          "retried": QT_TRANSLATE_NOOP("TrialTable", "retried")}
COLOURS = {"complete": QColor(60, 160, 90), "pruned": QColor(200, 140, 40),
           "failed": QColor(210, 70, 70), "running": QColor(70, 130, 210)}
RowKey = QModelIndex | QPersistentModelIndex


class TrialTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[TrialRow] = []
        self.paths: tuple[str, ...] = ()
        self.best: int | None = None
        self.live: dict[int, tuple[int, float | None]] = {}  # running trial -> (epoch, value)

    def set_rows(self, rows: tuple[TrialRow, ...], paths: tuple[str, ...],
                 best: int | None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.paths = paths
        self.best = best
        self.live = {k: v for k, v in self.live.items()
                     if any(r.number == k and r.state == "running" for r in rows)}
        self.endResetModel()

    def upsert(self, row: TrialRow) -> None:
        """Add or replace one trial's row (a trial that just ended)."""
        self.live.pop(row.number, None)
        for i, old in enumerate(self.rows):
            if old.number == row.number:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def running(self, number: int, params: tuple[tuple[str, Any], ...]) -> None:
        self.upsert(TrialRow(number, "running", None, params, None, "", None, None, ()))

    def epoch(self, number: int, epoch: int, value: float | None) -> None:
        self.live[number] = (epoch, value)
        for i, row in enumerate(self.rows):
            if row.number == number:
                self.dataChanged.emit(self.index(i, 2), self.index(i, 4))

    def row_at(self, index: RowKey) -> TrialRow | None:
        return self.rows[index.row()] if 0 <= index.row() < len(self.rows) else None

    # ---- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: RowKey = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: RowKey = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self.paths)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(FIXED):
                return QCoreApplication.translate("TrialTable", FIXED[section])
            return short_name(self.paths[section - len(FIXED)])
        if role == Qt.ItemDataRole.ToolTipRole and section >= len(FIXED):
            return self.paths[section - len(FIXED)]
        return None

    def data(self, index: RowKey, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.UserRole:  # sorting
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return COLOURS.get(row.state)
        if role == Qt.ItemDataRole.FontRole and row.number == self.best:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = core_text(row.reason) if row.reason else ""
            run = (QCoreApplication.translate("TrialTable", "Run {0} (double-click to open "
                                              "it)").format(row.run) if row.run else "")
            return "\n".join(t for t in (reason, run) if t) or None
        return None

    def _text(self, row: TrialRow, col: int) -> str:
        if col == 0:
            return str(row.number)
        if col == 1:
            return QCoreApplication.translate("TrialTable", STATES.get(row.state, row.state))
        if col == 2:
            if row.value is not None:
                return f"{row.value:.4f}"
            live = self.live.get(row.number)
            if live is not None and live[1] is not None:
                return QCoreApplication.translate("TrialTable", "{0:.4f} (epoch {1})").format(
                    live[1], live[0])
            return ""
        if col == 3:
            return "" if row.seconds is None else f"{row.seconds:.1f} s"
        if col == 4:
            return "" if row.pruned_at is None else str(row.pruned_at)
        path = self.paths[col - len(FIXED)]
        params = row.params_dict
        return show_value(params[path]) if path in params else ""

    def _sort_key(self, row: TrialRow, col: int) -> Any:
        if col == 0:
            return row.number
        if col == 2:
            return row.value if row.value is not None else float("-inf")
        if col == 3:
            return row.seconds or 0.0
        if col == 4:
            return row.pruned_at or 0
        value = row.params_dict.get(self.paths[col - len(FIXED)]) if col >= len(FIXED) else None
        return value if isinstance(value, int | float) else self._text(row, col)
