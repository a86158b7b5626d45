"""Text for the terminal: what a project file says is shown, never obeyed.

Ids, names, types and messages come from files anyone can write. Control characters in them
(ESC sequences that recolour or clear the terminal, newlines that break a table, carriage
returns that overwrite a line) and the Unicode marks that reverse the direction of text are
shown as escapes (``\\x1b``, ``\\n``, ``\\u202e``) in human output. --json output is JSON, which
escapes control characters itself, and is always strict JSON: every command's ``--json``
goes through ``print_json``, which writes NaN and Infinity as null (core.strict_json).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any


def escape(text: object) -> str:
    """``text`` as one line: every character Python does not call printable (controls,
    format and direction marks, line separators, unassigned) written as its escape."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in text)


def error(message: str) -> None:
    """``netstudio: message`` on stderr, escaped (messages quote ids and names)."""
    print(f"netstudio: {escape(message)}", file=sys.stderr)


def line(text: str, file=None) -> None:  # noqa: ANN001 - a text stream
    """One escaped line (stderr by default)."""
    print(escape(text), file=file or sys.stderr)


def last_resort(run: Callable[[Any], int], args: Any, what: str) -> int:
    """``run(args)``, with anything unexpected (a bug, an odd file system) said in one sentence
    and exit 2 instead of a traceback; Ctrl-C still reaches the caller's handler."""
    try:
        return run(args)
    except KeyboardInterrupt:
        raise
    except Exception as e:  # noqa: BLE001 - the last resort: a sentence, never a traceback
        error(f"{args.file}: {what} could not run ({type(e).__name__}: {e}). "
              "If this keeps happening, please report it with the project file.")
        return 2


def out(text: str) -> None:
    """print to stdout, quietly stopping when the reader went away (``netstudio runs F |
    head``)."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        # As the Python docs advise: point stdout at devnull so the exit flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def print_json(data: Any, *, indent: int | None = 2) -> None:
    """THE --json printer: strict JSON (non-finite numbers as null) on stdout; values JSON
    has no type for are written as their text."""
    from netstudio.core import strict_json

    out(strict_json.dumps(data, indent=indent, default=str))
