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
            self.failed.emit(output.strip().splitlines()[-1] if output.strip() else "timeout")

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._poll.stop()
        self.process = None
        self.url = None
        lines = self._output.strip().splitlines()
        self.failed.emit(lines[-1] if lines else f"exit status {code}")


class PredictWorker(QObject):
    """POSTs a drawing's pixels to /predict off the GUI thread."""

    answered = Signal(object)  # the JSON answer (dict)
    errored = Signal(str)

    @Slot(str, object)
    def predict(self, url: str, pixels: Any) -> None:
        import httpx

        try:
            r = httpx.post(f"{url}/predict", json={"pixels": pixels.tolist()}, timeout=2.0)
            body = r.json()
        except (httpx.HTTPError, ValueError) as e:
            self.errored.emit(str(e) or type(e).__name__)
            return
        if r.status_code != 200:
            self.errored.emit(str(body.get("detail", r.status_code)))
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
