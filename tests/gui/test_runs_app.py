"""Runs in the app: reopen a project and use a stored run's network without training, continue
it, open its network, rename/notes/delete, compare, untitled projects and crash recovery."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.project import Project  # noqa: E402
from netstudio.core.runs import RunStore, ScratchSession  # noqa: E402
from netstudio.gui.training.controller import IDLE  # noqa: E402
from netstudio.gui.training.worker import RunOptions  # noqa: E402
from tests.core.runs_helpers import record, tiny_raw  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A CNN project file with two finished runs in its store (made headless, once)."""
    folder = tmp_path_factory.mktemp("app-runs")
    path = folder / "cnn.nsproj.json"
    path.write_text(json.dumps(tiny_raw(conv=True)), encoding="utf-8")
    store = RunStore.for_project(path)
    first, *_ = record(store, path, subset=96, name="first")
    raw = tiny_raw(conv=True, lr=0.002)
    raw["graph"]["nodes"][1]["params"]["out_channels"] = 6  # the second run: a wider conv
    wide = folder / "wide.json"
    wide.write_text(json.dumps(raw))
    second, *_ = record(store, Project.load(wide), subset=96, name="wide")
    first.update(notes="the baseline")
    return path, first.id, second.id


def _copy(stored, tmp_path) -> Path:
    import shutil

    path, *_ = stored
    shutil.copy(path, tmp_path / path.name)
    shutil.copytree(path.with_name("cnn.runs"), tmp_path / "cnn.runs")
    return tmp_path / path.name


@pytest.fixture
def window(main_window):
    made = []

    def make(path=None, sample=None):
        w = main_window(path=path, sample=sample, extensions=True)
        w.training.controller.options = RunOptions(subset=96)
        made.append(w)
        return w

    yield make
    for w in made:
        w.training.shutdown()


def _row(dash, run_id):
    row = dash.runs_panel.row_by_id(run_id)
    assert row is not None, [r.id for r in dash.runs]
    return row


def _wait_samples(qtbot, dash):
    dash.inspector.ensure_samples()
    qtbot.waitUntil(lambda: dash.inspector.samples is not None, timeout=30_000)


