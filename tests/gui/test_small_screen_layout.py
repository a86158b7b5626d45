"""The combined window at 1280x720: nothing drawn over the Summary, picture strips that are
one clean row, a drawing pad that fits a low panel, hints that are read whole, a window that
fits its screen."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QTabBar, QWidget

pytestmark = pytest.mark.gui


def shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:  # noqa: ANN001
    """``widget`` on screen at ``width`` x ``height`` (closed after the test)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _visible_bars(window) -> list[QTabBar]:  # noqa: ANN001
    return [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]


def _check_one_bar_per_group(window, qtbot) -> None:  # noqa: ANN001
    first_row = window.summary.values["params"]
    row = QRect(first_row.mapTo(window, QPoint(0, 0)), first_row.size())
    for height in (696, 700, 720):  # smaller and larger than the first layout
        window.resize(1280, height)
        qtbot.wait(10)
        bars = _visible_bars(window)
        assert not [b for b in bars if b.geometry().intersects(row)]
        texts = sorted(tuple(b.tabText(i) for i in range(b.count())) for b in bars)
        assert len(texts) == 2, texts  # Problems | Dashboard | ..., Properties | Training
        assert ("Properties", "Training") in texts
    right = next(b for b in _visible_bars(window) if b.tabText(0) == "Properties")
    training = window.training.docks["training"]
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton, pos=right.tabRect(1).center())
    qtbot.waitUntil(lambda: not training.visibleRegion().isEmpty())  # the one bar switches


def test_no_tab_bar_is_left_over_the_summary(main_window, qtbot):
    """Qt makes spare tab bars when the second tab group forms (gui/dock_tabs.py); none may
    show, on the first start or with a restored layout."""
    window = main_window(extensions=True)
    window.resize(1280, 696)
    window.show()
    qtbot.waitExposed(window)
    _check_one_bar_per_group(window, qtbot)


def test_no_tab_bar_is_left_over_the_summary_after_a_restored_layout(main_window, qtbot):
    from netstudio.gui import settings as app_settings
    from netstudio.gui.main_window import _LAYOUT_VERSION

    first = main_window(extensions=True)
    first.resize(1280, 696)
    first.show()
    qtbot.waitExposed(first)
    s = app_settings.settings()
    s.setValue("window/state", first.saveState(_LAYOUT_VERSION))
    s.setValue("window/geometry", first.saveGeometry())
    try:
        window = main_window(extensions=True)
        assert window.restore_layout() and window._layout_restored
        window.show()
        qtbot.waitExposed(window)
        _check_one_bar_per_group(window, qtbot)
    finally:
        s.remove("window/state")
        s.remove("window/geometry")


def test_spare_tab_bars_of_a_plain_main_window_stay_hidden(qtbot):
    """The cause, without netstudio: two tab groups formed before the window is shown."""
    from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

    from netstudio.gui.dock_tabs import SpareTabBars

    def build(guard: bool) -> QMainWindow:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.setCentralWidget(QLabel("canvas"))
        spares = SpareTabBars(window)
        docks = {}
        for name, area in (("props", Qt.DockWidgetArea.RightDockWidgetArea),
                           ("summary", Qt.DockWidgetArea.RightDockWidgetArea),
                           ("dash", Qt.DockWidgetArea.BottomDockWidgetArea),
                           ("inspect", Qt.DockWidgetArea.BottomDockWidgetArea),
                           ("training", Qt.DockWidgetArea.RightDockWidgetArea)):
            docks[name] = QDockWidget(name, window)
            docks[name].setWidget(QLabel(name))
            window.addDockWidget(area, docks[name])
        for a, b in (("dash", "inspect"), ("props", "training")):
            before = set(window.findChildren(QTabBar))
            window.tabifyDockWidget(docks[a], docks[b])
            if guard:
                spares.watch([t for t in window.findChildren(QTabBar) if t not in before])
        window.resize(900, 600)
        window.show()
        qtbot.waitExposed(window)
        window.resize(800, 500)
        qtbot.wait(10)
        return window

    unguarded = len(_visible_bars(build(False)))
    assert len(_visible_bars(build(True))) == 2  # one per group
    assert unguarded >= 2  # (more than 2 while Qt makes spares; 2 once it no longer does)


