"""Inspect and train views readable at 1280x720: tiles that grow with the panel and say their
values, a confusion matrix whose colours separate 1 from 50 mistakes, curves with a log scale,
legend and crosshair, a layout that keeps the plots at a usable size, dark banners."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

pytestmark = pytest.mark.gui


def test_tiles_take_the_shape_of_the_panel_and_hover_says_the_value(qtbot):
    from netstudio.gui.inspect.feature_maps import FeatureMapView
    from netstudio.gui.inspect.tile_view import fit_columns

    assert fit_columns(64, 8, 8, 800, 200) == 16  # wide: 16 x 4
    assert fit_columns(64, 8, 8, 300, 300) == 8  # square: 8 x 8
    assert fit_columns(64, 8, 8, 150, 600) == 4  # tall: 4 x 16
    view = FeatureMapView()
    qtbot.addWidget(view)
    view.resize(1000, 300)
    view.show()
    qtbot.waitExposed(view)
    maps = np.arange(64 * 8 * 8, dtype=np.float32).reshape(64, 8, 8)
    view.show_maps("conv2", maps)
    grid = view.tiles.grid
    assert grid.columns > 8  # a wide panel gets more columns, so bigger tiles
    tile_px = view.tiles.view.width() / grid.image.shape[1] * grid.tile_w
    assert tile_px > 16
    view.tiles._on_mouse_moved(view.tiles.item.mapToScene(QPointF(3.5, 2.5)))  # tile 0
    assert "channel 0" in view.tiles.readout.text() and "value 19" in view.tiles.readout.text()
    view.tiles.click_tile(5)
    assert view.channel == 5 and "Channel 5" in view.zoom_label.text()
    levels = view.colour_bar.levels()
    assert levels[0] == pytest.approx(maps[5].min()) and levels[1] == pytest.approx(maps[5].max())
    view._on_zoom_hovered(view.zoom_item.mapToScene(QPointF(2.5, 1.5)))  # row 1, column 2
    assert view.zoom_readout.text().endswith(f"{maps[5, 1, 2]:.4g}")
    view.resize(320, 700)  # tall: the grid turns
    qtbot.waitUntil(lambda: view.tiles.grid.columns < grid.columns)


def test_confusion_colours_separate_a_few_mistakes_and_the_clicked_cell_is_outlined(qtbot):
    from netstudio.gui.inspect.confusion import ConfusionView, cell_colours

    m = np.diag([1000] * 10).astype(np.int64)
    m[3, 5], m[4, 9] = 1, 50
    log = cell_colours(m, "log")
    assert log[3, 5] > 0.05 and log[4, 9] - log[3, 5] > 0.3 and log[0, 1] == 0
    row = cell_colours(m, "row")
    assert row[4].sum() == pytest.approx(1.0)
    view = ConfusionView()
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_matrix(m, [str(i) for i in range(10)])
    assert view.labels_shown  # cells big enough: counts drawn
    view.scale.setCurrentIndex(view.scale.findData("row"))
    assert view.item.image[4, 9] == pytest.approx(50 / 1050, abs=1e-6)
    with qtbot.waitSignal(view.cell_clicked) as clicked:
        scene = view.plot.getViewBox().mapViewToScene(QPointF(9, 4))
        view._on_scene_clicked(type("E", (), {"scenePos": lambda self: scene})())
    assert clicked.args == [4, 9] and view.outline.isVisible()
    assert view.outline.rect().center() == QPointF(9, 4)
    view._on_mouse_moved(scene)
    assert "50 images" in view.readout.text()
    with qtbot.waitSignal(view.show_all):
        view.all_button.click()
    assert not view.outline.isVisible()
    view.resize(200, 200)  # too small to read: counts hidden, hover and Ctrl+Shift+M offered
    qtbot.waitUntil(lambda: not view.labels_shown)
    view._on_mouse_moved(QPointF(-500, -500))  # the mouse leaves the matrix
    assert "Ctrl+Shift+M" in view.readout.text()


def test_show_all_brings_the_whole_gallery_back(main_window):
    from netstudio.core.train.metrics import Misclassified

    w = main_window(extensions=True)
    hub = w.training.inspector
    items = (Misclassified(0, 5, 3, 0.9), Misclassified(1, 2, 7, 0.8))
    hub.gallery.set_items(np.zeros((2, 1, 28, 28), np.uint8), items, [str(i) for i in range(10)])
    hub.confusion.set_matrix(np.eye(10, dtype=np.int64), [str(i) for i in range(10)])
    hub.confusion.cell_clicked.emit(3, 5)
    assert hub.gallery.count == 1
    hub.confusion.all_button.click()
    assert hub.gallery.count == 2
    w.training.shutdown()


def test_curves_log_scale_and_crosshair_readout(qtbot):
    from netstudio.gui.training.plots import LivePlots
    from netstudio.gui.training.series import Curves

    plots = LivePlots(fps=50)
    qtbot.addWidget(plots)
    for i in range(50):
        plots.add_batch(i / 50, 2.0 * 0.9 ** i, min(1.0, 0.1 + i / 50))
    plots.add_epoch(1.0, 0.05, 0.98)
    plots.refresh()
    plots.log_loss.setChecked(True)
    assert plots.loss_plot.ctrl.logYCheck.isChecked()
    assert not plots.acc_plot.ctrl.logYCheck.isChecked()
    other = Curves()
    other.add_batch(0.5, 1.0, 0.5)
    plots.set_overlays([("#2 SGD", other)])
    text = plots.values_at(0.5)
    assert "epoch 0.50" in text and "loss" in text and "accuracy" in text
    assert "#2 SGD: loss 1" in text
    plots.show()
    qtbot.waitExposed(plots)
    centre = plots.loss_plot.vb.mapViewToScene(QPointF(0.5, 0.0))
    plots._on_mouse_moved((centre,))
    assert plots.loss.cross.isVisible() and plots.readout.text().startswith("epoch 0.5")


def test_plots_sit_side_by_side_when_wide_and_never_below_their_minimum(qtbot):
    from netstudio.gui.training.plots import MIN_PLOT, LivePlots

    plots = LivePlots()
    qtbot.addWidget(plots)
    plots.resize(900, 260)
    plots.show()
    qtbot.waitExposed(plots)
    qtbot.waitUntil(lambda: plots.side_by_side)
    plots.resize(420, 700)
    qtbot.waitUntil(lambda: not plots.side_by_side)
    assert plots.graphics.minimumHeight() >= 2 * MIN_PLOT.height()


def test_at_1280x720_the_bottom_panel_keeps_the_plots_usable(main_window, qtbot):
    from netstudio.gui.training.plots import MIN_PLOT

    w = main_window(sample="mnist_cnn", show=True, extensions=True)
    w.resize(1280, 720)
    dash = w.training
    dash.docks["dashboard"].raise_()
    w.resizeDocks([dash.docks["dashboard"]], [60], Qt.Orientation.Vertical)  # shrunk by hand
    dash.docks["inspect"].raise_()
    dash.docks["dashboard"].raise_()  # brought back to the front: usable again
    qtbot.waitUntil(lambda: dash.docks["dashboard"].height() >= 0.4 * w.height())
    qtbot.waitUntil(lambda: dash.plots.loss_plot.height() >= MIN_PLOT.height() - 1)
    assert w.view.height() >= 200  # the canvas keeps its room
    maximized = w.bottom.toggle()
    qtbot.waitUntil(lambda: w.view.height() < 150)
    assert maximized and w.bottom.maximized
    w.bottom.toggle()
    qtbot.waitUntil(lambda: w.view.height() >= 200)
    w.training.shutdown()


def test_dark_theme_makes_the_banner_dark_and_keeps_palette_rows(main_window, qtbot):
    from PySide6.QtWidgets import QApplication

    w = main_window(show=True, extensions=True)
    tree = w.palette.tree
    first = tree.model().index(0, 0)
    height = tree.visualRect(tree.model().index(0, 0, first)).height()
    panel = w.training.panel
    panel.show_banner("The network has errors", "error")
    try:
        w.action_set._set_theme("dark")
        QApplication.processEvents()
        bg = panel.banner.grab().toImage().pixelColor(3, panel.banner.height() // 2)
        assert bg.lightness() < 90
        assert tree.visualRect(tree.model().index(0, 0, first)).height() == height
    finally:
        w.action_set._set_theme("light")
    QApplication.processEvents()
    bg = panel.banner.grab().toImage().pixelColor(3, panel.banner.height() // 2)
    assert bg.lightness() > 180
    w.training.shutdown()


def test_opening_another_file_clears_the_feature_maps_message(main_window, samples_dir):
    w = main_window(sample="lstm_rows", extensions=True)
    hub = w.training.inspector
    hub.feature_maps.show_message("This network has no layer whose output is an image")
    assert w.files.open_sample(samples_dir / "mnist_cnn.nsproj.json")
    assert "no layer whose output" not in hub.feature_maps.title.text()
    w.training.shutdown()


def test_a_starting_run_keeps_its_accuracy_plot(main_window, qtbot):
    from netstudio.gui.training.worker import RunOptions

    w = main_window(sample="mnist_cnn", show=True, extensions=True)
    dash = w.training
    dash.controller.options = RunOptions(subset=200)
    with qtbot.waitSignal(dash.controller.run_started, timeout=60_000):
        dash.train()  # the live run is selected in the run table as it starts
    assert dash.plots.accuracy_shown
    dash.controller.stop()
    qtbot.waitUntil(lambda: not dash.busy, timeout=30_000)
    dash.shutdown()
