"""A QA pass's polish: the idle progress bar reads as one, Clear is visible beside the drawing
pad, and a restored layout brings the bottom docks back at a usable height."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402

pytestmark = pytest.mark.gui


def test_idle_progress_bar_shows_zero_percent(qtbot):
    from netstudio.gui.training.panel import TrainingPanel

    panel = TrainingPanel()
    qtbot.addWidget(panel)
    assert panel.progress.text() == "0%"  # an empty bar looked like a text box
    panel.show_batch(1, 2, 5, 10, 100.0, 3.0)
    assert panel.progress.text() != "0%"
    panel.reset_progress()
    assert panel.progress.text() == "0%"


def test_clear_sits_beside_the_pad_and_right_click_still_clears(qtbot):
    from netstudio.gui.inspect.draw_pad import DrawPadPanel

    panel = DrawPadPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    pad, clear = panel.pad.geometry(), panel.clear_button.geometry()
    assert clear.left() >= pad.right()  # beside, not below the 280-px pad
    assert clear.bottom() < 100  # visible in a ~300-px dock without scrolling
    panel.pad.stroke([(100, 100), (150, 200)])
    assert panel.pad.array().any()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert not panel.pad.array().any()
    panel.pad.stroke([(100, 100), (150, 200)])
    qtbot.mouseClick(panel.pad, Qt.MouseButton.RightButton, pos=QPoint(50, 50))
    assert not panel.pad.array().any()


def test_restored_layout_gives_the_dashboard_a_usable_height(qtbot, main_window):
    from netstudio.gui import main_window as mw
    from netstudio.gui import settings as app_settings

    first = main_window(show=True, extensions=True)
    try:
        docks = first.training.docks
        docks["dashboard"].raise_()
        qtbot.waitUntil(lambda: not docks["dashboard"].visibleRegion().isEmpty())
        first.resizeDocks([docks["dashboard"]], [40], Qt.Orientation.Vertical)  # dragged short
        qtbot.waitUntil(lambda: docks["dashboard"].height() < first.height() // 5)
        s = app_settings.settings()
        s.setValue("window/geometry", first.saveGeometry())
        s.setValue("window/state", first.saveState(mw._LAYOUT_VERSION))
        first.training.shutdown()

        second = main_window(extensions=True)
        assert second.restore_layout()
        second.show()
        qtbot.waitExposed(second)
        dash = second.training.docks["dashboard"]
        qtbot.waitUntil(lambda: dash.height() >= second.height() // 4, timeout=3000)
        second.training.shutdown()
    finally:
        s = app_settings.settings()
        s.remove("window/geometry")
        s.remove("window/state")
