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

BANNER_STYLES = {
    "error": "background:#fde8e8;color:#9b1c1c;border:1px solid #f8b4b4;",
    "warning": "background:#fdf6b2;color:#723b13;border:1px solid #faca15;",
    "ok": "background:#def7ec;color:#03543f;border:1px solid #84e1bc;",
    "info": "background:#e1effe;color:#1e429f;border:1px solid #a4cafe;",
}


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
        self.status = QLabel(self.tr("Ready to train."))
        # No word wrap and an ignored width: new text ~20 times a second must not make the
        # dock (and so the whole window) lay itself out again.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.banner = QLabel()
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
            self.status.setText(self.tr("Loading the data and building the network..."))
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("starting"))
        elif state == STOPPING:
            self.status.setText(self.tr("Stopping after this batch..."))
        elif state == IDLE and self.status.text() == self.tr("Stopping after this batch..."):
            self.status.setText(self.tr("Ready to train."))  # the banner says how it ended
        elif state == PAUSED:
            suffix = self.tr(" (paused)")  # the space belongs to the language
            self.status.setText(self.status.text().split(suffix)[0] + suffix)

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
        self.status.setText(self.tr("Epoch {0}/{1}, batch {2}/{3} · {4} samples/s · ETA {5}")
                            .format(epoch, epochs, batch, batches, f"{samples_per_second:,.0f}",
                                    format_eta(eta_seconds)))
        if self.state == PAUSED:  # a Step's batch: the run is still paused
            self.status.setText(self.status.text() + self.tr(" (paused)"))

    def show_banner(self, text: str, level: str = "info") -> None:
        self.banner.setStyleSheet(BANNER_STYLES.get(level, BANNER_STYLES["info"])
                                  + "border-radius:4px;padding:4px;")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def reset_progress(self) -> None:
        """Nothing run yet (another project was opened): no progress or banner of an old run."""
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        self.status.setText(self.tr("Ready to train."))
        self.clear_banner()

    def clear_banner(self) -> None:
        self.banner.setVisible(False)
        self.banner.setText("")
