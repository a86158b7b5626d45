"""The drawing pad: strokes become an MNIST-like 28x28 digit and a probability bar chart."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402

from netstudio.core.data.preprocess import centre_of_mass  # noqa: E402
from netstudio.gui.inspect.draw_pad import DrawPadPanel  # noqa: E402

pytestmark = pytest.mark.gui


def test_stroke_is_preprocessed_and_predicted(qtbot):
    panel = DrawPadPanel()
    qtbot.addWidget(panel)
    seen = []

    def predictor(img):
        seen.append(img.copy())
        p = np.full(10, 0.02)
        p[7] = 0.82
        return p

    panel.set_predictor(predictor)
    with qtbot.waitSignal(panel.digit_ready) as sig:
        panel.pad.stroke([(40, 40), (200, 40), (120, 250)])  # a "7" in the top-left area
    digit = sig.args[0]
    assert digit.shape == (28, 28) and digit.max() > 0.9
    cy, cx = centre_of_mass(digit)
    assert abs(cy - 14) < 1 and abs(cx - 14) < 1  # centred although drawn off-centre
    np.testing.assert_array_equal(seen[-1], digit)
    assert "7" in panel.answer.text() and "82%" in panel.answer.text()
    heights = panel.bars.opts["height"]
    assert heights[7] == pytest.approx(0.82)
    panel.pad.clear()
    assert not panel.digit.any() and panel.probs is None


def test_real_mouse_drag_draws(qtbot):
    panel = DrawPadPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 330)  # room for the pad at full size: screen and drawing pixels match
    panel.show()
    qtbot.waitExposed(panel)
    pad = panel.pad
    assert pad.size().width() == pad.size().height() == pad.canvas.width()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(140, 40))
    for y in range(50, 250, 10):
        qtbot.mouseMove(pad, QPoint(140, y))
    with qtbot.waitSignal(panel.digit_ready):
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(140, 250))
    assert pad.array()[100:200, 135:145].mean() > 0.9  # the vertical line is on the canvas
    assert "Train" in panel.answer.text()  # no model yet: says what to do


def test_without_a_model_it_says_to_train(qtbot):
    panel = DrawPadPanel()
    qtbot.addWidget(panel)
    panel.set_predictor(lambda img: None)
    panel.pad.stroke([(100, 100), (150, 200)])
    assert "Train" in panel.answer.text()
