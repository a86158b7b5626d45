"""Every run of the session: its settings, curves and final metrics; pick two to compare.

Runs are kept in memory and, when the project has a file, saved next to it as
``<project file>.runs.json`` (small: curves and numbers, no weights), so they come back when
the project is opened again.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.files import atomic_write
from netstudio.gui.training.series import Curves

MAX_SAVED = 50
# The run states the table shows (netstudio.core.train.events.Status values), translated.
STATUS_NAMES = (
    QT_TRANSLATE_NOOP("RunsPanel", "running"),
    QT_TRANSLATE_NOOP("RunsPanel", "finished"),
    QT_TRANSLATE_NOOP("RunsPanel", "stopped"),
    QT_TRANSLATE_NOOP("RunsPanel", "diverged"),
    QT_TRANSLATE_NOOP("RunsPanel", "failed"),
)


@dataclass
class RunRecord:
    number: int
    started: float
    settings: dict[str, Any]  # {"data": ..., "training": ...} as the run used them
    curves: Curves = field(default_factory=Curves)
    status: str = "running"
    message: str = ""
    metrics: dict[str, Any] = field(default_factory=dict)  # test accuracy, loss, seconds, ...

    @property
    def label(self) -> str:
        t = self.settings.get("training", {})
        return (f"#{self.number} {t.get('optimizer', '?')} lr={t.get('lr', '?')} "
                f"bs={t.get('batch_size', '?')}")

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "started": self.started, "settings": self.settings,
                "status": self.status, "message": self.message, "metrics": self.metrics,
                "curves": self.curves.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RunRecord:
        return cls(int(d.get("number", 0)), float(d.get("started", 0.0)),
                   dict(d.get("settings", {})), Curves.from_dict(d.get("curves", {})),
                   str(d.get("status", "")), str(d.get("message", "")),
                   dict(d.get("metrics", {})))


def runs_path(project_path: Path | None) -> Path | None:
    return None if project_path is None else Path(f"{project_path}.runs.json")


def load_runs(project_path: Path | None) -> list[RunRecord]:
    path = runs_path(project_path)
    if path is None or not path.is_file():
        return []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [RunRecord.from_dict(d) for d in raw.get("runs", [])]
    except (OSError, ValueError, TypeError, AttributeError):
        return []  # a damaged history is not worth an error: start a new one


def save_runs(project_path: Path | None, runs: list[RunRecord]) -> Path | None:
    path = runs_path(project_path)
    if path is None:
        return None
    text = json.dumps({"format": "netstudio-runs", "version": 1,
                       "runs": [r.to_dict() for r in runs[-MAX_SAVED:]]})
    try:
        atomic_write(path, text)
    except OSError:
        return None
    return path


def new_record(number: int, project_dict: dict[str, Any]) -> RunRecord:
    return RunRecord(number, time.time(), {"data": project_dict.get("data", {}),
                                           "training": project_dict.get("training", {})})


class RunsPanel(QWidget):
    """The run list. Selecting a run emits ``run_selected``; a second selected run is the
    comparison (``compare_selected``)."""

    run_selected = Signal(object)  # RunRecord | None
    compare_selected = Signal(object)  # RunRecord | None

    COLUMNS = (
        QT_TRANSLATE_NOOP("RunsPanel", "Run"),
        QT_TRANSLATE_NOOP("RunsPanel", "Status"),
        QT_TRANSLATE_NOOP("RunsPanel", "Test accuracy"),
        QT_TRANSLATE_NOOP("RunsPanel", "Epochs"),
        QT_TRANSLATE_NOOP("RunsPanel", "Test loss"),
        QT_TRANSLATE_NOOP("RunsPanel", "Time"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RunRecord] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        hint = QLabel(self.tr("Select a run to see its curves; select two (Ctrl+click) to "
                              "overlay the second one, dashed."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def set_runs(self, runs: list[RunRecord]) -> None:
        self.runs = list(runs)
        self._refill()

    def add(self, run: RunRecord) -> None:
        self.runs.append(run)
        self._refill()

    def update_run(self, run: RunRecord) -> None:
        self._refill()

    def select(self, *numbers: int) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r, run in enumerate(self.runs):
            if run.number in numbers:
                self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    def _refill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.runs))
        for r, run in enumerate(self.runs):
            m = run.metrics
            acc = m.get("test_accuracy")
            loss = m.get("test_loss")
            status = self.tr(run.status) if run.status in STATUS_NAMES else run.status
            cells = [run.label, status, "" if acc is None else f"{acc:.2%}",
                     str(m.get("epochs", "")),
                     "" if loss is None else f"{loss:.4f}",
                     "" if "seconds" not in m
                     else self.tr("{0} s").format(f"{m['seconds']:.0f}")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, run.number)
                if c == 1:
                    item.setToolTip(run.message)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)

    def selected_runs(self) -> list[RunRecord]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.runs[r] for r in rows if r < len(self.runs)]

    @Slot()
    def _on_selection_changed(self) -> None:
        chosen = self.selected_runs()
        self.run_selected.emit(chosen[0] if chosen else None)
        self.compare_selected.emit(chosen[1] if len(chosen) > 1 else None)
