"""The first start: the welcome, the tour, the shipped documentation, and a quick exit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui


def test_welcome_offers_four_ways_in_and_is_shown_once(main_window, qtbot):
    from netstudio.gui import settings as app_settings
    from netstudio.gui.welcome import SHOWN_KEY, first_start

    app_settings.settings().remove(SHOWN_KEY)
    w = main_window(show=True)
    assert first_start()
    dialog = w.show_welcome()
    assert set(dialog.buttons) == {"sample", "new", "open", "tour"}
    dialog.buttons["new"].click()  # start a new network: one that checks clean
    assert not dialog.isVisible() and not first_start()
    assert [n.type for n in w.project.graph.nodes.values()] == ["Input", "Flatten", "Linear"]
    assert w.analysis.ok
    dialog = w.show_welcome()
    dialog.buttons["tour"].click()
    qtbot.waitUntil(lambda: w._tour is not None and w._tour.running)
    w._tour.stop()
    dialog = w.show_welcome()
    dialog.again.setChecked(True)  # "show this at start" again
    dialog.reject()
    assert first_start()
    app_settings.settings().setValue(SHOWN_KEY, True)


def test_tour_lights_up_six_parts_in_order(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True, extensions=True)
    w.resize(1280, 720)
    tour = w.start_tour()
    seen = []
    for i in range(len(tour.stops)):
        tour.go(i)
        hole = tour.shade.hole
        assert not hole.isNull() and w.rect().intersects(hole), tour.stops[i].title
        assert w.rect().contains(tour.bubble.geometry())  # the text stays on screen
        seen.append(tour.stops[i].title)
    assert seen == ["Layers", "The canvas", "Shapes on the connections", "Train",
                    "Feature maps", "Draw a digit"]
    palette = w.palette.mapTo(w, w.palette.rect().topLeft())
    tour.go(0)
    assert tour.shade.hole.topLeft() == palette
    inspect = w.training.docks["inspect"]
    tour.go(5)
    assert w.training.inspector.tabs.currentWidget() is w.training.inspector.pages["Draw"]
    assert not inspect.visibleRegion().isEmpty()
    tour.next.click()  # Done
    assert not tour.running and not tour.shade.isVisible()
    w.training.shutdown()


def test_the_tour_follows_enter_and_the_arrow_keys(main_window, qtbot):
    w = main_window(sample="mnist_cnn", show=True)
    from PySide6.QtWidgets import QApplication

    w.activateWindow()  # window shortcuts act in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    tour = w.start_tour()
    assert tour.index == 0
    w.view.setFocus()  # wherever the focus is (a closing welcome dialog hands it back)
    QTest.keyClick(w.view, Qt.Key.Key_Return)
    assert tour.index == 1
    QTest.keyClick(w.view, Qt.Key.Key_Right)
    assert tour.index == 2
    for _ in range(3):  # no step before the first
        QTest.keyClick(w.view, Qt.Key.Key_Left)
    assert tour.index == 0 and tour.running
    tour.go(len(tour.stops) - 1)
    QTest.keyClick(w.view, Qt.Key.Key_Enter)  # Done
    assert not tour.running
    nodes = len(w.editor.graph.nodes)
    QTest.keyClick(w.view, Qt.Key.Key_Right)  # the canvas has its keys back
    assert not tour.running and len(w.editor.graph.nodes) == nodes


def test_help_shows_the_guides_shipped_with_the_app(main_window):
    from netstudio.gui import resources
    from netstudio.gui.help_browser import show_help

    w = main_window()
    assert resources.docs_dir() is not None
    browser = show_help(w)
    assert browser.list.count() >= 5
    assert browser.shown.name == "gui.md"
    assert "The network builder" in browser.text.toPlainText()
    browser._on_link(QUrl("training-app.md"))
    assert browser.shown.name == "training-app.md"
    browser.close()


def test_quitting_ends_the_process_right_after_the_window(monkeypatch, main_window,
                                                          samples_dir):
    import atexit

    from PySide6.QtWidgets import QApplication

    from netstudio.gui import app as app_module
    from netstudio.gui import settings as app_settings
    from netstudio.gui.main_window import MainWindow
    from netstudio.gui.welcome import SHOWN_KEY

    main_window()  # the app exists and is configured
    app_settings.settings().setValue(SHOWN_KEY, True)
    events: list[object] = []
    monkeypatch.setattr(QApplication, "exec", lambda *_: events.append("loop") or 0)
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: events.append("atexit"))
    monkeypatch.setattr(app_module.os, "_exit", lambda code: events.append(("exit", code)))
    monkeypatch.setattr(MainWindow, "restore_layout", lambda self: True)  # no maximizing
    app_module.run_app(str(samples_dir / "mnist_cnn.nsproj.json"))
    # right after the event loop: the exit handlers, then the end (no wait for loaders, no
    # collections over everything torch left behind)
    assert events == ["loop", "atexit", ("exit", 0)]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.interactive:  # run_app's own window
            widget.training.shutdown()
            widget.close()
            widget.deleteLater()


def test_the_welcome_waits_for_an_open_question(main_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication, QWidget

    w = main_window(show=True)
    question = QWidget()  # e.g. "restore the unsaved changes?" asked at start
    modal = [question]
    monkeypatch.setattr(QApplication, "activeModalWidget",
                        staticmethod(lambda: modal[0] if modal else None))
    shown = []
    monkeypatch.setattr(w, "show_welcome", lambda: shown.append(True))
    w._welcome_when_free()
    assert not shown
    modal.clear()  # the question is answered
    qtbot.waitUntil(lambda: shown == [True], timeout=3000)
