"""The Deploy, Tune and Explain > Attributions tabs in the bottom panel of a 1280x720 window: their
controls and results are read without scrolling, in English and in Chinese; larger at
1920x1080."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget

pytestmark = [pytest.mark.gui, pytest.mark.slow]  # whole windows with every panel


def _window(main_window, qtbot, width: int, height: int):  # noqa: ANN001, ANN202
    window = main_window(extensions=True)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def _front(window, qtbot, name: str) -> QScrollArea:  # noqa: ANN001
    dock = window.training.docks[name]
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    window.bottom.ensure_usable()
    qtbot.wait(20)
    area = dock.widget()
    assert isinstance(area, QScrollArea)
    return area


def _no_scrolling(area: QScrollArea, widgets: list[QWidget], qtbot) -> None:  # noqa: ANN001
    def settled() -> bool:  # the scroll area re-lays out after the tab comes forward
        return (area.verticalScrollBar().maximum() == 0
                and area.horizontalScrollBar().maximum() == 0
                and area.viewport().width() == area.width())

    qtbot.waitUntil(settled, timeout=3000)
    seen = QRect(QPoint(0, 0), area.viewport().size())
    for w in widgets:
        assert w.isVisibleTo(area.widget()), w
        where = QRect(w.mapTo(area.viewport(), QPoint(0, 0)), w.size())
        assert seen.contains(where), (w, where, seen)


def _deploy_widgets(panel) -> list[QWidget]:  # noqa: ANN001
    return [panel.open_button, panel.int8_button, panel.prune_button, panel.sweep_button,
            panel.share, panel.finetune, panel.structured, panel.results, panel.progress,
            panel.cancel_button, panel.status, panel.actions]


def test_the_deploy_tab_fits_a_1280x720_window(main_window, qtbot, language):
    window = _window(main_window, qtbot, 1280, 720)
    area = _front(window, qtbot, "deploy")
    panel = window.training.deploy
    _no_scrolling(area, _deploy_widgets(panel), qtbot)
    assert panel.table.height() >= 80  # a few variants read at once
    panel.actions.setCurrentIndex(1)  # Serve
    qtbot.wait(10)
    _no_scrolling(area, [panel.variant_box, panel.serve_button, panel.url_label,
                         panel.send_drawings], qtbot)
    panel.results.setCurrentWidget(panel.plot)
    qtbot.wait(10)
    _no_scrolling(area, [panel.plot], qtbot)
    assert panel.plot.height() >= 110


def test_explain_attributions_fit_a_1280x720_window(main_window, qtbot, language):
    window = _window(main_window, qtbot, 1280, 720)
    hub = window.training.explain
    area = _front(window, qtbot, "explain")
    hub.show_tab("Attributions")
    qtbot.wait(10)
    page = hub.page
    view = page.view
    _no_scrolling(area, [page.strip, view.view, view.method, view.target, view.show_image,
                         view.caption], qtbot)
    assert min(view.view.width(), view.view.height()) >= 120  # the map, readable


def test_deploy_and_attributions_use_the_room_at_1920x1080(main_window, qtbot):
    window = _window(main_window, qtbot, 1920, 1080)
    area = _front(window, qtbot, "deploy")
    panel = window.training.deploy
    _no_scrolling(area, _deploy_widgets(panel), qtbot)
    assert panel.table.width() > 900 and panel.table.height() > 200
    hub = window.training.explain
    area = _front(window, qtbot, "explain")
    hub.show_tab("Attributions")
    qtbot.wait(10)
    _no_scrolling(area, [hub.page.strip, hub.page.view.view], qtbot)
    assert min(hub.page.view.view.width(), hub.page.view.view.height()) >= 200


def test_the_tune_tab_fits_a_1280x720_window(main_window, qtbot, language):
    window = _window(main_window, qtbot, 1280, 720)
    area = _front(window, qtbot, "tune")
    panel = window.training.tune.panel
    _no_scrolling(area, [panel.table, panel.plot_tabs, panel.apply], qtbot)
    assert panel.plot_tabs.height() >= 150  # the plots' axes stay readable
