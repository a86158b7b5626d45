"""GUI test fixtures: a headless Qt app with settings and autosaves in a temporary folder.

``main_window(path=None, sample=None, show=False, extensions=False)`` makes a MainWindow that never opens a
blocking dialog (interactive=False) and is closed by qtbot after the test.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

# Before any QApplication exists: keep QSettings and QStandardPaths (autosaves) out of $HOME.
_SANDBOX = Path(tempfile.mkdtemp(prefix="netstudio-gui-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def main_window(qtbot):
    from netstudio.gui.app import make_app
    from netstudio.gui.main_window import MainWindow

    made: list[MainWindow] = []

    def make(path: str | os.PathLike[str] | None = None, sample: str | None = None,
             show: bool = False, extensions: bool = False) -> MainWindow:
        make_app()
        # extensions=True also installs the training/inspection panels (netstudio.gui.training)
        window = MainWindow(interactive=False, extensions=extensions)
        qtbot.addWidget(window)
        made.append(window)
        if path is not None:
            assert window.open_path(path), window.statusBar().currentMessage()
        if sample is not None:
            assert window.files.open_sample(SAMPLES / f"{sample}.nsproj.json")
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    # closed as the app closes them (their worker threads stop and are waited for), not only
    # dropped: a thread still running when Python exits aborts the process
    for window in made:
        with contextlib.suppress(RuntimeError):  # (the test deleted it already)
            window.close()


@pytest.fixture
def chinese(main_window):
    """Installs the zh_CN translators for one test (and removes them after it)."""
    from PySide6.QtWidgets import QApplication

    from netstudio.gui.i18n import install_translators

    main_window()  # the app exists and is configured
    app = QApplication.instance()
    installed = install_translators(app, "zh_CN")
    assert installed, "netstudio_zh_CN.qm did not load"
    yield
    for t in installed:
        app.removeTranslator(t)


@pytest.fixture(params=["en", "zh_CN"])
def language(request) -> str:  # noqa: ANN001
    """Runs a test in English and in Chinese (longer or shorter words)."""
    if request.param == "zh_CN":
        request.getfixturevalue("chinese")
    return request.param
