"""The bottom panels (Problems, Dashboard, Inspect) share one tab group under the canvas.

On a small screen (1280x720) they must stay readable without squeezing the canvas away: the
panel brought to the front gets at least a usable height (USABLE of the window for the curves
and views, a seventh for Problems, a list of a few lines), also after a layout restored from
a session where it was dragged small. For a closer look, View > Maximize Bottom Panel (Ctrl+Shift+M), or a double-click on
one of their tabs, gives the panel in front nearly the whole height; the same again puts it
back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
CANVAS_LEFT = 80  # px of canvas kept while maximised: the network stays in sight
USABLE = 0.42  # share of the window height the curves and inspect views get at least
MIN_PANEL = 150  # px, whatever the window
MIN_CANVAS = 220  # px of canvas the least height never takes away
# Problems is a list of a few lines: a 150-px box saying "No problems found." took the
# canvas's room at 1280x720
PROBLEMS_SHARE = 0.14
MIN_PROBLEMS = 96


class BottomPanel(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._restore: dict[QDockWidget, int] | None = None
        self._watched: set[int] = set()

    @property
    def maximized(self) -> bool:
        return self._restore is not None

    def front_docks(self) -> list[QDockWidget]:
        """The bottom docks on screen now (the tab in front of each group)."""
        return [d for d in self.w.findChildren(QDockWidget)
                if not d.isFloating() and d.isVisible() and not d.visibleRegion().isEmpty()
                and self.w.dockWidgetArea(d) == BOTTOM]

    def toggle(self) -> bool:
        """Maximize the bottom panel, or restore it; returns whether it is maximized now."""
        if self._restore is not None:
            restore, self._restore = self._restore, None
            docks = [d for d in restore if d.isVisible()]
            if docks:
                self.w.resizeDocks(docks, [restore[d] for d in docks], Qt.Orientation.Vertical)
            return False
        front = self.front_docks()
        if not front:
            return False
        self._restore = {d: d.height() for d in front}
        grow = max(0, self.w.centralWidget().height() - CANVAS_LEFT)
        self.w.resizeDocks(front, [d.height() + grow for d in front], Qt.Orientation.Vertical)
        return True

    def ensure_usable(self, extra: int = 0) -> None:
        """Give each bottom panel in front at least its usable height (not while maximized:
        that one is taller already)."""
        if self._restore is not None:
            return
        for dock in self.front_docks():
            problems = dock is getattr(self.w, "diagnostics_dock", None)
            share, floor = (PROBLEMS_SHARE, MIN_PROBLEMS) if problems else (USABLE, MIN_PANEL)
            room = dock.height() + self.w.centralWidget().height() - MIN_CANVAS
            least = min(max(floor, int(self.w.height() * share)), max(floor, room))
            if dock.height() < least:
                self.w.resizeDocks([dock], [least + extra], Qt.Orientation.Vertical)
                if not extra:  # the size given includes the tab bar: correct once laid out
                    QTimer.singleShot(0, self, lambda d=dock, h=least:
                                      self.ensure_usable(max(0, h - d.height())))

    def watch_tabs(self) -> None:
        """Double-clicking a bottom tab toggles too (called when docks are tabified)."""
        for bar in self.w.findChildren(QTabBar):
            if bar.parent() is self.w and id(bar) not in self._watched:
                self._watched.add(id(bar))
                bar.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.MouseButtonDblClick and isinstance(obj, QTabBar)
                and obj.geometry().top() >= self.w.centralWidget().geometry().bottom()):
            self.toggle()
            return True
        return False
