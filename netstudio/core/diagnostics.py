"""Diagnostic: one problem found in a project, as data (what, where, the values, the fix).

Every validator in the core (the layer parameters, the data and training settings, the graph
checks) reports Diagnostics, so the checker, the trainer's setup errors, the GUI and the
translations all read the same fields instead of parsing sentences.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netstudio.core.text import Template, Text

ERROR, WARNING, INFO = "error", "warning", "info"
# Project sections whose keys are settings, not network: a Diagnostic with field
# "training.lr" and no node is about the settings (the network itself can still be built).
SETTINGS_SECTIONS = ("data", "training")
# The hyperparameter search section: its problems stop a search, never a training run.
SEARCH_SECTION = "search"


@dataclass(frozen=True)
class Diagnostic:
    severity: str  # "error" | "warning" | "info"
    node: str | None  # node id, None for graph-wide problems
    message: str  # a sentence a learner understands (a core.text.Text: translatable)
    fix: str | None = None  # what to do, e.g. "remove in_features or set it to 1024"
    field: str | None = None  # the param or setting at fault ("out_features", "data.val_split")
    code: str = ""  # stable id: "cycle", "shape-mismatch", "softmax-before-ce", ...
    args: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False)  # the message's values

    @property
    def is_setting(self) -> bool:
        """About a settings section (``data.*``, ``training.*``), not about the network."""
        return self.node is None and (self.field or "").split(".")[0] in SETTINGS_SECTIONS

    @property
    def is_search(self) -> bool:
        """About the ``search`` section (netstudio.core.tune), not about what trains."""
        return (self.field or "").split(".")[0] == SEARCH_SECTION

    def __str__(self) -> str:
        where = f"{self.node}: " if self.node and not self.message.startswith(self.node) else ""
        fix = f" Fix: {self.fix.rstrip('.')}" if self.fix else ""
        fix += "." if fix and not fix.endswith("?") else ""
        return f"{self.severity}: {where}{self.message}{fix}"


def diagnostic(severity: str, code: str, message: Template, fix: Template | Text | None = None,
               *, node: str | None = None, field: str | None = None, **args: Any) -> Diagnostic:
    """A Diagnostic whose message (and fix) are ``message(**args)`` and ``fix(**args)``.

    ``node`` and ``field`` are also values the templates may use (``{node}``, ``{field}``).
    """
    values = {**({"node": node} if node is not None else {}),
              **({"field": field} if field is not None else {}), **args}
    fix_text = fix(**values) if isinstance(fix, Template) else fix
    return Diagnostic(severity, node, message(**values), fix_text, field, code, values)


class DiagnosticError(ValueError):
    """Raised with the Diagnostics that make something unusable. ``str()`` is the first
    one's message (the English sentence); ``diagnostics`` holds them all. A plain sentence is
    accepted too (it becomes one Diagnostic without a code)."""

    def __init__(self, problems: Diagnostic | Sequence[Diagnostic] | str) -> None:
        if isinstance(problems, str):
            problems = Diagnostic(ERROR, None, problems)
        self.diagnostics = (problems,) if isinstance(problems, Diagnostic) else tuple(problems)
        super().__init__(self.diagnostics[0].message if self.diagnostics else "")

    @property
    def message(self) -> str:
        """The first problem's sentence, still a Text (``str(self)`` is plain English)."""
        return self.diagnostics[0].message if self.diagnostics else str(self)
