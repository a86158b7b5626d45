"""``netstudio train FILE``: train a project headless, with a progress line on stderr.

Records the run in the project's run store (``FILE``'s ``foo.runs/<run id>/``, see
netstudio.core.runs) or, with ``--out DIR``, in DIR alone with the same layout: run.json,
project.nsproj.json, metrics.json, curves.json, model.pt (state_dict), checkpoint.pt (every
epoch) and tb/ (TensorBoard). ``--resume RUN`` continues a stored run (id or folder) or a
checkpoint file as a new run whose parent is the old one.
Under torchrun (``torchrun --nproc_per_node=N -m netstudio train FILE``) every process trains
its shard of the data (core/train/distributed.py); only rank 0 prints and writes the files.
Exit codes: 0 finished, 1 graph errors (nothing trained) or a diverged/failed run, 2 unusable
file or data, 130 stopped with Ctrl-C, 143 stopped by SIGTERM (both: tested and written as far
as they got; metrics.json's "weights" says which weights). torch is imported inside run().
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import math
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

from netstudio.cli.terminal import error, last_resort, line


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "train", help="train a project and write its metrics",
        description="Train the project's network on its dataset, evaluate it on the test set "
        "and record the run in the project's run store (FILE's foo.runs/<run id>/: run.json, "
        "the project snapshot, metrics.json, model.pt, checkpoint.pt, TensorBoard files in "
        "tb/). Exit status: 0 ok, 1 graph errors or a diverged/failed run, 2 unusable file "
        "or data, 130 stopped (Ctrl-C), 143 stopped (SIGTERM).")
    p.add_argument("file", help="project file (.nsproj.json)")
    p.add_argument("--epochs", type=int, help="number of epochs (default: the project's)")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"),
                   help="where to train (default: the project's, else auto)")
    p.add_argument("--out", metavar="DIR",
                   help="write this run's folder here instead of into the project's run "
                   "store (the same files)")
    p.add_argument("--subset", type=int, metavar="N",
                   help="use only the first N samples of each split (quick runs)")
    p.add_argument("--resume", metavar="RUN",
                   help="continue a run: its id in the project's store (netstudio runs FILE), "
                   "its folder, or a checkpoint.pt; a new run whose parent is that one")
    p.add_argument("--name", help="a name for the run (default: run N)")
    p.add_argument("--no-tensorboard", action="store_true",
                   help="write no TensorBoard event files")
    p.add_argument("--no-download", action="store_true",
                   help="never download datasets (fail with a message instead)")
    p.add_argument("--quiet", action="store_true", help="no progress line")
    return p


def _clock(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "?"
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _progress_callback(quiet: bool) -> Any:
    from netstudio.core.train.callbacks import Callback

    class Progress(Callback):
        """A carriage-return progress line (tty only) and one line per epoch."""

        def __init__(self) -> None:
            self.tty = sys.stderr.isatty() and not quiet
            self.last = 0.0
            self.notes = 0  # trainer.notes already printed

        def _print_notes(self, trainer: Any) -> None:
            """The trainer's decisions and fallbacks (device, precision, compile), once."""
            notes = getattr(trainer, "notes", [])
            if not quiet:
                for note in notes[self.notes:]:
                    sys.stderr.write(("\r" if self.tty else "") + f"note: {note}\n")
            self.notes = len(notes)

        def on_fit_start(self, trainer: Any) -> None:
            speed = getattr(trainer, "speed", None)
            if not quiet and speed is not None:
                d = speed.to_dict()
                parts = [d["precision"], *(["channels_last"] if d["channels_last"] else []),
                         *(["torch.compile"] if d["compiled"] else [])]
                sys.stderr.write(f"engine: {', '.join(parts)}\n")
            self._print_notes(trainer)

        def on_fit_end(self, trainer: Any, result: Any) -> None:
            self._print_notes(trainer)

        def on_batch_end(self, trainer: Any, e: Any) -> None:
            now = time.monotonic()
            if not self.tty or (now - self.last < 0.2 and e.batch != e.batches_per_epoch):
                return
            self.last = now
            width = 24
            done = int(width * e.batch / e.batches_per_epoch)
            acc = f" acc {e.accuracy * 100:5.1f}%" if e.accuracy is not None else ""
            line = (f"\repoch {e.epoch}/{trainer.config.epochs} [{'#' * done}{'.' * (width - done)}]"
                    f" {e.batch}/{e.batches_per_epoch} loss {e.loss:.4f}{acc}"
                    f" {e.samples_per_second:,.0f} samples/s ETA {_clock(e.eta_seconds)}")
            sys.stderr.write(line.ljust(100)[:120])
            sys.stderr.flush()

        def on_epoch_end(self, trainer: Any, e: Any) -> None:
            if quiet:
                return
            acc = f" acc {e.train_accuracy * 100:.2f}%" if e.train_accuracy is not None else ""
            val = ""
            if e.val_loss is not None:
                val = f" | val loss {e.val_loss:.4f}"
                if e.val_accuracy is not None:
                    val += f" acc {e.val_accuracy * 100:.2f}%"
            text = (f"epoch {e.epoch}/{e.epochs}: loss {e.train_loss:.4f}{acc}{val}"
                    f" ({e.seconds:.1f} s)")
            sys.stderr.write(("\r" + text.ljust(100) if self.tty else text) + "\n")
            self._print_notes(trainer)
            sys.stderr.flush()

    return Progress()


