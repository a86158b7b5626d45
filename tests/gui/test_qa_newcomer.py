"""What a newcomer's pass over the app found: samples open readable, views fit the task and the
project (no accuracy plot or confusion matrix for an autoencoder, nothing left over from the
previous project), clear messages for networks without feature maps and for stopped runs."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.train.events import Status  # noqa: E402
from netstudio.gui.training.controller import IDLE  # noqa: E402
from netstudio.gui.training.worker import RunOptions  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def window(main_window):
    w = main_window(show=True, extensions=True)
    w.training.controller.options = RunOptions(subset=300)
    yield w
    w.training.shutdown()


def _open_sample(qtbot, w, samples_dir, name, samples=False):
    assert w.files.open_sample(samples_dir / f"{name}.nsproj.json")
    hub = w.training.inspector
    if samples:
        hub.ensure_samples()  # the Inspect dock is not on screen in these tests
        qtbot.waitUntil(lambda: hub.samples is not None, timeout=20_000)
    return w.training


def _results_pages(hub):
    return [hub.results.isTabVisible(i) for i in range(hub.results.count())]


def test_tall_sample_opens_readable_and_f_still_fits_everything(main_window, samples_dir):
    from netstudio.gui.canvas.view import READABLE_ZOOM

    w = main_window(show=True)
    w.resize(1200, 700)
    assert w.files.open_sample(samples_dir / "resnet_small.nsproj.json")
    assert w.view.zoom() >= READABLE_ZOOM - 1e-6  # shapes on the edges are drawn from 0.35
    visible = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    first = w.scene.nodes["input"].sceneBoundingRect()
    assert visible.contains(first)  # it opens at the top, where the data comes in
    w.view.fit()  # F / Fit to View: the whole network, however small
    assert w.view.zoom() < READABLE_ZOOM
    visible = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert visible.contains(w.scene.itemsBoundingRect())


def test_autoencoder_run_shows_no_accuracy_or_confusion_and_next_project_starts_clean(
        qtbot, window, samples_dir):
    dash = _open_sample(qtbot, window, samples_dir, "conv_autoencoder", samples=True)
    hub = dash.inspector
    assert _results_pages(hub) == [False, False, True]  # only Reconstruction
    assert not dash.plots.accuracy_shown
    with qtbot.waitSignal(dash.controller.run_finished, timeout=60_000) as done:
        dash.train()
    assert done.args[0].status == Status.FINISHED, done.args[0].message
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=5000)
    assert not dash.plots.accuracy_shown and dash.plots.point_counts()["loss"] > 0
    hub.show_tab("Results")
    assert hub.reconstruction.pairs == 16
    assert dash.panel.banner.isVisible()
    hub.show_tab("Draw")
    hub.draw.pad.stroke([(100, 100), (150, 200)])
    assert "autoencoder" in hub.draw.answer.text()
    assert hub.draw.bars_plot.isHidden()  # no class probabilities to show

    _open_sample(qtbot, window, samples_dir, "lstm_rows")
    assert _results_pages(hub) == [True, True, False]
    assert hub.reconstruction.pairs == 0  # not the autoencoder's pictures
    assert dash.plots.accuracy_shown and dash.plots.point_counts()["loss"] == 0
    assert not hub.draw.bars_plot.isHidden()
    assert not dash.panel.banner.isVisible() and dash.panel.progress.value() == 0


def test_switching_the_task_switches_the_results_pages(qtbot, window, samples_dir):
    dash = _open_sample(qtbot, window, samples_dir, "mnist_cnn")
    hub = dash.inspector
    assert _results_pages(hub) == [True, True, False]
    hub.confusion.set_matrix(np.eye(10, dtype=np.int64) * 5, [str(i) for i in range(10)])
    dash.panel.form.task.setCurrentIndex(dash.panel.form.task.findData("reconstruction"))
    assert window.project.training["task"] == "reconstruction"
    assert _results_pages(hub) == [False, False, True]
    assert hub.confusion.matrix is None  # the counts of the old task are gone


def test_lstm_network_says_it_has_no_feature_maps(qtbot, window, samples_dir):
    dash = _open_sample(qtbot, window, samples_dir, "lstm_rows", samples=True)
    hub = dash.inspector
    hub.show_tab("Feature maps")
    window.scene.select_nodes(["lstm"])
    qtbot.waitUntil(lambda: "no layer whose output is an image" in hub.feature_maps.title.text())
    assert "'lstm' gives [128]" in hub.feature_maps.title.text()
    assert hub.feature_maps.tile_count == 0
    # A CNN's dense layer gets the usual hint: there are convolutions to pick.
    _open_sample(qtbot, window, samples_dir, "mnist_cnn")
    window.scene.select_nodes(["fc1"])
    qtbot.waitUntil(lambda: "'fc1' gives" in hub.feature_maps.title.text())
    assert "no layer whose output is an image" not in hub.feature_maps.title.text()


def test_stopped_run_banner_says_where_it_stopped_and_that_it_was_not_tested():
    from netstudio.gui.training.dashboard import finished_text

    result = SimpleNamespace(status=Status.STOPPED, message="Stopped.", test=None, history=[],
                             seconds=36.0)
    batch = SimpleNamespace(epoch=1, batch=290, batches_per_epoch=844)
    text, level = finished_text(result, batch)
    assert level == "warning"
    assert "Stopped in epoch 1 after 290 of 844 batches (0:36)." in text
    assert "not tested" in text and "no test set" not in text
    at_epoch_end = SimpleNamespace(epoch=2, batch=844, batches_per_epoch=844)
    result.history = [object(), object()]
    assert finished_text(result, at_epoch_end)[0].startswith("Stopped after 2 epoch(s) (0:36).")


def test_training_settings_fit_the_dock_without_sideways_scrolling(qtbot):
    from netstudio.gui.app import make_app
    from netstudio.gui.training.settings_form import SettingsForm

    make_app()
    form = SettingsForm()
    qtbot.addWidget(form)
    form.load({"dataset": "mnist"}, {"task": "reconstruction", "loss": "MSELoss"})
    assert form.minimumSizeHint().width() <= 320  # the dock's default width, scroll bar off


def test_confusion_counts_stay_inside_their_cells(qtbot):
    from netstudio.gui.app import make_app
    from netstudio.gui.inspect.confusion import ConfusionView

    make_app()
    view = ConfusionView()
    qtbot.addWidget(view)
    m = np.full((10, 10), 7, dtype=np.int64)
    np.fill_diagonal(m, 1134)
    view.set_matrix(m, [str(i) for i in range(10)])
    assert view.cell_text(1, 1) == "1134" and view.cell_text(0, 3) == "7"
    for label in view.labels:  # in matrix units: one cell is 1 x 1
        width = label.boundingRect().width() * label.scale()
        height = label.boundingRect().height() * label.scale()
        assert 0 < width < 1 and 0 < height < 1
    view.clear()
    assert view.matrix is None and not view.labels



def test_status_line_while_paused_stepping_and_after_stop(qtbot):
    from netstudio.gui.app import make_app
    from netstudio.gui.training.controller import PAUSED, RUNNING, STOPPING
    from netstudio.gui.training.panel import TrainingPanel

    make_app()
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.set_state(RUNNING)
    panel.show_batch(1, 1, 152, 844, 1674.0, 26.0)
    panel.set_state(PAUSED)
    assert panel.status.text().endswith("(paused)")
    panel.show_batch(1, 1, 153, 844, 953.0, 46.0)  # the batch a Step trained
    assert "batch 153/844" in panel.status.text() and panel.status.text().endswith("(paused)")
    assert panel.pause_button.text() == "Resume"
    assert "ETA" not in panel.status.text()  # no time left to wait while paused
    assert "1,674 samples/s" in panel.status.text()  # a Step's lone batch is no rate
    panel.set_state(RUNNING)
    panel.set_state(STOPPING)
    panel.show_batch(1, 1, 160, 844, 1600.0, 20.0)  # the last report, after Stop
    assert panel.status.text() == "Stopping after this batch..."
    panel.set_state(IDLE)  # the run has stopped: not "Stopping..." for ever, and no ETA
    assert panel.status.text() == "Epoch 1/1, batch 160/844 · 1,600 samples/s"
    panel.set_network_errors(True)  # not "Ready to train." beside a red banner
    assert "Problems" in panel.status.text()
    panel.set_network_errors(False)
    panel.reset_progress()
    assert panel.status.text() == "Ready to train."
    # the whole line shows: wrapped on two lines when the dock is narrow
    panel.resize(260, 600)
    panel.set_state(RUNNING)
    panel.show_batch(12, 30, 1530, 1844, 12345.0, 4000.0)
    panel.set_state(PAUSED)
    from PySide6.QtCore import Qt

    lines = panel.status.fontMetrics().boundingRect(
        0, 0, panel.status.width(), 1000, Qt.TextFlag.TextWordWrap.value,
        panel.status.text()).height()
    assert panel.status.wordWrap() and lines <= panel.status.height()


def test_a_refused_value_says_why_next_to_the_field(qtbot, main_window):
    from PySide6.QtWidgets import QToolTip

    w = main_window(sample="mnist_cnn", show=True)
    w.scene.select_nodes(["conv1"])
    field = w.properties.fields["kernel_size"]
    field.editor.setFocus()
    qtbot.waitUntil(field.editor.hasFocus)
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, "0")
    assert w.project.graph.node("conv1").params["kernel_size"] == 5  # not applied
    assert QToolTip.isVisible() and "Must be" in QToolTip.text()


def test_tall_network_with_an_error_opens_at_the_error(main_window, samples_dir):
    w = main_window(show=True)
    w.resize(1200, 600)
    assert w.files.open_sample(samples_dir / "tutorial_mistakes.nsproj.json")
    visible = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert visible.contains(w.scene.nodes["fc1"].sceneBoundingRect())  # the red card


def test_train_with_errors_shows_why_even_with_properties_in_front(qtbot, window,
                                                                   samples_dir):
    dash = _open_sample(qtbot, window, samples_dir, "tutorial_mistakes")
    window.properties_dock.raise_()
    qtbot.waitUntil(lambda: dash.docks["training"].visibleRegion().isEmpty())
    assert not dash.train()
    qtbot.waitUntil(lambda: not dash.docks["training"].visibleRegion().isEmpty())
    assert "fc1" in dash.panel.banner.text()
    assert "errors" in window.statusBar().currentMessage()
