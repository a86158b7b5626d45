"""``netstudio tune FILE``: a hyperparameter search over the project's ``search`` section.

Every trial trains through the normal engine and is recorded in the project's run store
(``foo.runs/<run id>/``, run.json ``"trial"``); the study lives in an optuna storage
(default ``foo.runs/search.db``, or ``--storage URL``). ``--jobs J`` starts J worker
processes on the study; processes started by hand with the same ``--study`` (and
``--storage``) share it too. A live line per trial goes to stderr; the best trial, its
values and its run to stdout (``--json``: one JSON object).
Exit codes: 0 at least one trial complete, 1 none complete (or the network has errors), 2
unusable file, search section or storage, 130 stopped with Ctrl-C, 143 stopped by SIGTERM
(resume with --resume).
optuna and torch are imported inside run().
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from typing import Any

from netstudio.cli.terminal import error, escape, last_resort, line, print_json

SAMPLER_CHOICES = ("grid", "random", "tpe")
POLL_S = 1.0  # --jobs: how often the parent reads the study to print finished trials


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0, got {text}")
    return value


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "tune", help="search hyperparameters (grid, random or TPE on optuna)",
        description="Run the hyperparameter search the project's \"search\" section describes "
        "(docs/tuning.md): each trial trains the project with sampled values and is kept in "
        "its run store. The study is kept in FILE's foo.runs/search.db (or --storage URL), so "
        "a stopped search resumes (--resume, or the same --study) and several processes or "
        "machines can share one. Exit status: 0 at least one trial complete, 1 none, 2 "
        "unusable file, search section or storage, 130 stopped (Ctrl-C), 143 stopped "
        "(SIGTERM).")
    p.add_argument("file", help="project file (.nsproj.json) with a search section")
    p.add_argument("--trials", type=_positive, metavar="N",
                   help="trials in all (default: search.trials); a grid runs at most its size")
    p.add_argument("--sampler", choices=SAMPLER_CHOICES,
                   help="grid, random or tpe (default: search.sampler)")
    p.add_argument("--storage", metavar="URL",
                   help="optuna storage URL (default: sqlite:///FILE's foo.runs/search.db), "
                   "e.g. postgresql://user@host/db to share a study between machines")
    p.add_argument("--study", metavar="NAME",
                   help="study name: joins (or resumes) it when it exists, creates it "
                   "otherwise (default: a new study, foo-1, foo-2, ...)")
    p.add_argument("--jobs", type=_positive, default=1, metavar="J",
                   help="worker processes on the study (default 1)")
    p.add_argument("--resume", action="store_true",
                   help="continue the latest study in the storage (or --study): only the "
                   "remaining trials run")
    p.add_argument("--json", action="store_true",
                   help="print {\"best\", \"trials\": [...]} as JSON on stdout")
    p.add_argument("--subset", type=_positive, metavar="N",
                   help="use only the first N samples of each split (default: search.subset)")
    p.add_argument("--epochs-per-trial", type=_positive, metavar="N",
                   help="epochs each trial trains (default: search.epochs_per_trial)")
    p.add_argument("--timeout", type=_seconds, metavar="S",
                   help="start no new trial after S seconds (default: search.timeout_s)")
    p.add_argument("--no-tensorboard", action="store_true",
                   help="write no TensorBoard event files for the trials")
    p.add_argument("--no-download", action="store_true",
                   help="never download datasets (fail with a message instead)")
    p.add_argument("--quiet", action="store_true", help="no live lines")
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    return p


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    return {"trials": args.trials, "sampler": args.sampler, "subset": args.subset,
            "epochs_per_trial": args.epochs_per_trial, "timeout_s": args.timeout}


def run(args: argparse.Namespace) -> int:
    return last_resort(_run, args, "the search")


def _run(args: argparse.Namespace) -> int:
    from netstudio.cli.check import load_project_or_report, where
    from netstudio.core.tune.search import Search, SearchError
    from netstudio.core.tune.storage import StudyError

    project = load_project_or_report(args.file)
    if project is None:
        return 2
    listener = _LiveLines(args) if not args.jobs > 1 else None
    try:
        search = Search(project, storage_url=args.storage, study=args.study,
                        resume=args.resume, overrides=_overrides(args), listener=listener,
                        tensorboard=not args.no_tensorboard, download=not args.no_download)
        name = search.open()
    except SearchError as e:
        what = {"search": "the search section cannot be used",
                "graph": "the network has errors; fix them before searching",
                "settings": "the data or training settings have errors",
                "data": "the data cannot be loaded"}[e.kind]
        error(f"{args.file}: {what}:")
        for d in e.diagnostics:
            fix = f" Fix: {d.fix}" if d.fix else ""
            line(f"  {d.severity} {where(d)}{d.message}{fix}")
        return 1 if e.kind == "graph" else 2
    except StudyError as e:
        error(f"{args.file}: {e}")
        return 2
    if listener is not None:
        listener.planned, listener.search = search.spec.planned_trials(), search
        listener.metric = search.spec.metric
    if not args.quiet and not args.worker:
        spec = search.spec
        line(f"study {name} ({spec.sampler}, {spec.planned_trials()} trials, {spec.metric} "
             f"{'up' if spec.direction == 'maximize' else 'down'}, {spec.epochs_per_trial} "
             f"epoch(s) each{f', subset {spec.subset}' if spec.subset else ''}) in "
             f"{search.storage_url}")
    try:
        interrupted = (_run_jobs(args, search) if args.jobs > 1
                       else _run_here(search))
    except SearchError as e:
        error(f"{args.file}: {e.message}")
        for d in e.diagnostics:
            line(f"  {d.severity} {where(d)}{d.message}")
        return 2
    except StudyError as e:
        error(f"{args.file}: {e}")
        return 2
    state = search.state()
    if not args.worker:
        _report(args, state)
    if interrupted:
        if not args.worker and not args.quiet:
            line(f"stopped: resume with  netstudio tune {args.file} --study {name}"
                 + (f" --storage {args.storage}" if args.storage else ""))
        return 143 if interrupted == signal.SIGTERM else 130  # as netstudio train
    return 0 if state.complete else 1


def _run_here(search: Any) -> int:
    """Run trials in this process; Ctrl-C or SIGTERM stops the running trial (queued
    again). Returns the first signal received, or 0."""
    interrupted: list[int] = []

    def on_signal(signum: int, frame: Any) -> None:
        interrupted.append(signum)
        if len(interrupted) > 1:  # a second Ctrl-C: leave now
            raise KeyboardInterrupt
        again = "Ctrl-C" if signum == signal.SIGINT else "terminated; a second SIGTERM"
        sys.stderr.write(f"\nstopping this trial ({again} to quit at once)\n")
        search.stop()

    previous = signal.signal(signal.SIGINT, on_signal)
    previous_term = signal.signal(signal.SIGTERM, on_signal)
    try:
        search.run()
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
    return interrupted[0] if interrupted else 0


def _run_jobs(args: argparse.Namespace, search: Any) -> int:
    """Start --jobs worker processes on the study and print its trials as they end."""
    command = [sys.executable, "-m", "netstudio", "tune", args.file, "--worker", "--quiet",
               "--study", search.study_name, "--storage", search.storage_url]
    for flag, value in (("--trials", args.trials), ("--sampler", args.sampler),
                        ("--subset", args.subset), ("--epochs-per-trial", args.epochs_per_trial),
                        ("--timeout", args.timeout)):
        if value is not None:
            command += [flag, str(value)]
    command += ["--no-tensorboard"] if args.no_tensorboard else []
    command += ["--no-download"] if args.no_download else []
    children = [subprocess.Popen(command, start_new_session=True) for _ in range(args.jobs)]
    interrupted: list[int] = []

    def on_signal(signum: int, frame: Any) -> None:
        interrupted.append(signum)
        if len(interrupted) == 1:
            sys.stderr.write("\nstopping the workers' trials (Ctrl-C again to quit at once)\n")
        for child in children:  # a worker stops on the first, quits on the second
            if child.poll() is None:
                child.send_signal(signal.SIGINT)

    previous = signal.signal(signal.SIGINT, on_signal)
    previous_term = signal.signal(signal.SIGTERM, on_signal)
    shown: set[int] = set()
    planned = search.spec.planned_trials()
    try:
        while True:
            done = all(child.poll() is not None for child in children)
            study = search.state(importance=False)
            for row in study.rows:
                if row.state in ("complete", "pruned", "failed") and row.number not in shown:
                    shown.add(row.number)
                    if not args.quiet:
                        print(trial_line(row, len(shown), planned, search.spec.metric),
                              file=sys.stderr)
            if done:
                break
            time.sleep(POLL_S)
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
        for child in children:
            if child.poll() is None:
                child.wait()
    return interrupted[0] if interrupted else 0


class _LiveLines:
    """The search's listener: one line per finished trial (and a running line on a tty)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.quiet = args.quiet or args.worker
        self.tty = sys.stderr.isatty() and not self.quiet
        self.planned = 0
        self.metric = ""
        self.search: Any = None

    def __call__(self, event: Any) -> None:
        from netstudio.core.tune.results import TrialEnded, TrialEpoch, TrialStarted
        from netstudio.core.tune.space import point_text

        if isinstance(event, TrialEnded):
            if not self.quiet:
                done = self.search.state(importance=False).done  # every worker's trials
                text = trial_line(event.row, done, self.planned, self.metric)
                sys.stderr.write(("\r" + text.ljust(100) if self.tty else text) + "\n")
                sys.stderr.flush()
        elif self.tty and isinstance(event, TrialStarted):
            sys.stderr.write(f"\rtrial {event.number} running: "
                             f"{escape(point_text(dict(event.params)))}"[:120].ljust(100))
            sys.stderr.flush()
        elif self.tty and isinstance(event, TrialEpoch) and event.value is not None:
            sys.stderr.write(f"\rtrial {event.number} epoch {event.epoch}/{event.epochs}: "
                             f"{event.value:.4f}".ljust(100))
            sys.stderr.flush()


