"""The explain views on their own (numpy and core values in, widgets out) and the job runner."""

from __future__ import annotations

import time

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.explain.attributions import Availability  # noqa: E402
from netstudio.core.explain.doctor import Finding, Fix  # noqa: E402
from netstudio.core.explain.projector import Stopped  # noqa: E402
from netstudio.gui.inspect.attribution_view import AttributionView  # noqa: E402
from netstudio.gui.inspect.doctor_panel import CurveMarks, DoctorPanel, position  # noqa: E402
from netstudio.gui.inspect.explain_engine import AttributionResult, NetworkInfo  # noqa: E402
from netstudio.gui.inspect.explain_jobs import JobRunner  # noqa: E402
from netstudio.gui.inspect.explain_text import heat_rgba  # noqa: E402
from netstudio.gui.inspect.projector_view import ProjectorView  # noqa: E402

pytestmark = pytest.mark.gui
NAMES = [str(i) for i in range(10)]


def no_conv_info():
    ok = Availability(True)
    return NetworkInfo({"saliency": ok, "integrated_gradients": ok,
                        "grad_cam": Availability(False, "no-conv"), "occlusion": ok},
                       (), ("fc1", "relu1", "fc2"), "relu1")


def test_attribution_view_greys_out_what_does_not_apply_and_draws_the_map(qtbot):
    view = AttributionView()
    qtbot.addWidget(view)
    view.set_info(no_conv_info(), NAMES)
    model = view.method.model()
    cam = model.item(2)
    assert not cam.isEnabled() and "Grad-CAM needs a convolution" in cam.toolTip()
    view.select(target=4)
    assert view.request() == ("integrated_gradients", 4, None)
    with qtbot.waitSignal(view.request_changed):
        view.set_image(np.zeros((1, 28, 28), np.float32), "test image #3", true_class=4)
    heat = np.zeros((28, 28), np.float32)
    heat[10:14, 10:14] = 1.0
    heat[0:2, 0:2] = -1.0
    probs = np.full(10, 0.02, np.float32)
    probs[9] = 0.82
    view.show_result(AttributionResult("k", "integrated_gradients", 4, 9, probs, heat, True,
                                       None, np.zeros((1, 28, 28), np.float32)))
    shown = view.heat_item.image
    assert shown.shape == (28, 28, 4)
    assert shown[12, 12, 0] > 200 and shown[0, 0, 2] > 200 and shown[20, 20, 3] == 0
    text = view.answer.text()
    assert "<b>9</b>" in text and "82%" in text and "It is a 4" in text and "class <b>4</b>" in text


def test_heat_colours_red_for_blue_against_and_clear_where_nothing():
    rgba = heat_rgba(np.array([[1.0, -1.0, 0.0]]), signed=True)
    assert rgba[0, 0, 0] == 255 and rgba[0, 1, 2] == 255 and rgba[0, 2, 3] == 0
    assert heat_rgba(np.array([[-1.0]]), signed=False)[0, 0, 3] == 0


def test_projector_draws_ten_thousand_points_as_one_item_and_finds_the_hovered_one(qtbot):
    view = ProjectorView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    rng = np.random.default_rng(0)
    n = 10_000
    labels = rng.integers(0, 10, n)
    predicted = labels.copy()
    predicted[:250] = (labels[:250] + 1) % 10
    images = rng.integers(0, 255, (n, 1, 28, 28), dtype=np.uint8)
    view.set_data(images, labels, NAMES)
    t = time.perf_counter()
    view.show_projection(rng.normal(size=(n, 2)).astype(np.float32), labels, predicted)
    assert time.perf_counter() - t < 5.0
    assert view.point_count() == n
    plotted = [i for i in view.plot.getPlotItem().items if hasattr(i, "data")]
    assert len(plotted) <= 3  # all points, the rings and the hover marker: no item per point
    assert len(view.mistakes.data) == 250 and "250 of them misclassified" in view.summary.text()
    vb = view.plot.getPlotItem().vb
    target = 17
    scene = vb.mapViewToScene(pg_point(*view.xy[target]))
    assert view.nearest(scene) is not None
    view.xy[:] = view.xy[target] + 50  # every other point far away
    view.xy[target] = view.xy[target] - 50
    view.scatter.setData(x=view.xy[:, 0], y=view.xy[:, 1])
    view.plot.autoRange()
    scene = vb.mapViewToScene(pg_point(*view.xy[target]))
    assert view.nearest(scene) == target
    view.hover(target)
    assert f"#{target}" in view.preview_label.text() and view.preview_item.image is not None
    widget_pos = view.plot.mapFromScene(scene)
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(view.point_clicked) as clicked:
        qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    assert clicked.args == [target]


