"""Autosave: written at most MAX_WAIT_MS after the first unsaved edit however the editing goes
on, restored after kill -9, and every failed save is shown (docs/reliability.md)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from netstudio.core.graph.model import Node
from netstudio.core.project import Project
from netstudio.gui import autosave

HERE = Path(__file__).resolve().parent


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Editing:
    """A project edited outside any window: ``edit()`` adds a node and schedules autosave."""

    def __init__(self, samples_dir: Path) -> None:
        self.project = Project.load(samples_dir / "mnist_cnn.nsproj.json")
        self.project.path = None
        self.clean = True
        self.clock = FakeClock()
        self.saver = autosave.Autosaver(lambda: self.project, lambda: self.clean,
                                        clock=self.clock)

    def edit(self) -> None:
        n = len(self.project.graph)
        self.project.graph.add_node(Node(f"relu_{n}", "ReLU", {}, (600.0, 60.0 * n)))
        self.clean = False
        self.saver.schedule()


def test_editing_every_second_for_30_s_is_saved_every_max_wait(qapp, samples_dir):
    """The timer used to restart on every edit: an edit a second kept it from ever firing."""
    e = Editing(samples_dir)
    start = e.clock.now
    saves: list[tuple[float, int]] = []  # (time, nodes in the backup)
    for second in range(30):
        e.clock.now = start + second
        e.edit()
        due = e.saver.timer.interval() if e.saver.timer.isActive() else None
        if due is not None and due <= 1000:  # it fires before the next edit: let it
            e.clock.now += due / 1000
            path = e.saver.save_now()
            assert path is not None
            saves.append((e.clock.now - start, len(Project.load(path).graph)))
    e.saver.timer.stop()
    window = autosave.MAX_WAIT_MS / 1000
    assert saves, "no autosave in 30 s of editing"
    assert saves[0][0] <= window  # after the first edit, at 0 s
    gaps = [b[0] - a[0] for a, b in zip(saves, saves[1:], strict=False)]
    assert max(gaps) <= window + 1
    # a crash right after the last edit (at 29 s) loses only the edits of the last window
    assert 29 - saves[-1][0] < window
    assert (11 + 30) - saves[-1][1] <= window + 1


def test_a_pause_after_the_edits_saves_after_the_short_delay(qapp, samples_dir):
    e = Editing(samples_dir)
    e.edit()
    assert e.saver.timer.interval() == autosave.DELAY_MS
    e.clock.now += 4
    e.edit()
    assert e.saver.timer.interval() == autosave.MAX_WAIT_MS - 4000  # 1 s left of the 5
    e.clock.now += 3
    e.edit()
    assert e.saver.timer.interval() == 0  # overdue: at once
    assert e.saver.save_now() is not None
    e.clock.now += 1
    e.edit()  # a new unsaved change starts a new window
    assert e.saver.timer.interval() == autosave.DELAY_MS
    e.saver.timer.stop()


def test_every_failed_save_is_shown_and_autosave_keeps_working(main_window, tmp_path):
    w = main_window(sample="mnist_cnn")
    w.add_layer_at("ReLU", QPointF(600, 0))
    w.project.name = "bad\ud800name"  # cannot be written as UTF-8
    assert not w.files.save_to(tmp_path / "p.nsproj.json")
    assert "cannot be written" in w.statusBar().currentMessage()
    assert w.isWindowModified()
    assert w.autosaver.save_now() is None
    assert "Autosave failed" in w.statusBar().currentMessage()
    w.project.name = "good"
    w.add_layer_at("ReLU", QPointF(600, 60))
    assert w.autosaver.save_now() is not None  # the next change writes it
    assert w.files.save_to(tmp_path / "p.nsproj.json") and not w.isWindowModified()


def test_repairs_made_while_opening_are_shown_and_no_node_is_lost(main_window, tmp_path):
    path = tmp_path / "dup.nsproj.json"
    path.write_text('{"format": "netstudio", "version": 1, "name": "d", "graph": {"nodes": ['
                    '{"id": "a", "type": "Input", "params": {"shape": [4]}},'
                    '{"id": "a", "type": "Linear", "params": {"out_features": 2}},'
                    '{"id": "b\\ud800", "type": "ReLU"}], "edges": []}}', encoding="utf-8")
    w = main_window(path=path)
    message = w.statusBar().currentMessage()
    assert "repaired" in message and '"a_2"' in message and "not valid Unicode" in message
    assert sorted(w.scene.nodes) == ["a", "a_2", "b\ufffd"]
    assert w.files.save_to(path)
    assert len(Project.load(path).graph) == 3


@pytest.mark.slow
def test_kill_9_while_editing_loses_at_most_the_autosave_window(main_window, tmp_path,
                                                                 samples_dir):
    project_file = tmp_path / "cnn.nsproj.json"
    shutil.copy(samples_dir / "mnist_cnn.nsproj.json", project_file)
    os.utime(project_file, (1_000_000_000, 1_000_000_000))
    delay_ms, max_wait_ms, every_ms = 600, 1200, 150  # the debounce alone would never fire
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # same XDG sandbox as this process
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parents[1]), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "editing_app.py"), str(project_file), str(delay_ms),
         str(max_wait_ms), str(every_ms)], env=env, stdout=subprocess.PIPE, text=True)
    edits: list[float] = []
    try:
        deadline = time.time() + 90
        for line in proc.stdout:
            if line.startswith("edit"):
                edits.append(float(line.split()[2]))
            if len(edits) >= 20 or time.time() > deadline:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    killed = time.time()
    assert len(edits) >= 20, "the editing app did not start"
    # every edit made more than the autosave window (plus slack for a loaded machine)
    # before the kill must be in the backup
    safe = sum(t < killed - max_wait_ms / 1000 - 1.0 for t in edits)
    w = main_window()
    offered = []
    w.files.ask_restore = lambda path, when: offered.append(path) or True
    assert w.open_path(project_file)
    assert offered, "no backup was left"
    restored = len(w.project.graph) - 11  # the sample has 11 nodes
    assert restored >= max(safe, 1), (restored, safe, len(edits))
    assert w.isWindowModified()
