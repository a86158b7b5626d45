"""Text for the terminal: what a project file says is shown, never obeyed.

Ids, names, types and messages come from files anyone can write. Control characters in them
(ESC sequences that recolour or clear the terminal, newlines that break a table, carriage
returns that overwrite a line) and the Unicode marks that reverse the direction of text are
shown as escapes (``\\x1b``, ``\\n``, ``\\u202e``) in human output. --json output is JSON, which
escapes control characters itself.
"""

from __future__ import annotations

import sys


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
