"""The ``search`` section (hyperparameter search, netstudio.core.tune): its keys and ranges
(read by netstudio.core.tune.section), and whether the points of the space keep the network
buildable: the corners of the layer parameters it varies (each low and high, each choice)
are applied to a copy of the project and checked like the project itself. Every point
broken is an error (no trial could train); some broken is a warning (those trials are
pruned with the reason).

Search problems never stop a plain training run: their field starts with "search".
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from netstudio.core.checks.context import Context
from netstudio.core.diagnostics import ERROR, WARNING, Diagnostic
from netstudio.core.text import QT_TRANSLATE_NOOP
from netstudio.core.tune.section import read_search
from netstudio.core.tune.space import Dimension, SearchSpec, apply_params, point_text

MAX_POINTS = 16  # points of the space analyzed (analysis is fast; the GUI runs it per edit)
TIME_BUDGET_S = 0.5  # and at most this long: a huge graph gets a partial answer

ALL_BREAK = QT_TRANSLATE_NOOP("Search", "Every combination of searched values tried breaks "
                              "the network, e.g. {point}: {problem}")
SOME_BREAK = QT_TRANSLATE_NOOP("Search", "Some searched values break the network, e.g. "
                               "{point}: {problem} Those trials will be pruned.")
NARROW = QT_TRANSLATE_NOOP("Search", "narrow the ranges in search.space to values the "
                           "network's shapes allow")


def check_search(ctx: Context) -> None:
    project = _unflattened(ctx)
    spec, found = read_search(project)
    ctx.diagnostics += found
    if spec is not None and not any(d.severity == ERROR for d in found):
        check_points(ctx, spec)


def _unflattened(ctx: Context) -> Any:
    """The project as written: with blocks, the checker runs on their flat copy."""
    return getattr(ctx.project, "unflattened", ctx.project)


def check_points(ctx: Context, spec: SearchSpec) -> None:
    """Analyze the corners of the space's layer parameters (training settings cannot break
    shapes; their values were checked one by one)."""
    from netstudio.core.analysis import analyze

    dims = [d for d in spec.dimensions if d.path.startswith(("nodes.", "blocks."))]
    if not dims:
        return
    base = {_key(d) for d in ctx.diagnostics if d.severity == ERROR}
    broken: list[tuple[dict[str, Any], Diagnostic]] = []
    tried = 0
    start = time.perf_counter()
    for point in corner_points(dims):
        if time.perf_counter() - start > TIME_BUDGET_S and tried:
            break
        tried += 1
        errors = [d for d in analyze(apply_params(_unflattened(ctx), point)).diagnostics
                  if d.severity == ERROR and _key(d) not in base]
        if errors:
            broken.append((point, errors[0]))
    if not broken:
        return
    point, problem = broken[0]
    if len(broken) == tried:
        ctx.report(ERROR, "search-all-points-break", ALL_BREAK, NARROW, field="search.space",
                   point=point_text(point), problem=problem.message)
    else:
        ctx.report(WARNING, "search-some-points-break", SOME_BREAK, NARROW,
                   field="search.space", point=point_text(point), problem=problem.message)


def corner_points(dims: list[Dimension]) -> list[dict[str, Any]]:
    """Up to MAX_POINTS combinations of the dimensions' corner values, spread evenly over
    all of them when there are more."""
    values = [d.corners() for d in dims]
    total = 1
    for v in values:
        total *= len(v)
    if total <= MAX_POINTS:
        combos = list(itertools.product(*values))
    else:
        combos = [_nth(values, (k * total) // MAX_POINTS) for k in range(MAX_POINTS)]
    return [{d.path: c for d, c in zip(dims, combo, strict=True)} for combo in combos]


def _nth(values: list[tuple[Any, ...]], n: int) -> tuple[Any, ...]:
    out = []
    for v in reversed(values):
        n, i = divmod(n, len(v))
        out.append(v[i])
    return tuple(reversed(out))


def _key(d: Diagnostic) -> tuple[str, str | None, str | None]:
    return d.code, d.node, d.field