def test_picture_strip_is_one_row_without_a_vertical_scroll_bar(qtbot):
    from netstudio.gui.inspect.sample_strip import SampleStrip

    strip = SampleStrip()
    qtbot.addWidget(strip)
    strip.resize(300, strip.height())
    strip.set_samples(np.random.default_rng(0).random((40, 28, 28)))
    strip.show()
    qtbot.waitExposed(strip)
    first, last = strip.visualItemRect(strip.item(0)), strip.visualItemRect(strip.item(39))
    assert first.top() == last.top()  # one row
    assert strip.viewport().rect().contains(first)  # the thumbnail is not cut
    assert strip.verticalScrollBar().maximum() == 0
    assert strip.horizontalScrollBar().maximum() > 0  # 40 images scroll sideways


def test_drawing_pad_fits_a_low_panel_and_strokes_land_where_drawn(qtbot):
    from netstudio.gui.inspect.draw_pad import DrawPadPanel

    panel = shown(qtbot, DrawPadPanel(), 760, 230)  # the Inspect dock of a 1280x720 window
    assert panel.minimumSizeHint().height() <= 230
    pad = panel.pad
    assert pad.height() <= 230 and pad.width() >= 150
    square = pad._square()
    centre = square.center().toPoint()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=centre)
    drawn = pad.array()
    ys, xs = np.nonzero(drawn > 0.5)
    size = pad.canvas.width()
    # the dot is at the centre of the 280-px drawing, not at the widget's pixel position
    assert abs(xs.mean() - size / 2) < 4 and abs(ys.mean() - size / 2) < 4


def test_tile_hint_under_the_feature_maps_wraps_instead_of_being_cut(qtbot):
    from netstudio.gui.inspect.feature_maps import FeatureMapView

    view = shown(qtbot, FeatureMapView(), 560, 300)  # the grid gets about half of this
    view.show_maps("conv1", np.zeros((8, 6, 6), np.float32))
    label = view.tiles.readout
    text = label.text()
    assert len(text) > 20
    needed = label.fontMetrics().boundingRect(
        QRect(0, 0, label.width(), 10_000), Qt.TextFlag.TextWordWrap, text)
    qtbot.waitUntil(lambda: needed.height() <= label.height() + 1)


def test_a_window_larger_than_its_screen_is_made_to_fit(qtbot):
    from netstudio.gui.app import fit_to_screen

    widget = QWidget()
    qtbot.addWidget(widget)
    free = widget.screen().availableGeometry()
    widget.resize(free.width() + 300, free.height() + 200)
    fit_to_screen(widget)
    assert widget.width() <= free.width() and widget.height() <= free.height()
    assert free.contains(widget.geometry().topLeft())


def test_run_list_fits_beside_the_curves_without_cutting_its_hint(qtbot):
    from netstudio.gui.training.runs import RunsPanel

    panel = RunsPanel()
    qtbot.addWidget(panel)
    # at 1280x720 the run list gets about 270 px beside the curves
    assert panel.minimumSizeHint().width() <= 300
    buttons = [panel.continue_button, panel.open_button, panel.compare_button,
               panel.rename_button, panel.notes_button, panel.delete_button]
    panel.resize(300, 300)
    panel.show()
    qtbot.waitExposed(panel)
    for b in buttons:
        assert panel.rect().contains(b.geometry()), b.text()


def test_empty_curves_say_how_to_fill_them(qtbot):
    from netstudio.gui.training.plots import LivePlots
    from netstudio.gui.training.series import Curves

    plots = LivePlots()
    qtbot.addWidget(plots)
    assert plots.readout.text() == plots.empty_text
    curves = Curves()
    curves.add_batch(0.1, 2.0, 0.2)
    plots.set_curves(curves)
    assert plots.readout.text().strip() == ""
    plots.reset()
    assert plots.readout.text() == plots.empty_text
    plots.set_overlays([("run 2", curves)])  # another run's curves shown: not empty
    plots.refresh()
    assert plots.readout.text().strip() == ""


def test_tune_settings_take_one_column_when_two_do_not_fit(qtbot):
    from netstudio.gui.tune.panel import TunePanel

    panel = shown(qtbot, TunePanel(), 690, 280)  # the Tune tab of a 1280x720 window
    setup = panel.setup_area
    qtbot.waitUntil(lambda: panel._form_columns == 1)
    inner = setup.widget()
    assert inner.minimumSizeHint().width() <= setup.viewport().width()  # nothing cut
    tabs = panel.plot_tabs
    bar = tabs.tabBar()
    for i in range(tabs.count()):  # plot titles whole, inside the panel
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(tabs.tabText(i))
        assert bar.tabRect(i).right() <= tabs.width()
    panel.resize(1800, 400)
    qtbot.waitUntil(lambda: panel._form_columns == 2)


