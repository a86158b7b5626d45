"""The learning-rate finder in the app: a "Find..." button beside the learning rate that runs
the range test (netstudio.core.explain.lr_find) in the background and plots loss against
learning rate, with the suggestion marked and a button to use it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netstudio.gui.inspect.explain_jobs import JobRunner
from netstudio.gui.inspect.plot_style import style_widget

STEPS = 150


class LRFindDialog(QDialog):
    """Runs the test when shown; ``lr_chosen(lr)`` when the learner takes the suggestion."""

    lr_chosen = Signal(float)

    def __init__(self, job: Callable[..., Any], parent: QWidget | None = None,
                 points: list[tuple[float, float]] | None = None) -> None:
        super().__init__(parent)
        self.points = points if points is not None else []  # (lr, loss), filled by the job
        self.setWindowTitle(self.tr("Find a learning rate"))
        self.job = job
        self.result: Any = None
        self.runner = JobRunner("lr-find", parent=self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.stopped.connect(self._on_stopped)
        self.note = QLabel(self.tr("The network trains for up to {0} batches while the learning "
                                   "rate grows from 0.0000001 to 10. The loss first stays flat "
                                   "(too small to learn), then falls, then blows up (too "
                                   "large). A good rate sits where it falls fastest.")
                           .format(STEPS))
        self.note.setWordWrap(True)
        self.plot = pg.PlotWidget()
        self.plot.setLogMode(x=True, y=False)
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)  # 0.001, not "1 (x0.001)"
        self.plot.setLabel("bottom", self.tr("learning rate"))
        self.plot.setLabel("left", self.tr("loss"))
        self.plot.setMenuEnabled(False)
        self.raw = self.plot.plot(pen=pg.mkPen((37, 99, 235, 70)))
        self.smooth = self.plot.plot(pen=pg.mkPen("#2563eb", width=2))
        self.mark = pg.InfiniteLine(angle=90, movable=False,
                                    pen=pg.mkPen("#16a34a", width=2, style=Qt.PenStyle.DashLine))
        self.mark.setVisible(False)
        self.plot.addItem(self.mark)
        style_widget(self.plot)
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.answer = QLabel("")
        self.answer.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use it"))
        self.use_button.setEnabled(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        close = QPushButton(self.tr("Close"))
        self.use_button.clicked.connect(self._on_use)
        self.stop_button.clicked.connect(self.runner.stop)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.answer)
        layout.addLayout(buttons)
        self.resize(560, 420)

    def start(self) -> None:
        self.answer.setText(self.tr("Training with growing learning rates..."))
        self.runner.submit(self.job)

    def done(self, code: int) -> None:  # closing stops the test
        self.runner.shutdown()
        super().done(code)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, _phase: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        live = list(self.points)  # a copy: the job's thread keeps appending
        if live:
            lrs, losses = zip(*live, strict=True)
            self.raw.setData(np.asarray(lrs), _finite(losses))

    @Slot(int, object)
    def _on_finished(self, _job: int, result: Any) -> None:
        self.result = result
        self.stop_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        lrs = np.asarray(result.lrs, np.float64)
        self.raw.setData(lrs, _finite(result.losses))
        smoothed = _finite(result.smoothed)
        self.smooth.setData(lrs, smoothed)
        finite = smoothed[np.isfinite(smoothed)]
        if finite.size:  # the blow-up at the end must not flatten the interesting part
            self.plot.setYRange(float(finite.min()) * 0.9, float(finite[0]) * 1.4)
        if result.suggested_lr is not None:
            self.mark.setPos(np.log10(result.suggested_lr))
            self.mark.setVisible(True)
            self.use_button.setEnabled(True)
            self.use_button.setText(self.tr("Use {0}").format(f"{result.suggested_lr:.2g}"))
            self.answer.setText(self.tr("Suggested learning rate: <b>{0}</b> (green line), "
                                        "where the loss falls fastest.")
                                .format(f"{result.suggested_lr:.2g}"))
        else:
            self.answer.setText(self.tr("No learning rate to suggest: the loss never went down. "
                                        "Check the network and the data."))

    @Slot(int, str)
    def _on_failed(self, _job: int, message: str) -> None:
        self.stop_button.setEnabled(False)
        self.answer.setText(self.tr("The range test could not run: {0}").format(message))

    @Slot(int)
    def _on_stopped(self, _job: int) -> None:
        self.stop_button.setEnabled(False)
        self.answer.setText(self.tr("Stopped."))

    @Slot()
    def _on_use(self) -> None:
        if self.result is not None and self.result.suggested_lr is not None:
            self.lr_chosen.emit(float(f"{self.result.suggested_lr:.2g}"))
            self.accept()


def _finite(values: Any) -> np.ndarray:
    a = np.asarray(values, np.float64)
    return np.where(np.isfinite(a), a, np.nan)


def install_lr_button(form: QWidget, on_click: Callable[[], None]) -> QPushButton | None:
    """Put a "Find..." button right of the form's learning-rate field (the form keeps its
    field; only the row's layout changes). Returns the button, or None if there is no field."""
    field = getattr(form, "lr", None) or form.findChild(QDoubleSpinBox, "training.lr")
    layout = form.layout()
    if field is None or not isinstance(layout, QFormLayout):
        return None
    row, _role = layout.getWidgetPosition(field)
    if row < 0:
        return None
    taken = layout.takeRow(row)  # the label and the field stay alive
    label_widget = taken.labelItem.widget() if taken.labelItem is not None else None
    box = QWidget()
    box.setObjectName("lr_find_row")
    h = QHBoxLayout(box)
    h.setContentsMargins(0, 0, 0, 0)
    h.addWidget(field, 1)
    button = QPushButton(QCoreApplication.translate("LRFindDialog", "Find..."))
    button.setObjectName("lr_find_button")
    button.setToolTip(QCoreApplication.translate(
        "LRFindDialog", "Run the learning-rate range test and suggest a rate."))
    button.clicked.connect(on_click)
    # as wide as its text, not the style's 80 px: the row must fit the 340-px Training dock
    # of a 1280x720 window without a sideways scroll bar
    button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 16)
    h.addWidget(button)
    layout.insertRow(row, label_widget, box)
    return button
