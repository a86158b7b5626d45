"""Per-class precision, recall and F1, sortable by any column, with the macro averages under
the table (a row of its own would be sorted in among the classes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

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


class _Sorted(QTableWidgetItem):
    """Sorts by ``value`` (a number, or the class's position), shows ``text``."""

    def __init__(self, value: float, text: str, numeric: bool = True) -> None:
        super().__init__(text)
        self.value = value
        if numeric:
            self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.value < getattr(other, "value", 0.0)


class PerClassTable(QWidget):
    """The table (click a header to sort, again to reverse) and the averages line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        for i, tip in enumerate(TIPS):
            if tip:
                self.table.horizontalHeaderItem(i).setToolTip(self.tr(tip))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # by class until a header is clicked
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.average = QLabel()
        self.average.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.average)

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.average.setText("")

    def set_report(self, report: object) -> None:
        """report: a TestReport (per_class, macro_precision/recall/f1)."""
        per_class = list(getattr(report, "per_class", ()))
        self.table.setSortingEnabled(False)  # fill first, then sort once
        self.table.setRowCount(len(per_class))
        for r, c in enumerate(per_class):
            cells = [_Sorted(r, str(c.name), numeric=False),
                     _Sorted(c.precision, f"{c.precision:.3f}"),
                     _Sorted(c.recall, f"{c.recall:.3f}"), _Sorted(c.f1, f"{c.f1:.3f}"),
                     _Sorted(c.support, str(c.support))]
            for col, item in enumerate(cells):
                self.table.setItem(r, col, item)
        self.table.setSortingEnabled(True)
        total = sum(c.support for c in per_class)
        self.average.setText(self.tr("<b>Macro average</b> (every class counts the same): "
                                     "precision {0}, recall {1}, F1 {2} over {3} test images.")
                             .format(f"{getattr(report, 'macro_precision', 0.0) or 0.0:.3f}",
                                     f"{getattr(report, 'macro_recall', 0.0) or 0.0:.3f}",
                                     f"{getattr(report, 'macro_f1', 0.0) or 0.0:.3f}", total))
