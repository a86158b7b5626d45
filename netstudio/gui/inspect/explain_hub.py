"""Explain and coach in the app: the Explain dock (attributions, projector, training doctor),
the heatmap beside the drawing pad, the gallery's "why?", the learning-rate finder button.

Installed by netstudio.gui.training.install next to the dashboard; it reads the dashboard's
public parts (controller, inspector, plots, panel.form) and the window's public API (project,
undo_stack, focus_node, show_status, about_to_close). Every computation runs in a JobRunner
thread on a ModelSource: the network the Inspect views show (the live run's latest weights,
the finished run's, a stored run chosen in the run table, or the untrained graph).
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.explain.doctor.fixes import FixError, fix_edit
from netstudio.core.train import capture
from netstudio.gui.i18n import error_text
from netstudio.gui.inspect.attribution_view import AttributionView
from netstudio.gui.inspect.doctor_panel import CurveMarks, DoctorPanel
from netstudio.gui.inspect.explain_engine import ExplainEngine, ModelSource
from netstudio.gui.inspect.explain_jobs import JobRunner
from netstudio.gui.inspect.explain_text import core_tr
from netstudio.gui.inspect.lr_find_dialog import LRFindDialog, install_lr_button
from netstudio.gui.inspect.projector_view import ProjectorView
from netstudio.gui.inspect.sample_strip import SampleStrip

# English keys (show_tab, tests); the tabs show the translation.
TAB_KEYS = (
    QT_TRANSLATE_NOOP("ExplainHub", "Attributions"),
    QT_TRANSLATE_NOOP("ExplainHub", "Projector"),
    QT_TRANSLATE_NOOP("ExplainHub", "Doctor"),
)
_FIX_ID = -1  # fixes never merge with the edit before them


class FixSettingsCommand(QUndoCommand):
    """A fix that changes the data/training settings: one undo step named after the fix."""

    def __init__(self, project: Any, data: dict[str, Any], training: dict[str, Any],
                 text: str) -> None:
        super().__init__(text)
        self.project = project
        self.old = (dict(project.data), dict(project.training))
        self.new = (data, training)

    def redo(self) -> None:
        self.project.set_settings(data=self.new[0], training=self.new[1])

    def undo(self) -> None:
        self.project.set_settings(data=self.old[0], training=self.old[1])


class AttributionPage(QWidget):
    """Any test image (picked in the strip) with its attribution map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = SampleStrip()
        self.view = AttributionView()
        self.indices: list[int] = []
        hint = QLabel(self.tr("Pick a test image (or click a mistake in Results, or a dot in "
                              "the projector) to see which pixels made the network decide."))
        hint.setWordWrap(True)
        self.view.side.insertWidget(5, hint)  # beside the map, after what it says: the map stays tall
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.strip)
        layout.addWidget(self.view, 1)


