"""Small text helpers for generated Python: literals and wrapped calls."""

from __future__ import annotations

import json
from typing import Any


def wrap_call(line: str, indent: int, width: int = 100) -> list[str]:
    """Break a long ``name = call(a, b, c)`` after its "(" and between arguments."""
    if indent + len(line) <= width or "(" not in line:
        return [line]
    head, args = line.split("(", 1)
    parts, depth, start = [], 0, 0
    body = args[:-1]
    for i, ch in enumerate(body):  # split at top-level commas only, not inside (3, 5)
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(body[start:i].strip())
            start = i + 1
    parts.append(body[start:].strip())
    out, cur = [head + "("], " " * 4
    for part in parts:
        piece = part + ", "
        if len(cur) + len(piece) + indent > width and cur.strip():
            out.append(cur.rstrip())
            cur = " " * 4
        cur += piece
    out.append(cur.rstrip()[:-1] + ")")
    return out


def literal(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid Python literal, double quotes
    if isinstance(value, list | tuple):
        items = [literal(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return repr(value)
