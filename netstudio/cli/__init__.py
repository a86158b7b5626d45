"""The ``netstudio`` command.

``netstudio check|export|train ...`` run headless (Qt is never imported for them);
``netstudio [FILE]`` and ``netstudio --screenshot PNG [FILE]`` open the desktop app.
Each subcommand lives in its own module with ``add_parser(subparsers)`` and ``run(args) -> int``.
Exit codes: 0 ok, 1 graph errors (or a failed run), 2 unusable input.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

SUBCOMMANDS = ("check", "export", "train")


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="netstudio",
        description="Design, train and inspect neural networks visually. "
        f"Headless commands: {', '.join(SUBCOMMANDS)} (netstudio COMMAND --help).",
    )
    p.add_argument("file", nargs="?", help="project file to open (default: the tutorial CNN)")
    p.add_argument("--screenshot", metavar="PNG",
                   help="render the window once, save it as PNG and exit")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def _sub_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="netstudio")
    subs = p.add_subparsers(dest="command", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(f"netstudio.cli.{name}").add_parser(subs)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        args = _sub_parser().parse_args(args_list)
        module = importlib.import_module(f"netstudio.cli.{args.command}")
        try:
            return int(module.run(args))
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return 130
    args = _gui_parser().parse_args(args_list)
    if args.version:
        from netstudio import __version__

        print(f"netstudio {__version__}")
        return 0
    try:
        from netstudio.gui.app import run_app
    except ImportError as e:  # PySide6 missing: say so instead of a traceback
        print(f"netstudio: the desktop app needs PySide6 and pyqtgraph ({e}). "
              "Install them with: pip install netstudio", file=sys.stderr)
        return 2
    return int(run_app(args.file, screenshot=args.screenshot))
