"""Put the Tune tab into the main window and connect it to the project, the training panels
and the run list.

- "Search this…" on a right-click: on a layer parameter's name in Properties, on a setting's
  name in the Training panel, and in a card's menu on the canvas (CanvasMenus.node_entries):
  the value joins the project's search space with a range around it (core/tune/suggest.py).
- Every edit of the search section is one undoable step (SearchCommand); the checker's
  problems with it show on the table rows.
- Start runs the search in a background thread (worker.py); Stop stops the running trial,
  which runs again on the next Start. Apply best writes the best values as one undo step.
- A trial opens as the stored run it is (the run list selects it: its network in every
  view); two trials compare in the run diff view.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
    QWidget,
)

from netstudio.core.tune.space import short_name
from netstudio.core.tune.suggest import suggest_entry
from netstudio.gui.host import Host
from netstudio.gui.tune.commands import SearchCommand, apply_params
from netstudio.gui.tune.panel import TunePanel
from netstudio.gui.tune.worker import IDLE, STOPPING, SearchController

# New search sections start small enough to watch: a few quick trials.
NEW_SECTION = {"sampler": "tpe", "trials": 20, "epochs_per_trial": 1, "space": {}}
# Widgets of the training settings form that are not training.<name> settings.
DATA_FIELDS = {"augment": "data.augment"}


def install_tune(window: Host, dash: Any) -> TuneGlue:
    panel = TunePanel()
    dock = QDockWidget(QCoreApplication.translate("TuneInstall", "Tune"), window.as_widget())
    dock.setObjectName("dock_tune")
    # scrolls rather than imposing its height on the dock area it shares with Inspect
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(panel)
    dock.setWidget(area)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    docks = dash.docks
    neighbour = docks.get("deploy") or docks.get("inspect")
    if neighbour is not None:
        window.tabifyDockWidget(neighbour, dock)
    docks["tune"] = dock
    glue = TuneGlue(window, dash, panel, dock)
    app = QApplication.instance()
    if app is not None:  # quitting by other means still stops the search thread first
        app.aboutToQuit.connect(glue.shutdown)
    window.action_set.panels_menu.addAction(dock.toggleViewAction())
    return glue


class TuneGlue(QObject):
    def __init__(self, window: Host, dash: Any, panel: TunePanel, dock: QDockWidget) -> None:
        super().__init__(window.as_widget())
        self.window, self.dash, self.panel, self.dock = window, dash, panel, dock
        self.controller = SearchController(self)
        self.study: str | None = None  # the last study shown (resumed by Start)
        self._project: Any = None
        c = self.controller
        c.state_changed.connect(self._on_state_changed)
        c.opened.connect(self._on_opened)
        c.trial_started.connect(self._on_trial_started)
        c.trial_epoch.connect(self._on_trial_epoch)
        c.trial_ended.connect(self._on_trial_ended)
        c.study_updated.connect(self._on_study_updated)
        c.failed.connect(self._on_failed)
        c.refused.connect(self._on_refused)
        panel.search_edited.connect(self._on_search_edited)
        panel.start_requested.connect(self.start)
        panel.stop_requested.connect(c.stop)
        panel.apply_requested.connect(self._on_apply_requested)
        panel.open_requested.connect(self.open_trial)
        panel.compare_requested.connect(self.compare_trials)
        window.project_changed.connect(self._on_project_changed)
        window.analysis_updated.connect(self._on_analysis_updated)
        window.about_to_close.connect(self.shutdown)
        dock.visibilityChanged.connect(self._on_dock_visibility)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_app_state)
        self._menus = SearchMenus(self)
        self._on_project_changed(window.project)

    # ---- the project ----------------------------------------------------------------------
    @property
    def project(self) -> Any:
        return self.window.project

    @Slot(object)
    def _on_project_changed(self, project: Any) -> None:
        if self._project is not None:
            self._project.settings_changed.disconnect(self._refresh)
        self._project = project
        project.settings_changed.connect(self._refresh)
        self.study = None
        self.panel.model.set_rows((), (), None)
        self.panel.state = None
        self.panel.set_status("")
        self._refresh()
        if self.dock.isVisible() and not self.dock.visibleRegion().isEmpty():
            self._load_last_study()

    def _refresh(self) -> None:
        analysis = self.window.analysis
        diagnostics = [d for d in (analysis.diagnostics if analysis else ()) if d.is_search]
        self.panel.show_search(self.project.search, diagnostics)
        if not self.controller.busy and self.panel.state is None:
            self._dimensions_from_project()  # the plot's axes, before any trial

    @Slot(object)
    def _on_analysis_updated(self, _analysis: Any) -> None:
        self._refresh()

    @Slot(bool)
    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self._load_last_study()

    def _load_last_study(self) -> None:
        """Show the project's latest study (in its store's search.db), read in the search
        thread: opening the storage takes a fraction of a second (more at the first import).
        Runs each time the tab is shown or the app comes back to the front, so trials that a
        command-line worker ran meanwhile appear."""
        project = self.project
        if (project.path is None or project.search is None or self.controller.busy
                or not self.dock.isVisible()):
            return
        from netstudio.core.runs import RunStore
        from netstudio.core.tune.storage import DB_NAME

        store = RunStore.for_project(project.path)
        if not (store.path / DB_NAME).is_file():
            return
        self.controller.start(project, store.path, study=None, run_trials=False)

    @Slot(Qt.ApplicationState)
    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._load_last_study()

    # ---- the search section ---------------------------------------------------------------
    def search_value(self, path: str) -> bool:
        """"Search this…": add ``path`` to the space with a range around its value. False
        (and a status message) when it cannot be searched."""
        entry = suggest_entry(self.project, path)
        if entry is None:
            self._say(self.tr("{0} cannot be searched.").format(path))
            return False
        search = copy.deepcopy(self.project.search) if isinstance(
            self.project.search, dict) else copy.deepcopy(NEW_SECTION)
        space = search.get("space") if isinstance(search.get("space"), dict) else {}
        if path in space:
            self._say(self.tr("{0} is already searched; edit its range in the Tune tab.")
                      .format(path))
        else:
            space[path] = entry
            search["space"] = space
            self.window.undo_stack.push(SearchCommand(
                self.project, search, self.tr("Search {0}").format(short_name(path))))
            self._say(self.tr("{0} added to the search (Tune tab).").format(path))
        self.dock.raise_()
        return True

    def stop_searching(self, path: str) -> None:
        search = copy.deepcopy(self.project.search)
        if isinstance(search, dict) and isinstance(search.get("space"), dict):
            search["space"].pop(path, None)
            self.window.undo_stack.push(SearchCommand(
                self.project, search, self.tr("Stop searching {0}").format(short_name(path))))

    def searched(self, path: str) -> bool:
        search = self.project.search
        return isinstance(search, dict) and isinstance(search.get("space"), dict) and (
            path in search["space"])

    @Slot(object, str)
    def _on_search_edited(self, search: Any, key: str) -> None:
        if search == self.project.search:
            return
        self.window.undo_stack.push(SearchCommand(
            self.project, search, self.tr("Change the search"), key))

    # ---- running ----------------------------------------------------------------------------
    @Slot()
    def start(self) -> bool:
        project = self.project
        if self.controller.busy:
            return False
        if project.path is None:
            self._fail(self.tr("Save the project first: its trials are kept beside it, in its "
                               "run store."))
            return False
        if project.search is None:
            self._fail(self.tr("Nothing to search yet: right-click a setting or a layer "
                               "parameter and choose Search this…"))
            return False
        if self.dash.busy:
            self._fail(self.tr("A training run is going; stop it before searching."))
            return False
        analysis = self.window.analysis
        problems = [d for d in (analysis.diagnostics if analysis else ())
                    if d.is_search and d.severity == "error"]
        if problems:
            from netstudio.gui.i18n import core_text

            self._fail(self.tr("The search cannot start: {0}").format(
                core_text(problems[0].message)))
            return False
        from netstudio.core.runs import RunStore
        from netstudio.core.tune.section import read_search

        spec, _found = read_search(project)
        if spec is not None:
            self.panel.set_dimensions(spec.dimensions, spec.metric, spec.direction)
        self.panel.set_status(self.tr("Starting…"))
        return self.controller.start(project, RunStore.for_project(project.path).path,
                                     study=self.study)

    @Slot()
    def shutdown(self) -> None:
        self.controller.shutdown()

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        self.panel.set_running(state != IDLE, state == STOPPING)
        if state == STOPPING:
            self.panel.set_status(self.tr("Stopping: the running trial ends after its batch "
                                          "and runs again on the next Start."))

    @Slot(str)
    def _on_opened(self, name: str) -> None:
        self.study = name
        self.panel.set_status(self.tr("Study {0}").format(name))

    @Slot(object)
    def _on_trial_started(self, event: Any) -> None:
        self.panel.trial_started(event.number, event.params)
        self.panel.set_status(self.tr("Study {0}: trial {1} is training…").format(
            self.study, event.number))

    @Slot(object)
    def _on_trial_epoch(self, event: Any) -> None:
        self.panel.trial_epoch(event.number, event.epoch, event.value)

    @Slot(object)
    def _on_trial_ended(self, event: Any) -> None:
        self.panel.trial_ended(event.row)

    @Slot(object)
    def _on_study_updated(self, state: Any) -> None:
        if not self.panel.parallel.dims:
            self._dimensions_from_project()
        self.panel.show_state(state)
        self.panel.set_status(self.tr("Study {0}: {1} of {2} trials done, {3} complete.")
                              .format(state.study, state.done, state.planned, state.complete))

    def _dimensions_from_project(self) -> None:
        from netstudio.core.tune.section import read_search

        spec, _found = read_search(self.project)
        if spec is not None:
            self.panel.set_dimensions(spec.dimensions, spec.metric, spec.direction)

    @Slot(str, object)
    def _on_failed(self, message: str, diagnostics: Any) -> None:
        from netstudio.gui.i18n import core_text

        lines = [core_text(message)] + [core_text(d.message) for d in tuple(diagnostics)[:3]]
        self._fail("\n".join(lines))

    @Slot(str, str)
    def _on_refused(self, study: str, changes: str) -> None:
        """The unfinished study trained its trials otherwise (tune.trained): say so; the next
        Start begins a new study instead of mixing the two."""
        self.study = None
        self._fail(self.tr("Study {0} trained its trials with other settings ({1}), so it is "
                           "not resumed: its trials would not be comparable. Set them back "
                           "to resume it, or press Start again to begin a new study.")
                   .format(study, changes))

    # ---- results ----------------------------------------------------------------------------
    @Slot(object)
    def _on_apply_requested(self, row: Any) -> None:
        self.apply_best(row)

    def apply_best(self, row: Any = None) -> bool:
        """Write the best trial's (or ``row``'s) values into the project: one undo step."""
        state = self.panel.state
        row = row or (state.best if state is not None else None)
        if row is None:
            return False
        if self.window.read_only:
            self._fail(self.window.editor.locked_reason())
            return False
        done = apply_params(self.window.undo_stack, self.project, row.params_dict, row.number)
        self._say(self.tr("Applied trial {0}'s values to the project.").format(row.number)
                  if done else self.tr("The project already has these values."))
        return done

    def open_trial(self, row: Any) -> bool:
        """Show the trial's stored run: the run list selects it (its network in every view)."""
        if not row.run:
            return False
        self.dash.reload_runs(select=row.run)
        found = self.dash.runs_panel.row_by_id(row.run)
        if found is None:
            self._fail(self.tr("Run {0} is not in the run list (deleted?).").format(row.run))
            return False
        self.dash.runs_panel.select(row.run)
        dashboard = self.dash.docks.get("dashboard")
        if dashboard is not None:
            dashboard.raise_()
        return True

    def compare_trials(self, a: Any, b: Any) -> Any:
        self.dash.reload_runs()
        first, second = (self.dash.runs_panel.row_by_id(r.run) for r in (a, b))
        if first is None or second is None:
            self._fail(self.tr("A trial's run is not in the run list (deleted?)."))
            return None
        return self.dash.run_actions.compare(first, second)

    # ---- messages ---------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.window.show_status(text)

    def _fail(self, text: str) -> None:
        self.panel.set_status(text)
        self._say(text)


