"""The Deploy tab: compress a stored run in the background, compare, serve, ask the server."""

from __future__ import annotations

import numpy as np
import pytest

from tests.deploy.conftest import measured_run, trained_run  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def run_copy(measured_run, tmp_path):  # noqa: F811
    import shutil

    folder = tmp_path / "run"
    shutil.copytree(measured_run, folder)
    return folder


def test_make_variants_sweep_and_serve_from_the_tab(main_window, qtbot, run_copy):
    window = main_window(sample="mnist_cnn", extensions=True)
    panel = window.training.deploy
    assert not panel.int8_button.isEnabled()  # no run yet
    panel.quick_measure = True
    panel.set_run(run_copy)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=400_000)
    assert panel.table.item(0, 0).text() == "original"
    assert panel.table.item(1, 0).text() == "int8"
    assert "Kept in float: conv1" in panel.table.item(1, 1).toolTip()  # its plan, on the row
    qtbot.waitUntil(panel.prune_button.isEnabled, timeout=10_000)

    panel.share.setValue(50)
    panel.prune_button.click()
    assert not panel.prune_button.isEnabled()  # busy: one job at a time
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3, timeout=400_000)
    assert panel.table.item(2, 0).text() == "pruned-50"
    assert panel.results.currentWidget() is panel.table  # the new variant in sight
    assert panel.progress.value() == 100
    qtbot.waitUntil(panel.sweep_button.isEnabled, timeout=10_000)  # the job has ended

    panel.sweep_points = (0.1, 0.95)  # the app sweeps 7 points; 2 show the plot fills
    panel.sweep_button.click()
    qtbot.waitUntil(lambda: panel.curve.getData()[0] is not None
                    and len(panel.curve.getData()[0]) == 2, timeout=400_000)
    xs, ys = panel.curve.getData()
    assert xs[0] == pytest.approx(10) and ys[0] > ys[-1]
    qtbot.waitUntil(panel.sweep_button.isEnabled, timeout=60_000)  # listed again after it
    assert panel.results.currentWidget() is panel.plot  # the sweep's plot stays in front

    panel.variant_box.setCurrentText("int8")
    qtbot.waitUntil(panel.serve_button.isEnabled, timeout=60_000)
    panel.serve_button.click()
    assert not panel.variant_box.isEnabled()  # the server keeps the variant it started with
    with qtbot.waitSignal(panel.server.started, timeout=400_000):
        pass
    assert "127.0.0.1" in panel.url_label.text()
    digit = np.zeros((28, 28), np.float32)
    digit[4:24, 13:16] = 1.0  # a "1"
    with qtbot.waitSignal(panel.client.worker.answered, timeout=60_000):
        window.training.inspector.draw.digit_ready.emit(digit)
    assert "int8" in panel.served_answer.text()
    assert panel.glue.answer.text() == panel.served_answer.text()  # shown on the Draw tab
    process = panel.server.process
    panel.serve_button.click()
    assert panel.server.process is None and process.state() == process.ProcessState.NotRunning
    assert panel.url_label.text() == "Not serving."
    assert panel.variant_box.isEnabled()


def test_a_broken_run_folder_is_reported_not_raised(main_window, qtbot, tmp_path):
    window = main_window(extensions=True)
    panel = window.training.deploy
    panel.set_run(tmp_path)
    qtbot.waitUntil(lambda: "cannot be compressed or served" in panel.status.text(),
                    timeout=60_000)
    assert "project.nsproj.json" in panel.status.text()
    assert "Select another run" in panel.status.text()
    assert panel.table.rowCount() == 0
    qtbot.waitUntil(lambda: not panel.controller.busy, timeout=10_000)
    # every button would meet the same error: none is offered
    assert not panel.int8_button.isEnabled() and not panel.prune_button.isEnabled()
    assert not panel.sweep_button.isEnabled() and not panel.serve_button.isEnabled()
    assert panel.open_button.isEnabled()


def test_a_damaged_variant_is_named_under_the_table(main_window, qtbot, run_copy):
    model = run_copy / "variants" / "int8" / "model.onnx"
    model.write_bytes(model.read_bytes()[:1000])
    panel = main_window(extensions=True).training.deploy
    panel.set_run(run_copy)
    qtbot.waitUntil(lambda: "a damaged variant" in panel.status.text(), timeout=120_000)
    assert panel.table.rowCount() == 1 and "int8" in panel.status.text()
    assert panel.int8_button.isEnabled()  # making it again is the way out