def _download_progress(done: int, total: int | None, name: str) -> None:
    of = f"/{total / 1e6:.1f}" if total else ""
    sys.stderr.write(f"\rdownloading {name}: {done / 1e6:.1f}{of} MB")
    if total and done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    return last_resort(_run, args, "training")


def _run(args: argparse.Namespace) -> int:
    from netstudio.cli.check import load_project_or_report

    project = load_project_or_report(args.file)
    if project is None:
        return 2
    if args.epochs is not None and args.epochs < 1:
        error("--epochs must be at least 1.")
        return 2
    from netstudio.core.train import distributed

    dist = distributed.from_env()  # None unless started by torchrun with 2+ processes
    try:
        return _train(args, project, dist)
    finally:
        if dist is not None:
            dist.shutdown()


def _join(dist: Any, project: Any, args: argparse.Namespace) -> str | None:
    """torchrun: join the process group before loading data; an error message or None."""
    from netstudio.core.settings.training import ConfigError, parse_config
    from netstudio.core.train.trainer import resolve_device

    try:
        device = resolve_device(parse_config(project.training, device=args.device).device)
    except ConfigError:
        return None  # prepare_run reports it, on every rank alike
    try:
        dist.setup(device)
    except (RuntimeError, ValueError) as e:
        return (f"rank {dist.rank} could not join the other {dist.world_size - 1} processes "
                f"({e}). Start it with torchrun and check --master_addr/--master_port.")
    return None