class SearchMenus(QObject):
    """"Search this…" where a value is: a layer parameter's name in Properties, a setting's
    name in the Training panel, a card's menu on the canvas."""

    def __init__(self, glue: TuneGlue) -> None:
        super().__init__(glue)
        self.glue = glue
        self.window = glue.window
        self.last_menu: QMenu | None = None  # tests read the menu that was shown
        self.window.properties.viewport().installEventFilter(self)
        self.form = glue.dash.panel.form
        self.form.installEventFilter(self)
        self.window.menus.node_entries.append(self.node_entries)

    # ---- which value a widget shows --------------------------------------------------------
    def param_path(self, node_id: str, param: str) -> str:
        """``nodes.<id>.<param>``, or ``blocks.<block>.<id>.<param>`` inside an open block."""
        editor = self.window.editor
        block = None
        graph = self.window.project.graph
        for instance in editor.block_path:
            node = graph.nodes.get(instance)
            block = node.params.get("block") if node is not None else None
            graph = self.window.project.blocks.get(block) if block else graph
        return f"blocks.{block}.{node_id}.{param}" if block else f"nodes.{node_id}.{param}"

    def property_path(self, widget: QWidget | None) -> str | None:
        panel = self.window.properties
        if not isinstance(widget, QLabel) or panel.node_id is None:
            return None
        name = widget.text()
        return self.param_path(panel.node_id, name) if name in panel.fields else None

    def setting_path(self, widget: QWidget | None) -> str | None:
        """The training (or data) setting whose row in the settings form holds ``widget``."""
        while widget is not None and not isinstance(widget, QLabel):
            widget = widget.parentWidget()
        if widget is None:
            return None
        owner = widget.parentWidget()
        layout = owner.layout() if owner is not None else None
        if layout is None or not hasattr(layout, "getWidgetPosition"):
            return None
        row, _role = layout.getWidgetPosition(widget)
        if row < 0:
            return None
        from PySide6.QtWidgets import QFormLayout

        field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        field = field_item.widget() if field_item is not None else None
        if field is None:
            return None
        fields = getattr(owner, "fields", None)  # a form of an optimizer's own options
        if isinstance(fields, dict):
            for name, f in fields.items():
                if getattr(f, "widget", None) is field:
                    return f"training.{name}"
        for name, value in vars(owner).items():
            if name.startswith("_") or not isinstance(value, QWidget):
                continue
            # the field, or the row's box around it (the learning rate has a Find... button)
            if value is field or field.isAncestorOf(value):
                return DATA_FIELDS.get(name, f"training.{name}")
        return None

    # ---- menus ------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu:
            return False
        label = label_at(obj, event.pos())
        path = self.setting_path(label) if obj is self.form else self.property_path(label)
        if path is None:
            return False
        menu = self.menu_for(path)
        self.last_menu = menu
        if self.window.interactive:
            menu.exec(event.globalPos())
        return True

    def menu_for(self, path: str, menu: QMenu | None = None) -> QMenu:
        menu = menu or QMenu(self.window.as_widget())
        if self.glue.searched(path):
            action = QAction(self.tr("Stop searching this"), menu)
            action.triggered.connect(lambda: self.glue.stop_searching(path))
        else:
            action = QAction(self.tr("Search this…"), menu)
            action.triggered.connect(lambda: self.glue.search_value(path))
            if suggest_entry(self.window.project, path) is None:
                action.setEnabled(False)
                action.setToolTip(self.tr("This value cannot be searched."))
        action.setData(path)
        menu.addAction(action)
        return menu

    def node_entries(self, menu: QMenu, node_id: str) -> None:
        """The card menu's "Search a parameter" submenu (CanvasMenus.node_entries)."""
        node = self.window.editor.graph.nodes.get(node_id)
        if node is None:
            return
        from netstudio.core.layers.registry import get_layer

        spec = get_layer(node.type)
        paths = [self.param_path(node_id, p.name) for p in (spec.params if spec else ())]
        paths = [p for p in paths if suggest_entry(self.window.project, p) is not None]
        if not paths:
            return
        sub = menu.addMenu(self.tr("Search a parameter"))
        for path in paths:
            action = sub.addAction(path.rsplit(".", 1)[1] + (
                self.tr(" (searched)") if self.glue.searched(path) else ""))
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.glue.search_value(p))


def label_at(container: QWidget, pos: QPoint) -> QLabel | None:
    """The label of the form row at ``pos``: on the label, or left of it in its row (a
    right-aligned label leaves room a learner clicks into)."""
    hit = container.childAt(pos)
    if isinstance(hit, QLabel):
        return hit
    for label in container.findChildren(QLabel):
        if not label.isVisible():
            continue
        top_left = label.mapTo(container, QPoint(0, 0))
        row = QRect(0, top_left.y(), top_left.x() + label.width(), label.height())
        if row.contains(pos):
            return label
    return None

