"""Run numbers and names stay unique within a store, whatever brings a run in.

A new run gets the next number and, without a name of its own, ``run N``. A run that arrives
from elsewhere (copied by Save As, moved from an untitled project's scratch store) keeps its id
(its folder) but not always its number and name: a number the store already uses is replaced
by the next free one (a default name ``run 3`` follows it: ``run 7``), and a name another run
already has gets `` (2)``, `` (3)``... The same goes for a name given to a new run or a rename
(``RunStore.rename``). Callers hold the store lock while they decide and write.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.runs import files
from netstudio.core.runs import messages as msg
from netstudio.core.runs.layout import RUN_JSON
from netstudio.core.runs.record import RunError


@dataclass
class Taken:
    """The numbers and names the runs of a store use now."""

    numbers: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    @property
    def next_number(self) -> int:
        return max(self.numbers, default=0) + 1

    def add(self, number: int | None, name: str) -> None:
        if number is not None:
            self.numbers.add(number)
        self.names.add(name)


def default_name(number: int) -> str:
    return f"run {number}"


def taken_in(folder: Path, *, skip: str | None = None) -> Taken:
    """What the store folder's runs use (``skip``: the folder name of a run to leave out, the
    one being renamed). A run.json that cannot be read takes nothing."""
    taken = Taken()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return taken
    for entry in entries:
        if entry.name.startswith(".") or entry.name == skip or not entry.is_dir():
            continue
        with contextlib.suppress(RunError):
            raw = files.read_json(Path(entry.path) / RUN_JSON, msg.RUN_RECORD)
            if isinstance(raw, dict):
                taken.add(_number(raw), raw.get("name") if isinstance(raw.get("name"), str)
                          else entry.name)
    return taken


def unique_name(name: str, names: Collection[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``... the first that no run uses."""
    if name not in names:
        return name
    n = 2
    while f"{name} ({n})" in names:
        n += 1
    return f"{name} ({n})"


def fit_arriving(raw: dict[str, Any], taken: Taken) -> bool:
    """Give a run.json arriving in a store (its ``raw`` dict, changed in place) a free number
    and a free name; ``taken`` then includes it. True if anything changed."""
    number, name = _number(raw), raw.get("name")
    name = name if isinstance(name, str) and name else str(raw.get("id") or "")
    new_number = number
    if number is None or number in taken.numbers:
        new_number = taken.next_number
    new_name = name
    if number is not None and new_number != number and name == default_name(number):
        new_name = default_name(new_number)
    new_name = unique_name(new_name, taken.names)
    taken.add(new_number, new_name)
    if (new_number, new_name) == (number, raw.get("name")):
        return False
    raw["number"], raw["name"] = new_number, new_name
    return True


def _number(raw: dict[str, Any]) -> int | None:
    n = raw.get("number")
    return n if isinstance(n, int) and not isinstance(n, bool) else None
