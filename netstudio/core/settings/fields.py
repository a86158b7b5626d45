"""Reading one settings section (``training``, ``data``) key by key, collecting Diagnostics.

A Fields reader returns the value of each key when it is usable and the default otherwise,
recording one Diagnostic per bad key, so one pass both fills in a config and lists every
problem (the checker shows them all; the trainer refuses to start on the first).
"""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Iterable, Sequence
from typing import Any

from netstudio.core.diagnostics import ERROR, WARNING, Diagnostic, diagnostic
from netstudio.core.text import QT_TRANSLATE_NOOP, Template

NUMBER = QT_TRANSLATE_NOOP("Settings", "{field} must be a number, got {value}.")
FINITE = QT_TRANSLATE_NOOP("Settings", "{field} must be a finite number of sensible size, "
                           "got {value}.")
POSITIVE = QT_TRANSLATE_NOOP("Settings", "{field} must be greater than 0, got {value}.")
AT_LEAST = QT_TRANSLATE_NOOP("Settings", "{field} must be at least {minimum}, got {value}.")
WHOLE = QT_TRANSLATE_NOOP("Settings", "{field} must be a whole number >= {minimum}, "
                          "got {value}.")
WHOLE_UP_TO = QT_TRANSLATE_NOOP("Settings", "{field} must be a whole number >= {minimum} and "
                                "<= {maximum}, got {value}.")
BOOLEAN = QT_TRANSLATE_NOOP("Settings", "{field} must be true or false, got {value}.")
UNKNOWN = QT_TRANSLATE_NOOP("Settings", "Unknown {field} {value}.")
USE_ONE_OF = QT_TRANSLATE_NOOP("Settings", "use one of: {choices}")
CHANGE = QT_TRANSLATE_NOOP("Settings", "change {field}")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("Settings", "Unknown setting '{field}' is kept but not used by "
                                "this version of netstudio.")
DID_YOU_MEAN = QT_TRANSLATE_NOOP("Settings", "did you mean '{suggestion}'?")
CHECK_SPELLING = QT_TRANSLATE_NOOP("Settings", "check its spelling or remove it")


def show(value: Any) -> str:
    """A value as the project file writes it (JSON), shortened."""
    try:
        text = json.dumps(value, allow_nan=True)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def finite(v: Any) -> bool:
    try:  # a JSON integer may have hundreds of digits: too large for a float
        return math.isfinite(float(v))
    except (OverflowError, TypeError, ValueError):
        return False


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


class Fields:
    """Reads ``raw`` (one section's dict) under the dotted name ``section``."""

    def __init__(self, raw: Any, section: str) -> None:
        self.raw: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self.section = section
        self.found: list[Diagnostic] = []

    # ---- reporting -----------------------------------------------------------------------
    def name(self, key: str) -> str:
        return f"{self.section}.{key}" if key else self.section

    def fail(self, key: str, message: Template, fix: Template | None = None,
             code: str = "bad-setting", **args: Any) -> None:
        """An error on ``key``; the templates get ``field``, ``value`` and ``args``."""
        args.setdefault("value", show(self.raw.get(key)))
        self.found.append(diagnostic(ERROR, code, message, fix or CHANGE, field=self.name(key),
                                     **args))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.found if d.severity == ERROR]

    def warn_unknown(self, keys: Iterable[str], known: Sequence[str]) -> None:
        """A warning for each key this version does not use, with the closest known key."""
        for key in keys:
            close = difflib.get_close_matches(str(key), list(known), n=1)
            fix = DID_YOU_MEAN(suggestion=close[0]) if close else CHECK_SPELLING()
            self.found.append(diagnostic(WARNING, "unknown-key", UNKNOWN_KEY, fix,
                                         field=self.name(str(key))))

    # ---- values --------------------------------------------------------------------------
    def number(self, key: str, default: float, *, minimum: float = 0.0,
               positive: bool = False) -> float:
        v = self.raw.get(key, default)
        if not is_number(v):
            self.fail(key, NUMBER)
        elif not finite(v):
            self.fail(key, FINITE)
        elif positive and v <= 0:
            self.fail(key, POSITIVE)
        elif v < minimum:
            self.fail(key, AT_LEAST, minimum=minimum)
        else:
            return float(v)
        return float(default)

    def whole(self, key: str, default: int, minimum: int = 1, maximum: int | None = None
              ) -> int:
        v = self.raw.get(key, default)
        if is_int(v) and v >= minimum and (maximum is None or v <= maximum):
            return int(v)
        if maximum is None:
            self.fail(key, WHOLE, minimum=minimum)
        else:
            self.fail(key, WHOLE_UP_TO, minimum=minimum, maximum=maximum)
        return default

    def choice(self, key: str, default: str, choices: Sequence[str],
               code: str = "bad-setting") -> str:
        v = self.raw.get(key, default)
        if isinstance(v, str) and v in choices:
            return v
        self.fail(key, UNKNOWN, USE_ONE_OF, code=code, choices=", ".join(choices))
        return default

    def boolean(self, key: str, default: bool) -> bool:
        v = self.raw.get(key, default)
        if isinstance(v, bool):
            return v
        self.fail(key, BOOLEAN)
        return default