class ExplainHub(QObject):
    def __init__(self, window: Any, dash: Any, parent: QObject | None = None) -> None:
        super().__init__(parent or dash)
        self.window, self.dash = window, dash
        self.inspector = dash.inspector
        self.controller = dash.controller
        self.override: ModelSource | None = None  # a stored run chosen by the learner
        self._source: ModelSource | None = None
        self._source_key: Any = None
        self._run_key: Any = None  # the stored run selected in the run table
        self._bpe: int | None = None  # batches per epoch of the live run
        self._jobs: dict[int, AttributionView] = {}
        self._info_key: Any = None
        self.engines = {name: ExplainEngine() for name in ("attr", "draw", "proj")}
        self.runners = {
            "attr": JobRunner("attributions", coalesce=True, parent=self),
            "draw": JobRunner("draw-attributions", coalesce=True, parent=self),
            "proj": JobRunner("projector", parent=self),
        }
        self.page = AttributionPage()
        self.projector = ProjectorView()
        self.doctor = DoctorPanel()
        self.marks = CurveMarks(dash.plots.loss_plot)
        self.draw_view = AttributionView(compact=True)
        self.tabs = QTabWidget()
        for widget, key in zip((self.page, self.projector, self.doctor), TAB_KEYS, strict=True):
            self.tabs.addTab(widget, QCoreApplication.translate("ExplainHub", key))
        self.dialog: QDialog | None = None
        self.dialog_view: AttributionView | None = None
        self.lr_dialog: LRFindDialog | None = None
        self.lr_button = install_lr_button(dash.panel.form, self.find_lr)
        add_side = getattr(self.inspector.draw, "add_side_widget", None)
        if add_side is not None:
            add_side(self.draw_view)

        for key, runner in self.runners.items():
            runner.finished.connect(self._on_attr_finished if key != "proj"
                                    else self._on_proj_finished)
            runner.failed.connect(self._on_attr_failed if key != "proj" else self._on_proj_failed)
        proj = self.runners["proj"]
        proj.progress.connect(self.projector.show_progress)
        proj.busy_changed.connect(self.projector.set_busy)
        proj.stopped.connect(self._on_proj_stopped)
        self.page.strip.sample_chosen.connect(self._on_strip_chosen)
        self.page.view.request_changed.connect(self._on_page_request)
        self.draw_view.request_changed.connect(self._on_draw_request)
        self.projector.run_requested.connect(self.run_projection)
        self.projector.stop_requested.connect(proj.stop)
        self.projector.point_clicked.connect(self.open_point)
        self.doctor.fix_requested.connect(self.apply_fix)
        self.doctor.finding_selected.connect(self._on_finding_selected)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.inspector.loader.loaded.connect(self._on_samples_loaded)
        self.inspector.draw.digit_ready.connect(self._on_digit)
        gallery_signal = getattr(self.inspector.gallery, "image_chosen", None)
        if gallery_signal is not None:
            gallery_signal.connect(self.explain_test_image)
        c = self.controller
        c.state_changed.connect(self._on_state_changed)
        c.run_started.connect(self._on_run_started)
        c.batch_ended.connect(self._on_batch_ended)
        c.weights_captured.connect(self._on_weights_captured)
        c.run_finished.connect(self._on_run_finished)
        findings = getattr(c, "findings_ready", None)
        if findings is not None:
            findings.connect(self._on_findings)
        runs_selected = getattr(getattr(dash, "runs_panel", None), "selection_changed", None)
        if runs_selected is not None:  # after the dashboard's own slot: the views hold it
            runs_selected.connect(self._on_runs_selected)
        window.project_changed.connect(self._on_project_changed)
        closing = getattr(window, "about_to_close", None)
        if closing is not None:
            closing.connect(self.shutdown)

    # ---- the network explained --------------------------------------------------------------
    def set_source(self, source: ModelSource | None) -> None:
        """Explain another network than the Inspect views' (None: back to theirs)."""
        self.override = source
        self.refresh()

    def source(self) -> ModelSource | None:
        if self.override is not None:
            return self.override
        im = self.inspector.model
        if not self.inspector._ensure_model() or im.model is None:  # noqa: SLF001
            return None
        shown = getattr(self.inspector, "shown_run", None)  # a stored run's network
        prep = im.preprocessing
        key = (id(im.model), im.step, im.trained, _graph_key(im._project_json),  # noqa: SLF001
               shown, self._run_key if shown else None, json.dumps(prep.to_dict()))
        if key != self._source_key or self._source is None:
            weights = capture.snapshot_weights(im.model) if im.trained else None
            label = (shown or self.tr("weights after step {0}").format(im.step) if im.trained
                     else self.tr("untrained (random) weights: press Train"))
            self._source = ModelSource(json.dumps(key, default=str), im._project_json,  # noqa: SLF001
                                       weights, prep, im.trained, label)
            self._source_key = key
        return self._source

    def refresh(self) -> None:
        """Recompute what is on screen for the current network."""
        self._info_key = None
        self._on_page_request()
        if self.draw_view.image01 is not None:
            self._on_draw_request()
        if self.tabs.currentWidget() is self.projector:
            self._refresh_layers()

    # ---- attributions -----------------------------------------------------------------------
    def explain_test_image(self, index: int) -> None:
        """Show test image ``index`` with its attributions (the gallery's and projector's
        "why?"), in the Attributions tab."""
        samples = self.inspector.samples
        if samples is None or not 0 <= index < len(samples.images):
            return
        self.show_tab("Attributions")
        dock = getattr(self, "dock", None)
        if dock is not None:
            dock.raise_()
        self._show_test_image(self.page.view, index)

    def _show_test_image(self, view: AttributionView, index: int) -> None:
        samples = self.inspector.samples
        true = int(samples.labels[index])
        view.set_class_names(samples.class_names)
        view.set_image(samples.image01(index),
                       self.tr("Test image #{0} (a {1}).").format(index, samples.class_names[true]),
                       true)

    def _submit(self, view: AttributionView, runner_key: str) -> None:
        source = self.source()
        if source is None or view.image01 is None:
            view.show_message(self.tr("The network cannot run yet: fix the problems first.")
                              if source is None else "")
            return
        engine = self.engines[runner_key]
        method, target, layer = view.request()
        image = view.image01
        shape = tuple(image.shape)

        def job(progress: Any, should_stop: Any) -> Any:
            info = engine.info(source, shape)
            a = info.methods.get(method)
            result = engine.attribute(source, image, method, target, layer) \
                if a is not None and a.ok else None
            return info, result, (method, target, layer)

        view.set_busy(True)
        self._jobs[self.runners[runner_key].submit(job)] = view

    @Slot()
    def _on_page_request(self) -> None:
        if self.page.view.image01 is not None:
            self._submit(self.page.view, "attr")

    @Slot()
    def _on_draw_request(self) -> None:
        self._submit(self.draw_view, "draw")

    @Slot(object)
    def _on_digit(self, digit: np.ndarray) -> None:
        if not np.asarray(digit).any():
            self.draw_view.show_message("")
            return
        samples = self.inspector.samples
        channels = int(samples.images.shape[1]) if samples is not None else 1
        if samples is not None and tuple(samples.images.shape[-2:]) != np.shape(digit):
            return
        image = np.repeat(np.asarray(digit, np.float32)[None], channels, axis=0)
        self.draw_view.set_image(image)

    @Slot(int, object)
    def _on_attr_finished(self, job_id: int, payload: Any) -> None:
        view = self._jobs.pop(job_id, None)
        if view is None:
            return
        info, result, asked = payload
        view.set_busy(False)
        names = self.inspector.samples.class_names if self.inspector.samples else ()
        view.set_info(info, names)
        if view.request() != asked:  # set_info changed the choice (method not available)
            self._submit(view, "draw" if view is self.draw_view else "attr")
            return
        if result is None:
            view.show_message("")
        else:
            view.show_result(result)
            source = self.source()
            if source is not None and view is self.page.view and not source.trained:
                view.status.setText(self.tr("Untrained (random) weights: train first for a "
                                            "meaningful map."))

    @Slot(int, str)
    def _on_attr_failed(self, job_id: int, message: str) -> None:
        view = self._jobs.pop(job_id, None)
        if view is not None:
            view.set_busy(False)
            view.show_message(self.tr("Could not compute the map: {0}").format(message))

    @Slot(int)
    def _on_strip_chosen(self, row: int) -> None:
        if row < len(self.page.indices):
            self._show_test_image(self.page.view, self.page.indices[row])

    @Slot(object)
    def _on_samples_loaded(self, samples: Any) -> None:
        idx = samples.strip_indices()
        self.page.indices = idx
        self.page.strip.set_samples(samples.images[idx],
                                    [samples.class_names[int(samples.labels[i])] for i in idx])
        self.page.view.set_class_names(samples.class_names)
        self.draw_view.set_class_names(samples.class_names)
        self.projector.set_data(samples.images, samples.labels, samples.class_names)
        if self.page.view.image01 is None and idx:
            self.page.strip.setCurrentRow(0)

    def open_point(self, index: int) -> None:
        """A dot in the projector: its image with the network's answer and attributions."""
        samples = self.inspector.samples
        if samples is None:
            return
        if self.dialog is None:
            self.dialog = QDialog(self.window)
            self.dialog.setWindowTitle(self.tr("Why this answer?"))
            self.dialog_view = AttributionView()
            QVBoxLayout(self.dialog).addWidget(self.dialog_view)
            self.dialog_view.request_changed.connect(self._on_dialog_request)
            self.dialog.resize(640, 360)
        self._show_test_image(self.dialog_view, index)
        self.dialog.show()
        self.dialog.raise_()

    @Slot()
    def _on_dialog_request(self) -> None:
        if self.dialog_view is not None:
            self._submit(self.dialog_view, "attr")

    # ---- projector ----------------------------------------------------------------------------
    def _refresh_layers(self) -> None:
        source = self.source()
        samples = self.inspector.samples
        if source is None or samples is None:
            self.projector.show_message(self.tr("Loading the test images...")
                                        if samples is None else "")
            return
        if self._info_key == source.key:
            return
        self._info_key = source.key
        engine, shape = self.engines["proj"], tuple(samples.images.shape[1:])
        self.runners["proj"].submit(lambda progress, stop: engine.info(source, shape))

    def run_projection(self, layer: str, method: str) -> None:
        source, samples = self.source(), self.inspector.samples
        if source is None or samples is None:
            return
        engine = self.engines["proj"]
        images, labels = samples.images, samples.labels

        def job(progress: Any, should_stop: Any) -> Any:
            return engine.project(source, images, labels, layer, method, progress, should_stop)

        self.runners["proj"].submit(job)

    @Slot(int, object)
    def _on_proj_finished(self, _job: int, result: Any) -> None:
        if hasattr(result, "methods"):  # NetworkInfo: the layers to offer
            self.projector.set_layers(result.layers, result.default_layer)
            return
        self.projector.show_projection(result.xy, result.labels, result.predicted)

    @Slot(int, str)
    def _on_proj_failed(self, _job: int, message: str) -> None:
        self.projector.show_message(self.tr("The projection failed: {0}").format(message))

    @Slot(int)
    def _on_proj_stopped(self, _job: int) -> None:
        self.projector.show_message(self.tr("Stopped."))

    # ---- doctor -------------------------------------------------------------------------------
    @Slot(object)
    def _on_findings(self, findings: Any) -> None:
        self.doctor.set_findings(findings)
        self.marks.show(findings, self._bpe)
        self._set_doctor_title(len(findings))

    def apply_fix(self, finding: Any, fix: Any) -> None:
        """One click: the fix as one undoable edit of the open project."""
        project = self.window.project
        try:
            edit = fix_edit(project, fix)
        except FixError as e:
            self._status(self.tr("This fix no longer applies: {0}").format(error_text(e)))
            return
        label = core_tr(fix.text)
        stack = getattr(self.window, "undo_stack", None)
        if edit.command is not None:
            from netstudio.gui.undo import GraphUndoCommand

            command: QUndoCommand = GraphUndoCommand(edit.command, project.graph)
            command.setText(label)
        else:
            command = FixSettingsCommand(project, edit.data, edit.training, label)
        if stack is not None:
            stack.push(command)
        else:
            command.redo()
        self._status(self.tr("Applied: {0}. Train again to see the effect (Ctrl+Z undoes it).")
                     .format(label))

    @Slot(object)
    def _on_finding_selected(self, finding: Any) -> None:
        focus = getattr(self.window, "focus_node", None)
        if finding.node and focus is not None and finding.node in self.window.project.graph:
            focus(finding.node)

    # ---- learning-rate finder -----------------------------------------------------------------
    @Slot()
    def find_lr(self) -> None:
        """The range test on the open project's network and data, in the background."""
        from netstudio.core.explain.lr_find import find_lr
        from netstudio.core.project import Project

        if self.controller.busy:
            return
        snapshot = self.window.project.to_dict()
        path = getattr(self.window.project, "path", None)
        points: list[tuple[float, float]] = []  # appended in the job's thread, read here

        def job(progress: Any, should_stop: Any) -> Any:
            from netstudio.core.train.run import SetupError
            from netstudio.gui.inspect.lr_find_dialog import STEPS

            project = Project.from_dict(snapshot)
            project.path = path
            try:
                return find_lr(project, steps=STEPS, download=True, reuse_data=True,
                               on_point=lambda lr, loss: points.append((lr, loss)),
                               progress=lambda d, t: progress(d, t, ""),
                               should_stop=should_stop)
            except SetupError as e:
                raise RuntimeError(error_text(e)) from None

        self.lr_dialog = LRFindDialog(job, self.window, points)
        self.lr_dialog.lr_chosen.connect(self._on_lr_chosen)
        self.lr_dialog.show()
        self.lr_dialog.start()

    @Slot(float)
    def _on_lr_chosen(self, lr: float) -> None:
        from netstudio.core.explain.doctor import Fix

        self.apply_fix(None, Fix("set-lr", {"lr": lr}))

    # ---- run life cycle -----------------------------------------------------------------------
    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        idle = state == "idle"
        self.doctor.set_fixes_enabled(idle)
        if self.lr_button is not None:
            self.lr_button.setEnabled(idle)

    @Slot(object)
    def _on_run_started(self, info: Any) -> None:
        self._bpe = None
        self.doctor.set_findings(())
        self.marks.clear()
        self._set_doctor_title(0)

    @Slot(object)
    def _on_batch_ended(self, event: Any) -> None:
        self._bpe = event.batches_per_epoch

    @Slot(object)
    def _on_weights_captured(self, frame: Any) -> None:
        if frame.reason in ("paused", "end", "epoch") and self.tabs.isVisible():
            self.refresh()

    @Slot(object)
    def _on_run_finished(self, result: Any) -> None:
        self.doctor.set_findings(self.doctor.findings, final=True)
        self.marks.show(self.doctor.findings, self._bpe)

    @Slot(list)
    def _on_runs_selected(self, rows: list[Any]) -> None:
        """A stored run chosen in the run table: its network (the Inspect views load it) and
        the doctor's findings saved in its metrics.json, marked on its curves."""
        if not rows or self.controller.busy:
            return
        from netstudio.core.explain.doctor import Finding

        row = rows[0]
        self._run_key = getattr(row, "id", None)
        try:
            metrics = row.run.metrics() or {}
        except Exception:  # noqa: BLE001 - an unreadable run shows no findings, nothing more
            metrics = {}
        found = [Finding.from_dict(d) for d in metrics.get("findings") or ()
                 if isinstance(d, dict)]
        found = [f for f in found if f is not None]
        self.doctor.set_findings(found, final=True)
        batch = (metrics.get("config") or {}).get("batch_size")
        train = (metrics.get("samples") or {}).get("train")
        per_epoch = -(-train // batch) if isinstance(train, int) and isinstance(batch, int) \
            and batch > 0 else None
        self.marks.show(found, per_epoch)
        self._set_doctor_title(len(found))
        if self.dock_visible():
            self.refresh()

    def dock_visible(self) -> bool:
        dock = getattr(self, "dock", None)
        return dock is not None and dock.isVisible() and not dock.visibleRegion().isEmpty()

    def _set_doctor_title(self, n: int) -> None:
        title = QCoreApplication.translate("ExplainHub", "Doctor")
        self.tabs.setTabText(TAB_KEYS.index("Doctor"), f"{title} ({n})" if n else title)

    @Slot(object)
    def _on_project_changed(self, project: Any) -> None:
        self.override = None
        self.doctor.clear()
        self.marks.clear()
        self._info_key = None

    @Slot(bool)
    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self.inspector.ensure_samples()
            self.refresh()

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.projector:
            self._refresh_layers()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def _status(self, text: str) -> None:
        show = getattr(self.window, "show_status", None)
        if show is not None:
            show(text)

    def shutdown(self) -> None:
        for runner in self.runners.values():
            runner.shutdown()
        if self.lr_dialog is not None:
            self.lr_dialog.runner.shutdown()


def _graph_key(snapshot: Any) -> str:
    graph = (snapshot or {}).get("graph", {})
    nodes = [{k: v for k, v in n.items() if k != "pos"} for n in graph.get("nodes", [])]
    return json.dumps([nodes, graph.get("edges", [])], sort_keys=True, default=str)


def install_explain(window: Any, dash: Any) -> ExplainHub:
    """The Explain dock beside Dashboard and Inspect, plus the hooks listed at the top."""
    hub = ExplainHub(window, dash)
    dock = QDockWidget(QCoreApplication.translate("ExplainHub", "Explain"), window)
    dock.setObjectName("dock_explain")
    scroll = QScrollArea()  # a short dock scrolls instead of forcing its height on the group
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(hub.tabs)
    dock.setWidget(scroll)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    docks = getattr(dash, "docks", {})
    if "inspect" in docks:
        window.tabifyDockWidget(docks["inspect"], dock)
        docks["dashboard"].raise_()
    docks["explain"] = dock
    hub.dock = dock
    dock.visibilityChanged.connect(hub._on_dock_visibility)
    dash.explain = hub
    return hub
