"""Training in the app: the run's life cycle, from the Train button to the run table.

TrainingDashboard connects the TrainingPanel and LivePlots to the TrainingController, records
every run in the project's run store (netstudio.core.runs, through the worker's RunRecorder),
lists the store in the RunsPanel, locks the graph while a run is live, and hands weights and
frames to the Inspector (netstudio.gui.training.inspector_hub). Actions on stored runs live in
run_actions.py, the choice of store (and the scratch store of untitled projects) in
run_stores.py. It needs only a ``host`` with the MainWindow's public
API (project, analysis, undo_stack, set_read_only, the signals), so tests can use a stand-in.
"""

from __future__ import annotations

import contextlib
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QSplitter, QWidget

from netstudio.core.runs import Run, RunError
from netstudio.core.train.events import Status
from netstudio.gui.host import Host
from netstudio.gui.i18n import core_text, error_text
from netstudio.gui.training.controller import IDLE, TrainingController
from netstudio.gui.training.inspector_hub import InspectorHub
from netstudio.gui.training.panel import TrainingPanel, format_eta
from netstudio.gui.training.plots import MIN_PLOT, LivePlots
from netstudio.gui.training.run_actions import RunActions
from netstudio.gui.training.run_stores import RunStores
from netstudio.gui.training.runs import RunRow, RunsPanel, curves_of
from netstudio.gui.training.worker import RunOptions, RunTarget

if TYPE_CHECKING:
    from netstudio.gui.deploy.panel import DeployPanel

_SETTINGS_ID = 2201


class SettingsCommand(QUndoCommand):
    """Undoable change of project.data / project.training. Edits of the same setting in a row
    (typing 0.0005 into the learning rate) merge into one undo step."""

    def __init__(self, project: Any, data: dict[str, Any], training: dict[str, Any]) -> None:
        self.project = project
        self.old = (dict(project.data), dict(project.training))
        self.new = (dict(data), dict(training))
        self.keys = _changed(self.old, self.new)
        names = ", ".join(sorted(self.keys)) or QCoreApplication.translate(
            "SettingsCommand", "training settings")
        super().__init__(QCoreApplication.translate("SettingsCommand", "Change {0}").format(names))

    def redo(self) -> None:
        self.project.set_settings(data=self.new[0], training=self.new[1])

    def undo(self) -> None:
        self.project.set_settings(data=self.old[0], training=self.old[1])

    def id(self) -> int:
        return _SETTINGS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SettingsCommand) or other.project is not self.project
                or other.keys != self.keys):
            return False
        self.new = other.new
        return True


def _changed(old: tuple[dict[str, Any], dict[str, Any]],
             new: tuple[dict[str, Any], dict[str, Any]]) -> frozenset[str]:
    """The dotted keys that differ: {"training.lr"}."""
    keys = set()
    for section, a, b in (("data", old[0], new[0]), ("training", old[1], new[1])):
        keys |= {f"{section}.{k}" for k in set(a) | set(b) if a.get(k) != b.get(k)}
    return frozenset(keys)


