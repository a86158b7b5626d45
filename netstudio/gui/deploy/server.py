"""Start and stop ``netstudio serve`` as a child process, and ask it for predictions.

A separate process (QProcess) keeps the GUI responsive and stops cleanly: terminate, then
kill after 3 s; the app stops it on quit. Health polling and the draw pad's requests go
through httpx with short timeouts on a worker thread (PredictWorker).
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, Qt, QThread, QTimer, Signal, Slot

from netstudio.core.deploy.service_answers import refusal, server_line_text
from netstudio.gui.i18n import core_text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess(QObject):
    started = Signal(str)  # url
    stopped = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self.url: str | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(300)
        self._poll.timeout.connect(self._check_health)
        self._tries = 0
        self._output = ""

    @property
    def running(self) -> bool:
        return self.process is not None

    def start(self, run_dir: Path, variant: str | None, port: int | None = None) -> None:
        if self.process is not None:
            return
        port = port or free_port()
        args = ["-m", "netstudio", "serve", str(run_dir), "--port", str(port)]
        if variant:
            args += ["--variant", variant]
        self.url = f"http://127.0.0.1:{port}"
        self._output = ""
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._on_output)
        self.process.finished.connect(self._on_process_finished)
        self.process.start(sys.executable, args)
        self._tries = 0
        self._poll.start()

    def stop(self) -> None:
        process, self.process = self.process, None
        self._poll.stop()
        if process is None:
            return
        process.finished.disconnect(self._on_process_finished)
        process.terminate()
        if not process.waitForFinished(3000):
            process.kill()
            process.waitForFinished(2000)
        self.url = None
        self.stopped.emit()

    @Slot()
    def _on_output(self) -> None:
        if self.process is not None:
            text = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
            self._output = (self._output + text)[-4000:]

    @Slot()
    def _check_health(self) -> None:
        import httpx

        self._tries += 1
        try:
            ok = httpx.get(f"{self.url}/health", timeout=0.2).status_code == 200
        except httpx.HTTPError:
            ok = False
        if ok:
            self._poll.stop()
            self.started.emit(self.url)
        elif self._tries > 200:  # a minute: give up
            output = self._output
            self.stop()
            self.failed.emit(core_text(server_line_text(output.strip().splitlines()[-1]))
                             if output.strip() else self.tr("it did not start within a minute"))

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._poll.stop()
        self.process = None
        self.url = None
        lines = self._output.strip().splitlines()
        self.failed.emit(core_text(server_line_text(lines[-1])) if lines
                         else self.tr("it ended with exit status {0}").format(code))


class PredictWorker(QObject):
    """POSTs a drawing's pixels to /predict off the GUI thread. ``errored`` carries a whole
    sentence in the user's language: why the service could not be asked, or its refusal."""

    answered = Signal(object)  # the JSON answer (dict)
    errored = Signal(str)

    TIMEOUT_S = 2.0

    @Slot(str, object)
    def predict(self, url: str, pixels: Any) -> None:
        import httpx

        try:
            r = httpx.post(f"{url}/predict", json={"pixels": pixels.tolist()},
                           timeout=self.TIMEOUT_S)
        except httpx.ConnectError:
            self.errored.emit(self.tr("The served model at {0} cannot be reached (the "
                                      "connection was refused): start the server again.")
                              .format(url))
            return
        except httpx.TimeoutException:
            self.errored.emit(self.tr("The served model at {0} did not answer within {1} s.")
                              .format(url, f"{self.TIMEOUT_S:g}"))
            return
        except httpx.HTTPError as e:  # the library's own words, quoted
            self.errored.emit(self.tr("Asking the served model at {0} failed ({1}).")
                              .format(url, str(e) or type(e).__name__))
            return
        try:
            body = r.json()
        except ValueError:
            self.errored.emit(self.tr("The served model answered with something other than "
                                      "JSON (HTTP {0}).").format(r.status_code))
            return
        if r.status_code != 200 or not isinstance(body, dict):
            detail = body.get("detail", "") if isinstance(body, dict) else body
            self.errored.emit(core_text(refusal(r.status_code, detail)))
        else:
            self.answered.emit(body)


class PredictClient(QObject):
    """Owns the PredictWorker's thread; ``ask(url, pixels)`` sends one drawing."""

    requested = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("netstudio-predict")
        self.worker = PredictWorker()
        self.worker.moveToThread(self.thread)
        self.requested.connect(self.worker.predict, Qt.ConnectionType.QueuedConnection)

    def ask(self, url: str, pixels: Any) -> None:
        if not self.thread.isRunning():  # started on first use
            self.thread.start()
        self.requested.emit(url, pixels)

    def shutdown(self) -> None:
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(3000)