def test_training_settings_do_not_scroll_sideways_at_1280x720(main_window, qtbot):
    from PySide6.QtWidgets import QScrollArea

    window = main_window(extensions=True)
    window.resize(1280, 696)
    window.show()
    qtbot.waitExposed(window)
    window.training.docks["training"].raise_()
    form = window.training.panel.form
    area = form.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    qtbot.waitUntil(lambda: area.viewport().width() > 100)
    assert form.minimumSizeHint().width() <= area.viewport().width()
    assert area.horizontalScrollBar().maximum() == 0


def test_confusion_matrix_in_a_low_panel_puts_its_words_beside_the_cells(qtbot):
    from netstudio.gui.inspect.confusion import ConfusionView

    view = shown(qtbot, ConfusionView(), 380, 200)  # the Results tab of a 1280x720 window
    m = np.diag([980] * 10).astype(np.int64)
    m[4, 9] = 12
    view.set_matrix(m, [str(i) for i in range(10)])
    qtbot.waitUntil(lambda: view.words_beside)

    def cell_px() -> float:
        return 1.0 / max(view.plot.getViewBox().viewPixelSize())

    qtbot.waitUntil(lambda: cell_px() >= 14)  # words above the matrix left cells of ~10 px
    assert view.plot.height() >= view.height() - 10
    assert not view.axis_titles_shown  # the caption says what rows and columns are
    view.resize(500, 600)  # tall: words above, axis titles back
    qtbot.waitUntil(lambda: not view.words_beside and view.axis_titles_shown)


def test_problems_list_leaves_the_canvas_its_room_at_1280x720(main_window, qtbot):
    window = main_window(extensions=True)
    window.resize(1280, 696)
    window.show()
    qtbot.waitExposed(window)
    dock = window.diagnostics_dock
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    qtbot.waitUntil(lambda: dock.height() <= 120)
    assert dock.height() >= 90  # still a few lines of problems
    assert window.view.height() >= 380
    window.bottom.ensure_usable()  # what bringing it to the front does keeps it so
    qtbot.wait(50)
    assert 90 <= dock.height() <= 120


def test_inspect_pages_say_why_they_are_empty(main_window, qtbot, samples_dir):
    window = main_window(extensions=True)
    hub = window.training.inspector
    window.open_path(samples_dir / "mnist_cnn.nsproj.json")  # a project opened: pages reset
    assert "convolution" in hub.filters.title.text()  # not a blank page
    assert not hub.histograms.rows and not hub.histograms.empty.isHidden()


def test_histograms_hide_the_empty_note_once_stats_arrive(qtbot):
    from netstudio.core.train.capture import LayerStats
    from netstudio.gui.inspect.histograms import HistogramView

    view = HistogramView()
    qtbot.addWidget(view)
    assert not view.empty.isHidden()
    bins = np.linspace(-1, 1, 11)
    stats = LayerStats(node_id="relu1", act_counts=np.ones(10), act_edges=bins,
                       grad_counts=None, grad_edges=None, dead_share=0.1)
    view.set_stats({"relu1": stats})
    assert view.empty.isHidden()


def test_gallery_counts_every_mistake_when_a_stored_run_kept_only_some(qtbot):
    from netstudio.core.train.metrics import Misclassified
    from netstudio.gui.inspect.misclassified import MisclassifiedGallery

    gallery = MisclassifiedGallery()
    qtbot.addWidget(gallery)
    images = np.zeros((200, 28, 28), np.float32)
    kept = [Misclassified(index=i, predicted=1, true=2, confidence=0.9) for i in range(100)]
    gallery.set_items(images, kept, [str(i) for i in range(10)], total=159)
    text = gallery.caption.text()
    assert "159 test images" in text and "first 100" in text  # not "100 were misclassified"
    gallery.show_all()
    assert "159" in gallery.caption.text() and "first 100" in gallery.caption.text()
    gallery.set_items(images, kept[:5], [str(i) for i in range(10)])  # a live run: all kept
    assert "5 test images" in gallery.caption.text()
    assert "Showing" not in gallery.caption.text()
