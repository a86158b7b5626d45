"""What the layers' own rules answered, remembered by what the answer depends on.

A layer's parameter problems depend only on its type and parameters; its shape, parameter
count, FLOPs and hints only on those and its inputs' shapes. Big networks repeat the same layer
on the same shape hundreds of times (a ResNet's blocks, bench_canvas.py's 5,000 nodes), and an
edit changes few layers, so analyze asks the rules once per distinct question and looks the
rest up. Answers are never shared with a caller that could change them: NodeInfo is frozen and
its ``resolved`` dict is copied by everyone who builds from it.

Keys keep each value's type, so 1, 1.0 and True (equal in Python) are different questions;
a value that cannot be keyed (not plain JSON data) is not remembered. The table is bounded:
it is emptied when full, which costs one slower analysis.
"""

from __future__ import annotations

from typing import Any

MAX_ENTRIES = 20_000

_table: dict[tuple, tuple] = {}


def freeze(value: Any) -> Any:
    """A hashable key for plain JSON-like data that tells apart what compares equal but may
    check differently (1 / 1.0 / True, -0.0 / 0.0, a list / a tuple). Raises TypeError for
    anything else."""
    t = type(value)
    if t is str or t is int or t is bool or value is None:
        return (t, value)
    if t is float:
        return (t, value.hex())
    if t is list or t is tuple:
        items = tuple(value)
        for v in items:
            if type(v) is not int:
                return (t, tuple([freeze(v) for v in items]))
        return (t, items)  # whole numbers only (a shape, a kernel size): kept as they are
    if t is dict:
        return (t, params_key(value))
    raise TypeError(f"cannot key a {t.__name__}")


def params_key(params: dict) -> tuple:
    """The key of a node's params dict (see freeze; raises TypeError the same way)."""
    out: list[tuple[Any, ...]] = []
    for k, v in params.items():
        t = type(v)
        if t is int or t is str or t is bool or v is None:
            out.append((k, t, v))
        else:
            out.append((k, freeze(v)))
    return tuple(out)


def key_or_none(params: Any) -> tuple | None:
    """params_key, or None when the params cannot be keyed (then nothing is remembered)."""
    try:
        return params_key(params) if type(params) is dict else None
    except (TypeError, RecursionError):
        return None


def get(kind: str, owner: Any, key: tuple | None) -> Any:
    """The answer remembered for ``(kind, owner, key)`` (owner: the LayerSpec asked), or None.
    Owners are compared by identity, so a layer registered anew is asked anew."""
    if key is None:
        return None
    hit = _table.get((kind, id(owner), key))
    return hit[1] if hit is not None and hit[0] is owner else None


def put(kind: str, owner: Any, key: tuple | None, answer: Any) -> None:
    if key is None:
        return
    if len(_table) >= MAX_ENTRIES:
        _table.clear()
    _table[(kind, id(owner), key)] = (owner, answer)


def clear() -> None:
    _table.clear()
