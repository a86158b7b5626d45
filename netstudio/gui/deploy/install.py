"""Add the Deploy tab to the main window, next to Inspect.

It follows the run selected in the run list, sends the Draw tab's drawings to the running
server and shows the served answer under the pad, adds File > Export bundle..., and stops the
server and its threads when the app quits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
)

from netstudio.gui.deploy.panel import DeployPanel
from netstudio.gui.host import Host

if TYPE_CHECKING:
    from netstudio.gui.training.dashboard import TrainingDashboard


def run_folder(row: Any) -> Path | None:
    """The folder of a run-table row (gui/training/runs.py RunRow) whose run has weights."""
    run = getattr(row, "run", None)
    if run is None or getattr(row, "live", False) or run.status not in ("finished", "stopped"):
        return None
    return Path(run.path)


def install_deploy(window: Host, dash: TrainingDashboard) -> DeployPanel:
    """The Deploy tab beside Inspect (the dashboard keeps the panel: ``dash.deploy``)."""
    panel = DeployPanel(interactive=window.interactive)
    dock = QDockWidget(QCoreApplication.translate("DeployInstall", "Deploy"), window.as_widget())
    dock.setObjectName("dock_deploy")
    # scrolls rather than imposing its height on the dock area it shares with Inspect
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(panel)
    dock.setWidget(area)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(dash.docks["inspect"], dock)
    dash.docks["deploy"] = dock
    glue = _DeployGlue(window, dash, panel)
    panel.glue = glue
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(panel.shutdown)
    return panel


class _DeployGlue(QObject):
    def __init__(self, window: Host, dash: TrainingDashboard, panel: DeployPanel) -> None:
        super().__init__(window.as_widget())
        self.window, self.panel, self.dash = window, panel, dash
        # a confirmed close (not one the unsaved-changes or training question cancels) stops
        # the server process and the threads
        window.about_to_close.connect(panel.shutdown)
        dash.runs_panel.selection_changed.connect(self._on_runs_selected)
        draw = dash.inspector.draw
        draw.digit_ready.connect(panel.send_drawing)
        self.answer = QLabel()
        draw.add_footer(self.answer)
        panel.served_answer_changed = self.answer.setText
        panel.server.stopped.connect(self._on_server_stopped)
        panel.server.failed.connect(self._on_server_stopped)
        self.export_onnx = QAction(self.tr("Selected run as &ONNX..."), window.as_widget())
        self.export_onnx.triggered.connect(self.export_onnx_dialog)
        self.export_program = QAction(self.tr("Selected run as torch.e&xport..."),
                                      window.as_widget())
        self.export_program.triggered.connect(self.export_program_dialog)
        self.export_bundle = QAction(self.tr("Selected run as &bundle (model + server)..."),
                                     window.as_widget())
        self.export_bundle.triggered.connect(self.export_bundle_dialog)
        self.run_exports = [self.export_onnx, self.export_program, self.export_bundle]
        # beside the canvas network's exports in File > Export, below a line: one place to
        # look, and no two entries that read alike
        menu = window.as_widget().findChild(QMenu, "menu_export")
        if menu is None:  # no training menu (a reduced window): the File menu itself
            menu = window.action_set.file_menu
        menu.addSeparator()
        menu.addActions(self.run_exports)
        menu.aboutToShow.connect(self._update_run_exports)
        self.export_menu = menu

    @Slot()
    def _update_run_exports(self) -> None:
        shown = self.panel.run_dir is not None
        tip = "" if shown else self.tr("Select a finished run in the run list first (its "
                                       "trained network is what these export).")
        for action in self.run_exports:
            action.setEnabled(shown)
            action.setToolTip(tip)
        self.export_menu.setToolTipsVisible(not shown)  # only the reason they are greyed out

    @Slot(list)
    def _on_runs_selected(self, rows: list[Any]) -> None:
        folder = run_folder(rows[0]) if rows else None
        if folder is not None:
            self.panel.set_run(folder)

    @Slot()
    def _on_server_stopped(self, *args: Any) -> None:
        self.answer.setText("")

    @Slot()
    def export_onnx_dialog(self) -> None:
        self._export_dialog("onnx", ".onnx", self.tr("ONNX model (*.onnx)"))

    @Slot()
    def export_program_dialog(self) -> None:
        self._export_dialog("torch_export", ".pt2", self.tr("torch.export program (*.pt2)"))

    def _export_dialog(self, fmt: str, suffix: str, filters: str) -> None:
        run_dir = self.panel.run_dir
        if run_dir is None:
            self.window.show_status(self.tr("Select a stored run in the Deploy tab first."))
            return
        path, _ = QFileDialog.getSaveFileName(self.window.as_widget(),
                                              self.tr("Export the run's network"),
                                              str(Path.home() / (run_dir.name + suffix)),
                                              filters)
        if path and not self.panel.export_run(fmt, Path(path)):
            self.window.show_status(self.tr("The Deploy tab is busy; try again when it is done."))

    @Slot()
    def export_bundle_dialog(self) -> None:
        if self.panel.run_dir is None:
            self.window.show_status(self.tr("Select a stored run in the Deploy tab first."))
            return
        name = f"{self.panel.run_dir.name}-bundle"
        folder = QFileDialog.getExistingDirectory(
            self.window.as_widget(),
            self.tr("Folder for the bundle (an empty folder, or one to make {0} in)").format(name))
        if folder and not self.panel.export_bundle(bundle_target(Path(folder), name)):
            self.window.show_status(self.tr("The Deploy tab is busy; try again when it is done."))


def bundle_target(chosen: Path, name: str) -> Path:
    """The chosen folder itself when it is empty (made for the bundle), else a new folder
    ``name`` inside it."""
    try:
        empty = chosen.is_dir() and not any(chosen.iterdir())
    except OSError:
        empty = False
    return chosen if empty else chosen / name
