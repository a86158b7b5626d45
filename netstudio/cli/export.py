"""``netstudio export FILE|RUN_DIR|FILE --run ID --format python|onnx|torch_export -o OUT``
(or ``--bundle DIR``: cli/bundle.py).

A thin front to core.export.service (the app's File > Export goes through it too): every
guard runs before anything is written, and files are written atomically. Exit codes: 0
written, 1 the graph has errors or the network cannot be exported in that format, 2 a file
cannot be used (the project, the weights, OUT). torch is imported inside ``run``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from netstudio.cli.terminal import error, line

FORMATS = ("python", "onnx", "torch_export")  # --format; more register in core.export.service


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "export", help="export a project as Python code, ONNX or a torch.export program",
        description="python: a standalone PyTorch file (model class + training script); "
        "onnx: an ONNX model (checked with onnx.checker); torch_export: a .pt2 program for "
        "torch.export.load. Weights are freshly initialised from training.seed. "
        "Exit status: 0 written, 1 graph errors or not exportable, 2 unusable file.")
    p.add_argument("file", help="project file (.nsproj.json), or a run folder (RUN_DIR, e.g. "
                   "foo.runs/<run id>): its network with its trained weights")
    p.add_argument("--run", dest="run_id", metavar="ID",
                   help="with a project file as FILE: export its stored run ID (an id, the "
                   "start of one, or its folder) with the run's trained weights")
    p.add_argument("--format", "-f", choices=FORMATS, default="python",
                   help="what to write (default: python)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output file (default: the project file's name with .py/.onnx/.pt2)")
    p.add_argument("--weights", metavar="PT",
                   help="trained weights to export: the model.pt or checkpoint.pt that "
                   "'netstudio train' wrote (default: fresh weights from training.seed). "
                   "With --format python they are saved next to OUT as a .pt file whose keys "
                   "match the generated class.")
    from netstudio.cli.bundle import add_arguments

    add_arguments(p)
    return p


def run(args: argparse.Namespace) -> int:
    if args.run_id is not None:  # FILE --run ID: that run's folder, as if given as RUN_DIR
        from netstudio.core.deploy import DeployError
        from netstudio.core.deploy.source import find_run

        if not Path(args.file).is_file():
            error(f"{args.file}: with --run, give the project file whose run to export.")
            return 2
        try:
            args.file = str(find_run(args.file, args.run_id))
        except DeployError as e:
            error(e.message)
            return 2
    if args.bundle is not None:
        from netstudio.cli.bundle import run_bundle

        return run_bundle(args)
    from netstudio.cli.check import load_project_or_report, where
    from netstudio.core.export import ExportError
    from netstudio.core.export.service import export

    is_run = Path(args.file).is_dir()  # RUN_DIR: a stored run, with its weights
    protect: list[Any] = [] if is_run else [args.file]  # RUN_DIR: the run's files (below)
    project = _run_project(args, protect) if is_run else load_project_or_report(args.file)
    if project is None:
        return 2
    out = Path(args.output) if args.output else _default_output(Path(args.file), args.format)
    try:
        result = export(project, args.format, out, weights=args.weights, protect=protect)
    except ExportError as e:
        if e.kind == "graph":
            error(f"{args.file} has errors; nothing was exported:")
            for d in e.diagnostics:
                fix = f" Fix: {d.fix}" if d.fix else ""
                line(f"  error {where(d)}{d.message}{fix}")
            line("Run 'netstudio check' for the full report.")
        elif e.kind == "format":
            error(f"cannot export {args.file} as {args.format}: {e}")
        else:
            error(str(e))
        return e.exit_code
    except Exception as e:  # a bug, not the user's: still a message, not a traceback
        error(f"internal error while exporting {args.file} as {args.format} "
              f"({type(e).__name__}: {e}). Please report it with the file.")
        return 1
    for extra in result.files[1:]:
        line(f"wrote {extra} (load with model.load_state_dict(torch.load(PATH, "
             "weights_only=True)))", file=sys.stdout)
    line(f"wrote {out} ({args.format})", file=sys.stdout)
    return 0


def _run_project(args: argparse.Namespace, protect: list[Any]) -> Any:
    """RUN_DIR: the run's project snapshot, with its weights unless --weights names others
    (model.pt; the last checkpoint of an interrupted run); adds the run's own files to
    ``protect``. None after saying why not."""
    from netstudio.core.runs import Run, RunError

    try:
        run = Run.open(args.file)
        project = run.project()
    except RunError as e:
        error(str(e))
        return None
    protect += run.own_files()
    if not args.weights:
        weights = run.model_file if run.model_file.exists() else run.checkpoint_file
        if not weights.exists():
            error(f"{run.path}: this run has no trained weights (no model.pt or "
                  "checkpoint.pt); export the project file instead.")
            return None
        args.weights = str(weights)
    return project


def _default_output(project_file: Path, fmt: str) -> Path:
    from netstudio.core.export.service import get_format

    suffix = get_format(fmt).suffix
    if project_file.is_dir():  # a run folder: next to its files, never over model.pt
        return project_file / f"network{suffix}"
    name = project_file.name
    for suffix in (".nsproj.json", ".json"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return project_file.with_name(name + suffix)