def test_reopened_project_shows_a_stored_run_in_every_view(qtbot, window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    _, first, second = stored
    w = window(path)
    dash = w.training
    assert [r.label for r in dash.runs] == ["first", "wide"]
    assert [r.status for r in dash.runs] == ["finished", "finished"]
    hub = dash.inspector
    _wait_samples(qtbot, dash)
    w.scene.select_nodes(["conv"])
    assert "untrained" in hub.feature_maps.title.text()
    dash.runs_panel.select(first)
    assert hub.shown_run == "first" and hub.model.trained
    assert dash.controller.run_id == 0 and dash.controller.state == IDLE  # nothing trained
    assert hub.feature_maps.tile_count == 4 and "run 'first'" in hub.feature_maps.title.text()
    assert "the baseline" in dash.runs_panel.notes.text()
    hub.show_tab("Filters")
    assert hub.filters.tile_count == 4
    hub.show_tab("Results")
    assert hub.confusion.matrix is not None and hub.confusion.matrix.sum() == 96
    assert hub.per_class.table.rowCount() == 10  # one row per class, the average below
    hub.show_tab("Draw")
    hub.draw.pad.stroke([(140, 30), (140, 250)])
    assert hub.draw.probs is not None and abs(hub.draw.probs.sum() - 1) < 1e-4
    # the other run has another network (6 channels): shown although the canvas has 4
    dash.runs_panel.select(second)
    hub.show_tab("Feature maps")
    assert hub.shown_run == "wide" and hub.feature_maps.tile_count == 6
    # both selected: the curves overlay, named in the legend
    dash.runs_panel.select(first, second)
    assert dash.plots.overlay_names() == ["first", "wide"]
    # an edit of the canvas: the views follow the canvas again
    w.editor.set_params("conv", {"out_channels": 5, "kernel_size": 5, "stride": 3}, None)
    w.run_analysis()
    assert hub.shown_run is None


def test_continue_a_stored_run_as_a_new_child_run(qtbot, window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    _, first, _ = stored
    dash = window(path).training
    row = _row(dash, first)
    with qtbot.waitSignal(dash.controller.run_finished, timeout=60_000):
        assert dash.run_actions.continue_run(row, 2)
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=5000)
    child = dash.runs[-1]
    assert child.run.record.parent == first and child.status == "finished"
    assert [h["epoch"] for h in child.run.metrics()["history"]] == [1, 2, 3]
    parent_x = row.run.curves()["x"]
    child_x = child.run.curves()["x"]
    assert parent_x and child_x[:len(parent_x)] == parent_x  # the parent's curves come first
    assert child_x[-1] == pytest.approx(3.0) and len(child_x) > len(parent_x)
    assert child.run.training["epochs"] == 3 and child.run.record.extra["subset"] == 96
    assert len(RunStore.for_project(path).runs()) == 3
    assert dash.runs_panel.selected_rows() == [child]  # the new run is selected


def test_open_a_runs_network_is_one_undo_step(window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    _, _, second = stored
    w = window(path)
    before = w.project.to_dict()
    assert w.training.run_actions.open_network(_row(w.training, second))
    assert w.project.graph.nodes["conv"].params["out_channels"] == 6
    assert w.project.training["lr"] == 0.002
    w.undo_stack.undo()
    assert w.project.to_dict()["graph"] == before["graph"]
    assert w.project.training == before["training"]


def test_rename_notes_and_delete(window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    _, first, second = stored
    dash = window(path).training
    actions = dash.run_actions
    row = _row(dash, first)
    assert actions.rename(row, "  base\nline  ")
    assert actions.edit_notes(row, "lr 0.01; 1 epoch")
    again = RunStore.for_project(path).get(first)
    assert again.name == "base line" and again.record.notes == "lr 0.01; 1 epoch"
    model = dash.runs_panel.table.model()
    assert any(model.index(r, 0).data() == "base line" for r in range(model.rowCount()))
    assert actions.rename(_row(dash, second), "base line")  # names are unique in a store
    assert RunStore.for_project(path).get(second).name == "base line (2)"
    assert "this one is now 'base line (2)'" in dash.host.statusBar().currentMessage()
    assert actions.delete([_row(dash, second)], confirm=False) == 1
    assert [r.id for r in dash.runs] == [first]
    assert (path.with_name("cnn.runs") / ".trash" / second / "run.json").exists()


def test_the_table_sorts_and_filters(window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    panel = window(path).training.runs_panel
    proxy = panel.table.model()
    panel.table.sortByColumn(4, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "wide"  # more params first
    panel.filter.setText("firs")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "first"
    panel.filter.setText("")
    assert proxy.rowCount() == 2


def test_diff_view_against_the_canvas_and_another_run(window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    _, first, second = stored
    w = window(path)
    actions = w.training.run_actions
    dialog = actions.compare(_row(w.training, second))  # the wide run vs the canvas (4)
    lines = dialog.lines()
    assert "conv.out_channels: 6 -> 4" in lines
    assert "training.lr: 0.002 -> 0.01" in lines
    assert w.scene.nodes["conv"].mark == "changed" and w.scene.nodes["fc"].mark is None
    assert dialog.after.scene.nodes["conv"].mark == "changed"
    dialog.done(0)
    assert w.scene.nodes["conv"].mark is None
    dialog = actions.compare(_row(w.training, first), _row(w.training, second))
    assert "conv.out_channels: 4 -> 6" in dialog.lines()
    assert w.scene.nodes["conv"].mark is None  # run vs run: the canvas is not marked
    w.editor.delete(["crelu"], [])
    dialog = actions.compare(_row(w.training, first))
    assert any(line.startswith("crelu") for line in dialog.lines())
    assert dialog.before.scene.nodes["crelu"].mark == "removed"


def test_untitled_runs_move_into_the_store_on_save_as(qtbot, window, tmp_path):
    w = window()
    w.set_project(Project.from_dict(tiny_raw()))
    dash = w.training
    with qtbot.waitSignal(dash.controller.run_finished, timeout=60_000):
        assert dash.train()
    qtbot.waitUntil(lambda: dash.controller.state == IDLE, timeout=5000)
    scratch = dash.store.scratch.store.path
    [row] = dash.runs
    assert row.run.path.parent == scratch and row.status == "finished"
    assert not w.undo_stack.isClean()  # closing now would ask to save the runs
    target = tmp_path / "saved.nsproj.json"
    assert w.files.save_to(target)
    [moved] = RunStore.for_project(target).runs()
    assert moved.id == row.id and moved.model_file.exists()
    assert not scratch.exists() and dash.store.scratch is None
    assert [r.id for r in dash.runs] == [row.id]


def test_save_as_of_a_titled_project_carries_its_runs(qtbot, window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    _, first, second = stored
    w = window(path)
    dash = w.training
    assert {r.id for r in dash.runs} == {first, second}
    target = tmp_path / "elsewhere" / "renamed.nsproj.json"
    target.parent.mkdir()
    assert w.files.save_to(target)
    assert w.project.path == target
    # copied in the background, then listed from the new file's own store
    qtbot.waitUntil(lambda: {r.id for r in dash.runs} == {first, second}, timeout=10_000)
    assert {r.run.path.parent for r in dash.runs} == {RunStore.for_project(target).path}
    qtbot.waitUntil(lambda: "2 run(s) copied" in w.statusBar().currentMessage())
    assert {r.id for r in RunStore.for_project(path).runs()} == {first, second}  # kept
    _wait_samples(qtbot, dash)
    dash.runs_panel.select(first)  # the copied run's network is there, not retrained
    assert dash.inspector.shown_run == "first" and dash.inspector.model.trained


def test_a_crashed_untitled_session_is_offered_back(window, tmp_path):
    from netstudio.gui.training.run_stores import scratch_root

    w = window()
    crashed = ScratchSession.new(scratch_root())
    run = crashed.store.create(Project.from_dict(tiny_raw(hidden=8)), name="lost")
    run.update(status="failed")
    run.release()
    crashed.release()  # the window that made it is gone
    os.utime(crashed.store.path, (0, 0))
    dash = w.training
    left = dash.store.leftover()
    assert left is not None and left.text.startswith("1 training run of an untitled project")
    left.restore()
    assert [r.label for r in dash.runs] == ["lost"]
    assert "hidden" in w.project.graph.nodes  # the network that run trained
    assert w.project.path is None and not w.undo_stack.isClean()
    assert dash.store.scratch.store.path == crashed.store.path


def test_bad_run_folders_are_reported_and_skipped(window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    bad = path.with_name("cnn.runs") / "20000101-000000-bad0"
    bad.mkdir()
    (bad / "run.json").write_text('{"format": "netstudio-run", "version": 1, "id": "x",')
    dash = window(path).training
    assert len(dash.runs) == 2
    text = dash.panel.banner.text()
    assert "skipped" in text and "not valid JSON" in text


def test_a_run_whose_weights_no_longer_fit_is_marked_in_the_table(window, stored, tmp_path):
    from PySide6.QtCore import Qt

    from netstudio.core.runs import weights_check

    path = _copy(stored, tmp_path)
    _, first, second = stored
    model = path.with_name("cnn.runs") / second / "model.pt"
    model.write_bytes(model.read_bytes()[:100])  # truncated by hand
    weights_check._VERDICTS.clear()
    dash = window(path).training
    table = dash.runs_panel.model
    status = {r.id: table.data(table.index(i, 1)) for i, r in enumerate(table.rows)}
    assert status[first] == "finished"
    assert status[second] == "finished – weights do not fit"
    i = next(i for i, r in enumerate(table.rows) if r.id == second)
    tip = table.data(table.index(i, 1), Qt.ItemDataRole.ToolTipRole)
    assert "cannot be read as PyTorch weights" in tip


def test_runs_added_by_another_process_appear(qtbot, window, stored, tmp_path):
    path = _copy(stored, tmp_path)
    dash = window(path).training
    assert len(dash.runs) == 2
    other = RunStore.for_project(path).create(Project.load(path), name="from the CLI")
    other.update(status="failed")
    other.release()
    qtbot.waitUntil(lambda: len(dash.runs) == 3, timeout=10_000)
    assert dash.runs[-1].label == "from the CLI"


def test_a_stored_autoencoder_shows_its_reconstructions(qtbot, window, tmp_path):
    import shutil

    sample = Path(__file__).resolve().parents[2] / "samples" / "conv_autoencoder.nsproj.json"
    path = tmp_path / "ae.nsproj.json"
    shutil.copy(sample, path)
    run, *_ = record(RunStore.for_project(path), path, subset=64)
    w = window(path)
    dash = w.training
    _wait_samples(qtbot, dash)
    dash.runs_panel.select(run.id)
    hub = dash.inspector
    hub.show_tab("Results")
    assert hub.shown_run == run.name
    assert hub.reconstruction.pairs == 16  # the stored network rebuilds the test images


def test_an_interrupted_run_with_a_damaged_checkpoint_is_marked_in_the_table(window, tmp_path):
    import torch

    from netstudio.core.compiler import compile_project
    from netstudio.core.runs import weights_check

    path = tmp_path / "crashed.nsproj.json"
    path.write_text(json.dumps(tiny_raw()), encoding="utf-8")
    project = Project.load(path)
    run = RunStore.for_project(path).create(project, name="crashed")
    torch.save({"model": compile_project(project).state_dict(), "epoch": 1},
               run.checkpoint_file)
    run.release()  # the process died after its first epoch
    data = run.checkpoint_file.read_bytes()
    run.checkpoint_file.write_bytes(data[: len(data) // 3])
    weights_check._VERDICTS.clear()
    table = window(path).training.runs_panel.model
    assert table.data(table.index(0, 1)) == "interrupted – weights do not fit"


TERMINAL_RUN = """
import sys
import torch
from netstudio.core.compiler import compile_project
from netstudio.core.project import Project
from netstudio.core.runs import RunStore
path = sys.argv[1]
live = RunStore.for_project(path).create(Project.load(path), name="in a terminal")
print(live.id, flush=True)
sys.stdin.readline()  # the test says when the run ends
torch.save(compile_project(Project.load(path)).state_dict(), live.model_file)
live.update_metrics(epochs=1)
live.update(status="finished", summary={"epochs": 1, "test_accuracy": 0.5})
live.release()
"""


def test_a_run_that_ends_in_a_terminal_shows_as_finished_by_itself(qtbot, main_window,
                                                                  tmp_path):
    import subprocess
    import sys

    from tests.core.runs_helpers import tiny_file

    path = tiny_file(tmp_path, "cnn.nsproj.json")
    terminal = subprocess.Popen([sys.executable, "-c", TERMINAL_RUN, str(path)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        run_id = terminal.stdout.readline().strip()
        window = main_window(path=path, extensions=True)
        panel = window.training.runs_panel
        qtbot.waitUntil(lambda: panel.row_by_id(run_id) is not None, timeout=10_000)
        row = panel.row_by_id(run_id)
        assert row.status == "running"
        assert row.problem is None  # asked while it trains, as the table's paint does
        terminal.stdin.write("end\n")
        terminal.stdin.flush()
        assert terminal.wait(timeout=60) == 0
        # only files inside the run's own folder changed, not the store's folder
        qtbot.waitUntil(lambda: getattr(panel.row_by_id(run_id), "status", "") == "finished",
                        timeout=10_000)
    finally:
        terminal.kill()