def _resolve_resume(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """--resume RUN: (checkpoint path, parent run id). RUN is a checkpoint file, a run
    folder or a run id in the project's store (whose --subset applies unless one is given).
    Raises RunError with the reason."""
    from netstudio.core.runs import Run, RunError, RunStore

    ref, project_file = args.resume, args.file
    if ref is None:
        return None, None
    path = Path(ref)
    looks_like_a_file = path.suffix in (".pt", ".pth", ".ckpt") or (
        not path.is_dir() and ("/" in ref or os.sep in ref))
    if path.is_file() or looks_like_a_file:  # a checkpoint.pt (prepare_run checks it)
        parent = None
        with contextlib.suppress(RunError):
            parent = Run.open(path.parent).id
        return str(path), parent
    run = Run.open(path) if path.is_dir() else RunStore.for_project(project_file).get(ref)
    subset = run.record.extra.get("subset")
    if (args.subset is None and isinstance(subset, int) and not isinstance(subset, bool)
            and subset > 0):
        args.subset = subset  # the same data as the run it continues
        if not args.quiet:
            print(f"netstudio: continuing run {run.id} on its --subset {subset}",
                  file=sys.stderr)
    if not run.checkpoint_file.exists():
        raise RunError(f"{run.path}: this run has no checkpoint.pt to continue from (it ended "
                       "before its first epoch).")
    return str(run.checkpoint_file), run.id


def _unwritable_output(args: argparse.Namespace) -> str | None:
    """Why the run's folder cannot be written (checked before the data is loaded)."""
    from netstudio.core.files import WriteError, probe_writable
    from netstudio.core.runs import RunStore

    folder = Path(args.out) if args.out else RunStore.for_project(args.file).path
    try:
        probe_writable(folder)
    except WriteError as e:
        return (f"the results cannot be written to {folder} ({e.strerror}); give --out DIR "
                "a folder you can write to.")
    return None


def _new_run(args: argparse.Namespace, project: Any, parent: str | None, epochs: int) -> Any:
    """The folder this run is recorded in: the project's store, or --out DIR."""
    from netstudio.core.runs import RunStore, create_standalone

    extra = {"subset": args.subset} if args.subset else None  # a continued run reuses it
    training = {"epochs": epochs}  # --epochs: the snapshot says what trained
    if args.out:
        return create_standalone(args.out, project, source=args.file, parent=parent,
                                 extra=extra, training=training)
    return RunStore.for_project(args.file).create(project, name=args.name, parent=parent,
                                                  source=args.file, extra=extra,
                                                  training=training)


def _train(args: argparse.Namespace, project: Any, dist: Any) -> int:
    from netstudio.cli.check import where
    from netstudio.core.runs import Run, RunError
    from netstudio.core.runs.recorder import RunRecorder
    from netstudio.core.train.checkpoint import CheckpointError
    from netstudio.core.train.run import SetupError, prepare_run

    main = dist is None or dist.is_main  # torchrun: only rank 0 prints and writes files
    quiet = args.quiet or not main
    if dist is not None and (problem := _join(dist, project, args)):
        error(problem)
        return 2
    if main and args.out and Path(args.out).exists() and not Path(args.out).is_dir():
        error(f"the output folder {args.out} is a file; give --out a folder (new or "
              "existing).")
        return 2
    if main and (problem := _unwritable_output(args)):
        error(problem)
        return 2
    try:
        resume_from, parent = _resolve_resume(args)
    except RunError as e:
        error(f"--resume {args.resume}: {e}")
        return 2
    # torchrun: each machine's local rank 0 loads (downloads) the data first, then the others
    first = dist is None or dist.local_rank == 0
    if not first:
        dist.barrier()
    from netstudio.core.explain.doctor import Doctor  # findings on stderr and in metrics.json

    try:
        trainer = prepare_run(
            project, callbacks=[_progress_callback(quiet), Doctor()], epochs=args.epochs,
            device=args.device, subset=args.subset, resume_from=resume_from,
            download=not args.no_download,
            progress=None if args.quiet or not first else _download_progress,
            distributed=dist)
    except SetupError as e:
        if main or e.kind == "data":  # the other ranks would repeat rank 0's message
            rank = "" if main else f"[rank {dist.rank}] "
            error(f"{rank}{args.file}: {e.message}")
            for d in e.diagnostics:
                fix = f" Fix: {d.fix}" if getattr(d, "fix", None) else ""
                line(f"  {d.severity} {where(d)}{d.message}{fix}")
        return 1 if e.kind == "graph" else 2
    except CheckpointError as e:
        error(str(e))
        return 2
    finally:
        if first and dist is not None:
            dist.barrier()  # let the other ranks load (they find the data cached)

    recorder = None
    if main:  # the run folder exists only once the run can start
        try:
            run = _new_run(args, project, parent, trainer.config.epochs)
        except RunError as e:
            hint = "" if args.out else " Give --out DIR to record the run in another folder."
            error(f"{e}{hint}")
            return 2
        recorder = RunRecorder(run, project_path=args.file, finish_on_fit_end=False,
                               tensorboard=not args.no_tensorboard,
                               notice=None if quiet else _notice).attach(trainer)
        if parent is not None and resume_from is not None:  # the parent's curves first
            with contextlib.suppress(RunError):
                recorder.continue_curves(Run.open(Path(resume_from).parent).curves())
    try:
        return _fit(args, project, dist, trainer, recorder, quiet)
    finally:
        if recorder is not None and not recorder.finished:
            recorder.run.release()  # quit at once: the run reads as "interrupted"


def _notice(text: str) -> None:
    error(text)


def _fit(args: argparse.Namespace, project: Any, dist: Any, trainer: Any, recorder: Any,
         quiet: bool) -> int:
    main = recorder is not None
    interrupted: list[int] = []  # the signals received

    def on_signal(signum: int, frame: Any) -> None:
        interrupted.append(signum)
        if len(interrupted) > 1:  # a second Ctrl-C (or SIGTERM): leave now
            raise KeyboardInterrupt
        if main:
            again = "Ctrl-C" if signum == signal.SIGINT else "a second SIGTERM"
            why = "" if signum == signal.SIGINT else " (terminated)"
            sys.stderr.write(f"\nstopping after this batch{why} ({again} to quit at once)\n")
        trainer.stop()

    previous = signal.signal(signal.SIGINT, on_signal)
    # SIGTERM (kill, a job scheduler, torchrun passing on Ctrl-C; SIGKILL follows later) stops
    # as Ctrl-C does, so the run is still tested and its results written
    previous_term = signal.signal(signal.SIGTERM, on_signal)
    try:
        sizes = trainer.data.sizes
        where = f"on {trainer.device}"
        if dist is not None:
            where = (f"on {dist.world_size} processes ({dist.backend or 'gloo'}, "
                     f"{trainer.device.type}), batch {trainer.config.batch_size} per process")
        if not quiet:
            line(f"training {project.name} on {trainer.data.info.title} ({sizes['train']:,} "
                 f"train / {sizes['val']:,} val / {sizes['test']:,} test) {where}")
        result = trainer.fit()
        if (result.status.value == "stopped" and result.test is None and len(interrupted) < 2
                and trainer.has_test_data and main):
            if not args.quiet:
                print("evaluating on the test set (Ctrl-C again to skip)", file=sys.stderr)
            with contextlib.suppress(KeyboardInterrupt):
                result = dataclasses.replace(result, test=trainer.evaluate_test())
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
    code = 0 if result.ok else 1
    if interrupted or result.status.value == "stopped":
        code = 143 if interrupted and interrupted[0] == signal.SIGTERM else 130
    if not main:
        if result.status.value == "failed":  # rank 0 may not see why: say it here
            error(f"[rank {dist.rank}] {result.message}")
        return code
    run = recorder.run
    try:  # atomically, like checkpoint.pt: an interrupted write never leaves half a file
        recorder.finish(trainer, result)
    except OSError as e:
        error(f"cannot write the results to {run.path} ({e.strerror or e}); the "
              "other runs are untouched.")
        return 2
    summary = result.message
    if result.test is not None:
        if result.test.accuracy is not None:
            summary += f" Test accuracy {result.test.accuracy * 100:.2f}%"
        else:
            summary += f" Test loss {result.test.loss:.4f}"
        summary += f" ({result.test.samples:,} samples)."
        weights = trainer.weights_info()
        if weights["mid_epoch"]:
            kept = (f"checkpoint.pt holds epoch {weights['whole_epochs']}'s"
                    if weights["whole_epochs"] else "no epoch was completed")
            summary += (f" Tested the weights of step {weights['step']}, in the middle of epoch "
                        f"{weights['epoch']} (model.pt holds them; {kept}).")
    label = "" if args.out else f" Run {run.id} ({run.name})."
    line(f"{summary} {result.seconds:.1f} s on {result.device}.{label} Results in {run.path}/")
    from netstudio.core.explain.doctor import Doctor

    doctor = Doctor.of(trainer)
    if doctor is not None and doctor.findings and not args.quiet:
        line("training doctor:")
        for f in doctor.findings:
            line(f"  {f}")
    return code

