"""The one set-up of a worker thread (training and search controllers): the worker runs in its
own named thread, its signals reach the GUI thread in the order sent, the end comes last."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject, QThread, Signal, Slot  # noqa: E402

from netstudio.gui.worker_thread import quit_and_wait, release, worker_thread  # noqa: E402

pytestmark = pytest.mark.gui


class Counting(QObject):
    value = Signal(int, str)  # the number, the name of the thread that sent it
    done = Signal()

    @Slot()
    def run(self) -> None:
        for i in range(50):
            self.value.emit(i, QThread.currentThread().objectName())
        self.done.emit()


class Receiver(QObject):
    """The controller's side: slots of a QObject that lives in the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[int, str, bool]] = []
        self.ended: list[int] = []

    @Slot(int, str)
    def on_value(self, i: int, sender: str) -> None:
        self.seen.append((i, sender, QThread.currentThread() == self.thread()))

    @Slot()
    def on_finished(self) -> None:
        self.ended.append(len(self.seen))


def test_signals_arrive_in_order_in_the_gui_thread_and_the_end_comes_last(qtbot):
    owner = Receiver()
    worker = Counting()
    thread = worker_thread(owner, worker, "netstudio-test-worker",
                           [(worker.value, owner.on_value)], owner.on_finished)
    assert not thread.isRunning() and worker.thread() is thread
    thread.start()
    qtbot.waitUntil(lambda: bool(owner.ended), timeout=10_000)
    assert [i for i, _, _ in owner.seen] == list(range(50)) and owner.ended == [50]
    assert {s for _, s, _ in owner.seen} == {"netstudio-test-worker"}  # sent from its thread
    assert all(gui for _, _, gui in owner.seen)  # received in the GUI thread
    with qtbot.waitSignal(thread.destroyed):
        release(thread, worker)
    quit_and_wait(None, 10)  # nothing to wait for: no error
