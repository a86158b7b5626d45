"""Save As in two steps: the new store's ledger (plan_carry), then the copy (carry_pending) that
reports progress, can be stopped, survives a kill, and waits for runs still training. Run
numbers and names stay unique in a store whatever brings a run in."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from netstudio.core.project import Project
from netstudio.core.runs import (
    Run,
    RunStore,
    ScratchSession,
    carry_pending,
    carry_runs,
    copying,
    pending_carries,
    plan_carry,
)
from tests.core.runs_helpers import fake_finished_run, tiny_file


@pytest.fixture
def old(tmp_path):
    """old.nsproj.json with two finished runs: "run 1" (default name) and "baseline"."""
    path = tiny_file(tmp_path, "old.nsproj.json")
    store = RunStore.for_project(path)
    project = Project.load(path)
    runs = [fake_finished_run(store, project), fake_finished_run(store, project,
                                                                 name="baseline")]
    return path, store, runs


def _no_links(monkeypatch):
    """Another file system: every file is copied in chunks."""
    def refuse(*_args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", refuse)
    monkeypatch.setattr(copying, "CHUNK", 256)


# ---- unique names ----------------------------------------------------------------------------
def test_a_new_run_never_takes_a_name_the_store_uses(old):
    path, store, (first, baseline) = old
    again = store.create(Project.load(path), name="baseline")
    again.release()
    assert again.name == "baseline (2)" and again.record.number == 3
    third = store.create(Project.load(path), name="baseline")
    third.release()
    assert third.name == "baseline (3)"
    store.rename(first, "third")
    renamed = store.create(Project.load(path))
    renamed.release()
    assert renamed.name == "run 5"
    assert store.rename(renamed, "baseline") == "baseline (4)"
    assert store.rename(baseline, "baseline") == "baseline"  # its own name is no clash
    names = [r.name for r in store.runs()]
    assert len(names) == len(set(names))


def test_carried_runs_get_free_numbers_and_names_and_keep_their_ids(old, tmp_path):
    path, _store, (first, baseline) = old
    new_path = tiny_file(tmp_path, "new.nsproj.json")
    target = RunStore.for_project(new_path)
    project = Project.load(new_path)
    own = [fake_finished_run(target, project), fake_finished_run(target, project,
                                                                 name="baseline")]
    copied = {r.id: r for r in carry_runs(path, new_path)}
    assert set(copied) == {first.id, baseline.id}  # ids stay: folders named as before
    assert (copied[first.id].record.number, copied[first.id].name) == (3, "run 3")
    assert (copied[baseline.id].record.number, copied[baseline.id].name) == (4, "baseline (2)")
    assert Run.open(first.path).name == "run 1"  # the old store's runs are untouched
    names = [r.name for r in target.runs()]
    numbers = [r.record.number for r in target.runs()]
    assert len(set(names)) == len(names) == 4 and len(set(numbers)) == 4
    assert {r.id for r in own} <= {r.id for r in target.runs()}


def test_scratch_runs_moved_into_a_store_get_free_numbers(old, tmp_path):
    path, store, _runs = old
    session = ScratchSession.new(tmp_path / "scratch")
    made = fake_finished_run(session.store, Project.load(path))  # "run 1" there too
    [moved] = session.store.move_runs_to(store)
    assert moved.id == made.id and (moved.record.number, moved.name) == (3, "run 3")
    session.discard()


# ---- the ledger and the copy ------------------------------------------------------------------
def test_plan_lists_the_runs_and_the_copy_crosses_them_off(old, tmp_path):
    path, store, runs = old
    new_path = tmp_path / "new.nsproj.json"
    assert plan_carry(path, new_path) == 2
    target = RunStore.for_project(new_path)
    assert target.runs() == []  # nothing copied yet: the ledger says what will be
    [(source, listed)] = pending_carries(target).items()
    assert source == store.path.resolve() and sorted(listed) == sorted(r.id for r in runs)
    seen = []
    result = carry_pending(target, seen.append)
    assert sorted(r.id for r in result.copied) == sorted(r.id for r in runs)
    assert not result.pending and pending_carries(target) == {}
    assert not (target.path / copying.LEDGER).exists()
    assert seen[-1].runs_done == seen[-1].runs_total == 2
    assert seen[-1].done_bytes == seen[-1].total_bytes > 0
    assert carry_pending(target).copied == []  # nothing left


def test_a_stopped_copy_leaves_no_half_run_and_the_next_one_finishes(old, tmp_path,
                                                                     monkeypatch):
    path, store, runs = old
    _no_links(monkeypatch)
    new_path = tmp_path / "new.nsproj.json"
    plan_carry(path, new_path)
    target = RunStore.for_project(new_path)
    seen: dict[str, int] = {}

    def progress(p):
        if p.runs_done == 1:  # the first run is in place; the second is being copied
            seen.setdefault("at", p.done_bytes)
            seen["now"] = p.done_bytes

    def stop_midway():  # the window closes 1 KB into the second run
        return "at" in seen and seen["now"] - seen["at"] > 1024

    monkeypatch.setattr(copying, "PROGRESS_EVERY", 0)
    result = carry_pending(target, progress, stop_midway)
    assert seen["now"] - seen["at"] < 4096  # it stopped within a few chunks
    assert result.stopped and len(result.copied) == 1
    listing = target.list()
    assert [r.id for r in listing.runs] == [result.copied[0].id] and listing.skipped == []
    assert [p.name for p in target.path.iterdir() if p.name.startswith(".copying")] == []
    [(_, left)] = pending_carries(target).items()
    assert left == [r.id for r in runs if r.id != result.copied[0].id]
    result = carry_pending(target)
    assert len(result.copied) == 1 and not result.pending
    assert {r.id for r in target.runs()} == {r.id for r in runs}
    for r in target.runs():
        assert r.model_file.read_bytes() == store.get(r.id).model_file.read_bytes()


def test_a_run_still_training_is_copied_once_it_has_ended(old, tmp_path):
    path, store, runs = old
    live = store.create(Project.load(path), name="still training")  # e.g. netstudio train
    new_path = tmp_path / "new.nsproj.json"
    assert {r.id for r in carry_runs(path, new_path)} == {r.id for r in runs}
    target = RunStore.for_project(new_path)
    result = carry_pending(target)
    assert result.waiting == [live.id] and result.copied == [] and result.pending
    # saved once more under a third name before it ended: the third store waits for it too
    newer = tmp_path / "newer.nsproj.json"
    carry_runs(new_path, newer)
    import torch

    from netstudio.core.compiler import compile_project

    live.update(status="finished")  # with model.pt and metrics as a finished run has them
    torch.save(compile_project(Project.load(path)).state_dict(), live.model_file)
    live.update_metrics(epochs=1)
    live.release()
    [done] = carry_pending(target).copied
    assert done.id == live.id and done.status == "finished" and done.name == "still training"
    assert pending_carries(target) == {}
    assert [r.id for r in carry_pending(RunStore.for_project(newer)).copied] == [live.id]


def test_a_run_deleted_from_the_old_store_is_forgotten(old, tmp_path):
    path, store, runs = old
    new_path = tmp_path / "new.nsproj.json"
    plan_carry(path, new_path)
    store.delete(runs[0], permanent=True)
    target = RunStore.for_project(new_path)
    assert [r.id for r in carry_pending(target).copied] == [runs[1].id]
    assert pending_carries(target) == {}


def test_a_damaged_ledger_lists_nothing_and_never_escapes_the_store(old, tmp_path):
    path, store, runs = old
    target = RunStore(tmp_path / "new.runs")
    target.path.mkdir()
    (target.path / copying.LEDGER).write_text("{not json")
    assert pending_carries(target) == {} and carry_pending(target).copied == []
    (target.path / copying.LEDGER).write_text(json.dumps(
        {"format": "netstudio-carry", "version": 1, "from": [{"store": str(store.path), "runs": [
            "../../etc", "/etc", ".trash", 7, runs[0].id]}]}))
    assert pending_carries(target) == {store.path: [runs[0].id]}
    assert [r.id for r in carry_pending(target).copied] == [runs[0].id]


def test_a_killed_copy_leaves_both_stores_valid(old, tmp_path):
    """kill -9 in the middle of a weights file: the new store lists only whole runs, the
    old one is intact, and the next copy finishes the job."""
    path, store, runs = old
    new_path = tmp_path / "new.nsproj.json"
    plan_carry(path, new_path)
    target = RunStore.for_project(new_path)
    marker = tmp_path / "midway"
    child = textwrap.dedent(f"""
        import errno, os, sys, time
        from netstudio.core.runs import RunStore, carry_pending, copying

        def no_link(*a):
            raise OSError(errno.EXDEV, "cross-device")

        os.link = no_link
        copying.CHUNK = 64
        real = copying.copy_file
        count = []

        def slow(src, dst, on_bytes, stop):
            def counted(n):
                on_bytes(n)
                count.append(n)
                if src.endswith("model.pt") and len(count) > 400:
                    open({str(marker)!r}, "w").close()
                    time.sleep(60)  # killed here, half of a weights file written
            real(src, dst, counted, stop)

        copying.copy_file = slow
        carry_pending(RunStore({str(target.path)!r}))
    """)
    proc = subprocess.Popen([sys.executable, "-c", child], env={**os.environ})
    try:
        for _ in range(600):
            if marker.exists() or proc.poll() is not None:
                break
            import time

            time.sleep(0.05)
        assert marker.exists(), "the child never reached the weights"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    half = [p for p in target.path.iterdir() if p.name.startswith(".copying-")]
    assert half, "the kill came before any copy"
    listing = target.list()
    assert listing.skipped == [] and all(r.status == "finished" for r in listing.runs)
    assert len(listing.runs) < len(runs)
    assert {r.id for r in store.runs()} == {r.id for r in runs}  # the old store is whole
    result = carry_pending(target)
    assert not result.pending and not any(p.name.startswith(".copying-")
                                          for p in target.path.iterdir())
    assert {r.id for r in target.runs()} == {r.id for r in runs}


def test_a_pipe_in_a_run_folder_is_left_behind_not_read(old, tmp_path, monkeypatch):
    path, _store, runs = old
    _no_links(monkeypatch)
    os.mkfifo(runs[0].path / "pipe")  # reading it would wait for a writer for ever
    copied = {r.id: r for r in carry_runs(path, tmp_path / "new.nsproj.json")}
    assert set(copied) == {r.id for r in runs}
    assert not (copied[runs[0].id].path / "pipe").exists()
