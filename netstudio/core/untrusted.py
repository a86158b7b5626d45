"""JSON from files netstudio did not write (projects, run records): parsed with limits.

    load_json(path, limit=MAX_JSON_BYTES, what="project file") -> Any
    parse_json(text, source) -> Any
    check_depth(value, source)
    repair_strings(value) -> (value, notes)
    load_tensors(path) -> Any    # torch.load(weights_only=True) of a regular file

``load_json`` reads a regular file of at most ``limit`` bytes (core.files.read_regular: never
a FIFO or a device), decodes it as UTF-8 (a byte-order mark is allowed) and parses it. Every
problem raises ``JSONProblem`` (a ValueError) whose message names the file and what is wrong:
not UTF-8, not JSON, a number of more than 4,300 digits (Python refuses to convert those), or
nesting deeper than ``MAX_DEPTH`` levels (which would exhaust the stack in the parser, in
copy.deepcopy or in json.dumps). The file's text is JSON as Python's json module reads it, so
NaN and Infinity are accepted.

``repair_strings`` replaces lone UTF-16 surrogates (``"\\ud800"`` is valid JSON but cannot be
written back as UTF-8) by U+FFFD in every string and key, and returns one note per repair
naming where it was, e.g. ``graph.nodes[2].id``.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from netstudio.core.files import ReadError, open_regular, read_regular
from netstudio.core.text import QT_TRANSLATE_NOOP, message_of

MAX_JSON_BYTES = 32 * 1024 * 1024  # a 1,000-node project is about 150 KB
MAX_DEPTH = 100  # a project nests about 6 levels; its unknown keys may nest more

_SURROGATE = re.compile("[\ud800-\udfff]")

PROJECT_FILE = QT_TRANSLATE_NOOP("Files", "project file")
NOT_TEXT = QT_TRANSLATE_NOOP("Files", "{path}: not a text file; a {what} is UTF-8 JSON.")
EMPTY = QT_TRANSLATE_NOOP("Files", "{source}: the file is empty; it should hold a JSON object.")
NOT_JSON = QT_TRANSLATE_NOOP("Files", "{source}: not valid JSON (line {line}, column {column}: "
                                      "{reason}).")
TOO_DEEP = QT_TRANSLATE_NOOP("Files", "{source}: its values are nested more than {depth} levels "
                                      "deep; netstudio does not read such files.")
TOO_DEEP_AT = QT_TRANSLATE_NOOP("Files", "{source}: its values are nested more than {depth} "
                                         "levels deep (at {where}); netstudio does not read "
                                         "such files.")
LONG_NUMBER = QT_TRANSLATE_NOOP("Files", "{source}: holds a number too long to read ({reason}); "
                                         "numbers may have at most 4,300 digits.")
SURROGATE = QT_TRANSLATE_NOOP("Files", "{where}: text that is not valid Unicode (a lone "
                                       "surrogate, like \\ud800) was replaced by \ufffd")
SURROGATE_TOP = QT_TRANSLATE_NOOP("Files", "the file: text that is not valid Unicode (a lone "
                                           "surrogate, like \\ud800) was replaced by \ufffd")


class JSONProblem(ValueError):
    """The file cannot be used; ``str(e)`` names it and says what is wrong."""


def load_json(path: str | os.PathLike[str], limit: int = MAX_JSON_BYTES,
              what: str = PROJECT_FILE) -> Any:
    """Read and parse a JSON file with the limits above. OSErrors other than ReadError
    (no such file, a folder, permission denied) are raised as they are."""
    try:
        raw = read_regular(path, limit, what)
    except ReadError as e:
        raise JSONProblem(message_of(e)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JSONProblem(NOT_TEXT(path=path, what=what)) from None
    return parse_json(text, str(path))


def parse_json(text: str, source: str) -> Any:
    """json.loads with the limits above, raising JSONProblem."""
    if not text.strip():
        raise JSONProblem(EMPTY(source=source))
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise JSONProblem(NOT_JSON(source=source, line=e.lineno, column=e.colno,
                                   reason=e.msg)) from None
    except RecursionError:
        raise JSONProblem(TOO_DEEP(source=source, depth=MAX_DEPTH)) from None
    except ValueError as e:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise JSONProblem(LONG_NUMBER(source=source, reason=_first_words(e))) from None
    check_depth(value, source)
    return value


def check_depth(value: Any, source: str) -> None:
    """Raise JSONProblem when ``value`` nests more than MAX_DEPTH lists and objects."""
    depth, where = _depth(value)
    if depth > MAX_DEPTH:
        raise JSONProblem(TOO_DEEP_AT(source=source, depth=MAX_DEPTH, where=where))


def repair_strings(value: Any, where: str = "") -> tuple[Any, list[str]]:
    """``value`` with lone surrogates replaced by U+FFFD, and a note per repaired place.

    Call it on parsed JSON (check the depth first: it recurses)."""
    notes: list[str] = []

    def fix(s: str, at: str) -> str:
        if not _SURROGATE.search(s):
            return s
        # json joins escaped pairs into one character: every surrogate left is a lone half
        notes.append(SURROGATE(where=at) if at else SURROGATE_TOP())
        return _SURROGATE.sub("\ufffd", s)

    def walk(v: Any, at: str) -> Any:
        if isinstance(v, str):
            return fix(v, at)
        if isinstance(v, list):
            return [walk(item, f"{at}[{i}]") for i, item in enumerate(v)]
        if isinstance(v, dict):
            out = {}
            for k, item in v.items():
                key = fix(k, f"{at}.{ascii(k)}".lstrip(".")) if isinstance(k, str) else k
                out[key] = walk(item, f"{at}.{key}".lstrip("."))
            return out
        return v

    return walk(value, where), notes


def _depth(value: Any) -> tuple[int, str]:
    """The nesting depth of parsed JSON (iterative) and a path to its deepest point."""
    deepest, where = 0, ""
    stack: list[tuple[Any, int, str]] = [(value, 1, "")]
    while stack:
        v, d, at = stack.pop()
        if isinstance(v, dict | list):
            if d > deepest:
                deepest, where = d, at
            if d > MAX_DEPTH:
                break
            items = v.items() if isinstance(v, dict) else enumerate(v)
            for k, item in items:
                if isinstance(item, dict | list):
                    stack.append((item, d + 1, f"{at}.{k}" if isinstance(k, str) else f"{at}[{k}]"))
    return deepest, (where.lstrip(".")[:80] or "the top level")


def _first_words(e: BaseException) -> str:
    return str(e).split(":")[0].strip()


def load_tensors(path: str | os.PathLike[str], lazily: bool = False) -> Any:
    """``torch.load(..., weights_only=True)`` on the CPU: nothing in the file runs. Only a
    regular file is read: a FIFO or a device raises ReadError instead of blocking forever.
    torch's warnings about how the file was pickled are not shown (the caller reports
    a file it cannot read). Other errors are torch's (and OSErrors). ``lazily``: the
    tensors are mapped from the file (``mmap=True``), not read: their names and shapes cost
    almost nothing."""
    import warnings

    import torch

    with open_regular(path) as f, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if lazily:
            return torch.load(str(path), map_location="cpu", weights_only=True, mmap=True)
        return torch.load(f, map_location="cpu", weights_only=True)
