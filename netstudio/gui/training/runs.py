"""The run table: every run of the project (its run store, netstudio.core.runs), sortable and
filterable, with the actions on runs (show, continue, open the network, compare, rename, notes,
delete). It only displays and asks; the TrainingDashboard does the work.

Runs from ``*.runs.json`` files (older versions kept curves without weights there) are not
read any more: every run now lives in the project's ``foo.runs/`` folder.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netstudio.gui.i18n import core_text
from netstudio.gui.training.series import Curves

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The run states the table shows (netstudio.core.runs STATUSES), translated.
STATUS_NAMES = {
    "running": QT_TRANSLATE_NOOP("RunsPanel", "running"),
    "starting": QT_TRANSLATE_NOOP("RunsPanel", "starting"),
    "finished": QT_TRANSLATE_NOOP("RunsPanel", "finished"),
    "stopped": QT_TRANSLATE_NOOP("RunsPanel", "stopped"),
    "interrupted": QT_TRANSLATE_NOOP("RunsPanel", "interrupted"),
    "diverged": QT_TRANSLATE_NOOP("RunsPanel", "diverged"),
    "failed": QT_TRANSLATE_NOOP("RunsPanel", "failed"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("RunsPanel", "Run"),
    QT_TRANSLATE_NOOP("RunsPanel", "Status"),
    QT_TRANSLATE_NOOP("RunsPanel", "Test accuracy"),
    QT_TRANSLATE_NOOP("RunsPanel", "Test loss"),
    QT_TRANSLATE_NOOP("RunsPanel", "Params"),
    QT_TRANSLATE_NOOP("RunsPanel", "Time"),
    QT_TRANSLATE_NOOP("RunsPanel", "Optimizer"),
    QT_TRANSLATE_NOOP("RunsPanel", "LR"),
    QT_TRANSLATE_NOOP("RunsPanel", "Batch size"),
    QT_TRANSLATE_NOOP("RunsPanel", "Epochs"),
    QT_TRANSLATE_NOOP("RunsPanel", "Date"),
)


@dataclass(eq=False)
class RunRow:
    """One line of the table: a stored run (``run``), or the live run before its folder
    exists. ``curves`` are read from the run folder when first needed."""

    run: Any = None  # netstudio.core.runs.Run
    live: bool = False
    name: str = ""
    _curves: Curves | None = field(default=None, repr=False)
    _problem: Any = field(default=False, repr=False)  # False: not checked yet

    @property
    def problem(self) -> str | None:
        """Why the run's weights do not fit its network (core.runs.weights_problem: two stat
        calls for a run as it was recorded), or None."""
        if self._problem is False:
            from netstudio.core.runs import weights_problem

            self._problem = (None if self.run is None or self.live
                             else weights_problem(self.run))
        return self._problem

    @property
    def id(self) -> str | None:
        return None if self.run is None else self.run.id

    @property
    def label(self) -> str:
        if self.run is None:
            return self.name or QCoreApplication.translate("RunsPanel", "new run")
        number = self.run.record.number
        if number is not None and self.run.name == f"run {number}":  # the store's default
            return QCoreApplication.translate("RunsPanel", "run {0}").format(number)
        return self.run.name

    @property
    def status(self) -> str:
        if self.run is None:
            return "starting"
        return "running" if self.live else self.run.status

    @property
    def summary(self) -> dict[str, Any]:
        return {} if self.run is None else self.run.record.summary

    @property
    def training(self) -> dict[str, Any]:
        return {} if self.run is None else self.run.training

    @property
    def has_weights(self) -> bool:
        return self.run is not None and not self.live and (
            self.run.model_file.exists() or self.run.checkpoint_file.exists())

    @property
    def can_continue(self) -> bool:
        return self.run is not None and not self.live and self.run.checkpoint_file.exists()

    def curves(self) -> Curves:
        if self._curves is None:
            self._curves = curves_of(self.run) if self.run is not None else Curves()
        return self._curves

    def set_curves(self, curves: Curves) -> None:
        self._curves = curves


def curves_of(run: Any) -> Curves:
    """The app's curves of a stored run: per-report points (curves.json) and the validation
    values of each epoch (metrics.json's history)."""
    c = Curves()
    points = run.curves()
    xs, losses, accs = (points.get(k) or [] for k in ("x", "loss", "accuracy"))
    for i, x in enumerate(xs):
        loss = losses[i] if i < len(losses) else None
        acc = accs[i] if i < len(accs) else None
        c.add_batch(float(x), math.nan if loss is None else float(loss),
                    None if acc is None else float(acc))
    try:
        history = run.metrics().get("history") or []
    except Exception:  # noqa: BLE001 - a damaged metrics.json: curves without validation
        history = []
    for h in history:
        if isinstance(h, dict) and isinstance(h.get("epoch"), int | float):
            c.add_epoch(float(h["epoch"]), h.get("val_loss"), h.get("val_accuracy"))
    return c


def _number(v: Any) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


class RunTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RunRow] = []

    def set_rows(self, rows: list[RunRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_changed(self, row: RunRow) -> None:
        if row in self.rows:
            r = self.rows.index(row)
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RunsPanel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if (role == Qt.ItemDataRole.ForegroundRole and column == "Status"
                and row.problem):
            return QColor(200, 60, 60)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
                "Run", "Status", "Optimizer", "Date"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, row: RunRow, column: str) -> Any:
        s, t = row.summary, row.training
        return {
            "Run": row.label, "Status": row.status,
            "Test accuracy": _number(s.get("test_accuracy")),
            "Test loss": _number(s.get("test_loss")), "Params": _number(s.get("params")),
            "Time": _number(s.get("seconds")), "Optimizer": t.get("optimizer"),
            "LR": _number(t.get("lr")), "Batch size": _number(t.get("batch_size")),
            "Epochs": _number(s.get("epochs")),
            "Date": "" if row.run is None else row.run.record.created,
        }[column]

    def _text(self, row: RunRow, column: str) -> str:
        v = self._value(row, column)
        if v is None:
            return ""
        if column == "Status":
            status = QCoreApplication.translate("RunsPanel", STATUS_NAMES.get(v, v))
            if row.problem:
                return QCoreApplication.translate("RunsPanel", "{0} – weights do not fit"
                                                  ).format(status)
            return status
        if column == "Test accuracy":
            return f"{v:.2%}"
        if column == "Test loss":
            return f"{v:.4f}"
        if column in ("Params", "Batch size", "Epochs"):
            return f"{int(v):,}"
        if column == "Time":
            return QCoreApplication.translate("RunsPanel", "{0} s").format(f"{v:.0f}")
        if column == "LR":
            return f"{v:g}"
        if column == "Date":
            return str(v)[:16].replace("T", " ")
        return str(v)

    def _sort_key(self, row: RunRow, column: str) -> Any:
        v = self._value(row, column)
        if isinstance(v, float):
            return v
        if v is None:  # empty cells sort before every number
            return -math.inf if column not in ("Run", "Status", "Optimizer", "Date") else ""
        return str(v).lower()

    def _tooltip(self, row: RunRow) -> str:
        if row.run is None:
            return ""
        rec = row.run.record
        lines = [f"{row.label} ({row.run.id})"]
        if row.problem:
            lines.append(core_text(row.problem))
        if rec.message:  # run.json keeps its template: shown in the app's language
            lines.append(core_text(rec.message))
        if rec.parent:
            lines.append(QCoreApplication.translate("RunsPanel", "continues run {0}").format(
                rec.parent))
        if rec.notes:
            lines += ["", rec.notes]
        return "\n".join(lines)


class _Proxy(QSortFilterProxyModel):
    """Sorts by numbers (SORT_ROLE); the filter matches any column's text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if type(a) is not type(b):
            return str(type(a)) < str(type(b))
        return bool(a < b)


class RunsPanel(QWidget):
    """The table and its buttons. ``selection_changed`` carries the selected RunRows (in table
    order); the ``*_requested`` signals carry the row(s) an action is for."""

    selection_changed = Signal(list)
    continue_requested = Signal(object)
    open_requested = Signal(object)
    compare_requested = Signal(object, object)  # row, other row or None (the canvas)
    rename_requested = Signal(object)
    notes_requested = Signal(object)
    delete_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RunTableModel(self)
        self.proxy = _Proxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("Date"), Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter runs (name, status, optimizer, ...)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        hint = QLabel(self.tr("Select a run to load its trained network into every view; "
                              "select several (Ctrl+click) to overlay their curves."))
        hint.setWordWrap(True)
        # shown while the table is empty; with runs listed it is the table's tooltip, so the
        # buttons stay in view on a 1280x720 screen
        self.hint = hint
        self.table.setToolTip(hint.text())
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_hint_when_empty)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setVisible(False)
        self.continue_button = QPushButton(self.tr("Continue..."))
        self.continue_button.setToolTip(self.tr("Train this run for more epochs, from its "
                                                "checkpoint, as a new run"))
        self.open_button = QPushButton(self.tr("Open network"))
        self.open_button.setToolTip(self.tr("Put this run's network and settings on the "
                                            "canvas (one undoable step)"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("What differs: this run against the canvas, "
                                               "or two selected runs against each other"))
        self.rename_button = QPushButton(self.tr("Rename..."))
        self.notes_button = QPushButton(self.tr("Notes..."))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.continue_button.clicked.connect(lambda: self._emit_one(self.continue_requested))
        self.open_button.clicked.connect(lambda: self._emit_one(self.open_requested))
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.rename_button.clicked.connect(lambda: self._emit_one(self.rename_requested))
        self.notes_button.clicked.connect(lambda: self._emit_one(self.notes_requested))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        # Two rows of three: one row of six is wider than the run table gets at 1280x720,
        # and the panel would then scroll sideways with its hint cut.
        buttons = QGridLayout()
        for i, b in enumerate((self.continue_button, self.open_button, self.compare_button,
                               self.rename_button, self.notes_button, self.delete_button)):
            buttons.addWidget(b, i // 3, i % 3)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self._update_buttons([])

    def _show_hint_when_empty(self, *_: object) -> None:
        self.hint.setVisible(self.model.rowCount() == 0)

    # ---- content ----------------------------------------------------------------------------
    @property
    def rows(self) -> list[RunRow]:
        return self.model.rows

    def set_rows(self, rows: list[RunRow], select: RunRow | None = None) -> None:
        chosen = {id(r) for r in self.selected_rows()}
        keep = {r.id for r in self.selected_rows() if r.id}
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        wanted = [select] if select is not None else [
            r for r in rows if id(r) in chosen or (r.id and r.id in keep)]
        self.select_rows(wanted)

    def row_changed(self, row: RunRow) -> None:
        self.model.row_changed(row)
        self._update_buttons(self.selected_rows())

    def row_by_id(self, run_id: str) -> RunRow | None:
        return next((r for r in self.rows if r.id == run_id), None)

    # ---- selection --------------------------------------------------------------------------
    def selected_rows(self) -> list[RunRow]:
        """Selected rows in the order the table shows them."""
        proxy_rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = []
        for pr in proxy_rows:
            source = self.proxy.mapToSource(self.proxy.index(pr, 0)).row()
            if 0 <= source < len(self.rows):
                out.append(self.rows[source])
        return out

    def select_rows(self, rows: list[RunRow]) -> None:
        sm = self.table.selectionModel()
        sm.blockSignals(True)
        self.table.clearSelection()
        from PySide6.QtCore import QItemSelectionModel

        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row in rows:
            if row in self.rows:
                index = self.proxy.mapFromSource(self.model.index(self.rows.index(row), 0))
                if index.isValid():
                    sm.select(index, flags)
        sm.blockSignals(False)
        self._on_selection_changed()

    def select(self, *run_ids: str) -> None:
        self.select_rows([r for r in self.rows if r.id in run_ids])

    @Slot()
    def _on_selection_changed(self, *_args: Any) -> None:
        rows = self.selected_rows()
        self._update_buttons(rows)
        notes = rows[0].run.record.notes if len(rows) == 1 and rows[0].run is not None else ""
        self.notes.setText(self.tr("Notes: {0}").format(notes) if notes else "")
        self.notes.setVisible(bool(notes))
        self.selection_changed.emit(rows)

    def _update_buttons(self, rows: list[RunRow]) -> None:
        one = rows[0] if len(rows) == 1 else None
        stored = [r for r in rows if r.run is not None and not r.live]
        self.continue_button.setEnabled(one is not None and one.can_continue)
        self.open_button.setEnabled(one is not None and one.run is not None)
        self.compare_button.setEnabled(len(rows) in (1, 2) and all(r.run for r in rows))
        self.rename_button.setEnabled(one is not None and one.run is not None)
        self.notes_button.setEnabled(one is not None and one.run is not None)
        self.delete_button.setEnabled(bool(stored) and len(stored) == len(rows))

    # ---- actions ----------------------------------------------------------------------------
    def _emit_one(self, signal: Any) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            signal.emit(rows[0])

    @Slot()
    def _on_compare_clicked(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.compare_requested.emit(rows[0], None)
        elif len(rows) == 2:
            self.compare_requested.emit(rows[0], rows[1])

    @Slot()
    def _on_delete_clicked(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.delete_requested.emit(rows)

    @Slot(QModelIndex)
    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self._emit_one(self.rename_requested)

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        if not self.selected_rows():
            return
        menu = QMenu(self)
        for button in (self.continue_button, self.open_button, self.compare_button,
                       self.rename_button, self.notes_button, self.delete_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.exec(self.table.viewport().mapToGlobal(pos))
