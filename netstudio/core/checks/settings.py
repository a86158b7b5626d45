"""The data and training sections, by the very rules the loader and the trainer apply
(netstudio.core.settings), so that what ``check`` accepts, ``train`` accepts."""

from __future__ import annotations

from netstudio.core.checks.context import Context
from netstudio.core.diagnostics import ERROR
from netstudio.core.settings.data import check_data
from netstudio.core.settings.training import check_training


def check_settings(ctx: Context) -> None:
    path = getattr(ctx.project, "path", None)
    data = check_data(ctx.project.data, str(path.parent) if path else None)
    ctx.data_ok = not any(d.severity == ERROR for d in data)
    ctx.diagnostics += data
    ctx.diagnostics += check_training(ctx.project.training)
