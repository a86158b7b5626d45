"""The welcome shown on the first start (and from Help > Welcome): open the tutorial sample,
start a new network, open a file, or take the one-minute tour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from netstudio.gui import settings as app_settings

SHOWN_KEY = "welcome/shown"


def first_start() -> bool:
    return not app_settings.settings().value(SHOWN_KEY, False, type=bool)


class WelcomeDialog(QDialog):
    """Four ways to begin; ``chosen`` says which ("sample", "new", "open", "tour")."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to netstudio"))
        intro = QLabel(self.tr("<h2>Welcome to netstudio</h2>"
                               "<p>Build a neural network from layers, train it on handwritten "
                               "digits, and look inside it while it learns.</p>"))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for key, title, detail in (
                ("sample", self.tr("Open the tutorial network"),
                 self.tr("A small CNN for MNIST digits, ready to train (F5).")),
                ("new", self.tr("Start a new network"),
                 self.tr("Input → Flatten → Linear: it trains already; add layers between.")),
                ("open", self.tr("Open a file…"), self.tr("A .nsproj.json project.")),
                ("tour", self.tr("Take the one-minute tour"),
                 self.tr("Six stops: layers, canvas, shapes, Train, feature maps, drawing."))):
            button = QCommandLinkButton(title, detail)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            layout.addWidget(button)
            self.buttons[key] = button
        self.again = QCheckBox(self.tr("Show this at start"))
        self.again.setChecked(False)
        layout.addWidget(self.again)
        self.buttons["sample"].setDefault(True)
        self.setMinimumWidth(480)

    def _choose(self, key: str) -> None:
        self.chosen.emit(key)
        self.accept()

    def done(self, result: int) -> None:  # closing any way counts as seen
        app_settings.settings().setValue(SHOWN_KEY, not self.again.isChecked())
        super().done(result)
