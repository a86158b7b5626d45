"""``netstudio import SOURCE -o FILE [--input-shape C,H,W] [--weights PT]``.

SOURCE is ``torchvision:NAME``, ``FILE.py:CLASS`` (runs that file) or ``FILE.onnx``. Writes
FILE (and its weights next to it) only when the import succeeded. Exit codes: 0 written, and the
network passes ``netstudio check`` (the data it is set to train on may still need choosing:
listed); 1 written, but the network has errors or its outputs differ from the source's
(listed); 2 nothing written: the source or an argument cannot be used. torch is imported inside ``run`` only, so ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

MAX_DIM = 65536


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "import", help="import a network: torchvision:NAME, FILE.py:CLASS or FILE.onnx",
        description="Turn an existing network into a netstudio project: a torchvision "
        "architecture by name (random weights; --weights loads a local state_dict), a class "
        "from your Python file (this runs the file), or an ONNX file. Layers netstudio has "
        "become its layers; anything else becomes an opaque Module/Function node that still "
        "trains. The weights are written next to the project (NAME.weights.pt). "
        "Exit status: 0 written and the network passes check, 1 written but the network has "
        "errors or its outputs differ from the source, 2 nothing written.")
    p.add_argument("source", metavar="SOURCE",
                   help="torchvision:resnet18, path/to/my_net.py:Net or path/to/model.onnx")
    p.add_argument("-o", "--output", metavar="FILE", required=True,
                   help="the project file to write (.nsproj.json)")
    p.add_argument("--input-shape", metavar="C,H,W",
                   help="per-sample input shape, e.g. 1,28,28 (default: 3,224,224 for "
                   "torchvision, the ONNX file's own, guessed from the first layer for Python)")
    p.add_argument("--weights", metavar="PT",
                   help="a state_dict file to load into a torchvision or Python model first")
    return p


def parse_shape(text: str | None) -> tuple[int, ...] | None:
    """'3,224,224' -> (3, 224, 224); ValueError with what is wrong."""
    if text is None:
        return None
    parts = [t.strip() for t in text.replace("x", ",").split(",") if t.strip()]
    if not parts or len(parts) > 4 or not all(t.isdigit() for t in parts):
        raise ValueError(f"--input-shape {text!r} must be 1 to 4 whole numbers separated by "
                         "commas, e.g. 3,224,224 (channels, height, width; no batch size)")
    dims = tuple(int(t) for t in parts)
    if not all(1 <= d <= MAX_DIM for d in dims):
        raise ValueError(f"--input-shape {text!r}: each size must be from 1 to {MAX_DIM}")
    return dims


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    try:
        shape = parse_shape(args.input_shape)
    except ValueError as e:
        return _fail(str(e))
    if problem := _output_problem(out, args):
        return _fail(problem)
    from netstudio.core.importers import ImportFailure
    from netstudio.core.importers.sources import parse_source, user_code_seconds

    try:
        if (src := parse_source(args.source)).kind == "python":  # say what runs
            print(f"netstudio: importing {src.label} runs its code (the file's top level, "
                  f"{src.name}() and its forward) as your own; it is stopped after "
                  f"{user_code_seconds():g} s.", file=sys.stderr, flush=True)
    except ImportFailure:
        pass  # import_network says what is wrong with SOURCE
    try:
        from netstudio.core.importers.network import import_network
        from netstudio.core.importers.saving import save_import

        result = import_network(args.source, shape, args.weights)
    except ImportFailure as e:
        return _fail(f"{e} Nothing was written.")
    except MemoryError:
        return _fail(f"{args.source} needs more memory than this computer has. Nothing was "
                     "written.")
    except Exception as e:  # a bug, not the user's: still a message, not a traceback
        return _fail(f"internal error while importing {args.source} ({type(e).__name__}: {e}). "
                     "Please report it. Nothing was written.")
    try:
        project = save_import(result, out)
    except OSError as e:
        return _fail(f"cannot write {out} ({e.strerror or e}). Nothing was written.")
    return _report(result, project, out)


def _report(result: Any, project: Any, out: Path) -> int:
    from netstudio.cli.check import where
    from netstudio.core.analysis import analyze

    analysis = analyze(project)
    graph = project.graph
    print(f"imported {result.source} with {result.method}: {len(graph)} layers, "
          f"{analysis.total_params:,} parameters (the source has {result.source_params:,})")
    if result.opaque:
        listing = ", ".join(result.opaque[:8]) + (" ..." if len(result.opaque) > 8 else "")
        print(f"  {len(result.opaque)} opaque node(s) without a netstudio layer: {listing}")
    for note in result.notes:
        print(f"  note: {note}")
    status = 0
    if result.check_error:
        print(f"  problem: {result.check_error}", file=sys.stderr)
        status = 1
    else:
        print(f"  same outputs as the source (max abs difference {result.max_abs_diff:.3g})")
    print(f"wrote {out}" + (f" and {project.initial_weights}" if project.initial_weights else ""))
    errors = [d for d in analysis.errors if not d.is_setting]
    if errors:
        print(f"netstudio: the imported network has {len(errors)} error(s):", file=sys.stderr)
        for d in errors:
            fix = f" Fix: {d.fix}" if d.fix else ""
            print(f"  error {where(d)}{d.message}{fix}", file=sys.stderr)
        status = 1
    settings = [d for d in analysis.errors if d.is_setting]
    if settings:
        print("  before training, set the data to train on (netstudio check lists it too):")
        for d in settings:
            fix = f" Fix: {d.fix}" if d.fix else ""
            print(f"    {d.message}{fix}")
    return status


def _output_problem(out: Path, args: argparse.Namespace) -> str | None:
    if out.is_dir():
        return f"{out} is a folder; give a file name with -o, e.g. -o net.nsproj.json."
    if not out.name.endswith(".json"):
        return f"-o {out}: a project file name ends with .json (e.g. net.nsproj.json)."
    if not out.parent.exists():
        return f"folder {out.parent} does not exist; create it first."
    source = args.source.rpartition(":")[0] if ".py:" in args.source else args.source
    for given, what in ((source, "the source"), (args.weights, "the --weights file")):
        if given and Path(given).exists() and Path(given).resolve() == out.resolve():
            return f"-o {out} is {what} itself; give another output file name."
    from netstudio.core.initial_weights import weights_file_for

    weights_out = weights_file_for(out)
    for given, what in ((source, "the source"), (args.weights, "the --weights file")):
        if given and Path(given).exists() and Path(given).resolve() == weights_out.resolve():
            return (f"the weights would be written to {weights_out}, over {what}; give -o "
                    "another name or folder.")
    return None


def _fail(message: str) -> int:
    print(f"netstudio: {message}", file=sys.stderr)
    return 2