class TrainingDashboard(QObject):
    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.docks: dict[str, QDockWidget] = {}  # set by install(): training, dashboard, inspect
        self.deploy: DeployPanel | None = None  # the Deploy tab, once installed
        self.controller = TrainingController(self)
        self.panel = TrainingPanel()
        self.plots = LivePlots()
        self.runs_panel = RunsPanel()
        self.inspector = InspectorHub(self.controller, self)
        self.curves_widget = QSplitter(Qt.Orientation.Horizontal)
        self.curves_widget.addWidget(self.plots)
        # The run table scrolls sideways rather than squeeze the curves (1280x720: the plots
        # keep room for loss and accuracy side by side).
        runs_area = QScrollArea()
        runs_area.setWidgetResizable(True)
        runs_area.setFrameShape(QFrame.Shape.NoFrame)
        runs_area.setWidget(self.runs_panel)
        self.plots.setMinimumWidth(2 * MIN_PLOT.width() + 20)
        self.curves_widget.addWidget(runs_area)
        self.curves_widget.setStretchFactor(0, 3)
        self.curves_widget.setStretchFactor(1, 2)
        self.curves_widget.setSizes([560, 520])
        self.store = RunStores(self)  # where this project's runs are kept
        self.run_actions = RunActions(self)
        self.live: RunRow | None = None
        self.last_result: Any = None
        self._project: Any = None
        self._epochs = 1
        self._last_batch: Any = None  # the live run's latest BatchEnd
        self._shown_id: str | None = None  # the stored run whose network the views show

        c, p = self.controller, self.panel
        p.train_requested.connect(self.train)
        p.pause_requested.connect(c.pause)
        p.resume_requested.connect(c.resume)
        p.stop_requested.connect(c.stop)
        p.step_requested.connect(c.step)
        p.form.edited.connect(self._on_form_edited)
        c.state_changed.connect(self._on_state_changed)
        c.run_started.connect(self._on_run_started)
        c.batch_ended.connect(self._on_batch_ended)
        c.epoch_ended.connect(self._on_epoch_ended)
        c.run_finished.connect(self._on_run_finished)
        c.setup_failed.connect(self._on_setup_failed)
        c.notice.connect(self._on_notice)
        self.runs_panel.selection_changed.connect(self._on_runs_selected)
        host.project_changed.connect(self._on_project_changed)
        # an edit: a shown stored run gives way to the canvas
        host.analysis_updated.connect(self._on_analysis_updated)
        self._on_project_changed(host.project)
        host.recovery.add_finder(self.store.leftover)  # asked at start-up, after the backup

    # ---- commands ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.controller.busy

    @property
    def runs(self) -> list[RunRow]:
        return self.runs_panel.rows

    @Slot()
    def train(self, options: RunOptions | None = None) -> bool:
        """Start a run of the open project (what the Train button does)."""
        return self.start_run(self.host.project, options)

    def start_run(self, project: Any, options: RunOptions | None = None,
                  parent: Any = None) -> bool:
        """Train ``project`` (the canvas's, or a stored run's snapshot to continue it, with
        ``parent`` that run's RunRow) and record it in the project's run store."""
        if self.busy:
            return False
        if not self._check_graph(project):
            return False
        snapshot = project.to_dict()
        try:
            store = self.store.path_for_new_run()
        except RunError as e:
            self.panel.show_banner(self.tr("Training could not start: {0}").format(error_text(e)), "error")
            return False
        target = RunTarget(store=store)
        if parent is not None:
            target = RunTarget(store=store, resume_from=parent.run.checkpoint_file,
                               parent=parent.run.id)
        self.panel.clear_banner()
        self.plots.reset()
        self.plots.set_overlays([])
        self.plots.show_accuracy(_classifies(snapshot.get("training", {})))
        self._last_batch = None
        if parent is not None:  # the curves go on from the parent's
            self.plots.set_curves(curves_of(parent.run))
        self.live = RunRow(live=True)
        self.live.set_curves(self.plots.curves)
        self.runs_panel.set_rows([*self.runs, self.live], select=self.live)
        self.inspector.begin_run(snapshot)
        if parent is not None:  # the views start from the parent's weights
            self.run_actions.load_weights_into_inspector(parent)
        self.host.set_read_only(True)
        started = self.controller.start(project, options, target)
        if not started:
            self.host.set_read_only(False)
        return started

    def _check_graph(self, project: Any) -> bool:
        if project is not self.host.project:
            return True  # a stored run's network: it trained before
        analysis = self.host.analysis
        errors = [d for d in (analysis.errors if analysis is not None else [])
                  if not d.is_search]  # the search section stops a search, not a run
        if not errors:
            return True
        graph = self.tr("graph")
        lines = "".join(f"<br>• <b>{d.node or graph}</b>: {core_text(d.message)}"
                        for d in errors[:6])
        self.panel.show_banner(self.tr("The network has errors; fix them before training "
                                       "(see Problems).") + lines, "error")
        if "training" in self.docks:  # F5 with Properties in front: the banner must be seen
            self.docks["training"].raise_()
        self._status(self.tr("The network has errors; fix them before training (see "
                             "Problems)."))
        return False

    def _status(self, text: str) -> None:
        self.host.show_status(text)

    # ---- project ----------------------------------------------------------------------------
    @Slot(object)
    def _on_project_changed(self, project: Any) -> None:
        if self._project is not None:
            self._project.settings_changed.disconnect(self._on_settings_changed)
        previous, self._project = self._project, project
        project.settings_changed.connect(self._on_settings_changed)
        self.panel.form.load(project.data, project.training)
        self.inspector.set_project(project)
        if previous is not None and previous is not project:
            self.store.project_left()
        if not self.busy:  # nothing of the previous project's run stays on show
            self.panel.reset_progress()
            self.plots.reset()
            self.plots.set_overlays([])
            self.plots.show_accuracy(_classifies(project.training))
        self.reload_runs()

    def reload_runs(self, select: str | None = None) -> None:
        """Read the project's run store again (after a run, a rename, a delete, a save)."""
        listing = self.store.listing()
        self.store.watch(listing)
        rows = [RunRow(run=r) for r in listing.runs]
        if self.live is not None and self.busy:
            if self.live.run is not None:  # its folder exists: the listing has it
                match = next((r for r in rows if r.id == self.live.id), None)
                if match is not None:
                    rows.remove(match)
            rows.append(self.live)
        chosen = next((r for r in rows if select and r.id == select), None)
        self.runs_panel.set_rows(rows, select=chosen)
        if listing.skipped:
            names = "".join(f"<br>• {html.escape(core_text(s.reason))}" for s in listing.skipped[:5])
            self.panel.show_banner(self.tr("{0} run folder(s) could not be read and were "
                                           "skipped:").format(len(listing.skipped)) + names,
                                   "warning")

    def _on_settings_changed(self) -> None:  # a core Signal (synchronous, GUI thread)
        p = self._project
        self.panel.form.load(p.data, p.training)
        self.inspector.settings_changed(p)

    @Slot(object)
    def _on_analysis_updated(self, analysis: Any) -> None:
        self.inspector.canvas_changed()
        # no "Ready to train." beside the errors banner
        self.panel.set_network_errors(any(d.severity == "error" for d in analysis.diagnostics))

    @Slot(object, object)
    def _on_form_edited(self, data: dict[str, Any], training: dict[str, Any]) -> None:
        self.host.undo_stack.push(SettingsCommand(self.host.project, data, training))

    # ---- controller -> views ----------------------------------------------------------------
    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        self.panel.set_state(state)
        if state == IDLE:
            self.host.set_read_only(False)

    @Slot(object)
    def _on_run_started(self, info: Any) -> None:
        self._epochs = info.epochs
        self.plots.set_epochs(info.epochs)
        self.panel.show_banner(self.tr("Training on {0}: {1} training images, {2} epoch(s).")
                               .format(info.device, f"{info.train_samples:,}", info.epochs),
                               "info")
        self.inspector.run_started(info)
        if self.live is not None and info.run_dir:
            with contextlib.suppress(RunError):
                self.live.run = Run.open(info.run_dir)
            self.runs_panel.row_changed(self.live)

    @Slot(object)
    def _on_batch_ended(self, e: Any) -> None:
        self._last_batch = e
        x = (e.epoch - 1) + e.batch / max(1, e.batches_per_epoch)
        self.plots.add_batch(x, e.loss, e.accuracy)
        self.panel.show_batch(e.epoch, self._epochs, e.batch, e.batches_per_epoch,
                              e.samples_per_second, e.eta_seconds)

    @Slot(object)
    def _on_epoch_ended(self, e: Any) -> None:
        self.plots.add_epoch(e.epoch, e.val_loss, e.val_accuracy)

    @Slot(object)
    def _on_run_finished(self, result: Any) -> None:
        self.last_result = result
        self.plots.refresh()
        text, level = finished_text(result, self._last_batch)
        self.panel.show_banner(text, level)
        self._status(text.replace("<b>", "").replace("</b>", ""))
        self.inspector.run_finished(result)
        live, self.live = self.live, None
        run_id = live.id if live is not None else None
        self.store.run_finished()
        self.reload_runs(select=run_id)
        row = self.runs_panel.row_by_id(run_id) if run_id else None
        if row is not None and live is not None:
            row.set_curves(live.curves())  # the live curves, as drawn (no re-read)

    @Slot(str, object)
    def _on_setup_failed(self, message: str, diagnostics: Any) -> None:
        graph = self.tr("graph")
        lines = "".join(f"<br>• <b>{node or graph}</b>: {text}"
                        for node, text in list(diagnostics)[:6])
        self.panel.show_banner(self.tr("Training could not start: {0}").format(message) + lines,
                               "error")
        self.live = None  # nothing was recorded
        self.reload_runs()

    @Slot(str)
    def _on_notice(self, text: str) -> None:
        self._status(text)

    # ---- run list ---------------------------------------------------------------------------
    @Slot(list)
    def _on_runs_selected(self, rows: list[RunRow]) -> None:
        if not rows or self.busy or rows[0].live:  # the live run's curves are already shown
            return
        main, others = rows[0], rows[1:]
        self.plots.follow_data()
        curves = main.curves()
        self.plots.show_accuracy(len(curves.acc) > 0 or any(len(r.curves().acc) for r in others))
        self.plots.set_curves(curves)
        self.plots.set_overlays([(r.label, r.curves()) for r in others], main.label)
        shown = self.inspector.shown_run is not None and self._shown_id == main.id
        if main.has_weights and not shown:  # (not again when the table is only re-read)
            self._shown_id = main.id if self.run_actions.show_in_views(main) else None

    def shutdown(self) -> None:
        self.controller.shutdown()
        self.inspector.shutdown()

    def widgets(self) -> dict[str, QWidget]:
        return {"panel": self.panel, "curves": self.curves_widget}


