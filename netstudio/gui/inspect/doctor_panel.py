"""The training doctor's findings: a card per problem with its one-click fixes, and marks on
the loss curve where each problem shows.

The panel only shows findings (frozen core values); the hub applies a fix as one undoable
edit when ``fix_requested`` fires.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netstudio.gui.inspect.explain_text import FINDING_TITLES, SEVERITY_COLOURS, core_tr
from netstudio.gui.inspect.explain_text import tr as text_tr


class FindingCard(QFrame):
    fix_clicked = Signal(object, object)  # Finding, Fix
    selected = Signal(object)  # Finding

    def __init__(self, finding: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        colour = SEVERITY_COLOURS.get(finding.severity, "#2563eb")
        self.setObjectName("findingCard")
        self.setStyleSheet(f"#findingCard {{ border-left: 4px solid {colour}; "
                           "padding-left: 6px; }")
        title = QLabel(f"<b>{text_tr(FINDING_TITLES.get(finding.code, finding.code))}</b>"
                       f" <span style='color:{colour}'>{self._severity()}</span>")
        where = [self.tr("layer {0}").format(finding.node) if finding.node else "",
                 self.tr("epoch {0}").format(finding.epoch) if finding.epoch else ""]
        place = QLabel(", ".join(w for w in where if w))
        place.setStyleSheet("color: palette(mid);")
        self.message = QLabel(core_tr(finding.message))
        self.message.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for fix in finding.fixes:
            button = QPushButton(core_tr(fix.text))
            button.setToolTip(self.tr("Apply this change to the project (one step: Ctrl+Z "
                                      "undoes it), then train again."))
            button.clicked.connect(lambda _=False, f=fix: self.fix_clicked.emit(self.finding, f))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(place)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def _severity(self) -> str:
        return {"error": self.tr("error"), "warning": self.tr("warning"),
                "info": self.tr("note")}.get(self.finding.severity, self.finding.severity)

    def mousePressEvent(self, event: Any) -> None:
        self.selected.emit(self.finding)
        super().mousePressEvent(event)


class DoctorPanel(QWidget):
    fix_requested = Signal(object, object)  # Finding, Fix
    finding_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: tuple[Any, ...] = ()
        self.cards: list[FindingCard] = []
        self._fixes_enabled = True
        self.header = QLabel(self.tr("The training doctor reads each run's own signals (the "
                                     "loss, the gap to validation, each layer's gradients and "
                                     "activations) and says what goes wrong and how to fix "
                                     "it. Train to get its advice."))
        self.header.setWordWrap(True)
        self.list = QWidget()
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)

    def set_findings(self, findings: Sequence[Any], final: bool = False) -> None:
        self.findings = tuple(findings)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for f in self.findings:
            card = FindingCard(f)
            card.fix_clicked.connect(self.fix_requested)
            card.selected.connect(self.finding_selected)
            for b in card.buttons:
                b.setEnabled(self._fixes_enabled)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        n = len(self.findings)
        if n:
            self.header.setText(self.tr("The training doctor found {0} problem(s) in this run. "
                                        "Click a fix to apply it, then train again.").format(n))
        elif final:
            self.header.setText(self.tr("The training doctor found no problem in this run."))
        else:
            self.header.setText(self.tr("The training doctor is watching this run: nothing "
                                        "wrong so far."))

    def clear(self) -> None:
        self.set_findings(())
        self.header.setText(self.tr("The training doctor reads each run's own signals (the "
                                    "loss, the gap to validation, each layer's gradients and "
                                    "activations) and says what goes wrong and how to fix "
                                    "it. Train to get its advice."))

    def set_fixes_enabled(self, enabled: bool) -> None:
        """Fixes change the project: not while a run holds it."""
        self._fixes_enabled = enabled
        for card in self.cards:
            for b in card.buttons:
                b.setEnabled(enabled)


class CurveMarks:
    """A labelled vertical line on a plot at each finding's step (or epoch)."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.items: list[Any] = []

    def clear(self) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []

    def show(self, findings: Sequence[Any], batches_per_epoch: int | None) -> None:
        self.clear()
        seen: set[tuple[float, str]] = set()
        for f in findings:
            x = position(f, batches_per_epoch)
            if x is None or (x, f.code) in seen:
                continue
            seen.add((x, f.code))
            colour = SEVERITY_COLOURS.get(f.severity, "#2563eb")
            height = 0.9 - 0.12 * (len(self.items) % 5)  # labels at one x do not overlap
            line = pg.InfiniteLine(pos=x, angle=90, movable=False,
                                   pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine),
                                   label=text_tr(FINDING_TITLES.get(f.code, f.code)),
                                   labelOpts={"position": height, "color": colour,
                                              "fill": (255, 255, 255, 210), "anchors":
                                              [(0, 0.5), (0, 0.5)]})
            line.finding = f  # type: ignore[attr-defined]
            self.plot.addItem(line)
            self.items.append(line)


def position(finding: Any, batches_per_epoch: int | None) -> float | None:
    """Where on the curves' x axis (epochs, fractional) a finding shows."""
    if finding.step and batches_per_epoch:
        return round(finding.step / batches_per_epoch, 4)
    if finding.epoch:
        return float(finding.epoch)
    return None
