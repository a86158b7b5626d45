"""The ``netstudio`` command.

``netstudio check|export|train|runs|import|tune|lr-find ...`` run headless (Qt is never
imported for them);
``netstudio [FILE]`` and ``netstudio --screenshot PNG [FILE]`` open the desktop app.
Each subcommand lives in its own module with ``add_parser(subparsers)`` and ``run(args) -> int``.
Exit codes: 0 ok, 1 graph errors (or a failed run), 2 unusable input.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

SUBCOMMANDS = ("check", "export", "train", "runs", "import", "compress", "variants", "serve",
               "tune", "lr-find")
# A subcommand whose name is a Python keyword or has a dash lives in a module of another name.
MODULES = {"import": "import_cmd", "lr-find": "lr_find"}


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
        importlib.import_module(f"netstudio.cli.{MODULES.get(name, name)}").add_parser(subs)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        args = _sub_parser().parse_args(args_list)
        module = importlib.import_module(
            f"netstudio.cli.{MODULES.get(args.command, args.command)}")
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
    if not _has_display():
        if args.screenshot is None:
            print("netstudio: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the "
                  "window cannot open. Run it from a desktop session, or use the headless "
                  "commands (netstudio check|train|export) or --screenshot PNG.", file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    if problem := _xcb_problem():  # Qt would abort naming one library at best
        if args.screenshot is None:
            print(f"netstudio: {problem}", file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from netstudio.gui.app import run_app
    except ImportError as e:  # PySide6 missing: say so instead of a traceback
        print(f"netstudio: the desktop app needs PySide6 and pyqtgraph ({e}). "
              "Install them with: pip install netstudio", file=sys.stderr)
        return 2
    return int(run_app(args.file, screenshot=args.screenshot))


def _has_display() -> bool:
    """Whether Qt can open a window here (it aborts the process when it cannot)."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _xcb_problem() -> str | None:
    """The system libraries Qt's X11 plugin lacks, as a message (gui/platform_check.py)."""
    try:
        from netstudio.gui.platform_check import xcb_problem
    except ImportError:
        return None  # no PySide6: said below
    return xcb_problem()
