"""``netstudio variants RUN [--json]``: a run's compressed variants, measured side by side.

RUN is a run folder, or a project file with ``--run ID``. The first row is the run's own
float network (measured on first use and cached in RUN/variants/original). Exit codes: 0
listed, 1 the original could not be measured, 2 unusable input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from netstudio.cli.terminal import print_json
from netstudio.cli.tune import _positive  # a whole number >= 1, or argparse's exit 2


def add_run_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("run", metavar="RUN",
                   help="a run folder (holds run.json, project.nsproj.json and model.pt), or the "
                   "project file when --run ID is given")
    p.add_argument("--run", dest="run_id", metavar="ID",
                   help="with a project file as RUN: the id (or folder) of one of its runs")
    p.add_argument("--json", action="store_true", help="print the table as JSON")
    p.add_argument("--test-limit", type=_positive, metavar="N",
                   help="measure accuracy on the first N test images only (default: as many "
                   "as the run was tested on)")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "variants", help="list a run's compressed variants with accuracy, size and speed",
        description="The run's float network and each variant made by 'netstudio compress': "
        "test accuracy (and its change), ONNX file size, parameters and non-zeros, latency "
        "per image at batch 1 and images/s at batch 64 on this CPU (onnxruntime; torch too "
        "for float networks). Exit status: 0 ok, 1 failed, 2 unusable input.")
    add_run_arguments(p)
    return p


def open_source(args: argparse.Namespace) -> Any:
    """The run named on the command line (deploy.source); raises DeployError."""
    from netstudio.core.deploy.source import find_run, open_run

    if args.run_id is not None:
        return open_run(find_run(args.run, args.run_id))
    return open_run(args.run)


def fail(e: Any) -> int:
    print(f"netstudio: {e.message}", file=sys.stderr)
    return 2 if e.unusable else 1


def progress_printer(quiet: bool) -> Any:
    def show(message: str, fraction: float) -> None:
        if not quiet:
            print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)
    return show


def print_table(records: list[Any], as_json: bool) -> None:
    from netstudio.core.deploy.measure import int8_speed_note

    original = next((r for r in records if r.name == "original"), None)
    rows = [r.row(original) for r in records]
    if as_json:
        print_json({"variants": rows})
        return
    head = ("variant", "kind", "accuracy", "change", "size", "params", "non-zero",
            "ms/image", "images/s @64", "torch ms")
    lines = [head]
    for row in rows:
        torch_ms = row["torch_latency_ms_batch1"]
        lines.append((row["name"], row["kind"], f"{row['test_accuracy']:.2%}",
                      _change(row["accuracy_change"]), _size(row["size_bytes"]),
                      f"{row['params']:,}", f"{row['nonzero_params']:,}",
                      f"{row['latency_ms_batch1']:.3f}",
                      f"{row['images_per_second_batch64']:,.0f}",
                      "-" if torch_ms is None else f"{torch_ms:.3f}"))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
    for line in lines:
        print("  ".join(str(c).ljust(w) if i < 2 else str(c).rjust(w)
                        for i, (c, w) in enumerate(zip(line, widths, strict=True))))
    if rows:
        print(f"accuracy on {rows[0]['test_images']:,} test images; speed: CPU time on "
              "one core of this CPU in onnxruntime, median of repeated runs (torch ms: the "
              "torch network)")
        if others := [r for r in rows if r["test_images"] != rows[0]["test_images"]]:
            print("note: " + ", ".join(f"{r['name']} was measured on {r['test_images']:,}"
                                       for r in others)
                  + " test images (--test-limit): no change is shown for it; make it again "
                  "without --test-limit to compare")
    base = rows[0] if rows and rows[0]["name"] == "original" else None
    for row in rows[1:] if base else []:
        if note := int8_speed_note(row, base):
            print(f"note: {note}")


def _change(change: float | None) -> str:
    return "-" if change is None else f"{change * 100:+.2f} pt"


def _size(n: int) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e5 else f"{n / 1e3:.1f} kB"


def run(args: argparse.Namespace) -> int:
    from netstudio.core.deploy import DeployError
    from netstudio.core.deploy.compress import Workbench, weights_stamp
    from netstudio.core.deploy.variants import VariantStore

    try:
        source = open_source(args)
        store = VariantStore(source.run_dir)
        records, problems = store.list()
        for problem in problems:
            print(f"netstudio: {problem}", file=sys.stderr)
        original = next((r for r in records if r.name == "original"), None)
        if (original is None or args.test_limit
                or original.settings.get("weights") != weights_stamp(source.run_dir)
                or original.figures.test_images != (source.test_samples
                                                    or original.figures.test_images)):
            bench = Workbench(source, test_limit=args.test_limit,
                              progress=progress_printer(args.json))
            original = bench.original()
            records = [original] + [r for r in records if r.name != "original"]
    except DeployError as e:
        return fail(e)
    print_table(records, args.json)
    return 0
