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
    from netstudio.core.deploy.bundle import export_bundle

    out = Path(args.bundle)
    try:
        served = export_bundle(args.file, out, args.variant, progress=lambda m, f: print(
            f"[{f:4.0%}] {m}", file=sys.stderr))
    except DeployError as e:
        print(f"netstudio: {e.message}", file=sys.stderr)
        return 2 if e.unusable else 1
    print(f"wrote {out}/ ({served.metadata.get('variant')}): start it with "
          f"'cd {out} && pip install -r requirements.txt && python serve.py'")
    return 0
