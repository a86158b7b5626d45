"""The Inspect tabs: feature maps, filters, histograms, results and the drawing pad.

While a run is live, the training thread captures what the selected node shows (worker.py);
otherwise (before, after, paused) a private copy of the network (InspectModel) answers on the
GUI thread from the latest weight snapshot. Both paths end in the same views.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Slot
from PySide6.QtWidgets import QScrollArea, QSplitter, QTabWidget, QWidget

from netstudio.core.analysis import analyze
from netstudio.core.data.preprocess import Preprocessing
from netstudio.core.train import capture
from netstudio.gui.inspect.confusion import ConfusionView
from netstudio.gui.inspect.draw_pad import DrawPadPanel
from netstudio.gui.inspect.feature_maps import HINT, FeatureMapView
from netstudio.gui.inspect.filters import HINT as FILTERS_HINT
from netstudio.gui.inspect.filters import FilterView
from netstudio.gui.inspect.histograms import HistogramView
from netstudio.gui.inspect.misclassified import MisclassifiedGallery
from netstudio.gui.inspect.per_class import PerClassTable
from netstudio.gui.inspect.reconstruction import ReconstructionView
from netstudio.gui.training.controller import RUNNING, STARTING, TrainingController
from netstudio.gui.training.inspector import InspectModel
from netstudio.gui.training.samples import SampleLoader, SampleSet
from netstudio.gui.training.worker import PROBE_SIZE, CaptureRequest

# English keys (show_tab, tests); the tab shows the translation.
TABS = (
    QT_TRANSLATE_NOOP("InspectorHub", "Feature maps"),
    QT_TRANSLATE_NOOP("InspectorHub", "Filters"),
    QT_TRANSLATE_NOOP("InspectorHub", "Histograms"),
    QT_TRANSLATE_NOOP("InspectorHub", "Results"),
    QT_TRANSLATE_NOOP("InspectorHub", "Draw"),
)


class InspectorHub(QObject):
    def __init__(self, controller: TrainingController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = InspectModel()
        self.loader = SampleLoader(self)
        self.samples: SampleSet | None = None
        self.project: Any = None
        self.node_id: str | None = None
        self.image01: np.ndarray | None = None
        self.image_label = ""
        self._graph_json: str | None = None
        self._run_snapshot: dict[str, Any] | None = None
        self._pending_test: Any = None
        self._task = "classification"
        self.shown_run: str | None = None  # a stored run's name while its network is shown
        self._canvas_at_pin: str | None = None  # the canvas graph when that run was shown

        self.feature_maps = FeatureMapView()
        self.filters = FilterView()
        self.histograms = HistogramView()
        self.confusion = ConfusionView()
        self.per_class = PerClassTable()
        self.gallery = MisclassifiedGallery()
        self.reconstruction = ReconstructionView()
        self.draw = DrawPadPanel()
        self.results = QTabWidget()
        results_split = QSplitter()
        results_split.addWidget(self.confusion)
        results_split.addWidget(self.gallery)
        results_split.setSizes([500, 400])
        self.results.addTab(results_split, self.tr("Confusion matrix and mistakes"))
        self.results.addTab(self.per_class, self.tr("Per class"))
        self.results.addTab(self.reconstruction, self.tr("Reconstruction"))
        self.tabs = QTabWidget()
        # The histogram rows and the 280-pixel drawing pad scroll rather than impose their
        # size on the whole dock; the other pages shrink with it.
        self.pages: dict[str, QWidget] = {}
        for widget, title in zip((self.feature_maps, self.filters, self.histograms, self.results,
                                  self.draw), TABS, strict=True):
            page = widget
            if title in ("Histograms", "Draw"):
                page = QScrollArea()
                page.setWidgetResizable(True)
                page.setFrameShape(QScrollArea.Shape.NoFrame)
                page.setWidget(widget)
            self.pages[title] = page
            self.tabs.addTab(page, QCoreApplication.translate("InspectorHub", title))

        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.installEventFilter(self)
        self.feature_maps.strip.sample_chosen.connect(self._on_sample_chosen)
        self.confusion.cell_clicked.connect(self._on_confusion_cell_clicked)
        self.confusion.show_all.connect(self.gallery.show_all)
        self.draw.digit_ready.connect(self._on_digit_drawn)
        self.draw.set_predictor(self._predict_drawing)
        self.loader.loaded.connect(self._on_samples_loaded)
        self.loader.failed.connect(self._on_samples_failed)
        controller.maps_captured.connect(self._on_maps_captured)
        controller.stats_captured.connect(self._on_stats_captured)
        controller.weights_captured.connect(self._on_weights_captured)

    def show_tab(self, title: str) -> None:
        """Bring one of TABS to the front."""
        self.tabs.setCurrentWidget(self.pages[title])

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.tabs and event.type() == QEvent.Type.Show:
            self.ensure_samples()
        return False

    # ---- project and runs -------------------------------------------------------------------
    @property
    def live(self) -> bool:
        return self.controller.state in (STARTING, RUNNING)

    def set_project(self, project: Any) -> None:
        self.project = project
        self.unpin()
        self._graph_json = None
        if not self.controller.busy:  # nothing said about the previous project stays
            self.feature_maps.show_message(self.feature_maps.tr(HINT))
            self.filters.show_message(self.filters.tr(FILTERS_HINT))  # never a blank page
        self.clear_results(_task({"training": project.training}))
        if self.tabs.isVisible():
            self.ensure_samples()
        self.refresh()

    def settings_changed(self, project: Any) -> None:
        task = _task({"training": project.training})
        if task != self._task and not self.controller.busy:
            self.clear_results(task)
        if self.samples is not None or self.tabs.isVisible():
            self.ensure_samples()

    def clear_results(self, task: str) -> None:
        """Empty the Results pages (nothing left from another project or run) and show only
        the pages that fit the task: a confusion matrix means nothing for an autoencoder."""
        self._task = task
        self._pending_test = None
        self.confusion.clear()
        self.per_class.clear()
        self.gallery.clear()
        self.reconstruction.clear()
        classify = task == "classification"
        for page in (0, 1):
            self.results.setTabVisible(page, classify)
        self.results.setTabVisible(2, not classify)
        self.draw.bars_plot.setVisible(classify)  # no classes: no empty bar chart

    def ensure_samples(self) -> None:
        """Load the test images (in the background) once they are needed: the Inspect tabs
        are shown, a node is selected or a run starts. Nothing is read before that."""
        if self.project is not None:
            self.loader.request(self.project)

    def begin_run(self, snapshot: dict[str, Any]) -> None:
        """A run starts: the private copy follows the run's network from now on."""
        self.unpin()
        self._run_snapshot = snapshot
        self.clear_results(_task(snapshot))
        self.ensure_samples()
        self.model.build(snapshot)
        self._graph_json = _graph_key(snapshot)
        self._send_request()

    # ---- a stored run --------------------------------------------------------------------
    def show_run(self, name: str, snapshot: dict[str, Any], weights: dict[str, np.ndarray],
                 normalization: dict[str, Any], test: Any) -> bool:
        """Show a stored run's trained network in every view (feature maps, filters,
        histograms, draw pad, results) without training: its own network, even when the
        canvas holds another, until the canvas is edited. False if it cannot be built."""
        if self.controller.busy:
            return False
        if not self.model.build(snapshot) or not self.model.load(weights, 0):
            return False
        # how the run's images were scaled, as recorded with it (else: the project's rule)
        with contextlib.suppress(ValueError):
            self.model.set_preprocessing(Preprocessing.from_dict(normalization))
        names = normalization.get("class_names")
        if isinstance(names, list) and names:
            self.draw.set_class_names(tuple(str(n) for n in names))
        self.shown_run = name
        self._graph_json = _graph_key(snapshot)
        self._run_snapshot = snapshot
        self._canvas_at_pin = _graph_key(self.project.to_dict()) if self.project else None
        self.clear_results(_task(snapshot))
        self._pending_test = test
        self._show_results()
        self.draw.set_predictor(self._predict_drawing)
        self.refresh()
        return True

    def unpin(self) -> None:
        """Follow the canvas again (its network, untrained until the next run)."""
        self.shown_run = None
        self._canvas_at_pin = None

    def canvas_changed(self) -> None:
        """The canvas graph was edited: a shown stored run gives way to it."""
        if self.shown_run is not None and self.project is not None and (
                _graph_key(self.project.to_dict()) != self._canvas_at_pin):
            self.unpin()
            self.refresh()

    def run_started(self, info: Any) -> None:
        self.model.set_preprocessing(info.preprocessing)
        self.draw.set_class_names(info.class_names)

    def run_finished(self, result: Any) -> None:
        self._pending_test = result.test
        self._show_results()
        self.refresh()

    def _show_results(self) -> None:
        """Fill the Results tab, only once it is on screen (it costs a moment)."""
        test = self._pending_test
        if test is None or self.tabs.currentWidget() is not self.pages["Results"]:
            return
        self._pending_test = None
        if test is not None and test.task == "classification" and test.confusion.size:
            names = [c.name for c in test.per_class] or [str(i) for i in
                                                          range(len(test.confusion))]
            self.confusion.set_matrix(test.confusion, names)
            self.per_class.set_report(test)
            if self.samples is not None:
                wrong = int(np.sum(test.confusion) - np.trace(test.confusion))
                self.gallery.set_items(self.samples.images, test.misclassified, names, wrong)
            self.results.setCurrentIndex(0)
        elif test is not None and self.samples is not None and self.model.trained:
            inputs = self.samples.images[:16].astype(np.float32) / 255.0
            out = self.model.reconstruct(inputs)
            if out is not None:
                self.reconstruction.set_pairs(inputs, out, test.loss)
                self.results.setCurrentWidget(self.reconstruction)

    def shutdown(self) -> None:
        # A loader still reading test images only reads, and its result finds no one: quitting
        # does not wait seconds for it (the app then ends with gui.app.leave).
        self.loader.wait(200)

    # ---- selection and images ---------------------------------------------------------------
    @Slot(list)
    def select_nodes(self, ids: list[str]) -> None:
        node_id = ids[0] if ids else None
        if node_id == self.node_id:
            return
        self.node_id = node_id
        if node_id is not None:
            self.ensure_samples()
        self._send_request()
        self.refresh()

    @Slot(int)
    def _on_sample_chosen(self, row: int) -> None:
        if self.samples is None:
            return
        index = self.samples.strip_indices()[row]
        self.image01 = self.samples.image01(index)
        self.feature_maps.set_input(self.image01)  # shown before a layer is chosen too
        label = self.samples.class_names[int(self.samples.labels[index])]
        self.image_label = self.tr("test image #{0} (a {1})").format(index, label)
        self._send_request()
        self.refresh()

    @Slot(object)
    def _on_digit_drawn(self, digit: np.ndarray) -> None:
        if not digit.any():
            return
        shape = self._input_shape()
        if shape is None or tuple(shape[-2:]) != digit.shape:
            return
        self.image01 = np.repeat(digit[None], shape[0], axis=0).astype(np.float32)
        self.image_label = self.tr("your drawing")
        self.feature_maps.strip.clearSelection()
        self._send_request()
        if not self.live:
            self.refresh()

    def _input_shape(self) -> tuple[int, ...] | None:
        if self.samples is not None:
            return tuple(self.samples.images.shape[1:])
        return None

    @Slot(object)
    def _on_samples_loaded(self, samples: SampleSet) -> None:
        self.samples = samples
        self.model.set_statistics(samples.mean, samples.std)  # the data's own scaling
        idx = samples.strip_indices()
        names = [samples.class_names[int(samples.labels[i])] for i in idx]
        self.feature_maps.strip.set_samples(samples.images[idx], names)
        self.draw.set_class_names(samples.class_names)
        if self.image01 is None or self.image01.shape != samples.images.shape[1:]:
            self.feature_maps.strip.setCurrentRow(0)  # picks the first image (signal)
        self.refresh()

    @Slot(str)
    def _on_samples_failed(self, message: str) -> None:
        self.feature_maps.show_message(
            self.tr("The test images could not be loaded: {0}").format(message))

    def _send_request(self) -> None:
        hist = self.tabs.currentIndex() == TABS.index("Histograms")
        self.controller.set_request(CaptureRequest(self.node_id, self.image01, hist))

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self._send_request()
        self._show_results()
        self.refresh()

    # ---- GUI-thread inspection (not while the training thread owns the model) ---------------
    def _ensure_model(self) -> bool:
        """Keep the private copy in step with the graph when no run holds it."""
        if self.project is None:
            return False
        if self.controller.busy and self._run_snapshot is not None:
            return self.model.ready
        if self.shown_run is not None:  # a stored run's network, until the canvas changes
            return self.model.ready
        snapshot = self.project.to_dict()
        key = _graph_key(snapshot)
        if key != self._graph_json:
            self._graph_json = key
            self._run_snapshot = None
            self.model.build(snapshot)
            if self.samples is not None:
                self.model.set_statistics(self.samples.mean, self.samples.std)
        return self.model.ready

    def refresh(self) -> None:
        """Redraw the visible tab from the private copy (skipped while a run is live)."""
        if self.live or not self._ensure_model():
            if not self.live and self.model.error and self.node_id:
                self.feature_maps.show_message(
                    self.tr("The network cannot run yet ({0}). Fix the problems first.")
                    .format(self.model.error))
            return
        tab = TABS[self.tabs.currentIndex()] if self.tabs.currentIndex() >= 0 else ""
        if tab in ("Feature maps", "Filters"):
            self._refresh_node()
        elif tab == "Histograms" and self.samples is not None:
            if self.controller.busy and self.histograms.rows:
                return  # paused: keep the training thread's view (it has the gradients)
            probe = self.samples.images[:PROBE_SIZE].astype(np.float32) / 255.0
            ids = [i for i in self.model.model.order if i != self.model.model.input_id]
            stats = capture.layer_stats(self.model.model, self.model.prepare(probe), ids)
            self.histograms.set_stats(stats)
        elif tab == "Draw":
            self.draw.set_predictor(self._predict_drawing)

    def _note(self) -> str:
        if self.shown_run is not None:
            return self.tr("Input: {0}; the trained network of run '{1}'.").format(
                self.image_label, self.shown_run)
        if self.model.trained:
            return self.tr("Input: {0}; weights after step {1}.").format(self.image_label,
                                                                         self.model.step)
        return self.tr("Input: {0}; untrained (random) weights: press Train.").format(
            self.image_label)

    def _refresh_node(self) -> None:
        if self.node_id is None:
            return
        if self.image01 is not None:
            maps = self.model.feature_maps(self.node_id, self.image01)
            if maps is not None:
                self._show_maps(self.node_id, maps, self._note())
            else:
                self.feature_maps.show_message(
                    self.tr("'{0}' is not part of the network's path from input to output.")
                    .format(self.node_id))
        weight = self.model.conv_weight(self.node_id)
        if weight is not None:
            self.filters.show_weight(self.node_id, weight)
        else:
            self.filters.show_message(self.tr("'{0}' is not a convolution: select a Conv2d "
                                              "node to see its filters.").format(self.node_id))

    def _show_maps(self, node_id: str, maps: np.ndarray, note: str) -> None:
        if np.ndim(maps) != 3 and not self._has_image_layers():
            # An LSTM or an MLP: say so, rather than send the learner looking for a node.
            if self.image01 is not None:
                self.feature_maps.set_input(self.image01)
            self.feature_maps.show_message(self.tr(
                "This network has no layer whose output is an image (channels x height x "
                "width), so it has no feature maps: '{0}' gives {1} per sample. Feature maps "
                "come from convolution layers and the activation and pooling layers after "
                "them, as in the MNIST CNN sample.").format(node_id, list(np.shape(maps))))
            return
        self.feature_maps.show_maps(node_id, maps, self.image01, note)

    def _has_image_layers(self) -> bool:
        """Whether any layer past the input outputs channels x height x width."""
        if self.project is None:
            return True
        graph = self.project.graph
        analysis = analyze(self.project)
        return any(info.shape is not None and len(info.shape) == 3
                   and graph.node(node_id).type != "Input"
                   for node_id, info in analysis.nodes.items() if node_id in graph.nodes)

    def _predict_drawing(self, digit: np.ndarray) -> np.ndarray | None:
        if self.model.ready and self.model.task != "classification":
            self.draw.no_model_text = self.tr("This network is an autoencoder: it rebuilds "
                                              "images\nand guesses no class. See Results > "
                                              "Reconstruction.")
            return None
        self.draw.no_model_text = self.tr("No trained network yet: press Train first.")
        if not self.model.trained or self._input_shape() is None:
            return None
        shape = self._input_shape()
        if tuple(shape[-2:]) != digit.shape:
            return None
        x = np.repeat(digit[None, None], shape[0], axis=1)
        probs = self.model.probabilities(x)
        return None if probs is None else probs[0]

    # ---- frames from the training thread ----------------------------------------------------
    @Slot(object)
    def _on_maps_captured(self, frame: Any) -> None:
        if frame.node_id != self.node_id:
            return
        note = self.tr("Input: {0}; live, step {1}.").format(self.image_label, frame.step)
        self._show_maps(frame.node_id, frame.maps, note)
        if frame.weight is not None:
            self.filters.show_weight(frame.node_id, frame.weight)

    @Slot(object)
    def _on_stats_captured(self, frame: Any) -> None:
        self.histograms.set_stats({s.node_id: s for s in frame.stats})

    @Slot(object)
    def _on_weights_captured(self, frame: Any) -> None:
        self.model.load(frame.weights, frame.step)
        if frame.reason in ("paused", "end"):  # a step sends its own frames
            self.refresh()
        self.draw.set_predictor(self._predict_drawing)  # re-predict with the new weights

    @Slot(int, int)
    def _on_confusion_cell_clicked(self, true: int, pred: int) -> None:
        self.gallery.show_cell(true, pred)


def _task(snapshot: dict[str, Any]) -> str:
    return str(snapshot.get("training", {}).get("task", "classification"))


def _graph_key(snapshot: dict[str, Any]) -> str:
    graph = snapshot.get("graph", {})
    nodes = [{k: v for k, v in n.items() if k != "pos"} for n in graph.get("nodes", [])]
    return json.dumps([nodes, graph.get("edges", []), snapshot.get("training", {}).get("seed")],
                      sort_keys=True, default=str)
