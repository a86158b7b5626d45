"""Start the desktop app: ``netstudio [FILE]`` and ``netstudio --screenshot PNG [FILE]``."""

from __future__ import annotations

import atexit
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from netstudio.core.project import Project, ProjectError
from netstudio.gui import i18n, resources, theme
from netstudio.gui import settings as app_settings

SCREENSHOT_SIZE = (1600, 1200)


def make_app() -> QApplication:
    """The QApplication, configured once (names for QSettings/QStandardPaths, theme, i18n)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "netstudio"])
    if not app.property("netstudio_ready"):
        QCoreApplication.setOrganizationName("netstudio")
        QCoreApplication.setApplicationName("netstudio")
        app.setApplicationDisplayName("netstudio")
        app.setWindowIcon(resources.icon("app"))
        app.setProperty("netstudio_translators", i18n.install_translators(app))
        theme.apply(app, app_settings.theme_mode())
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: follow the desktop live
            hints.colorSchemeChanged.connect(lambda _scheme: _follow_system_theme(app))
        app.setProperty("netstudio_ready", True)
    return app


def _follow_system_theme(app: QApplication) -> None:
    if theme.mode() != "system":
        return
    theme.apply(app, "system")
    for widget in app.topLevelWidgets():
        view = getattr(widget, "view", None)
        if hasattr(view, "set_theme_changed"):
            view.set_theme_changed()
            for item in view.scene().items():
                item.update()


def run_app(file: str | None = None, screenshot: str | None = None) -> int:
    """Open the window with ``file`` (default: the tutorial CNN sample). With ``screenshot``,
    render once, save the PNG and return 0 (2 if the file or the PNG cannot be used)."""
    app = make_app()
    from netstudio.gui.main_window import MainWindow  # after the app exists (fonts, palette)

    if screenshot is not None:
        return _screenshot(app, MainWindow(interactive=False), file, Path(screenshot))
    window = MainWindow()
    if window.restore_layout():
        window.show()
    else:  # first start: the canvas and the training views both want room
        fit_to_screen(window)
        window.showMaximized()
    open_first_project(window, file)
    return leave(app.exec())


def open_first_project(window, file: str | None) -> None:  # noqa: ANN001 - a MainWindow
    """Show ``file`` (default: the tutorial CNN), then ask once about anything a crash left
    (a backup of unsaved changes, runs of an untitled project): the question comes over a
    real network, not an empty canvas, and before the welcome."""
    if file is None or not window.files.open_path(Path(file), offer_backup=False):
        sample = resources.default_sample() if file is None else None
        if sample is None or not window.files.open_sample(sample, check_unsaved=False,
                                                          offer_backup=False):
            window.files.new_project()
    window.recovery.offer()


def fit_to_screen(window) -> None:  # noqa: ANN001 - a QWidget
    """No larger than the screen's free area: where nothing maximizes the window (no window
    manager, or one that ignores the request) its default size must not run off a 1280x720
    screen, hiding the status bar and the right-hand panels."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    window.resize(min(window.width(), free.width()), min(window.height(), free.height()))
    window.move(free.topLeft())


def leave(code: int) -> int:
    """The window is gone and its closing handlers ran (a run stopped and joined, autosaves
    removed): end the process now. A normal interpreter exit would first wait for a test-image
    loader still reading (up to seconds) and then walk the ~400,000 objects torch, sympy and
    Qt leave behind in several full collections: 4-6 s of a process without a window. The
    atexit handlers still run; nothing is written after this point."""
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(code)
    return code  # only where os._exit is replaced (tests)


def _screenshot(app: QApplication, window, file: str | None, png: Path) -> int:  # noqa: ANN001
    path = Path(file) if file is not None else resources.default_sample()
    if path is None:
        print("netstudio: no file given and the sample projects are not installed.",
              file=sys.stderr)
        return 2
    try:
        project = Project.load(path)
    except ProjectError as e:
        print(f"netstudio: {e}", file=sys.stderr)
        return 2
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.set_project(project)
    errors = [d.node for d in window.analysis.diagnostics
              if d.severity == "error" and d.node in window.scene.nodes]
    if errors:  # show the first problem in the properties panel too
        window.scene.select_nodes(errors[:1])
    for _ in range(3):  # let docks and the view settle their sizes before fitting
        app.processEvents()
    window.view.fit()
    app.processEvents()
    code = 0
    if not window.grab().save(str(png), "PNG"):
        print(f"netstudio: {png}: cannot write the PNG (check the folder exists).",
              file=sys.stderr)
        code = 2
    window.close()
    # Leave through the event loop like a normal quit, so aboutToQuit handlers (the training
    # panels join their loader threads there) run before Python tears Qt down.
    QTimer.singleShot(0, app.quit)
    app.exec()
    return leave(code)


__all__ = ["make_app", "run_app"]
