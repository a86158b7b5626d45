"""Save As of a titled project copies its runs in the background: the window keeps working,
shows the progress, closing it mid-copy leaves both stores valid (the copy finishes when the
project is opened again), and a run still training elsewhere is copied once it ends."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.project import Project  # noqa: E402
from netstudio.core.runs import RunStore, copying, pending_carries  # noqa: E402
from tests.core.runs_helpers import fake_finished_run, tiny_file  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def saved(tmp_path):
    """old.nsproj.json with three finished runs (made without training)."""
    path = tiny_file(tmp_path, "old.nsproj.json")
    store = RunStore.for_project(path)
    runs = [fake_finished_run(store, Project.load(path)) for _ in range(3)]
    return path, store, runs


@pytest.fixture
def gate(monkeypatch):
    """A slow copy (another file system, a big weights file): each file waits until the test
    lets it go, so the test decides exactly where the copy is."""
    import errno
    import os

    allowed = threading.Semaphore(0)
    entered = threading.Event()
    real = copying.copy_file

    def refuse_link(*_args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    def slow(src, dst, on_bytes, should_stop):
        entered.set()
        while not allowed.acquire(timeout=0.02):
            if should_stop is not None and should_stop():
                raise copying.CarryStopped
        real(src, dst, on_bytes, should_stop)

    monkeypatch.setattr(os, "link", refuse_link)
    monkeypatch.setattr(copying, "copy_file", slow)
    monkeypatch.setattr(copying, "PROGRESS_EVERY", 0)
    return allowed, entered


def _shown(widget) -> bool:
    """Set to show (the test window itself is never put on a screen)."""
    return not widget.isHidden()


def _window(main_window, path):
    return main_window(path=path, extensions=True)


def test_the_window_stays_responsive_and_shows_the_copy(qtbot, main_window, saved, gate,
                                                       tmp_path):
    path, store, runs = saved
    allowed, entered = gate
    w = _window(main_window, path)
    dash = w.training
    target = tmp_path / "new.nsproj.json"
    assert w.files.save_to(target)  # returns at once: the project file is saved, the ledger
    assert target.is_file()  # lists the runs, the copying goes on in its thread
    assert len(pending_carries(RunStore.for_project(target))[store.path.resolve()]) == 3
    assert entered.wait(10)
    strip = dash.store.strip
    qtbot.waitUntil(lambda: _shown(strip) and _shown(strip.bar), timeout=5000)
    assert strip.bar.format().startswith("Copying run 1 of 3: ")
    assert f"Copying runs to {RunStore.for_project(target).path}: 1 of 3" in strip.toolTip()
    # the GUI thread is free meanwhile: an edit is made and undone while a file is held
    w.project.name = "edited during the copy"
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)
    assert dash.runs == []  # nothing half-copied is listed
    for _ in range(100):
        allowed.release()
    # (the table may list the last run, seen by the folder watcher, a moment before the
    # copier's end is handled)
    qtbot.waitUntil(lambda: len(dash.runs) == 3 and not dash.store.copier.running,
                    timeout=10_000)
    assert {r.id for r in dash.runs} == {r.id for r in runs}
    assert not _shown(strip)
    assert pending_carries(RunStore.for_project(target)) == {}
    assert "3 run(s) copied" in w.statusBar().currentMessage()


def test_closing_mid_copy_leaves_both_stores_valid_and_reopening_finishes(
        qtbot, main_window, saved, gate, tmp_path):
    path, store, runs = saved
    allowed, entered = gate
    w = _window(main_window, path)
    target = tmp_path / "new.nsproj.json"
    assert w.files.save_to(target)
    for _ in range(8):  # the first run's files (and a few of the second)
        allowed.release()
    new_store = RunStore.for_project(target)
    qtbot.waitUntil(lambda: len(new_store.runs()) >= 1, timeout=10_000)
    w.close()  # stops the copy within a file and waits for its thread
    assert not w.training.store.copier.running
    listing = new_store.list()
    assert listing.skipped == [] and 1 <= len(listing.runs) < 3
    assert all(r.status == "finished" and r.model_file.is_file() for r in listing.runs)
    assert {r.id for r in store.runs()} == {r.id for r in runs}  # the old store is whole
    assert sum(len(v) for v in pending_carries(new_store).values()) == 3 - len(listing.runs)
    for _ in range(100):
        allowed.release()
    again = _window(main_window, target)  # opening the new file copies the rest
    qtbot.waitUntil(lambda: len(again.training.runs) == 3
                    and not again.training.store.copier.running, timeout=10_000)
    assert pending_carries(new_store) == {}
    assert not any(p.name.startswith(".copying-") for p in new_store.path.iterdir())


def test_a_run_training_in_another_process_is_copied_when_it_ends(qtbot, main_window, saved,
                                                                 tmp_path, monkeypatch):
    import torch

    from netstudio.core.compiler import compile_project
    from netstudio.gui.training import run_stores

    monkeypatch.setattr(run_stores, "CARRY_POLL_MS", 50)
    path, store, runs = saved
    live = store.create(Project.load(path), name="in a terminal")  # its writer lock is held
    w = _window(main_window, path)
    dash = w.training
    target = tmp_path / "new.nsproj.json"
    assert w.files.save_to(target)
    qtbot.waitUntil(lambda: len(dash.runs) == 3, timeout=10_000)
    strip = dash.store.strip  # (after the copy's bar: the run still training)
    qtbot.waitUntil(lambda: strip.label.text() != "", timeout=10_000)
    assert _shown(strip) and strip.label.text() == "1 run(s) still training: copied when done."
    assert "new.runs when they end" in strip.toolTip() and not _shown(strip.bar)
    torch.save(compile_project(Project.load(path)).state_dict(), live.model_file)
    live.update_metrics(epochs=1)
    live.update(status="finished")
    live.release()  # the other process ends its run
    qtbot.waitUntil(lambda: len(dash.runs) == 4 and not dash.store.copier.running,
                    timeout=10_000)
    assert dash.runs_panel.row_by_id(live.id).label == "in a terminal"
    assert not _shown(strip) and pending_carries(RunStore.for_project(target)) == {}


def test_while_another_process_copies_into_the_store_the_window_waits_its_turn(
        qtbot, main_window, saved, tmp_path, monkeypatch):
    from netstudio.core.runs import files, plan_carry
    from netstudio.gui.training import run_stores

    monkeypatch.setattr(run_stores, "CARRY_POLL_MS", 200)
    path, _store, runs = saved
    target = tmp_path / "new.nsproj.json"
    plan_carry(path, target)  # (what the other window's Save As wrote)
    new_store = RunStore.for_project(target)
    other = files.lock(new_store.path / copying.CARRY_LOCK, timeout=0)
    other.acquire()  # the other window is copying
    starts: list[int] = []
    monkeypatch.setattr(run_stores.RunCopier, "start", _counting_start(starts))
    try:
        target.write_text(path.read_text())
        w = _window(main_window, target)
        qtbot.wait(600)
        assert new_store.runs() == [] and 1 <= len(starts) <= 10  # polled, not spinning
    finally:
        other.release()
    qtbot.waitUntil(lambda: len(w.training.runs) == len(runs), timeout=10_000)


def _counting_start(starts):
    from netstudio.gui.training.run_copier import RunCopier

    real = RunCopier.start

    def start(self, target):
        starts.append(1)
        return real(self, target)

    return start


@pytest.mark.slow  # a real (tiny) training run
def test_the_windows_own_run_is_copied_when_it_ends(qtbot, main_window, saved, tmp_path,
                                                   monkeypatch):
    from netstudio.core.train import run as train_run
    from netstudio.core.train.callbacks import Callback
    from netstudio.core.train.events import Status
    from netstudio.gui.training import run_stores
    from netstudio.gui.training.controller import IDLE
    from netstudio.gui.training.worker import RunOptions

    class PauseAtStart(Callback):  # the run waits before its first batch, however fast
        def on_fit_start(self, trainer):
            trainer.pause()

    real_prepare = train_run.prepare_run

    def prepare(project, callbacks=(), **kwargs):
        return real_prepare(project, callbacks=[*callbacks, PauseAtStart()], **kwargs)

    monkeypatch.setattr(train_run, "prepare_run", prepare)
    monkeypatch.setattr(run_stores, "CARRY_POLL_MS", 100)
    path, store, runs = saved
    w = _window(main_window, path)
    dash = w.training
    dash.controller.options = RunOptions(subset=96)
    assert dash.train()
    qtbot.waitUntil(lambda: dash.controller.worker is not None
                    and dash.controller.worker.status == Status.PAUSED, timeout=60_000)
    [live] = [r for r in store.runs() if r.live]
    target = tmp_path / "new.nsproj.json"
    assert w.files.save_to(target)  # Save As while the window's run is still going
    new_store = RunStore.for_project(target)
    qtbot.waitUntil(lambda: len(new_store.runs()) == len(runs), timeout=10_000)
    strip = dash.store.strip
    qtbot.waitUntil(lambda: "1 run(s) still training" in strip.label.text(), timeout=10_000)
    assert _shown(strip) and _shown(strip.label) and not _shown(strip.bar)
    with qtbot.waitSignal(dash.controller.run_finished, timeout=60_000):
        dash.controller.worker.resume()
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=10_000)
    qtbot.waitUntil(lambda: live.id in {r.id for r in new_store.runs()}
                    and not dash.store.copier.running, timeout=10_000)
    copied = new_store.get(live.id)
    assert copied.status == "finished" and copied.model_file.is_file()
    assert pending_carries(new_store) == {}
