"""One worker QObject in a QThread of its own, for the controllers that run one job at a time
(training, search).

The worker has a ``run`` slot (started with the thread) and a ``done`` signal, always its
last; its other signals reach the controller's slots through queued connections, so they run
in the GUI thread in the order the worker sent them. ``done`` quits the thread; the
controller learns that the thread has ended from ``on_finished`` and then lets both go
(``release``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread

Route = tuple[Any, Callable[..., Any]]  # (a worker's signal, the controller's slot)


def worker_thread(owner: QObject, worker: Any, name: str, routes: Iterable[Route],
                  on_finished: Callable[[], Any]) -> QThread:
    """A QThread (child of ``owner``, named ``name``) that ``worker`` (a QObject with ``run``
    and ``done``) now lives in, wired as the module says; not started yet (the caller sets
    its state first, then start())."""
    thread = QThread(owner)
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal, slot in routes:
        signal.connect(slot, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(thread.quit)
    thread.finished.connect(on_finished)
    return thread


def release(thread: QThread | None, worker: QObject | None) -> None:
    """Delete an ended run's thread and worker (later, by the event loop)."""
    if worker is not None:
        worker.deleteLater()
    if thread is not None:
        thread.deleteLater()


def quit_and_wait(thread: QThread | None, timeout_ms: int) -> None:
    """End the thread's event loop and wait for it (window close; the worker was told to
    stop first)."""
    if thread is not None and thread.isRunning():
        thread.quit()
        thread.wait(timeout_ms)
