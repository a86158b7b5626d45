"""Save As under a new name: the runs are copied into the new file's store (the old file keeps
its own), atomically, weights as hard links where possible."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3

import pytest

from netstudio.core.project import Project
from netstudio.core.runs import Run, RunError, RunStore, carry_runs, copying
from tests.core.runs_helpers import fake_finished_run, tiny_file


@pytest.fixture
def saved(tmp_path):
    """old.nsproj.json with two finished runs and one being recorded."""
    path = tiny_file(tmp_path, "old.nsproj.json")
    store = RunStore.for_project(path)
    project = Project.load(path)
    done = [fake_finished_run(store, project, name=n) for n in ("first", "second")]
    done[0].update(notes="the baseline")
    live = store.create(project, name="still training")
    yield path, store, done, live
    live.release()


def test_save_as_copies_the_runs_and_keeps_the_old_ones(saved, tmp_path):
    path, store, done, live = saved
    new_path = tmp_path / "new.nsproj.json"
    shutil.copy(path, new_path)
    copied = carry_runs(path, new_path)
    new_store = RunStore.for_project(new_path)
    assert sorted(r.id for r in copied) == sorted(r.id for r in done)
    listed = {r.id: r for r in new_store.runs()}
    assert set(listed) == {r.id for r in done}  # the live run is not copied (yet)
    first = listed[done[0].id]
    assert first.name == "first" and first.record.notes == "the baseline"
    assert first.status == "finished" and first.record.number == done[0].record.number
    assert first.state_dict().keys() == done[0].state_dict().keys()
    # the old file keeps all of its runs
    assert {r.id for r in store.runs()} == {*(r.id for r in done), live.id}
    # weights are hard links (one file system here); records are real copies
    assert os.path.samefile(first.model_file, done[0].model_file)
    assert not os.path.samefile(first.run_json, done[0].run_json)
    assert carry_runs(path, new_path) == []  # copying again: nothing is missing
    # a change in one store never shows in the other
    first.update(name="renamed in the new file")
    assert Run.open(done[0].path).name == "first"
    new_store.delete(first, permanent=True)
    assert Run.open(done[0].path).model_file.is_file()
    # the run that was live, once it has ended (and only it: the deleted one stays deleted)
    live.update(status="failed")
    live.release()
    again = carry_runs(path, new_path, ids=[live.id])
    assert [r.id for r in again] == [live.id]
    assert {r.id for r in new_store.runs()} == {done[1].id, live.id}


def test_without_hard_links_the_weights_are_copied(saved, tmp_path, monkeypatch):
    path, _store, done, _live = saved

    def no_links(*_args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    [*copied] = carry_runs(path, tmp_path / "other.nsproj.json")
    run = next(r for r in copied if r.id == done[0].id)
    assert not os.path.samefile(run.model_file, done[0].model_file)
    assert run.model_file.read_bytes() == done[0].model_file.read_bytes()


def test_a_copy_failing_midway_leaves_no_half_run(saved, tmp_path, monkeypatch):
    path, store, done, _live = saved
    real_link, real_copy = os.link, copying.copy_file

    def full(real):
        def call(src, dst, *args, **kw):
            if done[1].id in str(src):
                raise OSError(errno.ENOSPC, "No space left on device")
            return real(src, dst, *args, **kw)
        return call

    monkeypatch.setattr(os, "link", full(real_link))
    monkeypatch.setattr(copying, "copy_file", full(real_copy))
    new_path = tmp_path / "full.nsproj.json"
    with pytest.raises(RunError, match="disk is full") as e:
        carry_runs(path, new_path)
    assert done[1].id in str(e.value)
    new_store = RunStore.for_project(new_path)
    listing = new_store.list()
    assert [r.id for r in listing.runs] == [done[0].id] and listing.skipped == []
    assert not any(p.name.startswith(".copying-") for p in new_store.path.iterdir())
    assert {r.id for r in store.runs()} >= {r.id for r in done}  # the old store is intact
    # a crash (not an error) leaves a hidden half copy: the next copy clears it
    monkeypatch.setattr(os, "link", real_link)
    monkeypatch.setattr(copying, "copy_file", real_copy)
    leftover = new_store.path / f".copying-{done[1].id}"
    leftover.mkdir()
    (leftover / "run.json").write_text("{")
    carry_runs(path, new_path)
    assert not leftover.exists()
    assert {r.id for r in new_store.runs()} == {r.id for r in done}


def test_the_studies_come_along_and_the_same_store_is_left_alone(saved, tmp_path):
    path, store, _done, _live = saved
    with sqlite3.connect(store.path / "search.db") as db:
        db.execute("create table studies (name text)")
        db.execute("insert into studies values ('old-1')")
    db.close()
    new_path = tmp_path / "with-db.nsproj.json"
    carry_runs(path, new_path)
    with sqlite3.connect(RunStore.for_project(new_path).path / "search.db") as db:
        assert db.execute("select name from studies").fetchall() == [("old-1",)]
    db.close()
    # foo.json and foo.nsproj.json share one store: nothing to copy
    assert carry_runs(path, path.with_name("old.json")) == []
    assert carry_runs(tmp_path / "never-saved.nsproj.json", new_path) == []
