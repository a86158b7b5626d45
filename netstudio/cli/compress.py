"""``netstudio compress RUN --quantize int8 | --prune SHARE [--structured] [--finetune N]``.

Makes a variant of a stored run (RUN/variants/<name>/), measures it beside the original and
prints the table (``--json``: the variants command's JSON). RUN is a run folder, or a project
file with ``--run ID``. Exit codes: 0 done, 1 failed (the reason is printed), 2 unusable input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from netstudio.cli.terminal import print_json
from netstudio.cli.variants import add_run_arguments, fail, print_table, progress_printer


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number; give a share such as "
                                         "0.5") from None
    return value


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "compress", help="make an int8 or pruned variant of a trained run and measure it",
        description="int8: onnxruntime post-training quantization of the exported ONNX model, "
        "by default of the layers that run faster in int8 on a CPU: convolutions with 16 or "
        "more input channels and the Linear layers after them statically (QDQ, calibrated on "
        "256 training images); without such convolutions the Linear layers dynamically; "
        "recurrent networks dynamically throughout. --prune SHARE: zero that share of the Conv/Linear "
        "weights with the smallest magnitude (global), or with --structured remove that share "
        "of the output channels of every layer that can lose them (a smaller network). "
        "--finetune N trains N more epochs after pruning. Exit status: 0 done, 1 failed, "
        "2 unusable input.")
    add_run_arguments(p)
    p.add_argument("--quantize", choices=("int8",), help="quantize to int8")
    p.add_argument("--method", choices=("auto", "static", "dynamic"), default="auto",
                   help="int8 method (default auto: chosen per layer, see above; static or "
                   "dynamic: every layer that method can quantize)")
    p.add_argument("--prune", type=_share, metavar="SHARE",
                   help="share of weights (or channels with --structured) to remove, e.g. 0.5")
    p.add_argument("--structured", action="store_true",
                   help="remove whole channels: the layers really get smaller")
    p.add_argument("--finetune", type=int, default=0, metavar="EPOCHS",
                   help="train this many epochs after pruning (the run's settings)")
    p.add_argument("--name", help="variant name (default: int8, pruned-50, channels-50-ft1, ...)")
    p.add_argument("--sweep", metavar="SHARES",
                   help="instead of a variant: test accuracy after pruning at each share "
                   "(comma-separated, e.g. 0.3,0.5,0.7,0.9); nothing is stored")
    return p


def run(args: argparse.Namespace) -> int:
    from netstudio.core.deploy import DeployError
    from netstudio.core.deploy.compress import Request, Workbench

    if args.sweep is None:
        request = Request(quantize=args.quantize, method=args.method, prune=args.prune,
                          structured=args.structured, finetune=args.finetune, name=args.name)
        if problem := request.check():
            print(f"netstudio: {problem}", file=sys.stderr)
            return 2
    else:
        if extra := [flag for flag, given in (("--quantize", args.quantize),
                                              ("--prune", args.prune is not None),
                                              ("--finetune", args.finetune),
                                              ("--name", args.name)) if given]:
            print(f"netstudio: --sweep stores no variant, it only measures pruning at each "
                  f"share: leave out {', '.join(extra)} (--structured picks channel "
                  "pruning).", file=sys.stderr)
            return 2
        try:
            shares = [float(s) for s in args.sweep.split(",") if s.strip()]
        except ValueError:
            shares = []
        if not shares or not all(0 < s < 1 for s in shares):
            print(f"netstudio: --sweep {args.sweep}: give shares between 0 and 1 separated by "
                  "commas, e.g. 0.3,0.5,0.7,0.9.", file=sys.stderr)
            return 2
    from netstudio.cli.variants import open_source
    from netstudio.core.deploy.variants import VariantStore

    try:
        source = open_source(args)
        bench = Workbench(source, test_limit=args.test_limit,
                          progress=progress_printer(args.json))
        if args.sweep is not None:
            return _print_sweep(bench.sweep(shares, args.structured), bench, args.json)
        made = bench.make(request)
    except DeployError as e:
        return fail(e)
    except KeyboardInterrupt:
        raise
    except Exception as e:  # a bug, not the user's: a sentence, not a traceback
        print(f"netstudio: compressing failed ({type(e).__name__}: {e}). Please report it "
              "with the run folder.", file=sys.stderr)
        return 1
    records, _ = VariantStore(source.run_dir).list()
    if not args.json:
        print(f"made variant {made.name} in {made.folder}", file=sys.stderr)
    print_table(records, args.json)
    return 0


def _print_sweep(points: list[Any], bench: Any, as_json: bool) -> int:
    base = bench.original().figures.test_accuracy
    if as_json:
        print_json({"original_accuracy": base, "sweep": [
            {"sparsity": p.sparsity, "test_accuracy": p.test_accuracy,
             "accuracy_change": round(p.test_accuracy - base, 6), "agreement": p.agreement,
             "nonzero_params": p.nonzero_params} for p in points]})
        return 0
    print(f"{'sparsity':>8}  {'accuracy':>8}  {'change':>9}  {'agreement':>9}  non-zero")
    for p in points:
        print(f"{p.sparsity:8.0%}  {p.test_accuracy:8.2%}  "
              f"{(p.test_accuracy - base) * 100:+7.2f} pt  {p.agreement:9.2%}  "
              f"{p.nonzero_params:,}")
    return 0
