"""What the main window offers the extensions that plug into it (the training and inspection
panels, the run store, ...): one typed interface instead of attributes looked up by getattr.

MainWindow provides it (tests/gui/test_host.py checks that); an extension takes a ``Host``
and uses only what is listed here. Something it needs that is not here is added here first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QDockWidget, QMenuBar, QWidget

    from netstudio.core.analysis import Analysis
    from netstudio.core.project import Project
    from netstudio.gui.actions import ActionSet
    from netstudio.gui.canvas.context_menu import CanvasMenus
    from netstudio.gui.canvas.editor import GraphEditor
    from netstudio.gui.canvas.scene import GraphScene
    from netstudio.gui.canvas.view import GraphView
    from netstudio.gui.crash_recovery import CrashRecovery
    from netstudio.gui.file_ops import FileOps
    from netstudio.gui.panels.properties import PropertiesPanel


@runtime_checkable
class Host(Protocol):
    # ---- the open project and what the builder knows about it ------------------------------
    project_changed: SignalInstance  # (Project) after New / Open / restore
    analysis_updated: SignalInstance  # (Analysis) after every check
    selection_changed: SignalInstance  # (list[str]) selected node ids
    about_to_close: SignalInstance  # closing is confirmed: stop runs, join threads
    project_saved: SignalInstance  # (old path | None, new path) after every successful save
    interactive: bool  # False: never block on a dialog (screenshots, tests)
    undo_stack: QUndoStack
    editor: GraphEditor
    scene: GraphScene
    view: GraphView
    files: FileOps
    recovery: CrashRecovery  # add_finder(): what a crash left, asked about once at start-up
    action_set: ActionSet  # menus and toolbar (file_menu, panels_menu, toolbar, quit)
    properties_dock: QDockWidget
    properties: PropertiesPanel  # the selected layer's form ("Search this…" on its labels)
    menus: CanvasMenus  # right-click menus on the canvas; node_entries extends a card's menu

    @property
    def project(self) -> Project: ...

    @property
    def analysis(self) -> Analysis | None: ...

    @property
    def read_only(self) -> bool: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def set_project(self, project: Project, modified: bool = False) -> None: ...

    def show_status(self, message: str, timeout_ms: int = 8000) -> None: ...

    def focus_node(self, node_id: str) -> None: ...

    # ---- the QMainWindow calls extensions make, to add docks, menus and shortcuts ---------
    def menuBar(self) -> QMenuBar: ...

    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...

    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget) -> None: ...

    def resizeDocks(self, docks: Any, sizes: Any, orientation: Qt.Orientation) -> None: ...

    def addAction(self, action: QAction) -> None: ...

    def installEventFilter(self, watcher: QObject) -> None: ...

    def height(self) -> int: ...

    def event(self, event: QEvent) -> bool: ...

    def as_widget(self) -> QWidget: ...
