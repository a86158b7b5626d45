"""The spare tab bars Qt makes when dock widgets are tabified, kept hidden.

Forming a second tab group of docks (Properties | Training after Dashboard | Inspect) makes
QMainWindowLayout ask for the new group's bar re-entrantly: getTabBar() first retires unused
bars (updateTabBars), which walks the layout, meets the new group still without a bar and asks
getTabBar() again, two levels deep. A bar is made on each level and the group keeps the last;
the others belong to no group, so no layout ever moves them. On a window not yet shown they
are not hidden either (the children of a hidden window appear with it), so they stay where
the window's first layout put them, drawn over the Summary's rows. (Seen with plain PySide6
6.11: a QMainWindow, two docks tabified at the bottom, then two in the right area: 3 bars.)

Restoring a saved layout (restoreState, the second start) makes a new bar for every group and
leaves the old ones, still not hidden, where they were: the same picture.

``SpareTabBars.watch(made)`` is given the bars one tabify call made: all but the last are
spares; ``replaced(old)`` the bars a restored layout no longer uses. Spares are hidden at once
and again if a stale copy of the layout shows one, until Qt retires them (it empties a bar it
retires, and may hand it to a later tab group: then it is no longer a spare).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabBar


class SpareTabBars(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.spares: list[QTabBar] = []

    def watch(self, made: list[QTabBar]) -> None:
        """``made``: the tab bars one tabifyDockWidget call created, in creation order."""
        self._keep_hidden(made[:-1])  # the new group keeps the last one made

    def replaced(self, old: list[QTabBar]) -> None:
        """``old``: the bars in use before a layout was restored (each group got a new one)."""
        self._keep_hidden([bar for bar in old if bar.count()])

    def _keep_hidden(self, bars: list[QTabBar]) -> None:
        for bar in bars:
            if bar in self.spares:
                continue
            bar.hide()
            bar.installEventFilter(self)
            # Qt empties a bar it retires (its current tab becomes -1): free for later groups
            bar.currentChanged.connect(lambda index, b=bar: index < 0 and self._release(b))
            self.spares.append(bar)

    def _release(self, bar: QTabBar) -> None:
        if bar in self.spares:
            bar.removeEventFilter(self)
            self.spares.remove(bar)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and obj in self.spares:
            obj.hide()  # type: ignore[attr-defined]
        return False
