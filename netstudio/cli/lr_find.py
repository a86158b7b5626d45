"""``netstudio lr-find FILE``: the learning-rate range test, headless.

Trains the project's network for a few hundred batches with an exponentially growing learning
rate and prints the loss against the learning rate and a suggested rate
(netstudio.core.explain.lr_find). ``--json`` prints {"suggested_lr", "lrs", "losses", ...}.
Exit codes: 0 a rate was suggested, 1 graph errors or no rate could be suggested (the loss
never went down), 2 unusable file, data or options, 130 stopped with Ctrl-C.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any

from netstudio.cli.terminal import last_resort, print_json


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "lr-find", help="suggest a learning rate (range test)",
        description="Train the project's network for a few hundred batches while the learning "
        "rate grows from --start to --end, and suggest the rate where the loss falls fastest. "
        "Nothing is saved and the project is not changed. Exit status: 0 a rate was "
        "suggested, 1 graph errors or no suggestion, 2 unusable file, data or options.")
    p.add_argument("file", help="project file (.nsproj.json)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--steps", type=int, default=200, help="batches to train (default 200)")
    p.add_argument("--start", type=float, default=1e-7, help="first learning rate (1e-7)")
    p.add_argument("--end", type=float, default=10.0, help="last learning rate (10)")
    p.add_argument("--subset", type=int, metavar="N",
                   help="use only the first N samples of each split (quicker data loading)")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"),
                   help="where to train (default: the project's, else auto)")
    p.add_argument("--no-download", action="store_true",
                   help="never download datasets (fail with a message instead)")
    return p


def run(args: argparse.Namespace) -> int:
    return last_resort(_run, args, "the range test")


def _run(args: argparse.Namespace) -> int:
    from netstudio.cli.check import load_project_or_report, where

    problem = _check_options(args)
    if problem:
        print(f"netstudio: {problem}", file=sys.stderr)
        return 2
    project = load_project_or_report(args.file)
    if project is None:
        return 2
    from netstudio.core.explain.lr_find import find_lr
    from netstudio.core.train.run import SetupError

    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            sys.stderr.write(f"\rrange test: batch {done}/{total}")
            sys.stderr.flush()

    try:
        result = find_lr(project, subset=args.subset, steps=args.steps, start_lr=args.start,
                         end_lr=args.end, device=args.device, progress=progress,
                         download=not args.no_download)
    except SetupError as e:
        print(f"netstudio: {args.file}: {e.message}", file=sys.stderr)
        for d in e.diagnostics:
            fix = f" Fix: {d.fix}" if getattr(d, "fix", None) else ""
            print(f"  {d.severity} {where(d)}{d.message}{fix}", file=sys.stderr)
        return 1 if e.kind == "graph" else 2
    if not args.json and sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        print_json(result.to_dict(), indent=None)
    else:
        print(report_text(result))
    if result.suggested_lr is None:
        print(f"netstudio: {args.file}: no learning rate suggested: {result.message}.",
              file=sys.stderr)
        return 1
    return 0


def _check_options(args: argparse.Namespace) -> str | None:
    from netstudio.core.explain.lr_find import MAX_STEPS

    if not 10 <= args.steps <= MAX_STEPS:
        return f"--steps must be a whole number from 10 to {MAX_STEPS:,}, got {args.steps}."
    for name in ("start", "end"):
        v = getattr(args, name)
        if not math.isfinite(v) or v <= 0:
            return f"--{name} must be a number above 0, got {v}."
    if args.start >= args.end:
        return f"--start ({args.start:g}) must be smaller than --end ({args.end:g})."
    if args.subset is not None and args.subset < 1:
        return "--subset must be at least 1."
    return None


def report_text(result: Any, rows: int = 16) -> str:
    """Loss against learning rate as a small text chart, and the suggestion."""
    lrs, smoothed = result.lrs, result.smoothed
    lines = [f"{'learning rate':>14}  {'loss':>8}  smoothed"]
    finite = [s for s in smoothed if math.isfinite(s)]
    lo, hi = (min(finite), max(finite)) if finite else (0.0, 1.0)
    step = max(1, len(lrs) // rows)
    for i in range(0, len(lrs), step):
        s = smoothed[i]
        bar = "#" * (1 + int(30 * (s - lo) / (hi - lo))) if math.isfinite(s) and hi > lo else "!"
        mark = "  <- suggested" if result.suggested_lr is not None and lrs[i] <= \
            result.suggested_lr < lrs[min(i + step, len(lrs) - 1)] else ""
        lines.append(f"{lrs[i]:>14.2e}  {result.losses[i]:>8.4f}  {bar}{mark}")
    if result.stopped_early:
        lines.append("(stopped early: the loss blew up)")
    if result.suggested_lr is not None:
        lines.append(f"suggested learning rate: {result.suggested_lr:.2g} "
                     "(where the loss falls fastest; set training.lr to it)")
    return "\n".join(lines)