def pg_point(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(float(x), float(y))


def test_doctor_panel_lists_findings_with_fix_buttons_and_marks_the_curve(qtbot):
    import pyqtgraph as pg

    panel = DoctorPanel()
    qtbot.addWidget(panel)
    findings = (Finding("lr-too-high", "error", {"start": 2.3, "peak": 40.0, "epoch": 1,
                                                 "lr": 10.0}, epoch=1, step=30,
                        fixes=(Fix("set-lr", {"lr": 0.01}),)),
                Finding("dead-relu", "warning", {"node": "relu1", "share": "90%"},
                        node="relu1", epoch=2, step=80,
                        fixes=(Fix("switch-activation", {"nodes": ["relu1"],
                                                         "to": "LeakyReLU"}),)))
    panel.set_findings(findings)
    assert len(panel.cards) == 2 and "2 problem(s)" in panel.header.text()
    card = panel.cards[0]
    assert "jumped from 2.3 to 40" in card.message.text()
    assert card.buttons[0].text() == "Set the learning rate to 0.01"
    with qtbot.waitSignal(panel.fix_requested) as sig:
        card.buttons[0].click()
    assert sig.args[1] == Fix("set-lr", {"lr": 0.01})
    panel.set_fixes_enabled(False)
    assert not panel.cards[1].buttons[0].isEnabled()
    panel.set_findings((), final=True)
    assert "no problem" in panel.header.text()
    plot = pg.PlotItem()
    marks = CurveMarks(plot)
    marks.show(findings, batches_per_epoch=40)
    assert [m.value() for m in marks.items] == [0.75, 2.0]
    assert position(Finding("overfitting", "warning", epoch=3), None) == 3.0
    marks.clear()
    assert marks.items == []


def test_job_runner_runs_off_the_gui_thread_coalesces_and_stops(qtbot):
    import threading

    runner = JobRunner("test", coalesce=True)
    threads, done = [], []
    runner.finished.connect(lambda job, r: done.append(r))

    def job(value):
        def fn(progress, should_stop):
            threads.append(threading.current_thread())
            time.sleep(0.05)
            progress(1, 1, "x")
            return value
        return fn

    runner.submit(job(1))
    for v in (2, 3, 4):  # while 1 runs: only the newest waits
        runner.submit(job(v))
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert done == [1, 4]
    assert all(t is not threading.main_thread() for t in threads)

    def slow(progress, should_stop):
        while not should_stop():
            time.sleep(0.01)
        raise Stopped()

    with qtbot.waitSignal(runner.stopped, timeout=5000):
        runner.submit(slow)
        runner.stop()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.submit(lambda p, s: 1 / 0)
    assert "division by zero" in failed.args[1]
    runner.shutdown()


def test_findings_and_views_speak_chinese(qtbot, main_window):
    from PySide6.QtWidgets import QApplication

    from netstudio.gui.i18n import install_translators

    w = main_window(extensions=True)
    app = QApplication.instance()
    installed = install_translators(app, "zh_CN")
    try:
        panel = DoctorPanel()
        qtbot.addWidget(panel)
        panel.set_findings((Finding("lr-too-high", "error", {"start": 2.3, "peak": 40.0,
                                                             "epoch": 1, "lr": 10.0}, epoch=1,
                                    fixes=(Fix("set-lr", {"lr": 0.01}),)),))
        card = panel.cards[0]
        assert "学习率 10" in card.message.text() and "2.3" in card.message.text()
        assert card.buttons[0].text() == "把学习率设为 0.01"
        view = AttributionView()
        qtbot.addWidget(view)
        view.set_info(no_conv_info(), NAMES)
        assert view.method.itemText(1) == "积分梯度"
        assert "Grad-CAM 需要" in view.method.model().item(2).toolTip()
        from netstudio.gui.inspect.explain_hub import ExplainHub

        hub = ExplainHub(w, w.training)
        assert [hub.tabs.tabText(i) for i in range(3)] == ["归因", "投影", "医生"]
        hub.shutdown()
    finally:
        for t in installed:
            app.removeTranslator(t)


def test_projector_fades_the_classes_not_chosen(qtbot):
    view = ProjectorView()
    qtbot.addWidget(view)
    labels = np.array([4, 9, 4, 9, 1, 1])
    predicted = np.array([9, 9, 4, 4, 1, 7])
    view.set_data(np.zeros((6, 1, 28, 28), np.uint8), labels, NAMES)
    view.show_projection(np.arange(12, dtype=np.float32).reshape(6, 2), labels, predicted)
    assert len(view.mistakes.data) == 3
    view.none_button.click()
    assert view.shown_classes() == set() and len(view.mistakes.data) == 0
    view.class_buttons[4].click()
    view.class_buttons[9].click()
    assert view.shown_classes() == {4, 9} and len(view.mistakes.data) == 2  # not the 1 -> 7
    brushes = {int(i): b.color().alpha() for i, b in zip(view.scatter.data["data"],
                                                           view.scatter.data["brush"],
                                                           strict=True)}
    assert brushes[0] == 255 and brushes[4] < 100  # a 4 in colour, a 1 faded
    view.all_button.click()
    assert view.shown_classes() == set(range(10))
