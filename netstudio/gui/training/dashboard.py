"""Training in the app: the run's life cycle, from the Train button to the run list.

TrainingDashboard connects the TrainingPanel and LivePlots to the TrainingController, keeps the
runs, locks the graph while a run is live, and hands weights and frames to the Inspector
(netstudio.gui.training.inspector_hub). It needs only a ``host`` with the MainWindow's public
API (project, analysis, undo_stack, set_read_only, the signals), so tests can use a stand-in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QSplitter, QWidget

from netstudio.core.train.events import Status
from netstudio.gui.training.controller import IDLE, TrainingController
from netstudio.gui.training.inspector_hub import InspectorHub
from netstudio.gui.training.panel import TrainingPanel, format_eta
from netstudio.gui.training.plots import LivePlots
from netstudio.gui.training.runs import RunRecord, RunsPanel, load_runs, new_record, save_runs
from netstudio.gui.training.worker import RunOptions

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
    def __init__(self, host: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.controller = TrainingController(self)
        self.panel = TrainingPanel()
        self.plots = LivePlots()
        self.runs_panel = RunsPanel()
        self.inspector = InspectorHub(self.controller, self)
        self.curves_widget = QSplitter(Qt.Orientation.Horizontal)
        self.curves_widget.addWidget(self.plots)
        self.curves_widget.addWidget(self.runs_panel)
        self.curves_widget.setStretchFactor(0, 3)
        self.curves_widget.setStretchFactor(1, 1)
        self.curves_widget.setSizes([640, 360])
        self.live: RunRecord | None = None
        self.runs: list[RunRecord] = []
        self.last_result: Any = None
        self._project: Any = None
        self._epochs = 1
        self._last_batch: Any = None  # the live run's latest BatchEnd

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
        self.runs_panel.run_selected.connect(self._on_run_selected)
        self.runs_panel.compare_selected.connect(self._on_compare_selected)
        host.project_changed.connect(self._on_project_changed)
        self._on_project_changed(host.project)

    # ---- commands ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.controller.busy

    @Slot()
    def train(self, options: RunOptions | None = None) -> bool:
        """Start a run of the open project (what the Train button does)."""
        if self.busy:
            return False
        analysis = getattr(self.host, "analysis", None)
        errors = [d for d in getattr(analysis, "diagnostics", ()) if d.severity == "error"]
        if errors:
            graph = self.tr("graph")
            lines = "".join(f"<br>• <b>{d.node or graph}</b>: {d.message}" for d in errors[:6])
            self.panel.show_banner(self.tr("The network has errors; fix them before training "
                                           "(see Problems).") + lines, "error")
            docks = getattr(self, "docks", {})
            if "training" in docks:  # F5 with Properties in front: the banner must be seen
                docks["training"].raise_()
            status_bar = getattr(self.host, "show_status", None)
            if status_bar is not None:
                status_bar(self.tr("The network has errors; fix them before training "
                                   "(see Problems)."))
            return False
        project = self.host.project
        snapshot = project.to_dict()
        self.panel.clear_banner()
        self.plots.reset()
        self.plots.set_compare(None)
        self.plots.show_accuracy(_classifies(snapshot.get("training", {})))
        self._last_batch = None
        self.live = new_record(len(self.runs) + 1, snapshot)
        self.live.curves = self.plots.curves
        self.runs.append(self.live)
        self.runs_panel.add(self.live)
        self.inspector.begin_run(snapshot)
        self.host.set_read_only(True)
        started = self.controller.start(project, options)
        if not started:
            self.host.set_read_only(False)
        return started

    # ---- project ----------------------------------------------------------------------------
    @Slot(object)
    def _on_project_changed(self, project: Any) -> None:
        if self._project is not None:
            self._project.settings_changed.disconnect(self._on_settings_changed)
        self._project = project
        project.settings_changed.connect(self._on_settings_changed)
        self.panel.form.load(project.data, project.training)
        self.runs = load_runs(getattr(project, "path", None))
        self.runs_panel.set_runs(self.runs)
        self.inspector.set_project(project)
        if not self.busy:  # nothing of the previous project's run stays on show
            self.panel.reset_progress()
            self.plots.reset()
            self.plots.set_compare(None)
            self.plots.show_accuracy(_classifies(project.training))

    def _on_settings_changed(self) -> None:  # a core Signal (synchronous, GUI thread)
        p = self._project
        self.panel.form.load(p.data, p.training)
        self.inspector.settings_changed(p)

    @Slot(object, object)
    def _on_form_edited(self, data: dict[str, Any], training: dict[str, Any]) -> None:
        stack = getattr(self.host, "undo_stack", None)
        command = SettingsCommand(self.host.project, data, training)
        if stack is not None:
            stack.push(command)
        else:
            command.redo()

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
        status_bar = getattr(self.host, "show_status", None)
        if status_bar is not None:
            status_bar(text.replace("<b>", "").replace("</b>", ""))
        if self.live is not None:
            self.live.status = result.status.value
            self.live.message = result.message
            self.live.metrics = run_metrics(result)
            self.runs_panel.update_run(self.live)
            save_runs(getattr(self.host.project, "path", None), self.runs)
        self.inspector.run_finished(result)

    @Slot(str, object)
    def _on_setup_failed(self, message: str, diagnostics: Any) -> None:
        graph = self.tr("graph")
        lines = "".join(f"<br>• <b>{node or graph}</b>: {text}"
                        for node, text in list(diagnostics)[:6])
        self.panel.show_banner(self.tr("Training could not start: {0}").format(message) + lines,
                               "error")
        if self.live is not None:
            self.live.status, self.live.message = "failed", message
            self.runs_panel.update_run(self.live)

    # ---- run list ---------------------------------------------------------------------------
    @Slot(object)
    def _on_run_selected(self, run: RunRecord | None) -> None:
        if run is not None and not self.busy:
            self.plots.follow_data()
            self.plots.show_accuracy(len(run.curves.acc) > 0)
            self.plots.set_curves(run.curves)

    @Slot(object)
    def _on_compare_selected(self, run: RunRecord | None) -> None:
        self.plots.set_compare(None if run is None else run.curves)

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
    status, message = result.status, result.message
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
    # The trainer's own message (English, from netstudio.core), then the score.
    text = QCoreApplication.translate("TrainingDashboard", "{0} {1}, {2}.")
    return text.format(message, score, took), "ok"


def run_metrics(result: Any) -> dict[str, Any]:
    m: dict[str, Any] = {"epochs": len(result.history), "seconds": round(result.seconds, 1),
                         "device": result.device,
                         "samples_per_second": round(result.train_samples_per_second, 1)}
    if result.test is not None:
        m["test_loss"] = result.test.loss
        if result.test.accuracy is not None:
            m["test_accuracy"] = result.test.accuracy
            m["macro_f1"] = result.test.macro_f1
    if result.history:
        last = result.history[-1]
        m["val_loss"], m["val_accuracy"] = last.val_loss, last.val_accuracy
    return m
