"""The main window: palette | canvas | properties, with diagnostics and summary docks.

What it offers the extensions that plug into it (the training and inspection panels) is the
typed interface netstudio.gui.host.Host; ``training`` holds the training dashboard once
installed (None when the panels could not be loaded).
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar, QWidget

from netstudio.core.checks.incremental import Checker
from netstudio.core.project import Project
from netstudio.gui import resources
from netstudio.gui import settings as app_settings
from netstudio.gui.actions import build_actions
from netstudio.gui.autosave import Autosaver
from netstudio.gui.bottom_panel import MIN_PROBLEMS, PROBLEMS_SHARE, BottomPanel
from netstudio.gui.bridge import GraphBridge
from netstudio.gui.canvas.adding import LayerAdder
from netstudio.gui.canvas.block_actions import BlockActions
from netstudio.gui.canvas.bulk import collector_paused
from netstudio.gui.canvas.context_menu import CanvasMenus
from netstudio.gui.canvas.editor import GraphEditor
from netstudio.gui.canvas.layout import auto_layout
from netstudio.gui.canvas.navigation import Navigation
from netstudio.gui.canvas.scene import GraphScene
from netstudio.gui.canvas.view import GraphView
from netstudio.gui.crash_recovery import CrashRecovery
from netstudio.gui.dock_tabs import SpareTabBars
from netstudio.gui.file_ops import FileOps
from netstudio.gui.help_browser import show_help
from netstudio.gui.importing.ops import ImportOps
from netstudio.gui.panels.diagnostics import DiagnosticsPanel
from netstudio.gui.panels.palette import PaletteWidget
from netstudio.gui.panels.properties import PropertiesPanel
from netstudio.gui.panels.summary import SummaryPanel
from netstudio.gui.tour import Tour
from netstudio.gui.welcome import WelcomeDialog, first_start

if TYPE_CHECKING:
    from netstudio.gui.training.dashboard import TrainingDashboard

_LAYOUT_VERSION = 2  # bump when the docks change, so old saved layouts are not applied


class MainWindow(QMainWindow):
    project_changed = Signal(object)
    analysis_updated = Signal(object)
    selection_changed = Signal(list)
    about_to_close = Signal()  # the user confirmed closing: stop runs, join threads
    project_saved = Signal(object, object)  # old path (None: was untitled), new path

    def __init__(self, interactive: bool = True, extensions: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interactive = interactive  # False: never block on dialogs (screenshots, tests)
        self.setObjectName("MainWindow")
        self.setDockNestingEnabled(True)
        self.undo_stack = QUndoStack(self)
        self.editor = GraphEditor(self.undo_stack, self)
        self.bridge = GraphBridge(self)
        self.scene = GraphScene(self.bridge, self.editor, self)
        self.view = GraphView(self.scene)
        self.view.empty_hint = self.tr("Drag layers here from the palette on the left.")
        self.setCentralWidget(self.view)
        self._analysis = None
        self.checker = Checker()  # re-checks only what an edit changed
        self._read_only = False
        self._shown_once = False
        self._layout_restored = False
        self._tour: Tour | None = None
        self._spare_tab_bars = SpareTabBars(self)

        self.palette = PaletteWidget(self)
        self.properties = PropertiesPanel(self.editor, self)
        self.diagnostics = DiagnosticsPanel(self)
        self.summary = SummaryPanel(self)
        self.palette_dock = self._dock("palette", self.tr("Layers"), self.palette,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock("properties", self.tr("Properties"), self.properties,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.summary_dock = self._dock("summary", self.tr("Summary"), self.summary,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.diagnostics_dock = self._dock("diagnostics", self.tr("Problems"), self.diagnostics,
                                           Qt.DockWidgetArea.BottomDockWidgetArea)
        # Side panels run full height; the problems list sits under the canvas only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.resizeDocks([self.palette_dock, self.properties_dock], [220, 300],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.diagnostics_dock], [120], Qt.Orientation.Vertical)
        self.bottom = BottomPanel(self)
        self.resizeDocks([self.properties_dock, self.summary_dock], [560, 200],
                         Qt.Orientation.Vertical)

        # Shape inference after edits: a zero-delay single shot coalesces a burst of graph
        # events (a paste, an undo of a macro) into one analysis.
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(0)
        self._analysis_timer.timeout.connect(self.run_analysis)
        self.bridge.structure_changed.connect(self._analysis_timer.start)
        self.autosaver = Autosaver(lambda: self.project, self.undo_stack.isClean, self)
        self.undo_stack.indexChanged.connect(lambda _i: self.autosaver.schedule())
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

        self.adder = LayerAdder(self)
        self.menus = CanvasMenus(self)
        self.palette.layer_activated.connect(self.adder.after_selection)
        self.palette.menu_requested.connect(self.menus.popup_palette)
        self.view.layer_dropped.connect(self.add_layer_at)
        self.view.layer_dropped_on_edge.connect(
            lambda layer_type, edge, _pos: self.adder.into(layer_type, edge))
        self.view.context_requested.connect(self.menus.popup)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.scene.status_message.connect(self.show_status)
        self.diagnostics.node_requested.connect(self.focus_node)
        self.bridge.params_changed.connect(self._on_graph_params_changed)
        # the layer the properties show went (removing a selected card also tells the
        # selection): not once per layer when thousands go
        self.bridge.node_removed.connect(lambda n: self._on_scene_selection_changed()
                                         if n.id == self.properties.node_id else None)

        # Children are deleted after ``destroyed``; silence the ones whose teardown emits
        # (QUndoStack.clear, scene.clear) so no slot runs against a half-deleted window.
        quiet = (self.undo_stack, self.scene, self.bridge)
        self.destroyed.connect(lambda *_: [o.blockSignals(True) for o in quiet])

        self.recovery = CrashRecovery(self, interactive)  # before the parts that add finders
        self.files = FileOps(self)
        self.importer = ImportOps(self)
        self.action_set = build_actions(self)
        self.navigation = Navigation(self)
        self.blocks = BlockActions(self)
        self.scene.node_double_clicked.connect(self._on_scene_node_double_clicked)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.resize(QSize(1360, 860))
        self.set_project(Project())
        self.training: TrainingDashboard | None = None  # the training and inspection panels
        if extensions:
            self._install_training()

    # ---- public API ----------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self.editor.project

    @property
    def analysis(self):  # noqa: ANN201 - netstudio.core.analysis.Analysis | None
        return self._analysis

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Lock the graph (while a training run is live): the canvas refuses edits."""
        self._read_only = bool(read_only)
        self.editor.read_only = self._read_only
        self.scene.set_read_only(self._read_only)
        self.properties.set_read_only(self._read_only)
        self.palette.setEnabled(not self._read_only)
        self.action_set.update_enabled()
        if self._read_only:
            self.show_status(self.editor.locked_reason())

    @collector_paused  # thousands of items: no collector rounds while they are made
    def set_project(self, project: Project, modified: bool = False) -> None:
        """Show ``project`` (after New/Open/restore); the undo history starts over."""
        graph = project.graph
        missing = [n for n in graph.nodes.values() if n.pos is None]
        if missing:  # a file without positions: lay it out (before the canvas sees it)
            placed = auto_layout(graph, direction="LR" if project.graph_extra.get(
                "direction") == "LR" else "TB")
            for node in missing:
                node.pos = placed[node.id]
        old = self.editor.project
        old.settings_changed.disconnect(self._analysis_timer.start)
        self.editor.project = project
        project.settings_changed.connect(self._analysis_timer.start)
        self.bridge.attach(graph)
        self.undo_stack.clear()
        self.scene.load(graph)
        self.properties.show_node(None)
        if modified:
            self.undo_stack.resetClean()
        self.update_title()
        self.run_analysis()
        self.project_changed.emit(project)
        # A network too tall to show readably opens at its first error, if it has one.
        errors = [d.node for d in getattr(self._analysis, "diagnostics", ())
                  if d.severity == "error" and d.node in self.scene.nodes]
        self.view.request_fit(self.scene.nodes[errors[0]].sceneBoundingRect() if errors
                              else None)

    def run_analysis(self) -> None:
        self._analysis_timer.stop()
        try:
            analysis = self.checker.analyze(self.project)
        except Exception as e:  # analyze never raises by contract; keep the editor alive
            traceback.print_exc(file=sys.stderr)
            self.show_status(self.tr("Shape check failed: %1").replace("%1", str(e)))
            return
        self._analysis = analysis
        self.scene.apply_analysis(analysis)
        self.properties.set_analysis(analysis)
        self.diagnostics.set_analysis(analysis, self.project.graph)
        self.summary.set_analysis(analysis, len(self.project.graph))
        self.analysis_updated.emit(analysis)

    def focus_node(self, node_id: str) -> None:
        """Select a node and centre the view on it (diagnostics, inspection)."""
        item = self.scene.nodes.get(node_id)
        if item is None:
            return
        self.scene.select_nodes([node_id])
        self.view.centerOn(item)

    def add_layer_at(self, layer_type: str, pos: QPointF) -> str | None:
        """What a drop from the palette does: add ``layer_type`` centred on ``pos``."""
        return self.adder.at(layer_type, pos)

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def update_title(self) -> None:
        name = self.project.name or self.tr("Untitled")
        path = self.project.path
        where = ""
        if path is not None and path.name.split(".")[0] != name:
            where = f" — {path.name}"
        self.setWindowTitle(f"{name}{where}[*] — netstudio")
        self.setWindowFilePath(str(path) if path else "")
        self.setWindowModified(not self.undo_stack.isClean())

    # ---- slots ---------------------------------------------------------------------------
    def _on_scene_node_double_clicked(self, node_id: str) -> None:
        node = self.editor.graph.nodes.get(node_id)
        if node is not None and node.type == "Block":
            self.blocks.open_block(node_id)

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_scene_selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the scene is being torn down with the window
        ids = self.scene.selected_node_ids()
        self.properties.show_selection(ids)
        if len(ids) == 1 and not self._read_only:
            self._bring_properties_forward()
        self.action_set.update_enabled()
        self.selection_changed.emit(ids)

    def _bring_properties_forward(self) -> None:
        """A card was selected while another tab (Training) hides Properties: show them,
        unless the user closed the Properties panel."""
        dock = self.properties_dock
        if (dock.toggleViewAction().isChecked() and not dock.isFloating()
                and self.tabifiedDockWidgets(dock) and dock.visibleRegion().isEmpty()):
            dock.raise_()

    def _on_graph_params_changed(self, node_id: str) -> None:
        if node_id == self.properties.node_id:
            self.properties.refresh()

    # ---- docks and extensions ------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def as_widget(self) -> QWidget:
        """This window as the parent of an extension's dialogs and docks (Host)."""
        return self

    def _install_training(self) -> None:
        # The training and inspection panels add docks and a Train menu/toolbar through the
        # Host interface. The builder works without them: a failure is reported, not fatal.
        try:
            from netstudio.gui.training import install

            self.training = install(self)
            self._tabify_bottom_docks()
        except Exception as e:
            if os.environ.get("NETSTUDIO_DEBUG"):
                traceback.print_exc(file=sys.stderr)
            message = self.tr("Training panels unavailable: %1").replace("%1", str(e))
            print(f"netstudio: {message}", file=sys.stderr)
            self.show_status(message)

    def _tabify_bottom_docks(self) -> None:
        """Extension docks at the bottom share one tab group with Problems, keeping the
        canvas tall; Problems stays in front while building."""
        bottom = [d for d in self.findChildren(QDockWidget)
                  if d is not self.diagnostics_dock and not d.isFloating()
                  and self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
        for dock in bottom:
            # a panel brought to the front gets room to be read (the curves, the inspect views)
            dock.visibilityChanged.connect(lambda shown: shown and QTimer.singleShot(
                0, self, self.bottom.ensure_usable))
            group = self.tabifiedDockWidgets(self.diagnostics_dock)
            if dock in group:
                continue
            if group:
                self.tabifyDockWidget(self.diagnostics_dock, dock)
            else:  # join the dock's own tab group (the other order is ignored by Qt here)
                self.tabifyDockWidget(dock, self.diagnostics_dock)
        self.diagnostics_dock.raise_()
        self.bottom.watch_tabs()

    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget) -> None:
        """Qt's tabifyDockWidget, keeping hidden the spare tab bars it makes (gui/dock_tabs)."""
        before = set(self._tab_bars())
        super().tabifyDockWidget(first, second)
        self._spare_tab_bars.watch([bar for bar in self._tab_bars() if bar not in before])

    def _tab_bars(self) -> list[QTabBar]:
        return [bar for bar in self.findChildren(QTabBar) if bar.parent() is self]

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if not self._shown_once:  # docks have real sizes only now
            self._shown_once = True
            if self._layout_restored:  # after the window has its restored size
                QTimer.singleShot(0, self, self.bottom.ensure_usable)
            else:  # first start: keep the canvas tall
                self.resizeDocks([self.diagnostics_dock],
                                 [max(MIN_PROBLEMS, int(self.height() * PROBLEMS_SHARE))],
                                 Qt.Orientation.Vertical)
            if self.interactive and first_start():  # after the first file has opened
                QTimer.singleShot(0, self, self._welcome_when_free)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.about_to_close.emit()
        self.importer.stop()  # a Python file's import is ended, not waited for
        self.importer.wait()  # an import thread must not outlive the window
        if self.interactive:  # screenshots and tests must not change the user's layout
            app_settings.settings().setValue("window/geometry", self.saveGeometry())
            app_settings.settings().setValue("window/state", self.saveState(_LAYOUT_VERSION))
        super().closeEvent(event)

    def restore_layout(self) -> bool:
        """Restore the last session's window geometry and docks; False on a first start."""
        s = app_settings.settings()
        geometry, state = s.value("window/geometry"), s.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:  # a state from another layout is ignored
            before = self._tab_bars()
            self._layout_restored = self.restoreState(state, _LAYOUT_VERSION)
            made = [bar for bar in self._tab_bars() if bar not in before]
            if self._layout_restored and len(made) >= _tab_groups(self):
                self._spare_tab_bars.replaced(before)  # each group has a new bar
        return geometry is not None

    # ---- first start and help --------------------------------------------------------------
    def show_welcome(self) -> WelcomeDialog:
        """The welcome: tutorial sample, new network, open a file, or the tour."""
        dialog = WelcomeDialog(self)
        dialog.chosen.connect(self._on_welcome_chosen)
        if self.interactive:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def _welcome_when_free(self) -> None:
        """The first start's welcome, once no other question is open (a crash backup to
        restore is asked first)."""
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(300, self, self._welcome_when_free)
        else:
            self.show_welcome()

    def _on_welcome_chosen(self, choice: str) -> None:
        if choice == "sample":
            sample = resources.default_sample()
            already = (self.project.path is None and self.undo_stack.isClean()
                       and sample is not None and self.project.name == _sample_name(sample))
            if sample is not None and not already:
                self.files.open_sample(sample)
        elif choice == "new":
            self.files.new_project()
        elif choice == "open":
            self.files.open_dialog()
        elif choice == "tour":
            QTimer.singleShot(0, self, self.start_tour)

    def start_tour(self) -> Tour:
        if self._tour is None:
            self._tour = Tour(self)
        self._tour.start()
        return self._tour

    def show_docs(self) -> None:
        show_help(self)

    def open_path(self, path: str | Path) -> bool:
        return self.files.open_path(Path(path))


def _sample_name(path: Path) -> str:
    return next((name for name, p in resources.list_samples() if p == path), "")


def _tab_groups(window: QMainWindow) -> int:
    """How many tab groups of docks the window has."""
    groups = {frozenset([d, *window.tabifiedDockWidgets(d)])
              for d in window.findChildren(QDockWidget) if window.tabifiedDockWidgets(d)}
    return len(groups)