def _classifies(training: Any) -> bool:
    return training.get("task", "classification") == "classification"


def finished_text(result: Any, last_batch: Any = None) -> tuple[str, str]:
    """The banner for a finished run: (HTML text, level). ``last_batch``: the run's latest
    BatchEnd, to say where a stopped run stopped."""
    status, message = result.status, core_text(result.message)
    if status == Status.DIVERGED:
        text = QCoreApplication.translate("TrainingDashboard", "<b>Training diverged.</b> {0}")
        return text.format(message), "error"
    if status == Status.FAILED:
        text = QCoreApplication.translate("TrainingDashboard", "<b>Training failed.</b> {0}")
        return text.format(message), "error"
    test = result.test
    took = format_eta(result.seconds)
    if test is not None and test.accuracy is not None:
        score = QCoreApplication.translate(
            "TrainingDashboard", "test accuracy <b>{0}</b> (loss {1})").format(
            f"{test.accuracy:.2%}", f"{test.loss:.4f}")
    elif test is not None:
        score = QCoreApplication.translate(
            "TrainingDashboard", "test loss <b>{0}</b>").format(f"{test.loss:.4f}")
    else:
        score = QCoreApplication.translate("TrainingDashboard", "no test set")
    if status == Status.STOPPED and test is None:
        # The trainer tests only runs that finish: say that, not "no test set".
        if last_batch is not None and last_batch.batch < last_batch.batches_per_epoch:
            where = QCoreApplication.translate(
                "TrainingDashboard", "Stopped in epoch {0} after {1} of {2} batches ({3}).")
            where = where.format(last_batch.epoch, last_batch.batch,
                                 last_batch.batches_per_epoch, took)
        else:
            where = QCoreApplication.translate(
                "TrainingDashboard", "Stopped after {0} epoch(s) ({1}).")
            where = where.format(len(result.history), took)
        return where + QCoreApplication.translate(  # the leading space belongs to the language
            "TrainingDashboard", " A stopped run is not tested; the network keeps what it "
            "learned so far (Draw, Feature maps, Export weights)."), "warning"
    if status == Status.STOPPED:
        text = QCoreApplication.translate("TrainingDashboard",
                                          "Stopped after {0} epoch(s): {1}, {2}.")
        return text.format(len(result.history), score, took), "warning"
    score = score.capitalize() if score[0].islower() else score  # it starts the sentence
    # The trainer's own message ("Finished 3 epochs."), then the score.
    text = QCoreApplication.translate("TrainingDashboard", "{0} {1}, {2}.")
    return text.format(message, score, took), "ok"
