"""Explain and coach in the real main window: the doctor on a too-high learning rate and its
one-click fix, attributions from the gallery and the drawing pad, the projector, lr finder."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.project import Project  # noqa: E402
from netstudio.gui.training.controller import IDLE  # noqa: E402
from netstudio.gui.training.worker import RunOptions  # noqa: E402
from tests.gui.test_training_controller import tiny_cnn  # noqa: E402

pytestmark = pytest.mark.gui


def json_lr(source) -> str:
    return str(source.project.get("training", {}).get("lr"))


def tiny_mlp(**training) -> Project:
    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
             {"id": "flat", "type": "Flatten"},
             {"id": "fc1", "type": "Linear", "params": {"out_features": 64}},
             {"id": "relu1", "type": "ReLU"},
             {"id": "fc2", "type": "Linear", "params": {"out_features": 10}}]
    ids = [n["id"] for n in nodes]
    return Project.from_dict({
        "format": "netstudio", "version": 1, "name": "tiny mlp",
        "graph": {"nodes": nodes, "edges": [{"from": a, "to": b}
                                            for a, b in zip(ids, ids[1:], strict=False)]},
        "data": {"dataset": "mnist"},
        "training": {"optimizer": "SGD", "lr": 10.0, "batch_size": 32, "epochs": 2, "seed": 0,
                     **training}})


@pytest.fixture
def window(qtbot):
    from netstudio.gui.main_window import MainWindow

    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.show()
    w.training.controller.options = RunOptions(subset=300)
    yield w
    w.training.shutdown()
    w.training.explain.shutdown()
    w.close()  # as the app closes: the other worker threads (deploy, tune) stop too


def _open(qtbot, window, project):
    window.set_project(project)
    hub = window.training.inspector
    hub.ensure_samples()
    qtbot.waitUntil(lambda: hub.samples is not None, timeout=30_000)
    return window.training


def _train(qtbot, dash):
    with qtbot.waitSignal(dash.controller.run_finished, timeout=120_000):
        dash.panel.train_button.click()
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=10_000)


def test_explain_dock_and_the_lr_button_beside_the_learning_rate(window):
    dash = window.training
    hub = dash.explain
    assert [hub.tabs.tabText(i) for i in range(hub.tabs.count())] == [
        "Attributions", "Projector", "Doctor"]
    assert hub.dock.windowTitle() == "Explain"
    form = dash.panel.form
    assert hub.lr_button is not None and hub.lr_button.parent() is form.lr.parent()
    assert form.lr.parent().objectName() == "lr_find_row"


def test_too_high_lr_the_doctor_says_so_on_the_curve_and_its_fix_is_one_undo_step(qtbot, window):
    dash = _open(qtbot, window, tiny_mlp())
    hub = dash.explain
    _train(qtbot, dash)
    qtbot.waitUntil(lambda: any(f.code == "lr-too-high" for f in hub.doctor.findings),
                    timeout=10_000)
    card = next(c for c in hub.doctor.cards if c.finding.code == "lr-too-high")
    assert "learning rate 10" in card.message.text()
    assert hub.tabs.tabText(2).startswith("Doctor (")
    assert any(m.finding.code == "lr-too-high" for m in hub.marks.items)  # on the loss curve
    mark = next(m for m in hub.marks.items if m.finding.code == "lr-too-high")
    assert 0 < mark.value() <= 2
    stack = window.undo_stack
    before = stack.count()
    card.buttons[0].click()
    assert window.project.training["lr"] == 0.01 and stack.count() == before + 1
    assert stack.undoText() == "Set the learning rate to 0.01"
    stack.undo()
    assert window.project.training["lr"] == 10.0
    stack.redo()
    assert window.project.training["lr"] == 0.01
    _train(qtbot, dash)  # the fix works: trained again, the doctor is content
    result = dash.last_result
    assert result.test is not None, (result.status, result.message)
    assert not any(f.code == "lr-too-high" for f in hub.doctor.findings)
    test = result.test  # it learns now (10 was chaos); SGD at 0.01 is slow but sure
    assert test.loss < 2.2 and test.accuracy > 0.3
    # the first run, chosen in the run table: its stored findings and its network
    rows = dash.runs_panel.rows
    first = next(r for r in rows if r.training.get("lr") == 10.0)
    dash.runs_panel.select(first.id)
    qtbot.waitUntil(lambda: any(f.code == "lr-too-high" for f in hub.doctor.findings),
                    timeout=10_000)
    assert hub.marks.items and dash.inspector.shown_run is not None
    source = hub.source()
    assert source is not None and source.trained and "10" in json_lr(source)


def test_gallery_mistake_drawing_and_projector_are_explained(qtbot, window):
    dash = _open(qtbot, window, tiny_cnn(epochs=1))
    hub = dash.explain
    _train(qtbot, dash)
    inspector = dash.inspector
    inspector.show_tab("Results")
    gallery = inspector.gallery
    assert gallery.count > 0
    item = gallery.list.item(0)
    index = item.data(256)  # Qt.UserRole: the test image's index
    gallery.list.itemClicked.emit(item)
    view = hub.page.view
    assert hub.tabs.currentIndex() == 0 and f"#{index}" in view.caption.text()
    qtbot.waitUntil(lambda: view.result is not None, timeout=30_000)
    view.select(method="grad_cam")
    qtbot.waitUntil(lambda: view.result is not None and view.result.method == "grad_cam",
                    timeout=30_000)
    assert view.result.layer == "conv1" and view.heat_item.image is not None
    # the drawing pad: a live map beside it
    inspector.show_tab("Draw")
    inspector.draw.pad.stroke([(140, 30), (140, 250)])
    qtbot.waitUntil(lambda: hub.draw_view.result is not None, timeout=30_000)
    assert hub.draw_view.result.heatmap.shape == (28, 28)
    # the projector: every test image as a dot
    hub.show_tab("Projector")
    qtbot.waitUntil(lambda: hub.projector.layer.count() > 0, timeout=30_000)
    assert hub.projector.layer.currentData() == "flat"  # what the classifier reads
    hub.projector.run_button.click()
    n = len(inspector.samples.images)
    qtbot.waitUntil(lambda: hub.projector.point_count() == n, timeout=60_000)
    assert len(hub.projector.wrong_indices()) > 0
    with qtbot.waitSignal(hub.projector.point_clicked):
        hub.projector.point_clicked.emit(int(hub.projector.wrong_indices()[0]))
    assert hub.dialog is not None and hub.dialog.isVisible()
    qtbot.waitUntil(lambda: hub.dialog_view.result is not None, timeout=30_000)
    hub.dialog.close()


def test_lr_finder_button_suggests_and_applies_a_rate(qtbot, window):
    dash = _open(qtbot, window, tiny_mlp(lr=0.5))
    hub = dash.explain
    hub.lr_button.click()
    dialog = hub.lr_dialog
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120_000)
    assert dialog.result.suggested_lr is not None and dialog.use_button.isEnabled()
    dialog.use_button.click()
    lr = window.project.training["lr"]
    assert lr == pytest.approx(float(f"{dialog.result.suggested_lr:.2g}"))
    window.undo_stack.undo()
    assert window.project.training["lr"] == 0.5
    assert np.isfinite(dialog.result.losses[0])
