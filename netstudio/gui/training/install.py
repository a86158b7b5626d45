"""Put training and inspection into the MainWindow: docks, a Train menu, File > Export.

Uses only what the window offers extensions (netstudio.gui.host.Host).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from netstudio.gui.export_menu import ExportMenu
from netstudio.gui.host import Host
from netstudio.gui.training.dashboard import TrainingDashboard


def install(window: Host) -> TrainingDashboard:
    """Add the training and inspection docks and actions; the window keeps the dashboard
    (MainWindow.training)."""
    dash = TrainingDashboard(window, window.as_widget())
    docks = {
        "training": _dock(window, "training",
                          QCoreApplication.translate("TrainingInstall", "Training"), dash.panel,
                          Qt.DockWidgetArea.RightDockWidgetArea),
        "dashboard": _dock(window, "dashboard",
                           QCoreApplication.translate("TrainingInstall", "Dashboard"),
                           _scrollable(dash.curves_widget),
                           Qt.DockWidgetArea.BottomDockWidgetArea),
        "inspect": _dock(window, "inspect",
                         QCoreApplication.translate("TrainingInstall", "Inspect"),
                         _scrollable(dash.inspector.tabs),
                         Qt.DockWidgetArea.BottomDockWidgetArea),
    }
    window.tabifyDockWidget(docks["dashboard"], docks["inspect"])
    docks["dashboard"].raise_()
    window.tabifyDockWidget(window.properties_dock, docks["training"])
    window.properties_dock.raise_()
    dash.docks = docks
    from netstudio.gui.inspect.explain_hub import install_explain

    install_explain(window, dash)  # the Explain dock, the doctor, the lr finder button
    window.selection_changed.connect(dash.inspector.select_nodes)
    actions = _TrainActions(window, dash)
    dash.actions = actions
    guard = _CloseGuard(window, dash)
    window.installEventFilter(guard)
    dash.close_guard = guard
    app = QApplication.instance()
    if app is not None:  # quitting by other means still stops the thread before Qt exits
        app.aboutToQuit.connect(dash.shutdown)
    for dock in docks.values():
        window.action_set.panels_menu.addAction(dock.toggleViewAction())
    from netstudio.gui.deploy.install import install_deploy

    dash.deploy = install_deploy(window, dash)
    window.action_set.panels_menu.addAction(dash.docks["deploy"].toggleViewAction())
    from netstudio.gui.tune.install import install_tune

    dash.tune = install_tune(window, dash)  # the Tune tab, next to Deploy
    return dash


def _scrollable(widget: QWidget) -> QScrollArea:
    """Let a tall panel scroll instead of forcing its minimum height on the canvas."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _dock(window: Host, name: str, title: str, widget: QWidget,
          area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, window.as_widget())
    dock.setObjectName(f"dock_{name}")
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


class _TrainActions(QObject):
    """The Train menu (Train F5, Pause F6, Step F7, Stop Shift+F5) and File > Export."""

    def __init__(self, window: Host, dash: TrainingDashboard) -> None:
        super().__init__(window.as_widget())
        self.window, self.dash = window, dash
        c = dash.controller
        self.train = self._action(self.tr("&Train"), dash.train, "F5")
        self.pause = self._action(self.tr("&Pause / Resume"), self._toggle_pause, "F6")
        self.step = self._action(self.tr("S&tep one batch"), c.step, "F7")
        self.stop = self._action(self.tr("&Stop"), c.stop, "Shift+F5")
        # File > Export (core.export.service): the last run's network when there is one
        self.exports = ExportMenu(window, self._trained_network)
        menu = window.menuBar().addMenu(self.tr("&Train"))
        menu.addActions([self.train, self.pause, self.step, self.stop])
        toolbar = window.action_set.toolbar  # one click to train, visible on the first screen
        toolbar.addSeparator()
        toolbar.addActions([self.train, self.stop])
        menu.addSeparator()
        menu.addMenu(self.exports.menu)
        file_menu, quit_action = window.action_set.file_menu, window.action_set.quit
        self.exports.install(file_menu,
                             quit_action if quit_action in file_menu.actions() else None)
        c.state_changed.connect(self._on_state_changed)
        self._on_state_changed(c.state)

    def _action(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        a = QAction(text, self.window.as_widget())
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        self.window.addAction(a)
        return a

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        docks = self.dash.docks
        if state == "starting" and docks:  # a run starts: show its progress and curves
            docks["training"].raise_()
            docks["dashboard"].raise_()
            # the curves need height more than the (read-only) canvas does while training
            height = max(docks["dashboard"].height(), int(self.window.height() * 0.42))
            self.window.resizeDocks([docks["dashboard"]], [height], Qt.Orientation.Vertical)
        live = state != "idle"
        self.train.setEnabled(not live)
        self.pause.setEnabled(state in ("running", "paused"))
        self.step.setEnabled(state in ("running", "paused"))
        self.stop.setEnabled(live and state != "stopping")

    @Slot()
    def _toggle_pause(self) -> None:
        c = self.dash.controller
        c.resume() if c.state == "paused" else c.pause()

    def _trained_network(self) -> Any:
        inspect = self.dash.inspector.model
        return inspect.model if inspect.trained else None


def restyle_plots(docks: Any) -> None:
    """Give every pyqtgraph view in ``docks`` the current palette's colours."""
    import pyqtgraph as pg

    from netstudio.gui.inspect.plot_style import style_widget

    for dock in docks:
        for view in dock.findChildren(pg.GraphicsView):
            style_widget(view)


class _CloseGuard(QObject):
    """Closing the window while training: ask, then stop the run and wait for its thread.
    Also repaints the plots in the new colours when the theme (the palette) changes."""

    def __init__(self, window: Host, dash: TrainingDashboard) -> None:
        super().__init__(window.as_widget())
        self.window, self.dash = window, dash

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.PaletteChange:
            restyle_plots(self.dash.docks.values())
        if obj is self.window and event.type() == QEvent.Type.Close and self.dash.busy:
            if self.window.interactive:
                answer = QMessageBox.question(
                    self.window.as_widget(), "netstudio",
                    self.tr("A training run is still going. Stop it and close?"))
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return True
            self.dash.shutdown()
        return False