def trial_line(row: Any, done: int, planned: int, metric: str) -> str:
    """``[3/20] trial 2  complete 0.9412  lr=0.003, dropout.p=0.2  12.1 s  run 2026...``"""
    from netstudio.core.tune.space import point_text

    if row.state == "complete":
        what = f"complete {metric + ' ' if metric else ''}{row.value:.4f}"
    elif row.state == "pruned" and row.pruned_at is not None:
        what = f"pruned after epoch {row.pruned_at}"
    else:
        what = row.state
    parts = [f"[{done}/{planned}] trial {row.number}", what, point_text(row.params_dict)]
    if row.seconds is not None:
        parts.append(f"{row.seconds:.1f} s")
    if row.run:
        parts.append(f"run {row.run}")
    text = escape("  ".join(parts))
    if row.reason and row.state != "complete":
        text += "\n    " + escape(row.reason)
    return text


def _report(args: argparse.Namespace, state: Any) -> None:
    if args.json:
        print_json(state.to_json())
        return
    counts = {s: sum(r.state == s for r in state.rows)
              for s in ("complete", "pruned", "failed", "running", "waiting")}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    print(escape(f"study {state.study}: {summary or 'no trials'} (of {state.planned} planned)"))
    best = state.best
    if best is None:
        print("no trial completed: there is no best trial.")
        return
    print(escape(f"best: trial {best.number}, {state.metric} {best.value:.4f}"))
    for path, value in best.params:
        print(escape(f"  {path} = {json.dumps(value)}"))
    if best.run:
        print(escape(f"run: {best.run} (netstudio runs {args.file} --show {best.run})"))
    if state.importance:
        shares = ", ".join(f"{path} {share:.2f}" for path, share in state.importance)
        print(escape(f"importance: {shares}"))
