"""The run store: recording, listing, bad folders, versions, locks, faults, scratch stores."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from netstudio.core.project import Project
from netstudio.core.runs import (
    Run,
    RunError,
    RunStore,
    ScratchSession,
    create_standalone,
    orphaned_stores,
    report_from_metrics,
    store_path_for,
)
from tests.core.runs_helpers import record, tiny_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """One finished run in a store (trained once for the module)."""
    folder = tmp_path_factory.mktemp("store")
    path = tiny_file(folder)
    store = RunStore.for_project(path)
    run, result, recorder = record(store, path)
    return store, run, result, recorder, path


def test_store_sits_beside_the_project(tmp_path):
    assert store_path_for(tmp_path / "foo.nsproj.json") == tmp_path / "foo.runs"
    assert store_path_for(tmp_path / "foo.json") == tmp_path / "foo.runs"
    assert RunStore(tmp_path / "nothing.runs").list().runs == []  # no store yet: empty


def test_a_recorded_run_holds_everything(recorded):
    store, run, result, recorder, path = recorded
    assert result.status.value == "finished"
    for name in ("run.json", "project.nsproj.json", "metrics.json", "curves.json", "model.pt",
                 "checkpoint.pt"):
        assert (run.path / name).is_file(), name
    [listed] = store.runs()
    assert listed.id == run.id and listed.status == "finished" and not listed.live
    rec = listed.record
    assert rec.name == "run 1" and rec.number == 1 and rec.parent is None
    assert rec.device == "cpu" and rec.seed == 0 and rec.versions["torch"] == torch.__version__
    assert rec.source == str(path.resolve()) and rec.finished >= rec.created
    m = listed.metrics()
    assert rec.summary["test_accuracy"] == m["test_accuracy"] == result.test.accuracy
    assert rec.summary["epochs"] == 1 and rec.summary["params"] == 7850
    assert m["normalization"]["mode"] == "standardize" and len(m["normalization"]["mean"]) == 1
    assert listed.project().to_dict() == Project.load(path).to_dict() | {"name": "tiny"}
    curves = listed.curves()
    assert len(curves["x"]) == len(curves["loss"]) >= 1 and curves["x"][-1] == 1.0


def test_the_stored_network_answers_like_the_trained_one(recorded):
    store, run, result, recorder, path = recorded
    net = store.get(run.id[:12]).load_network()  # a unique prefix of the id is enough
    x = torch.rand(4, 1, 28, 28)
    state = torch.load(run.model_file, weights_only=True)
    assert torch.equal(net.layers["fc"].weight, state["layers.fc.weight"])
    assert net(x).shape == (4, 10) and not net.training


def test_the_stored_test_report_comes_back(recorded):
    _, run, result, _, _ = recorded
    report = report_from_metrics(run.metrics())
    assert report.accuracy == result.test.accuracy
    assert (report.confusion == result.test.confusion).all()
    assert report.misclassified[:5] == result.test.misclassified[:5]
    assert [c.name for c in report.per_class] == [c.name for c in result.test.per_class]


def test_rename_and_notes_keep_unknown_keys(tmp_path, recorded):
    store, run, *_ = recorded
    raw = json.loads(run.run_json.read_text())
    raw["trial"] = {"number": 3}  # a key another tool added
    run.run_json.write_text(json.dumps(raw))
    run.update(name="wide hidden", notes="lr 0.01\nsecond line")
    again = store.get(run.id)
    assert again.name == "wide hidden" and again.record.notes == "lr 0.01\nsecond line"
    assert again.record.extra["trial"] == {"number": 3}
    assert set(again.record.extra) == {"trial", "weights_fingerprint"}  # (the recorder's)
    again.update_metrics(findings=[{"code": "x"}])
    assert store.get(run.id).metrics()["findings"] == [{"code": "x"}]


# ---- bad folders ----------------------------------------------------------------------------
def _copy_run(run: Run, store: RunStore, name: str) -> Path:
    import shutil

    target = store.path / name
    shutil.copytree(run.path, target)
    return target


@pytest.mark.parametrize("damage,reason", [
    (lambda p: (p / "run.json").unlink(), "run record is missing"),
    (lambda p: (p / "run.json").write_text('{"format": "netstudio-run", "vers'), "not valid JSON"),
    (lambda p: (p / "run.json").write_text(""), "is empty"),
    (lambda p: _edit(p, version=99), "newer netstudio"),
    (lambda p: _edit(p, format="other"), "not a netstudio run"),
    (lambda p: _edit(p, status="exploded"), "unknown status"),
    (lambda p: (p / "project.nsproj.json").unlink(), "project snapshot is missing"),
    (lambda p: (p / "metrics.json").write_bytes(b"\xff\xfe"), "not UTF-8"),
    (lambda p: (p / "metrics.json").write_text('{"history": [1, 2'), "metrics.json is not valid"),
    (lambda p: (p / "model.pt").unlink(), "weights (model.pt) are missing"),
])
def test_bad_run_folders_are_skipped_with_the_reason(tmp_path, recorded, damage, reason):
    _, run, *_ = recorded
    store = RunStore(tmp_path / "s.runs")
    store.path.mkdir()
    good = _copy_run(run, store, "20200101-000000-good")
    bad = _copy_run(run, store, "20200101-000001-bad0")
    damage(bad)
    (store.path / "stray.txt").write_text("not a run")
    old = store.path / "20200101-000002-empty"
    old.mkdir()
    os.utime(old, (0, 0))  # an old empty folder: not one being created right now
    listing = store.list()
    assert [r.path for r in listing.runs] == [good]
    reasons = {s.path.name: s.reason for s in listing.skipped}
    assert reason in reasons[bad.name], reasons
    assert "run record is missing" in reasons[old.name]
    with pytest.raises(RunError, match=reason.split("(")[0]):
        Run.open(bad)


def test_weights_of_another_network_are_refused(tmp_path, recorded):
    _, run, *_ = recorded
    store = RunStore(tmp_path / "s.runs")
    store.path.mkdir()
    other = _copy_run(run, store, "20200101-000000-othr")
    snapshot = json.loads((other / "project.nsproj.json").read_text())
    snapshot["graph"]["nodes"].insert(2, {"id": "hidden", "type": "Linear",
                                          "params": {"out_features": 8}})
    snapshot["graph"]["edges"] = [{"from": "input", "to": "flat"},
                                  {"from": "flat", "to": "hidden"},
                                  {"from": "hidden", "to": "fc"}]
    (other / "project.nsproj.json").write_text(json.dumps(snapshot))
    with pytest.raises(RunError, match="weights belong to another network"):
        Run.open(other).load_network()
    (other / "model.pt").write_bytes(b"\x80\x02 truncated")
    with pytest.raises(RunError, match="cannot be read as PyTorch weights"):
        Run.open(other).state_dict()


def _edit(path: Path, **keys) -> None:
    raw = json.loads((path / "run.json").read_text())
    raw.update(keys)
    (path / "run.json").write_text(json.dumps(raw))


# ---- crashes and faults ---------------------------------------------------------------------
@pytest.mark.slow
def test_a_crashed_run_reads_as_interrupted_with_its_checkpoint(tmp_path):
    """The recording process dies after epoch 1 of 3 (os._exit: no cleanup at all)."""
    path = tiny_file(tmp_path)
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from netstudio.core.project import Project
        from netstudio.core.runs import RunRecorder, RunStore
        from netstudio.core.train.callbacks import Callback
        from netstudio.core.train.run import prepare_run

        class Crash(Callback):
            def on_epoch_start(self, trainer, epoch):
                if epoch == 2:
                    os._exit(3)

        path = Path({str(path)!r})
        project = Project.load(path)
        trainer = prepare_run(project, epochs=3, subset=100, device="cpu",
                              callbacks=[Crash()])
        run = RunStore.for_project(path).create(project, source=path)
        RunRecorder(run, project_path=path, tensorboard=False).attach(trainer)
        trainer.fit()
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr[-2000:]
    [run] = RunStore.for_project(path).runs()
    assert run.record.status == "running" and run.status == "interrupted" and not run.live
    assert torch.load(run.checkpoint_file, weights_only=True)["epoch"] == 1
    assert [h["epoch"] for h in run.metrics()["history"]] == [1]
    assert run.load_network().layers["fc"].weight.shape == (10, 784)  # from the checkpoint
    # continuing it: a new run whose parent is the interrupted one
    store = RunStore.for_project(path)
    child, result, _ = record(store, path, epochs=3, subset=100,
                              resume_from=run.checkpoint_file, parent=run.id)
    assert result.status.value == "finished" and child.record.parent == run.id
    assert [h["epoch"] for h in child.metrics()["history"]] == [1, 2, 3]


def test_a_live_run_is_running_and_cannot_be_deleted(tmp_path):
    store = RunStore(tmp_path / "p.runs")
    run = store.create(Project.load(tiny_file(tmp_path)))
    assert store.get(run.id).status == "running" and store.get(run.id).live
    with pytest.raises(RunError, match="still training"):
        store.delete(run.id)
    run.release()
    assert store.get(run.id).status == "interrupted"


def test_a_write_failing_midway_leaves_the_old_record(tmp_path, monkeypatch):
    store = RunStore(tmp_path / "p.runs")
    run = store.create(Project.load(tiny_file(tmp_path)), name="first")
    before = run.run_json.read_bytes()
    import netstudio.core.files as files_module

    class HalfWriter:
        """A file whose write stops half-way with an I/O error (a yanked disk)."""

        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(data[: len(data) // 2])
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files_module, "open",
                        lambda *a, **k: HalfWriter(open(*a, **k)),  # noqa: SIM115
                        raising=False)
    with pytest.raises(OSError, match="Input/output"):
        run.update(name="second")
    monkeypatch.undo()
    assert run.run_json.read_bytes() == before
    assert not list(run.path.glob("*.tmp*")) and store.get(run.id).name == "first"
    run.release()


@pytest.mark.parametrize("where", ["fsync"])
def test_disk_full_while_finishing_keeps_the_other_runs(tmp_path, monkeypatch, where):
    path = tiny_file(tmp_path)
    store = RunStore.for_project(path)
    first, *_ = record(store, path, subset=100)
    before = {p.name: p.read_bytes() for p in first.path.iterdir() if p.is_file()}
    from netstudio.core.runs import RunRecorder
    from netstudio.core.train.run import prepare_run

    project = Project.load(path)
    trainer = prepare_run(project, epochs=1, subset=100, device="cpu")
    run = store.create(project, source=path)
    recorder = RunRecorder(run, project_path=path, tensorboard=False,
                           finish_on_fit_end=False).attach(trainer)
    result = trainer.fit()
    real = getattr(os, where)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, where, full)
    with pytest.raises(OSError, match="disk is full") as raised:
        recorder.finish(trainer, result)
    assert raised.value.disk_full  # core.files.WriteError names it
    monkeypatch.setattr(os, where, real)
    # the earlier run is untouched, byte for byte; no temp file is left anywhere
    assert {p.name: p.read_bytes() for p in first.path.iterdir() if p.is_file()} == before
    assert not [p for p in store.path.rglob("*.tmp*")]
    assert recorder.write_error and "disk is full" in recorder.write_error
    listing = store.list()
    assert first.id in [r.id for r in listing.runs]
    # the interrupted write left only whole files: the new run lists (its metrics from the
    # last epoch) or is skipped with a reason, never a crash
    again = [r for r in listing.runs if r.id == run.id]
    assert again and again[0].status in ("interrupted", "failed")
    json.loads(again[0].metrics_file.read_text())


def test_two_processes_create_runs_in_one_store_at_once(tmp_path):
    store = tmp_path / "shared.runs"
    script = textwrap.dedent(f"""
        import sys
        from netstudio.core.runs import RunStore
        from netstudio.core.runs.files import write_json
        store = RunStore({str(store)!r})
        snapshot = {{"format": "netstudio", "version": 1, "graph": {{"nodes": [], "edges": []}},
                     "training": {{"seed": int(sys.argv[1])}}}}
        for i in range(15):
            run = store.create(snapshot, extra={{"writer": sys.argv[1], "i": i}})
            write_json(run.metrics_file, {{"history": [], "writer": sys.argv[1]}})
            run.update(status="failed", message="test")
            run.release()
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", script, str(n)], env=env,
                              stderr=subprocess.PIPE, text=True) for n in (1, 2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    listing = RunStore(store).list()
    assert not listing.skipped
    runs = listing.runs
    assert len(runs) == 30 and len({r.id for r in runs}) == 30
    assert sorted(r.record.number for r in runs) == list(range(1, 31))  # no number twice
    for writer in ("1", "2"):
        mine = [r for r in runs if r.record.extra["writer"] == writer]
        assert sorted(r.record.extra["i"] for r in mine) == list(range(15))


def test_delete_to_the_trash_or_for_good(tmp_path):
    store = RunStore(tmp_path / "p.runs")
    project = Project.load(tiny_file(tmp_path))
    a, b = store.create(project), store.create(project)
    a.release()
    b.release()
    trashed = store.delete(a.id)
    assert trashed.parent == store.trash and (trashed / "run.json").exists()
    assert [r.id for r in store.runs()] == [b.id]
    assert store.delete(b, permanent=True) is None and not b.path.exists()
    assert store.runs() == []
    with pytest.raises(RunError, match="no run"):
        store.get("nope")


def test_a_store_that_is_a_file_is_reported(tmp_path):
    blocker = tmp_path / "p.runs"
    blocker.write_text("x")
    assert "is a file" in RunStore(blocker).list().skipped[0].reason
    with pytest.raises(RunError, match="is a file"):
        RunStore(blocker).create({"format": "netstudio", "version": 1})


def test_standalone_run_folder(tmp_path):
    project = Project.load(tiny_file(tmp_path))
    out = tmp_path / "out"
    run = create_standalone(out, project)
    assert run.path == out and run.record.id == "out" and run.live
    with pytest.raises(RunError, match="being written"):
        create_standalone(out, project)
    run.release()
    assert Run.open(out).status == "interrupted"


# ---- scratch stores (untitled projects) -----------------------------------------------------
def test_scratch_runs_move_into_the_project_store(tmp_path):
    root = tmp_path / "scratch"
    session = ScratchSession.new(root)
    project = Project.load(tiny_file(tmp_path))
    ids = []
    for _ in range(2):
        run = session.store.create(project)
        run.update(status="failed")
        run.release()
        ids.append(run.id)
    target = RunStore(tmp_path / "saved.runs")
    moved = session.store.move_runs_to(target)
    assert sorted(r.id for r in moved) == sorted(ids)
    target_runs = target.runs()
    assert sorted(r.id for r in target_runs) == sorted(ids)
    assert session.store.runs() == []
    session.discard()
    assert not session.store.path.exists()


def test_a_moved_run_whose_id_is_taken_gets_a_new_id_with_its_folder(tmp_path):
    project = Project.load(tiny_file(tmp_path))
    session = ScratchSession.new(tmp_path / "scratch")
    run = session.store.create(project)
    run.update(status="failed")
    run.release()
    target = RunStore(tmp_path / "saved.runs")
    target.path.mkdir()
    (target.path / run.id).mkdir()  # a folder of that name is there already
    (moved,) = session.store.move_runs_to(target)
    assert moved.id != run.id
    assert moved.path.name == moved.id  # the store finds a run by its folder's name
    assert target.get(moved.id).id == moved.id
    session.discard()


def test_a_crashed_session_offers_its_runs_back(tmp_path):
    root = tmp_path / "scratch"
    project = Project.load(tiny_file(tmp_path))
    crashed = ScratchSession.new(root)
    run = crashed.store.create(project)
    run.update(status="failed")
    run.release()
    live = ScratchSession.new(root)  # another window, still open
    empty = ScratchSession.new(root)  # crashed with no runs: removed quietly
    for s in (crashed, live, empty):
        os.utime(s.store.path, (0, 0))
    assert orphaned_stores(root) == []  # every session still holds its lock
    crashed.release()
    empty.release()
    [found] = orphaned_stores(root)
    assert found.path == crashed.store.path and not empty.store.path.exists()
    adopted = ScratchSession.adopt(found)
    assert [r.id for r in adopted.store.runs()] == [run.id]
    assert orphaned_stores(root) == []
    with pytest.raises(RunError, match="another netstudio window"):
        ScratchSession.adopt(found)
