"""The inspect views, each fed with numpy arrays alone (no training needed)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.train.capture import LayerStats, histogram  # noqa: E402
from netstudio.core.train.metrics import Misclassified, classification_report  # noqa: E402
from netstudio.gui.inspect.confusion import ConfusionView  # noqa: E402
from netstudio.gui.inspect.feature_maps import FeatureMapView  # noqa: E402
from netstudio.gui.inspect.filters import FilterView  # noqa: E402
from netstudio.gui.inspect.histograms import HistogramView  # noqa: E402
from netstudio.gui.inspect.misclassified import MisclassifiedGallery  # noqa: E402
from netstudio.gui.inspect.per_class import PerClassTable  # noqa: E402
from netstudio.gui.inspect.reconstruction import ReconstructionView  # noqa: E402

pytestmark = pytest.mark.gui
NAMES = [str(i) for i in range(10)]


def test_feature_maps_one_tile_per_channel_and_click_enlarges(qtbot):
    view = FeatureMapView()
    qtbot.addWidget(view)
    maps = np.random.default_rng(0).random((12, 8, 8)).astype(np.float32)
    view.show_maps("conv1", maps, np.zeros((28, 28)))
    assert view.tile_count == 12
    assert "12 channels of 8x8" in view.title.text()
    with qtbot.waitSignal(view.channel_selected) as sig:
        view.tiles.click_tile(5)
    assert sig.args == [5]
    np.testing.assert_array_equal(view.zoom_item.image, maps[5])
    view.show_maps("fc", np.zeros(10))  # not spatial: a clear message, no tiles
    assert view.tile_count == 0 and "no feature maps" in view.title.text()


def test_feature_map_click_on_the_grid_picks_the_right_channel(qtbot):
    view = FeatureMapView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.show_maps("conv1", np.random.default_rng(1).random((4, 6, 6)), np.zeros((28, 28)))
    grid = view.tiles.grid
    # Centre of tile 3 (row 1, column 1 in a 2x2 grid) in image pixels -> widget pixels.
    x, y = grid.tile_w * 1.5 + grid.padding, grid.tile_h * 1.5 + grid.padding
    scene_pos = view.tiles.item.mapToScene(x, y)
    widget_pos = view.tiles.view.mapFromScene(scene_pos)
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(view.channel_selected) as sig:
        qtbot.mouseClick(view.tiles.view.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    assert sig.args == [3]


def test_filters_first_layer_and_mean(qtbot):
    view = FilterView()
    qtbot.addWidget(view)
    view.show_weight("conv2", np.random.default_rng(0).normal(size=(16, 8, 5, 5)))
    assert view.tile_count == 16 and "8 input channels" in view.title.text()
    view.mode.setCurrentIndex(view.mode.findData("first"))
    assert view.images.shape == (16, 5, 5)
    view.show_weight("fc", np.zeros((10, 20)))
    assert view.tile_count == 0


def _report():
    cm = np.array([[5, 1, 0], [2, 3, 0], [0, 0, 4]])
    wrong = (Misclassified(0, 1, 0, 0.9), Misclassified(1, 0, 1, 0.8),
             Misclassified(2, 0, 1, 0.6))
    return classification_report(cm, ["a", "b", "c"], 0.5, wrong)


def test_confusion_heatmap_shows_counts_and_click_names_the_cell(qtbot):
    view = ConfusionView()
    qtbot.addWidget(view)
    report = _report()
    view.set_matrix(report.confusion, ["a", "b", "c"])
    assert view.cell_text(1, 0) == "2" and view.cell_text(2, 2) == "4"
    assert "15 test images, 3 wrong" in view.caption.text()
    view.resize(400, 400)
    view.show()
    qtbot.waitExposed(view)
    from PySide6.QtCore import Qt

    scene_pos = view.plot.getViewBox().mapViewToScene(pg_point(0, 1))  # column 0, row 1
    with qtbot.waitSignal(view.cell_clicked) as sig:
        qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.plot.mapFromScene(scene_pos))
    assert sig.args == [1, 0]


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_per_class_table_sorts_by_any_column_with_the_macro_average_below(qtbot):
    from PySide6.QtCore import Qt

    view = PerClassTable()
    qtbot.addWidget(view)
    report = _report()
    view.set_report(report)
    table = view.table
    assert table.rowCount() == 3  # one row per class
    assert f"{report.macro_f1:.3f}" in view.average.text()
    assert table.item(0, 1).text() == f"{report.per_class[0].precision:.3f}"
    for column in (3, 1, 4):  # F1, precision, test images
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            table.sortByColumn(column, order)
            shown = [float(table.item(r, column).text()) for r in range(3)]
            assert shown == sorted(shown, reverse=order == Qt.SortOrder.DescendingOrder)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # classes back in their order
    assert [table.item(r, 0).text() for r in range(3)] == [c.name for c in report.per_class]


def test_misclassified_gallery_filters_by_confusion_cell(qtbot):
    gallery = MisclassifiedGallery()
    qtbot.addWidget(gallery)
    report = _report()
    gallery.set_items(np.random.default_rng(0).random((3, 28, 28)), report.misclassified,
                      ["a", "b", "c"])
    assert gallery.count == 3
    assert gallery.list.item(0).text() == "said b (90%)\nis a"
    gallery.show_cell(1, 0)
    assert gallery.count == 2 and "2 images of b that the network took for a" in \
        gallery.caption.text()
    gallery.show_cell(2, 2)
    assert gallery.count == 0


def test_reconstruction_pairs(qtbot):
    view = ReconstructionView()
    qtbot.addWidget(view)
    x = np.random.default_rng(0).random((6, 1, 28, 28))
    view.set_pairs(x, x * 0.5, error=0.01)
    assert view.pairs == 6 and "0.0100" in view.caption.text()
    # input tile 0 at column 0, its reconstruction right next to it at half the brightness
    img = view.item.image
    np.testing.assert_allclose(img[:28, 30:58], img[:28, :28] * 0.5, atol=1e-6)


def test_histograms_rows_and_dead_share(qtbot):
    view = HistogramView()
    qtbot.addWidget(view)
    c, e = histogram(np.arange(10.0), 5)
    stats = {"conv1": LayerStats("conv1", c, e, c, e, None),
             "relu1": LayerStats("relu1", c, e, None, None, 0.75)}
    view.set_stats(stats)
    assert list(view.rows) == ["conv1", "relu1"]
    assert "75% dead" in view.dead_text("relu1")
    first = view.rows["conv1"]
    view.set_stats(stats)  # same layers: the same items are updated in place
    assert view.rows["conv1"] is first
    np.testing.assert_array_equal(first.act.getData()[1], c)
