"""File > Import and File > Allow Code From…: the window's side of importing networks.

An import runs in a QThread (ImportWorker); the project on screen stays as it is until the
import succeeded and was saved, and then the saved file opens like any other. Importing a
Python file runs it, so the app says so and asks first. Module nodes that run the user's code
need the user's permission once per session (``allow_code``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from netstudio.gui.i18n import core_text
from netstudio.gui.importing.worker import ImportDone, ImportRequest, ImportWorker


class ImportOps(QObject):
    import_finished = Signal(bool)  # True when the imported project is open

    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        self.thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self.request: ImportRequest | None = None
        self._stopping = False  # stop() was asked: the failure that follows is no error
        # Replaceable in tests: may this Python file run? (the app asks the user)
        self.confirm_code = self._confirm_code

    @property
    def busy(self) -> bool:
        return self.thread is not None

    # ---- File > Import ---------------------------------------------------------------------
    def import_dialog(self) -> bool:
        from netstudio.gui.importing.dialog import ImportDialog

        if self.busy:
            self._offer_to_stop()
            return False
        dialog = ImportDialog(self._folder(), self.window)
        if dialog.exec() != ImportDialog.DialogCode.Accepted or dialog.request is None:
            return False
        return self.start(dialog.request)

    def start(self, request: ImportRequest) -> bool:
        """Import in the background; False if refused (busy, or the user said no)."""
        if self.busy:
            return False
        if ".py:" in request.source and not self.confirm_code(request.source.split(":")[0]):
            return False
        self.request = request
        worker = ImportWorker(request)
        thread = QThread(self)
        thread.setObjectName("netstudio-import")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        q = Qt.ConnectionType.QueuedConnection
        worker.finished.connect(self._on_worker_finished, q)
        worker.failed.connect(self._on_worker_failed, q)
        worker.done.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self.thread, self.worker = thread, worker
        self.window.show_status(self.tr("Importing {0}…").format(request.source), 0)
        thread.start()
        return True

    def wait(self, ms: int = 60_000) -> None:
        """Block until the import thread ended (closing the window, tests)."""
        if self.thread is not None:
            self.thread.wait(ms)

    def stop(self) -> None:
        """End a running import (a Python file's child process is ended at once)."""
        if self.worker is not None:
            self._stopping = True
            self.worker.cancel()

    def _offer_to_stop(self) -> None:
        source = self.request.source if self.request else ""
        if not self.window.interactive:
            self.window.show_status(self.tr("An import is already running."))
            return
        answer = QMessageBox.question(
            self.window, self.tr("Import running"),
            self.tr("{0} is still being imported. Stop that import?").format(source),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.stop()

    @Slot(object)
    def _on_worker_finished(self, done: ImportDone) -> None:
        files = self.window.files
        if not files.maybe_save():
            self.window.show_status(self.tr("Imported to {0}; open it from File > Open.")
                                    .format(str(done.path)), 15000)
            self.import_finished.emit(False)
            return
        if not files.open_path(done.path, check_unsaved=False):
            self.import_finished.emit(False)
            return
        text = self.tr("Imported {0}: {1} layers, {2} parameters.").format(
            self.request.source if self.request else "", done.layers, f"{done.params:,}")
        if done.opaque:
            text += " " + self.tr("{0} opaque node(s) without a layer of their own.").format(
                len(done.opaque))
        if done.problem:  # the core's sentences (a Text, also from the child): translated
            text += " " + core_text(done.problem)
        self.window.show_status(text, 20000)
        if self.window.interactive and (done.problem or done.notes):
            details = "\n".join(f"• {core_text(n)}" for n in ([done.problem] if done.problem
                                                              else []) + list(done.notes))
            QMessageBox.information(self.window, self.tr("Imported"), text + "\n\n" + details)
        self.import_finished.emit(True)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        if self._stopping:  # the user asked for it: said in the status bar, no error box
            self.window.show_status(message, 15000)
        else:
            self.window.files.report(self.tr("Cannot import"), message)
        self.import_finished.emit(False)

    @Slot()
    def _on_thread_finished(self) -> None:
        if self.thread is not None:
            self.thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.thread = self.worker = None
        self._stopping = False

    def _confirm_code(self, file: str) -> bool:
        if not self.window.interactive:
            return False
        answer = QMessageBox.warning(
            self.window, self.tr("Run this Python file?"),
            self.tr("Importing from {0} runs the Python code in it on this computer, with your "
                    "permissions. Only import code you trust.\n\nRun it and import?").format(file),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # ---- File > Allow Code From… -----------------------------------------------------------
    def code_files(self) -> list[Path]:
        """The user's files the open project's Module nodes run."""
        from netstudio.core.layers.opaque import OpaqueError, code_path

        project = self.window.project
        base = project.path.parent if project.path else None
        found: list[Path] = []
        for node in project.graph.nodes.values():
            code = node.params.get("code") if node.type == "Module" else None
            if isinstance(code, str) and code:
                try:
                    path, _ = code_path(code, base)
                except OpaqueError:
                    continue
                if path not in found:
                    found.append(path)
        return found

    def allow_code(self) -> bool:
        from netstudio.core.layers.opaque import is_trusted, trust_code

        files = [f for f in self.code_files() if not is_trusted(f)]
        if not files:
            self.window.show_status(self.tr("This project runs no code that needs your "
                                            "permission."))
            return False
        listing = "\n".join(str(f) for f in files)
        if self.window.interactive:
            answer = QMessageBox.warning(
                self.window, self.tr("Allow code?"),
                self.tr("Some layers of this project run Python code from:\n\n{0}\n\nnetstudio "
                        "runs it when the network is built (training, export, feature maps). "
                        "Only allow code you trust. Allow it for this session?").format(listing),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        for f in files:
            trust_code(f)
        self.window.show_status(self.tr("Allowed code from {0}.").format(listing.replace(
            "\n", ", ")))
        return True

    def _folder(self) -> Path:
        project = self.window.project
        if project.path is not None:
            return project.path.parent
        where = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(where) if where and Path(where).is_dir() else Path.home()
