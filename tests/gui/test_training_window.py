"""Training in the real main window: Train, live plots, feature maps, Stop, divergence."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.train.events import Status  # noqa: E402
from netstudio.gui.training.controller import IDLE  # noqa: E402
from netstudio.gui.training.worker import RunOptions  # noqa: E402
from tests.gui.test_training_controller import tiny_cnn  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    from netstudio.gui.main_window import MainWindow

    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.show()
    dash = w.training
    dash.controller.options = RunOptions(subset=300)
    yield w
    dash.shutdown()
    w.close()  # as the app closes: the other worker threads (deploy, tune) stop too


def _open(qtbot, window, project):
    window.set_project(project)
    hub = window.training.inspector
    hub.ensure_samples()  # the Inspect dock is not on screen in these tests
    qtbot.waitUntil(lambda: hub.samples is not None, timeout=20_000)
    return window.training


def test_train_fills_plots_feature_maps_and_results(qtbot, window):
    dash = _open(qtbot, window, tiny_cnn(epochs=2))
    window.scene.select_nodes(["conv1"])
    hub = dash.inspector
    assert hub.feature_maps.tile_count == 4  # before training: the untrained network's maps
    assert "untrained" in hub.feature_maps.title.text()
    live_maps = []
    dash.controller.maps_captured.connect(live_maps.append)
    with qtbot.waitSignal(dash.controller.run_finished, timeout=60_000):
        dash.panel.train_button.click()
        assert window.read_only  # the graph is locked while the run is live
        assert not dash.panel.train_button.isEnabled()
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=5000)
    assert not window.read_only
    dash.plots.refresh()
    counts = dash.plots.point_counts()
    assert counts["loss"] >= 2 and counts["val_loss"] == 2 and counts["val_accuracy"] == 2
    assert live_maps and live_maps[-1].maps.shape[0] == 4
    assert hub.feature_maps.tile_count == 4
    assert "Test accuracy" in dash.panel.banner.text()
    assert hub.confusion.matrix is None  # filled when the Results tab is shown
    hub.show_tab("Results")
    assert hub.confusion.matrix is not None and hub.confusion.matrix.sum() == 300
    assert hub.per_class.table.rowCount() == 10 and "0." in hub.per_class.average.text()
    assert hub.model.trained
    assert dash.runs_panel.table.model().rowCount() == 1
    [row] = dash.runs
    assert row.status == "finished" and row.run.model_file.exists()  # kept in the store
    assert dash.runs_panel.table.model().index(0, 1).data() == "finished"
    # The drawing pad now answers with the trained weights.
    hub.show_tab("Draw")
    hub.draw.pad.stroke([(140, 30), (140, 250)])
    assert hub.draw.probs is not None and abs(hub.draw.probs.sum() - 1) < 1e-4
    # ... and feeds the feature maps.
    hub.show_tab("Feature maps")
    assert hub.image_label == "your drawing" and hub.feature_maps.tile_count == 4


def test_curves_grow_while_the_run_goes(qtbot, window):
    dash = _open(qtbot, window, tiny_cnn(batch_size=2, epochs=50))
    plots = dash.plots
    raw = plots.loss.raw
    dash.train()
    # The plot redraws on its own timer, several times a second, into the same items.
    qtbot.waitUntil(lambda: plots.point_counts()["loss"] > 0, timeout=30_000)
    first = plots.point_counts()["loss"]
    qtbot.waitUntil(lambda: plots.point_counts()["loss"] > first, timeout=10_000)
    assert plots.loss.raw is raw and dash.controller.state == "running"
    dash.controller.stop()
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=5000)


def test_selecting_a_pool_node_shows_its_channels_and_filters_need_a_conv(qtbot, window):
    dash = _open(qtbot, window, tiny_cnn())
    hub = dash.inspector
    window.scene.select_nodes(["pool1"])
    assert hub.feature_maps.tile_count == 4
    assert hub.feature_maps.maps.shape == (4, 13, 13)
    hub.show_tab("Filters")
    assert hub.filters.tile_count == 0 and "not a convolution" in hub.filters.title.text()
    window.scene.select_nodes(["conv1"])
    assert hub.filters.tile_count == 4


def test_stop_is_quick_and_leaves_the_app_usable(qtbot, window):
    dash = _open(qtbot, window, tiny_cnn(batch_size=2, epochs=50))
    with qtbot.waitSignal(dash.controller.batch_ended, timeout=30_000):
        dash.train()
    t0 = time.monotonic()
    with qtbot.waitSignal(dash.controller.run_finished, timeout=5000) as done:
        dash.panel.stop_button.click()
    assert time.monotonic() - t0 < 1.0
    assert done.args[0].status == Status.STOPPED
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=2000)
    assert dash.panel.train_button.isEnabled() and not window.read_only
    assert "Stopped" in dash.panel.banner.text()


def test_diverging_run_is_reported_in_the_ui(qtbot, window):
    dash = _open(qtbot, window, tiny_cnn(lr=1e12, optimizer="SGD"))
    with qtbot.waitSignal(dash.controller.run_finished, timeout=30_000):
        dash.train()
    text = dash.panel.banner.text()
    assert dash.panel.banner.isVisible() and "diverged" in text and "lr" in text
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=2000)
    assert dash.panel.train_button.isEnabled()


def test_step_updates_every_view(qtbot, window):
    dash = _open(qtbot, window, tiny_cnn(batch_size=2, epochs=50))
    hub = dash.inspector
    window.scene.select_nodes(["relu1"])
    hub.show_tab("Histograms")
    with qtbot.waitSignal(dash.controller.batch_ended, timeout=30_000):
        dash.train()
    with qtbot.waitSignal(dash.controller.weights_captured, timeout=5000,
                          check_params_cb=lambda f: f.reason == "paused"):
        dash.panel.pause_button.click()
    assert dash.panel.pause_button.text() == "Resume"
    before = dash.plots.curves.loss.x.size
    with qtbot.waitSignals([dash.controller.batch_ended, dash.controller.maps_captured,
                            dash.controller.stats_captured, dash.controller.weights_captured],
                           timeout=5000):
        dash.panel.step_button.click()
    assert dash.plots.curves.loss.x.size == before + 1
    assert "relu1" in hub.histograms.rows and "dead" in hub.histograms.dead_text("relu1")
    assert hub.feature_maps.tile_count == 4
    dash.panel.stop_button.click()
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=5000)


def test_settings_edits_are_stored_and_undoable(qtbot, window):
    dash = _open(qtbot, window, tiny_cnn())
    form = dash.panel.form
    form.epochs.setValue(7)
    form.epochs.setValue(8)  # typing "8" after "7": one undo step for the same field
    assert window.project.training["epochs"] == 8
    form.lr.setValue(0.05)
    assert window.project.training["lr"] == 0.05
    assert window.undo_stack.undoText() == "Change training.lr"
    window.undo_stack.undo()
    assert window.project.training["lr"] == 0.01 and window.project.training["epochs"] == 8
    window.undo_stack.undo()
    assert window.project.training["epochs"] == 1
    assert form.epochs.value() == 1  # the form follows the project
    form.augment.setChecked(True)
    assert window.project.data["augment"] == {"shift": 0.1, "rotate": 10}


def test_graph_errors_block_training_with_a_message(qtbot, window):
    bad = tiny_cnn()
    bad.graph.node("fc").params["out_features"] = 7
    dash = _open(qtbot, window, bad)
    assert not dash.train()
    assert "errors" in dash.panel.banner.text() and "fc" in dash.panel.banner.text()
    assert dash.controller.state == IDLE


def test_file_export_goes_through_the_core_service_in_a_worker(qtbot, window, tmp_path):
    import torch

    from netstudio.core.compiler import compile_project

    dash = _open(qtbot, window, tiny_cnn())
    exports = dash.actions.exports
    exports.menu.aboutToShow.emit()
    assert not exports.actions["weights"].isEnabled()  # nothing trained yet
    with qtbot.waitSignal(dash.controller.run_finished, timeout=60_000):
        dash.train()
    exports.menu.aboutToShow.emit()
    assert all(a.isEnabled() for a in exports.actions.values())
    target = tmp_path / "w.pt"
    with qtbot.waitSignal(exports.exported, timeout=60_000) as done:
        assert exports.export_to("weights", target)
    assert done.args[0].ok and str(target) in window.statusBar().currentMessage()
    net = compile_project(window.project)
    net.load_state_dict(torch.load(target, weights_only=True))
    ours = dash.inspector.model.model.state_dict()["layers.fc.weight"]
    assert torch.equal(net.state_dict()["layers.fc.weight"], ours)
    with qtbot.waitSignal(exports.exported, timeout=60_000) as done:
        exports.export_to("python", tmp_path / "net.py")
    assert (tmp_path / "net.py").read_text().count("class ") >= 1
    assert (tmp_path / "net.pt").is_file(), done.args[0].message
    assert np.isfinite(ours.numpy()).all()
    # the guards of the command line hold here too
    window.project.save(tmp_path / "p.nsproj.json")
    with qtbot.waitSignal(exports.exported, timeout=60_000) as done:
        exports.export_to("onnx", tmp_path / "p.nsproj.json")
    assert not done.args[0].ok and "project file itself" in done.args[0].message
    assert json.loads((tmp_path / "p.nsproj.json").read_text())["format"] == "netstudio"


def test_autoencoder_run_shows_reconstructions(qtbot, window):
    from netstudio.core.project import Project

    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
             {"id": "flat", "type": "Flatten"},
             {"id": "code", "type": "Linear", "params": {"out_features": 16}},
             {"id": "relu", "type": "ReLU"},
             {"id": "out", "type": "Linear", "params": {"out_features": 784}},
             {"id": "sig", "type": "Sigmoid"},
             {"id": "shape", "type": "Reshape", "params": {"shape": [1, 28, 28]}}]
    ids = [n["id"] for n in nodes]
    project = Project.from_dict({
        "format": "netstudio", "version": 1, "name": "ae",
        "graph": {"nodes": nodes, "edges": [{"from": a, "to": b}
                                            for a, b in zip(ids, ids[1:], strict=False)]},
        "training": {"task": "reconstruction", "loss": "MSELoss", "optimizer": "Adam",
                     "lr": 0.01, "batch_size": 32, "epochs": 1, "seed": 0}})
    dash = _open(qtbot, window, project)
    with qtbot.waitSignal(dash.controller.run_finished, timeout=60_000) as done:
        dash.train()
    assert done.args[0].status == Status.FINISHED, done.args[0].message
    hub = dash.inspector
    hub.show_tab("Results")
    assert hub.reconstruction.pairs == 16
    assert hub.results.currentWidget() is hub.reconstruction
    hub.draw.pad.stroke([(100, 100), (150, 200)])
    assert "autoencoder" in hub.draw.answer.text()
