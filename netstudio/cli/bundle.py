"""``netstudio export RUN --bundle DIR [--variant NAME]``: a folder that serves the model.

Called by cli/export.py when --bundle is given. RUN: a run folder (or a variant folder).
Exit codes: 0 written, 1 failed, 2 unusable input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bundle", metavar="DIR",
                   help="with a run folder as FILE: write a self-contained folder that serves "
                   "the run's model (model.onnx, serve.py, requirements.txt, README.md)")
    p.add_argument("--variant", metavar="NAME",
                   help="with --bundle: which variant to ship (default: int8 when the run has "
                   "one, else the float network)")


def run_bundle(args: argparse.Namespace) -> int:
    from netstudio.core.deploy import DeployError
    from netstudio.core.deploy.bundle import write_bundle
    from netstudio.core.deploy.serving import resolve_served
    from netstudio.core.deploy.variants import VariantStore

    source = Path(args.file)
    variant = args.variant
    if variant is None and source.is_dir() and VariantStore(source).load("int8") is not None:
        variant = "int8"
    try:
        served = resolve_served(source, variant, progress=lambda m, f: print(
            f"[{f:4.0%}] {m}", file=sys.stderr))
        example = _example(source)
        out = write_bundle(served, Path(args.bundle), example)
    except DeployError as e:
        print(f"netstudio: {e.message}", file=sys.stderr)
        return 2 if e.unusable else 1
    print(f"wrote {out}/ ({served.metadata.get('variant')}): start it with "
          f"'cd {out} && pip install -r requirements.txt && python serve.py'")
    return 0


def _example(source: Path):
    """The run's first test image, for the bundle's curl example (None when unavailable)."""
    from netstudio.core.deploy import DeployError
    from netstudio.core.deploy.evaluation import load_eval_data
    from netstudio.core.deploy.source import open_run

    try:
        return load_eval_data(open_run(source), test_limit=1, calibration=1).test_x[0]
    except DeployError:
        return None
