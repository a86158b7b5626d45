"""The run store: every trained network kept as a folder, shared by the app and the CLI.

Layout (docs/project-format.md, "Runs"): the project ``DIR/foo.nsproj.json`` (or
``DIR/foo.json``) keeps its runs in ``DIR/foo.runs/``, one folder per run named by its id
(``20260131-142501-3fa9``: local creation time, then 4 random hex digits; ids sort by time)::

    foo.runs/<id>/run.json            the record (format "netstudio-run", version 1): id,
                                      number, name, notes, status, message, created, finished,
                                      device, versions {netstudio, torch}, seed, parent,
                                      source, summary {epochs, test_accuracy, test_loss,
                                      val_loss, val_accuracy, seconds, params}, extra keys
    foo.runs/<id>/project.nsproj.json the exact project that trained (graph, data, training)
    foo.runs/<id>/metrics.json        what `netstudio train` writes (history, test report...)
    foo.runs/<id>/curves.json         per-report loss/accuracy/lr points (the app's curves)
    foo.runs/<id>/model.pt            state_dict of the trained network (runs that finished
                                      or were stopped); loads with weights_only=True
    foo.runs/<id>/checkpoint.pt       the last epoch's checkpoint (to continue the run)
    foo.runs/<id>/tb/                 TensorBoard event files
    foo.runs/<id>/variants/           reserved: compressed/quantized variants (deploy)
    foo.runs/<id>/explain/            reserved: cached explanations
    foo.runs/.trash/<id>/             deleted runs (RunStore.delete without permanent)

Status: running | finished | stopped | interrupted | diverged | failed. "interrupted" is
never written: it is a "running" run whose process no longer holds its writer lock (crash,
kill, power cut); its last checkpoint and metrics stay usable. ``netstudio train --out DIR``
writes one run folder with the same layout outside any store (``create_standalone``).

API (Qt-free; importing this package does not import torch)::

    from netstudio.core.runs import RunStore, Run, RunRecorder, RunError

    store = RunStore.for_project("foo.nsproj.json")      # RunStore(Path("foo.runs"))
    listing = store.list()             # Listing(runs=[Run...] oldest first,
                                       #         skipped=[Skipped(path, reason)...])
    run = store.get("20260131-1425")   # id, unique id prefix, or a folder path
    run = Run.open("some/run/folder")  # any run folder; RunError says what is wrong
    run.id, run.name, run.status, run.record (RunRecord), run.path, run.live
    run.record.summary                 # {"epochs", "test_accuracy", "test_loss", "params"...}
    run.project()                      # Project of the snapshot (path None)
    run.project_dict(), run.metrics(), run.curves(), run.training
    run.state_dict()                   # model.pt (else the checkpoint's), weights_only=True
    run.load_network()                 # CompiledNet with the trained weights, eval, CPU
    run.update(name="wide", notes="lr 3e-3 helped")   # locked read-modify-write of run.json
    run.update_metrics(findings=[...])  # add keys to metrics.json
    run.model_file, run.checkpoint_file, run.metrics_file, run.tb_dir, run.variants_dir,
    run.explain_dir, run.project_file, run.curves_file, run.run_json
    store.delete(run)                  # to store.trash; permanent=True deletes
    store.move_runs_to(other_store)    # untitled project saved: scratch runs move
    store.copy_runs_to(other_store)    # saved as a new name: runs copied (copying.py)
    carry_runs(old_file, new_file)     # the same, from the two project paths, at once
    plan_carry(old_file, new_file)     # Save As, step 1 (fast): the new store's ledger
    carry_pending(store, progress, should_stop) -> CarryResult   # step 2, in a worker:
                                       # copies what the ledger lists and has ended
    pending_carries(store)             # {source store: [run ids]} still to come
    carry_ready(store)                 # one of them has ended: carry_pending has work
    store.rename(run, "wide") -> str   # names are unique in a store ("wide (2)")
    weights_problem(run) -> str | None # model.pt does not fit the snapshot (weights_check.py:
                                       # two stat calls against run.json's fingerprint)

    # recording a run (the CLI and the app do exactly this):
    trainer = prepare_run(project, callbacks=[...], resume_from=parent.checkpoint_file)
    run = store.create(project, parent=parent.id, source=project_path, name=None)
    recorder = RunRecorder(run, project_path=..., tensorboard=True, notice=print)
    recorder.attach(trainer)           # also makes the trainer checkpoint into the run
    result = trainer.fit()             # on_fit_end -> recorder.finish(trainer, result)

    metrics_dict(result, trainer, project_path) -> dict   # THE metrics.json builder
    report_from_metrics(metrics) -> TestReport | None     # back from a stored run
    ScratchSession.new(root), orphaned_stores(root)       # untitled projects (scratch.py)

Concurrency: new run folders are made with an exclusive mkdir (no id clash between
processes), the store lock (``.lock``) covers numbering, delete and move, each run's
``.run.lock`` covers run.json/metrics.json updates, and every file is written atomically
(temp file + rename), so two app windows and a CLI run can share a store.
"""

from __future__ import annotations

from typing import Any

from netstudio.core.runs.copying import (
    CarryProgress,
    CarryResult,
    carry_pending,
    carry_ready,
    carry_runs,
    pending_carries,
    plan_carry,
)
from netstudio.core.runs.folder import Run
from netstudio.core.runs.layout import (
    RUN_VERSION,
    STATUSES,
    new_run_id,
    project_stem,
    store_path_for,
)
from netstudio.core.runs.metrics import metrics_dict, report_from_metrics, summary_of
from netstudio.core.runs.record import RunError, RunRecord
from netstudio.core.runs.scratch import ScratchSession, orphaned_stores
from netstudio.core.runs.store import Listing, RunStore, Skipped, create_standalone
from netstudio.core.runs.weights_check import weights_problem

__all__ = [
    "RUN_VERSION", "STATUSES", "CarryProgress", "CarryResult", "Listing", "Run", "RunError", "RunRecord", "RunRecorder",
    "RunStore", "ScratchSession", "Skipped", "TensorBoardLogger", "carry_pending", "carry_ready",
    "carry_runs", "create_standalone", "pending_carries", "plan_carry",
    "metrics_dict", "new_run_id", "orphaned_stores", "project_stem", "report_from_metrics",
    "store_path_for", "summary_of", "weights_problem",
]


def __getattr__(name: str) -> Any:
    # the training callbacks import torch: only when asked for
    if name == "RunRecorder":
        from netstudio.core.runs.recorder import RunRecorder

        return RunRecorder
    if name == "TensorBoardLogger":
        from netstudio.core.runs.tensorboard import TensorBoardLogger

        return TensorBoardLogger
    raise AttributeError(name)
