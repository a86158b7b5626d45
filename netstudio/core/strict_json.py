"""JSON that every reader accepts: non-finite numbers (NaN, Infinity) become null.

Python's json module writes NaN and Infinity by default, which is not JSON (RFC 8259): jq,
JavaScript and most other readers refuse the whole document. A hand-edited metrics.json, a
diverged run's loss or an odd value in a study can hold them, so everything netstudio prints
or writes as JSON goes through here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from netstudio.core.settings.fields import finite


def strict(value: Any) -> Any:
    """``value`` with every non-finite float (also inside dicts, lists and tuples) as None;
    numpy scalars and arrays become plain numbers and lists first."""
    if isinstance(value, float):
        return value if finite(value) else None
    if isinstance(value, str | int | bool) or value is None:
        return value
    if isinstance(value, Mapping):
        return {k: strict(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [strict(v) for v in value]
    if hasattr(value, "tolist"):  # numpy / torch scalars and arrays
        return strict(value.tolist())
    return value


def dumps(value: Any, *, indent: int | None = 2, default: Any = None) -> str:
    """``json.dumps`` of ``strict(value)``, never writing NaN or Infinity."""
    return json.dumps(strict(value), indent=indent, ensure_ascii=False, allow_nan=False,
                      default=default)
