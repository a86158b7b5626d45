"""The Training dock: settings, Train / Pause / Stop / Step, progress, and a message banner."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netstudio.gui.training.controller import IDLE, PAUSED, RUNNING, STARTING, STOPPING
from netstudio.gui.training.settings_form import SettingsForm

BANNER_LEVELS = ("error", "warning", "ok", "info")  # styled per theme in resources/styles


def format_eta(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class TrainingPanel(QWidget):
    train_requested = Signal()
    pause_requested = Signal()
    resume_requested = Signal()
    stop_requested = Signal()
    step_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = IDLE
        self.form = SettingsForm()
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setToolTip(
            self.tr("Train the network on the dataset with these settings."))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.step_button = QPushButton(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Train exactly one batch, then update every view."))
        self.train_button.clicked.connect(self.train_requested)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.stop_button.clicked.connect(self.stop_requested)
        self.step_button.clicked.connect(self.step_requested)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setValue(0)  # not Qt's -1 (no text): 0% reads as a bar, not a text box
        self.progress.setFormat("%p%")
        self._last: tuple | None = None  # the latest show_batch arguments
        self._network_errors = False
        self.status = QLabel(self.tr("Ready to train."))
        # Two lines, wrapped, at a fixed height and an ignored width: the whole text shows,
        # and new text ~20 times a second never makes the dock lay itself out again.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.status.setFixedHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setContentsMargins(6, 4, 6, 4)

        buttons = QHBoxLayout()
        for b in (self.train_button, self.pause_button, self.stop_button, self.step_button):
            buttons.addWidget(b)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self.set_state(IDLE)

    # ---- state ------------------------------------------------------------------------------
    @Slot(str)
    def set_state(self, state: str) -> None:
        self.state = state
        live = state in (STARTING, RUNNING, PAUSED, STOPPING)
        self.train_button.setEnabled(not live)
        self.pause_button.setEnabled(state in (RUNNING, PAUSED))
        self.pause_button.setText(self.tr("Resume") if state == PAUSED else self.tr("Pause"))
        self.stop_button.setEnabled(state in (STARTING, RUNNING, PAUSED))
        self.step_button.setEnabled(state in (RUNNING, PAUSED))
        self.form.setEnabled(not live)
        if state == STARTING:
            self._last = None
            self.status.setText(self.tr("Loading the data and building the network..."))
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("starting"))
        elif state == STOPPING:
            self.status.setText(self.tr("Stopping after this batch..."))
        else:
            self._show_status()

    def set_network_errors(self, errors: bool) -> None:
        """The check found errors: say so instead of "Ready to train."."""
        self._network_errors = bool(errors)
        if self.state == IDLE:
            self._show_status()

    def _show_status(self) -> None:
        """The status line for the current state and the latest batch report."""
        last = self._last
        if self.state == IDLE and self._network_errors:
            text = self.tr("Fix the errors listed in Problems to train.")
        elif last is None:
            text = self.tr("Ready to train.") if self.state == IDLE else ""
            if self.state == PAUSED:
                text = self.tr(" (paused)").strip()
        elif self.state == RUNNING:
            epoch, epochs, batch, batches, sps, eta = last
            text = self.tr("Epoch {0}/{1}, batch {2}/{3} · {4} samples/s · ETA {5}").format(
                epoch, epochs, batch, batches, f"{sps:,.0f}", format_eta(eta))
        else:  # paused, or the run is over: where it is, no time left to wait for
            epoch, epochs, batch, batches, sps, _ = last
            text = self.tr("Epoch {0}/{1}, batch {2}/{3} · {4} samples/s").format(
                epoch, epochs, batch, batches, f"{sps:,.0f}")
            if self.state == PAUSED:
                text += self.tr(" (paused)")  # the space belongs to the language
        self.status.setText(text)

    @Slot()
    def _on_pause_clicked(self) -> None:
        if self.state == PAUSED:
            self.resume_requested.emit()
        else:
            self.pause_requested.emit()

    # ---- progress ---------------------------------------------------------------------------
    def show_batch(self, epoch: int, epochs: int, batch: int, batches: int,
                   samples_per_second: float, eta_seconds: float) -> None:
        done = ((epoch - 1) + batch / max(1, batches)) / max(1, epochs)
        self.progress.setValue(int(done * 1000))
        self.progress.setFormat(self.tr("epoch {0}/{1}  {2}").format(epoch, epochs, f"{done:.0%}"))
        if self.state == PAUSED and self._last is not None:
            # a Step's batch: its rate counts one batch's time, not the run's; keep the old
            samples_per_second = self._last[4]
        self._last = (epoch, epochs, batch, batches, samples_per_second, eta_seconds)
        if self.state != STOPPING:
            self._show_status()

    def show_banner(self, text: str, level: str = "info") -> None:
        self.banner.setProperty("level", level if level in BANNER_LEVELS else "info")
        self.banner.style().unpolish(self.banner)  # the theme's colours for this level
        self.banner.style().polish(self.banner)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def reset_progress(self) -> None:
        """Nothing run yet (another project was opened): no progress or banner of an old run."""
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self._last = None
        self._show_status()
        self.clear_banner()

    def clear_banner(self) -> None:
        self.banner.setVisible(False)
        self.banner.setText("")