def test_selecting_a_stored_run_opens_it_in_the_deploy_tab(main_window, qtbot, measured_run,  # noqa: F811
                                                          tmp_path):
    import shutil

    from netstudio.core.runs import Run

    project = tmp_path / "cnn.nsproj.json"
    shutil.copyfile(measured_run / "project.nsproj.json", project)
    folder = tmp_path / "cnn.runs" / Run.open(measured_run).id
    shutil.copytree(measured_run, folder)
    window = main_window(path=project, extensions=True)
    runs = window.training.runs_panel
    qtbot.waitUntil(lambda: len(runs.rows) == 1, timeout=30_000)
    runs.select(runs.rows[0].id)
    qtbot.waitUntil(lambda: window.training.deploy.run_dir == folder, timeout=30_000)
    qtbot.waitUntil(lambda: window.training.deploy.table.rowCount() == 2, timeout=120_000)


def _listed_panel(main_window, qtbot, run):
    """The Deploy tab of a new window showing ``run`` with its variants listed."""
    panel = main_window(extensions=True).training.deploy
    panel.quick_measure = True
    panel.set_run(run)
    qtbot.waitUntil(lambda: not panel.controller.busy and panel.table.rowCount() == 2,
                    timeout=120_000)
    return panel


def test_export_the_runs_network_as_onnx_in_the_background(main_window, qtbot, measured_run,  # noqa: F811
                                                          tmp_path):
    import onnx

    panel = _listed_panel(main_window, qtbot, measured_run)
    target = tmp_path / "net.onnx"
    assert panel.export_run("onnx", target)
    qtbot.waitUntil(lambda: "Exported" in panel.status.text(), timeout=120_000)
    onnx.checker.check_model(onnx.load(str(target)))
    assert str(target) in panel.status.text()


def test_export_bundle_in_the_background_through_cores_one_path(main_window, qtbot,
                                                                measured_run, tmp_path):  # noqa: F811
    panel = _listed_panel(main_window, qtbot, measured_run)
    target = tmp_path / "bundle"
    assert panel.export_bundle(target)
    qtbot.waitUntil(lambda: "Wrote the bundle" in panel.status.text(), timeout=120_000)
    # the same folder as the command line's: the int8 variant and the example to try
    assert (target / "example.png").is_file() and (target / "example.json").is_file()
    assert '"variant": "int8"' in (target / "metadata.json").read_text()
    assert "pip install -r requirements.txt" in panel.status.text()
    assert "(int8)" in panel.status.text()


def test_the_bundle_goes_into_an_empty_chosen_folder_or_a_new_one_inside(tmp_path):
    from netstudio.gui.deploy.install import bundle_target

    empty = tmp_path / "empty"
    empty.mkdir()
    assert bundle_target(empty, "r1-bundle") == empty
    (tmp_path / "notes.txt").write_text("mine")
    assert bundle_target(tmp_path, "r1-bundle") == tmp_path / "r1-bundle"


def test_the_run_is_named_as_the_run_list_names_it(main_window, measured_run,  # noqa: F811
                                                   tmp_path):
    import json
    import shutil

    folder = tmp_path / "20990101-000000-abcd"
    shutil.copytree(measured_run, folder)
    record = json.loads((folder / "run.json").read_text())
    (folder / "run.json").write_text(json.dumps({**record, "name": "run 3", "number": 3}))
    window = main_window(extensions=True)
    panel = window.training.deploy
    panel.set_run(folder)
    assert "run 3 (20990101-000000-abcd)" in panel.run_label.text()


def test_a_cancel_pressed_at_once_stops_the_listing_and_says_what_to_do(
        main_window, qtbot, trained_run, tmp_path):  # noqa: F811
    import shutil

    folder = tmp_path / "run"
    shutil.copytree(trained_run, folder)  # its original not measured yet: listing takes time
    window = main_window(extensions=True)
    panel = window.training.deploy
    panel.quick_measure = True
    panel.set_run(folder)
    assert panel.controller.busy
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.controller.busy, timeout=120_000)
    assert panel.table.rowCount() == 0
    assert "Measuring was cancelled" in panel.status.text()
    panel.set_run(folder)  # the run list re-read (it selects the run again): not restarted
    assert not panel.controller.busy
    panel.set_run(None)
    panel.set_run(folder)  # selected again by the learner: measured now
    assert panel.controller.busy
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=400_000)


def test_the_selected_runs_exports_sit_in_file_export_and_wait_for_a_run(
        main_window, qtbot, measured_run):  # noqa: F811
    window = main_window(extensions=True)
    glue = window.training.deploy.glue
    menu = glue.export_menu
    assert menu.objectName() == "menu_export"  # beside the canvas network's formats
    assert [a for a in menu.actions() if a in glue.run_exports] == glue.run_exports
    menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in glue.run_exports)
    assert all("Select a finished run" in a.toolTip() for a in glue.run_exports)
    window.training.deploy.set_run(measured_run)
    menu.aboutToShow.emit()
    assert all(a.isEnabled() for a in glue.run_exports)
    qtbot.waitUntil(lambda: not window.training.deploy.controller.busy, timeout=120_000)
