"""After a crash, one question for everything the last session left behind.

A session that did not close normally can leave an automatic backup of unsaved changes
(gui/autosave.py) and the training runs of an untitled project (gui/training/run_stores.py).
At start-up the window first shows the project it opens, then asks once: what was found, and
what Restore, Discard and Later each do. Each part of the app that keeps something registers
a finder; a finder returns a ``Leftover`` (or None when it has nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

RESTORE, DISCARD, LATER = "restore", "discard", "later"


@dataclass(frozen=True)
class Leftover:
    """One thing a crashed session kept: a sentence saying what, and the two ways to end it
    (Later does nothing: it stays for the next start)."""

    text: str
    restore: Callable[[], None]
    discard: Callable[[], None]


Finder = Callable[[], "Leftover | None"]
Ask = Callable[[list[str]], str]


class CrashRecovery(QObject):
    def __init__(self, parent: QWidget, interactive: bool) -> None:
        super().__init__(parent)
        self._parent = parent
        self._interactive = interactive
        self._finders: list[Finder] = []
        self.ask: Ask = self._ask  # replaceable in tests: (sentences) -> RESTORE/DISCARD/LATER

    def add_finder(self, finder: Finder) -> None:
        """Finders run in the order added; Restore restores in that order too (the backup
        of the network before the runs that belong to it)."""
        self._finders.append(finder)

    def offer(self) -> str:
        """Ask about whatever was left; returns the answer, or "" when nothing was."""
        found = [left for left in (find() for find in self._finders) if left is not None]
        if not found:
            return ""
        answer = self.ask([left.text for left in found])
        for left in found:
            if answer == RESTORE:
                left.restore()
            elif answer == DISCARD:
                left.discard()
        return answer

    def question(self, texts: list[str]) -> tuple[str, str]:
        """The dialog's text and its explanation of the three buttons."""
        kept = "\n".join(f"• {t}" for t in texts)
        return (self.tr("netstudio did not close normally. It kept:\n%1").replace("%1", kept),
                self.tr("Restore: open them again, as unsaved work.\n"
                        "Discard: delete them.\n"
                        "Later: keep them and ask again at the next start."))

    def _ask(self, texts: list[str]) -> str:
        if not self._interactive:
            return LATER
        text, info = self.question(texts)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Recover after a crash?"), text,
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText(info)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        return RESTORE if clicked is restore else DISCARD if clicked is discard else LATER
