"""At 1280x720 (and 1280x800), in English and Chinese: every entry of the training settings'
combo boxes and of the Draw tab's attribution choices is read whole when chosen, and the
Explain > Projector columns fit the dock without scrolling."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QScrollArea

from tests.gui.fit import combo_cut_texts

pytestmark = [pytest.mark.gui, pytest.mark.slow]  # whole windows with every panel


def _window(main_window, qtbot, height: int):  # noqa: ANN001, ANN202
    window = main_window(extensions=True)
    window.resize(1280, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def _front(window, qtbot, name: str) -> None:  # noqa: ANN001
    dock = window.training.docks[name]
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    window.bottom.ensure_usable()


def test_the_fit_check_finds_a_cut_entry(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("auto (bfloat16 where the hardware has it)")
    combo.addItem("auto")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(4)
    combo.resize(120, combo.sizeHint().height())
    assert combo_cut_texts(combo) == ["auto (bfloat16 where the hardware has it)"]


@pytest.mark.parametrize("height", [720, 800])
def test_training_settings_entries_are_read_whole(main_window, qtbot, language, height):
    window = _window(main_window, qtbot, height)
    _front(window, qtbot, "training")
    form = window.training.panel.form
    combos = [form.dataset, form.task, form.recipe, form.optimizer, form.schedule, form.loss,
              form.device, form.amp]
    for combo in combos:
        assert combo.isVisibleTo(form)
        assert combo_cut_texts(combo) == [], combo.itemText(0)
    # the long form is a hover away, in the list and on the closed box
    form.amp.setCurrentIndex(form.amp.findData("auto"))
    assert form.amp.currentText() in ("auto", "自动")
    assert "bfloat16" in form.amp.toolTip()
    form.schedule.setCurrentIndex(form.schedule.findData("cosine"))
    assert "CosineAnnealingLR" in form.schedule.toolTip()
    assert "CosineAnnealingLR" not in form.schedule.currentText()


def test_draw_tab_attribution_choices_are_read_whole(main_window, qtbot, language):
    window = _window(main_window, qtbot, 720)
    _front(window, qtbot, "inspect")
    window.training.inspector.show_tab("Draw")
    qtbot.wait(20)
    view = window.training.explain.draw_view
    view.set_class_names([str(i) for i in range(10)])
    for combo in (view.method, view.target):
        assert combo.isVisible()
        assert combo_cut_texts(combo) == [], [combo.itemText(i) for i in range(combo.count())]
    assert view.method.itemData(view.method.findData("integrated_gradients"),
                                3) in ("Integrated Gradients", "积分梯度")


@pytest.mark.parametrize("height", [720, 800])
def test_projector_columns_fit_without_scrolling(main_window, qtbot, language, height):
    window = _window(main_window, qtbot, height)
    _front(window, qtbot, "explain")
    hub = window.training.explain
    hub.show_tab("Projector")
    view = hub.projector
    rng = np.random.default_rng(0)
    view.set_data((rng.random((50, 1, 28, 28)) * 255).astype(np.uint8),
                  rng.integers(0, 10, 50), [str(i) for i in range(10)])
    view.set_layers(["conv1", "fc1"], "fc1")
    view.show_projection(rng.random((50, 2)), rng.integers(0, 10, 50), rng.integers(0, 10, 50))
    view.set_busy(False)
    view.hover(3)  # the longest preview sentence
    column = view.findChild(QScrollArea)
    qtbot.waitUntil(lambda: column.verticalScrollBar().maximum() == 0, timeout=3000)
    assert view.plot.width() >= 200 and view.plot.height() >= 180
    for combo in (view.layer, view.method):
        assert combo_cut_texts(combo) == []


def test_confusion_colour_scale_entries_are_read_whole(main_window, qtbot, language):
    window = _window(main_window, qtbot, 720)
    _front(window, qtbot, "inspect")
    window.training.inspector.show_tab("Results")
    qtbot.wait(20)
    scale = window.training.inspector.confusion.scale
    assert scale.isVisible()
    assert combo_cut_texts(scale) == [], [scale.itemText(i) for i in range(scale.count())]
    scale.setCurrentIndex(scale.findData("row"))
    assert "100%" in scale.toolTip()  # the long form, on the closed box


def test_tune_start_is_in_view_while_the_settings_scroll(main_window, qtbot, language):
    """At 1280x720 the search settings scroll; Start, Stop and the status stay in view."""
    from PySide6.QtCore import QPoint, QRect

    window = _window(main_window, qtbot, 720)
    _front(window, qtbot, "tune")
    panel = window.training.tune.panel
    dock = window.training.docks["tune"]
    qtbot.waitUntil(lambda: panel.start.isVisible() and dock.height() > 200)  # laid out
    seen = QRect(QPoint(0, 0), dock.size())
    for button in (panel.start, panel.stop):
        where = QRect(button.mapTo(dock, QPoint(0, 0)), button.size())
        assert seen.contains(where), (where, seen)
        assert not panel.setup_area.widget().isAncestorOf(button)  # not in the scroll area
