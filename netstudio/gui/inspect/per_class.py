"""Per-class precision, recall and F1 with macro averages, as a sortable table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

COLUMNS = (QT_TRANSLATE_NOOP("PerClassTable", "Class"),
           QT_TRANSLATE_NOOP("PerClassTable", "Precision"),
           QT_TRANSLATE_NOOP("PerClassTable", "Recall"),
           QT_TRANSLATE_NOOP("PerClassTable", "F1"),
           QT_TRANSLATE_NOOP("PerClassTable", "Test images"))
TIPS = ("", QT_TRANSLATE_NOOP("PerClassTable", "Of the images the network called this class, "
                              "the share that really were."),
        QT_TRANSLATE_NOOP("PerClassTable", "Of the images of this class, the share the "
                          "network found."),
        QT_TRANSLATE_NOOP("PerClassTable", "The balance of precision and recall (their "
                          "harmonic mean)."), "")


class _Num(QTableWidgetItem):
    """Sorts by value, shows a rounded number."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0.0)


class PerClassTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        for i, tip in enumerate(TIPS):
            if tip:
                self.horizontalHeaderItem(i).setToolTip(self.tr(tip))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def set_report(self, report: object) -> None:
        """report: a TestReport (per_class, macro_precision/recall/f1)."""
        per_class = list(getattr(report, "per_class", ()))
        self.setSortingEnabled(False)
        self.setRowCount(len(per_class) + 1)
        for r, c in enumerate(per_class):
            self._row(r, c.name, c.precision, c.recall, c.f1, c.support)
        total = sum(c.support for c in per_class)
        self._row(len(per_class), self.tr("macro average"),
                  getattr(report, "macro_precision", 0.0) or 0.0,
                  getattr(report, "macro_recall", 0.0) or 0.0,
                  getattr(report, "macro_f1", 0.0) or 0.0, total, bold=True)
        self.setSortingEnabled(False)  # keep the average row last

    def _row(self, r: int, name: str, p: float, rc: float, f1: float, n: int,
             bold: bool = False) -> None:
        cells = [QTableWidgetItem(name), _Num(p, f"{p:.3f}"), _Num(rc, f"{rc:.3f}"),
                 _Num(f1, f"{f1:.3f}"), _Num(n, str(n))]
        for c, item in enumerate(cells):
            if bold:
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            self.setItem(r, c, item)
