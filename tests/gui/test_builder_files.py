"""Files: save/open round trip, bad files, autosave recovery, the --screenshot command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF

pytestmark = pytest.mark.gui


def test_save_and_open_round_trip(main_window, tmp_path):
    w = main_window(sample="resnet_small")
    w.add_layer_at("Dropout", QPointF(10, 20))
    assert w.isWindowModified()
    target = tmp_path / "mine.nsproj.json"
    assert w.files.save_to(target)
    assert not w.isWindowModified()
    assert "mine.nsproj.json" in w.windowTitle()
    other = main_window(path=target)
    assert other.project.to_dict() == w.project.to_dict()
    assert set(other.scene.nodes) == set(w.project.graph.nodes)


def test_bad_file_is_reported_by_name(main_window, tmp_path):
    bad = tmp_path / "broken.nsproj.json"
    bad.write_text('{"format": "netstudio", "version": 1, "graph": [', encoding="utf-8")
    w = main_window()
    assert not w.open_path(bad)
    message = w.statusBar().currentMessage()
    assert "broken.nsproj.json" in message and "JSON" in message


def test_autosave_is_offered_after_a_crash(main_window, samples_dir, tmp_path):
    project_file = tmp_path / "cnn.nsproj.json"
    shutil.copy(samples_dir / "mnist_cnn.nsproj.json", project_file)
    os.utime(project_file, (1_000_000_000, 1_000_000_000))  # older than any autosave
    first = main_window(path=project_file)
    first.add_layer_at("Dropout", QPointF(0, 900))
    saved = first.autosaver.save_now()
    assert saved is not None and saved.exists()
    expected = first.project.to_dict()
    # "Crash": the first window never saves. A new one opening the same file is offered it.
    second = main_window()
    asked = []
    second.files.ask_restore = lambda path, when: asked.append(path) or True
    assert second.open_path(project_file)
    assert asked == [saved]
    assert second.project.to_dict() == expected
    assert second.project.path == project_file
    assert second.isWindowModified()
    # Saving clears the autosave, so the next start is not asked again.
    assert second.files.save_to(project_file)
    assert not saved.exists()


def test_screenshot_command(tmp_path, samples_dir):
    png = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = ("import sys; from netstudio.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    ok = subprocess.run([sys.executable, "-c", code, "--screenshot", str(png),
                         str(samples_dir / "lenet5.nsproj.json")],
                        env=env, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "other"}), encoding="utf-8")
    fail = subprocess.run([sys.executable, "-c", code, "--screenshot", str(png), str(bad)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert fail.returncode == 2
    assert "bad.json" in fail.stderr and "Traceback" not in fail.stderr


def test_chinese_translation_loads(main_window):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from netstudio.gui.i18n import install_translators

    main_window()  # the app exists and is configured
    app = QApplication.instance()
    installed = install_translators(app, "zh_CN")
    try:
        assert installed
        assert QCoreApplication.translate("MainWindow", "Problems") == "问题"
        w = main_window()
        menus = [a.text() for a in w.menuBar().actions()]
        assert "文件(&F)" in menus and "编辑(&E)" in menus
    finally:
        for t in installed:
            app.removeTranslator(t)


def test_untitled_backup_survives_the_next_start(main_window):
    """Start-up with no file opens the tutorial sample as an untitled copy; a crash backup of
    an untitled project must still be there to offer (the fresh, clean undo stack of the new
    window must not delete it)."""
    first = main_window(sample="mnist_cnn")
    first.add_layer_at("ReLU", QPointF(400, 0))
    assert first.autosaver.save_now() is not None
    expected = first.project.to_dict()
    second = main_window()  # a new window: its empty project starts with a clean stack
    asked = []
    second.files.ask_restore = lambda path, when: asked.append(path) or True
    from netstudio.gui import resources

    assert second.files.open_sample(resources.default_sample(), check_unsaved=False)
    assert asked, "the backup was not offered"
    assert second.project.to_dict() == expected
    assert second.project.path is None  # still untitled: Save asks where
    assert second.isWindowModified()
