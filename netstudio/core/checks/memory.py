"""Whether the model fits in this computer's memory to train (a rough count, float32)."""

from __future__ import annotations

import math
import os

from netstudio.core.checks.context import Context
from netstudio.core.diagnostics import ERROR, WARNING
from netstudio.core.settings.fields import is_int
from netstudio.core.settings.training import MAX_BATCH
from netstudio.core.text import QT_TRANSLATE_NOOP

TOO_LARGE = QT_TRANSLATE_NOOP("Checks", "The model needs about {need} of memory to train "
                              "({params:,} parameters, batch size {batch}), more than this "
                              "computer has ({budget}).")
LARGE = QT_TRANSLATE_NOOP("Checks", "The model needs about {need} of memory to train, more than "
                          "half of this computer's {budget}.")
USE_FEWER_LAYERS = QT_TRANSLATE_NOOP("Checks", "use fewer or smaller layers, or a smaller "
                                     "batch_size")
# Memory the model may use when the system tells nothing (bytes).
DEFAULT_MEMORY_BUDGET = 8 * 2**30


def memory_budget() -> int:
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return DEFAULT_MEMORY_BUDGET


def check_memory(ctx: Context) -> None:
    batch = ctx.training.get("batch_size", 64)
    batch = batch if is_int(batch) and 0 < batch <= MAX_BATCH else 64
    params = acts = 0
    for nid in ctx.order:
        info = ctx.infos.get(nid)
        if info is not None and info.shape is not None:
            params += info.params
            acts += math.prod(info.shape)
    # weights + gradients + two Adam moments, float32; activations kept for backward (x2).
    need = 4 * (4 * params + 2 * batch * acts)
    budget = memory_budget()
    if need > budget:
        ctx.report(ERROR, "too-large", TOO_LARGE, USE_FEWER_LAYERS, need=size_text(need),
                   params=params, batch=batch, budget=size_text(budget))
    elif need > budget // 2:
        ctx.report(WARNING, "too-large", LARGE, USE_FEWER_LAYERS, need=size_text(need),
                   budget=size_text(budget))


def size_text(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} PB"
