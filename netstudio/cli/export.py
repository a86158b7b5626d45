"""``netstudio export FILE --format python|onnx|torch_export -o OUT``.

Writes the artifact atomically. Exit codes: 0 written, 1 the graph has errors or the network
cannot be exported in that format, 2 the file cannot be used. torch is imported inside ``run``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from netstudio.cli.terminal import error, line

FORMATS = ("python", "onnx", "torch_export")
SUFFIX = {"python": ".py", "onnx": ".onnx", "torch_export": ".pt2"}


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "export", help="export a project as Python code, ONNX or a torch.export program",
        description="python: a standalone PyTorch file (model class + training script); "
        "onnx: an ONNX model (checked with onnx.checker); torch_export: a .pt2 program for "
        "torch.export.load. Weights are freshly initialised from training.seed. "
        "Exit status: 0 written, 1 graph errors or not exportable, 2 unusable file.")
    p.add_argument("file", help="project file (.nsproj.json), or a run folder (RUN_DIR, e.g. "
                   "foo.runs/<run id>): its network with its trained weights")
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
    if args.bundle is not None:
        from netstudio.cli.bundle import run_bundle

        return run_bundle(args)
    from netstudio.cli.check import load_project_or_report, where

    is_run = Path(args.file).is_dir()  # RUN_DIR: a stored run, with its weights
    project = _run_project(args) if is_run else load_project_or_report(args.file)
    if project is None:
        return 2
    out = Path(args.output) if args.output else _default_output(Path(args.file), args.format)
    if out.is_dir():
        error(f"{out} is a folder; give a file name with -o.")
        return 2
    if not out.parent.exists():
        error(f"folder {out.parent} does not exist; create it first.")
        return 2
    if problem := _overwrites_an_input(out, args):
        error(problem)
        return 2

    from netstudio.core.analysis import analyze
    from netstudio.core.compiler import CompileError, compile_project
    from netstudio.core.export import ExportError

    analysis = analyze(project)
    if not analysis.ok:
        error(f"{args.file} has errors; nothing was exported:")
        for d in analysis.diagnostics:
            if d.severity == "error":
                fix = f" Fix: {d.fix}" if d.fix else ""
                line(f"  error {where(d)}{d.message}{fix}")
        line("Run 'netstudio check' for the full report.")
        return 1
    try:
        net = None
        if args.format != "python" or args.weights:
            net = compile_project(project, analysis, seed=project.training.get("seed"))
            if args.weights and not _load_weights(net, Path(args.weights)):
                return 2
        if args.format == "python":
            from netstudio.core.export.pycode import export_python, save_generated_weights
            from netstudio.core.files import atomic_write

            atomic_write(out, export_python(project, analysis))
            if net is not None:
                weights = save_generated_weights(net, project, out.with_suffix(".pt"))
                print(f"wrote {weights} (load with model.load_state_dict(torch.load(PATH, weights_only=True)))")
        else:
            if args.format == "onnx":
                from netstudio.core.export.onnx_export import export_onnx

                export_onnx(net, out)
            else:
                from netstudio.core.export.torch_export import export_torch_program

                export_torch_program(net, out)
    except (CompileError, ExportError) as e:
        error(f"cannot export {args.file} as {args.format}: {e}")
        return 1
    except OSError as e:
        error(f"cannot write {out} ({e.strerror or e}).")
        return 2
    except Exception as e:  # a bug, not the user's: still a message, not a traceback
        error(f"internal error while exporting {args.file} as {args.format} "
              f"({type(e).__name__}: {e}). Please report it with the file.")
        return 1
    print(f"wrote {out} ({args.format})")
    return 0


def _load_weights(net: Any, path: Path) -> bool:
    """Load a state_dict (or a checkpoint holding one under "model") into ``net``; on failure
    print why and return False."""
    import torch

    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except FileNotFoundError:
        error(f"{path}: no such file. Check the --weights path.")
        return False
    except Exception as e:  # not a torch file, or holds objects we will not unpickle
        error(f"{path}: cannot be read as PyTorch weights ({type(e).__name__}).")
        return False
    if isinstance(state, dict) and isinstance(state.get("model"), dict):
        state = state["model"]  # a checkpoint.pt
    if not isinstance(state, dict):
        error(f"{path}: holds no state_dict.")
        return False
    try:
        net.load_state_dict(state, strict=True)
    except RuntimeError as e:
        detail = str(e).splitlines()[1].strip() if len(str(e).splitlines()) > 1 else str(e)
        error(f"{path}: these weights do not fit this project's network "
              f"({detail}). Were they trained from another version of the graph?")
        return False
    return True


def _overwrites_an_input(out: Path, args: argparse.Namespace) -> str | None:
    """Why writing ``out`` (and, for python with --weights, its .pt) would destroy an input."""
    def same(a: Path, b: str | Path) -> bool:
        return a.resolve() == Path(b).resolve()

    if same(out, args.file):
        return f"-o {out} is the project file itself; give another output file name."
    if args.weights and same(out, args.weights):
        return f"-o {out} is the --weights file itself; give another output file name."
    if args.format == "python" and args.weights:
        weights_out = out.with_suffix(".pt")
        if same(weights_out, out):
            return (f"-o {out}: the code goes to OUT and the weights next to it as a .pt file, "
                    "so OUT needs another suffix, e.g. model.py.")
        if same(weights_out, args.weights):
            return (f"the exported weights would be written to {weights_out}, over the "
                    f"--weights file they are read from (netstudio's keys would be lost); give "
                    "-o another name or folder.")
    return None


def _run_project(args: argparse.Namespace) -> Any:
    """RUN_DIR: the run's project snapshot, with its weights unless --weights names others
    (model.pt; the last checkpoint of an interrupted run). None after saying why not."""
    from netstudio.core.runs import Run, RunError

    try:
        run = Run.open(args.file)
        project = run.project()
    except RunError as e:
        error(str(e))
        return None
    if not args.weights:
        weights = run.model_file if run.model_file.exists() else run.checkpoint_file
        if not weights.exists():
            error(f"{run.path}: this run has no trained weights (no model.pt or "
                  "checkpoint.pt); export the project file instead.")
            return None
        args.weights = str(weights)
    return project


def _default_output(project_file: Path, fmt: str) -> Path:
    if project_file.is_dir():  # a run folder: next to its files, never over model.pt
        return project_file / f"network{SUFFIX[fmt]}"
    name = project_file.name
    for suffix in (".nsproj.json", ".json"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return project_file.with_name(name + SUFFIX[fmt])
