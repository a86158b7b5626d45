"""File > Import: a worker thread imports and saves; the project on screen changes only on
success; a Python file runs only after the user agreed."""

from __future__ import annotations

from pathlib import Path

import pytest

from netstudio.gui.importing.worker import ImportRequest

MNIST_NET = Path(__file__).resolve().parents[1] / "data" / "mnist_net.py"
pytestmark = pytest.mark.gui


def test_import_opens_the_saved_project(main_window, qtbot, tmp_path):
    window = main_window(sample="mnist_cnn")
    window.importer.confirm_code = lambda file: True
    out = tmp_path / "net.nsproj.json"
    with qtbot.waitSignal(window.importer.import_finished, timeout=60_000) as signal:
        assert window.importer.start(ImportRequest(f"{MNIST_NET}:Net", out, (1, 28, 28)))
    assert signal.args == [True]
    assert window.project.path == out and (tmp_path / "net.weights.pt").exists()
    assert "fc2" in window.scene.nodes and window.analysis.ok
    assert "Imported" in window.statusBar().currentMessage()


def test_a_failed_import_leaves_the_project_alone(main_window, qtbot, tmp_path):
    window = main_window(sample="mnist_cnn")
    before = window.project
    window.scene.select_nodes(["conv1"])
    with qtbot.waitSignal(window.importer.import_finished, timeout=60_000) as signal:
        window.importer.start(ImportRequest("torchvision:nope", tmp_path / "x.nsproj.json"))
    assert signal.args == [False]
    assert window.project is before and not list(tmp_path.iterdir())
    assert "no classification model" in window.statusBar().currentMessage()


def test_python_code_runs_only_when_the_user_agrees(main_window, tmp_path):
    window = main_window()
    asked = []
    window.importer.confirm_code = lambda file: asked.append(file) or False
    assert not window.importer.start(ImportRequest(f"{MNIST_NET}:Net",
                                                   tmp_path / "n.nsproj.json"))
    assert asked == [str(MNIST_NET)] and not window.importer.busy


def test_the_dialog_builds_a_request(main_window, qtbot, tmp_path):
    from netstudio.gui.importing.dialog import ImportDialog

    window = main_window()
    dialog = ImportDialog(tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.model_name.setCurrentText("resnet18")
    assert dialog.output.text() == str(tmp_path / "resnet18.nsproj.json")
    dialog.input_shape.setText("3,64")
    dialog._on_accept()
    assert dialog.request.source == "torchvision:resnet18"
    assert dialog.request.input_shape == (3, 64)
    dialog.python_button.setChecked(True)
    dialog.python_file.setText(str(MNIST_NET))
    dialog.input_shape.setText("x")
    dialog._on_accept()
    assert "whole numbers" in dialog.problem.text()


def test_a_python_import_that_never_ends_can_be_stopped(main_window, qtbot, tmp_path):
    """The user's code runs in a child process: stopping it (or closing the window) ends it
    at once instead of leaving the import busy for ever."""
    (tmp_path / "forever.py").write_text("import time\nwhile True:\n    time.sleep(0.05)\n")
    window = main_window(sample="mnist_cnn")
    window.importer.confirm_code = lambda file: True
    before = window.project
    with qtbot.waitSignal(window.importer.import_finished, timeout=60_000) as signal:
        assert window.importer.start(ImportRequest(f"{tmp_path / 'forever.py'}:Net",
                                                   tmp_path / "x.nsproj.json"))
        qtbot.waitUntil(lambda: window.importer.worker.isolated is not None
                        and window.importer.worker.isolated._process is not None
                        and window.importer.worker.isolated._process.is_alive(),
                        timeout=60_000)
        window.importer.stop()
    assert signal.args == [False] and window.project is before
    assert "was stopped" in window.statusBar().currentMessage()  # said, not an error box
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=10_000)
    assert not (tmp_path / "x.nsproj.json").exists()
