"""File > Export: one entry per format of core.export.service, the same service (and guards:
never over the project, atomic files, generated code compile-checked) as ``netstudio export``.

Formats come from ``service.formats()`` in registration order, so a format registered in core
(ONNX variants, bundles, ...) appears here with no GUI change. An export runs in a worker
thread (ONNX and torch.export take seconds); the window stays responsive and the result is
reported in the status bar and a message box. Only copies cross the thread: a snapshot of the
project and a CPU copy of the trained network.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from netstudio.core.export import service
from netstudio.core.project import Project
from netstudio.core.text import Template
from netstudio.gui.i18n import error_text


@dataclass(frozen=True)
class ExportJob:
    project: Project  # a snapshot, owned by the worker
    format: str
    out: Path
    net: Any  # a CPU copy of the trained network, or None


@dataclass(frozen=True)
class ExportOutcome:
    ok: bool
    message: str


def format_title(fmt: service.ExportFormat) -> str:
    title = fmt.title
    if isinstance(title, Template):
        return QCoreApplication.translate(title.context, title.source)
    return str(title)


def run_export(job: ExportJob) -> ExportOutcome:
    """Export and say what happened, in a sentence (any thread)."""
    try:
        result = service.export(job.project, job.format, job.out, net=job.net)
    except service.ExportError as e:
        return ExportOutcome(False, QCoreApplication.translate(
            "ExportMenu", "Nothing was exported: {0}").format(error_text(e)))
    except Exception as e:  # noqa: BLE001 - a bug: still a sentence, never a traceback
        return ExportOutcome(False, QCoreApplication.translate(
            "ExportMenu", "Nothing was exported ({0}: {1}).").format(type(e).__name__, e))
    files = ", ".join(str(p) for p in result.files)
    return ExportOutcome(True, QCoreApplication.translate("ExportMenu", "Exported {0}.").format(
        files))


class ExportWorker(QObject):
    finished = Signal(object)  # ExportOutcome

    @Slot(object)
    def run(self, job: ExportJob) -> None:
        self.finished.emit(run_export(job))


class ExportMenu(QObject):
    """The File > Export submenu. ``trained_network()`` gives the last run's network (or
    None): formats that need trained weights are enabled only then; the others export it
    when there is one (code with its weights), fresh weights otherwise."""

    requested = Signal(object)  # ExportJob, to the worker
    exported = Signal(object)  # ExportOutcome, after it was shown (tests wait on it)

    def __init__(self, window: Any, trained_network: Callable[[], Any] | None = None,
                 sync: bool = False) -> None:
        super().__init__(window.as_widget())
        self.window = window  # a netstudio.gui.host.Host
        self.trained_network = trained_network or (lambda: None)
        self.sync = sync  # run inline (tests)
        self.busy = False
        widget = window.as_widget()
        self.menu = QMenu(self.tr("&Export"), widget)
        self.menu.setObjectName("menu_export")  # the Deploy tab adds the selected run's exports
        self.menu.aboutToShow.connect(self._update_enabled)
        self.actions: dict[str, QAction] = {}
        for fmt in service.formats():
            action = QAction(self.tr("%1...").replace("%1", format_title(fmt)), widget)
            action.triggered.connect(lambda _checked=False, name=fmt.name:
                                     self.export_dialog(name))
            self.menu.addAction(action)
            self.actions[fmt.name] = action
        self.thread: QThread | None = None  # the running export's, None between exports
        self.worker: ExportWorker | None = None
        _connect_quit()

    def install(self, file_menu: QMenu | None, before: QAction | None = None) -> None:
        if file_menu is not None:
            file_menu.insertMenu(before, self.menu)
            file_menu.insertSeparator(before)

    @Slot()
    def _update_enabled(self) -> None:
        trained = self.trained_network() is not None
        for name, action in self.actions.items():
            action.setEnabled(not self.busy and (trained or not
                                                 service.get_format(name).needs_trained))

    # ---- exporting --------------------------------------------------------------------------
    def export_dialog(self, name: str) -> None:
        fmt = service.get_format(name)
        project = self.window.project
        base = (Path(project.path) if project.path else Path.home() / "model")
        suggested = str(base.with_name(base.name.split(".")[0] + fmt.suffix))
        path, _ = QFileDialog.getSaveFileName(
            self.window.as_widget(), self.tr("Export %1").replace("%1", format_title(fmt)), suggested,
            f"{format_title(fmt)} (*{fmt.suffix})")
        if path:
            self.export_to(name, Path(path))

    def export_to(self, name: str, out: Path) -> bool:
        """Start exporting the shown project as ``name`` to ``out``; False when an export is
        still running."""
        if self.busy:
            self.window.show_status(self.tr("An export is still running."), 4000)
            return False
        net = self.trained_network()
        project = self.window.project
        snapshot = Project.from_dict(project.to_dict())
        snapshot.path = project.path  # the guards protect the project file
        job = ExportJob(snapshot, name, Path(out),
                        copy.deepcopy(net).cpu() if net is not None else None)
        self.busy = True
        self.window.show_status(self.tr("Exporting to %1...").replace("%1", str(out)))
        if self.sync:
            self._on_finished(run_export(job))
            return True
        # one thread per export, owned by no widget: closing the window mid-export must not
        # destroy a running QThread (Qt aborts); _RUNNING keeps it until it has finished
        thread, worker = QThread(), ExportWorker()
        worker.moveToThread(thread)
        self.requested.connect(worker.run, Qt.ConnectionType.QueuedConnection)
        worker.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        worker.finished.connect(thread.quit)
        _RUNNING[thread] = worker
        self.thread, self.worker = thread, worker
        thread.start()
        self.requested.emit(job)
        self.requested.disconnect(worker.run)
        return True

    @Slot(object)
    def _on_finished(self, outcome: ExportOutcome) -> None:
        self.busy = False
        if self.thread is not None:
            self.thread.wait(10_000)  # it quits right after sending the outcome
            _forget_finished_threads()
        self.thread = self.worker = None
        self.window.show_status(outcome.message, 15000)
        if getattr(self.window, "interactive", True):
            box = QMessageBox.information if outcome.ok else QMessageBox.warning
            box(self.window.as_widget(), self.tr("Export"), outcome.message)
        self.exported.emit(outcome)



_RUNNING: dict[QThread, ExportWorker] = {}


def _forget_finished_threads() -> None:
    for thread in [t for t in _RUNNING if t.isFinished()]:
        del _RUNNING[thread]


def wait_for_exports(timeout_ms: int = 60_000) -> None:
    """Let running exports finish (at quit: their files are then whole)."""
    for thread in list(_RUNNING):
        thread.wait(timeout_ms)
    _forget_finished_threads()


def _connect_quit() -> None:
    app = QApplication.instance()
    if app is not None and not app.property("netstudio_exports_waited"):
        app.aboutToQuit.connect(wait_for_exports)
        app.setProperty("netstudio_exports_waited", True)
