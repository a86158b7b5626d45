"""Where runs live: file names inside a run folder, the store beside a project, run ids.

Nothing here reads a file; it only names paths. See the package docstring for the layout.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path

RUN_FORMAT = "netstudio-run"
RUN_VERSION = 1  # run.json; a newer one is skipped with a message (update netstudio)
CURVES_FORMAT = "netstudio-curves"

RUN_JSON = "run.json"
PROJECT_JSON = "project.nsproj.json"
METRICS_JSON = "metrics.json"
CURVES_JSON = "curves.json"
MODEL_PT = "model.pt"
CHECKPOINT_PT = "checkpoint.pt"
TB_DIR = "tb"
VARIANTS_DIR = "variants"
EXPLAIN_DIR = "explain"

STORE_SUFFIX = ".runs"
TRASH_DIR = ".trash"
STORE_LOCK = ".lock"
WRITER_LOCK = ".writer.lock"  # held by the process recording the run, while it runs
RECORD_LOCK = ".run.lock"  # held while run.json or metrics.json is rewritten

STATUSES = ("running", "finished", "stopped", "interrupted", "diverged", "failed")
FINAL_WITH_WEIGHTS = ("finished", "stopped")  # these runs always have model.pt


def project_stem(project_path: str | os.PathLike[str]) -> str:
    """``foo`` for ``foo.nsproj.json``, ``foo.json`` or ``foo``."""
    name = Path(project_path).name
    for suffix in (".nsproj.json", ".json"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def store_path_for(project_path: str | os.PathLike[str]) -> Path:
    """``DIR/foo.runs`` for the project ``DIR/foo.nsproj.json`` (or ``DIR/foo.json``)."""
    p = Path(project_path)
    return p.with_name(project_stem(p) + STORE_SUFFIX)


def new_run_id(now: dt.datetime | None = None) -> str:
    """``20260131-142501-3fa9``: local time to the second (ids sort by creation time), then
    four random hex digits so runs started in the same second never share a folder."""
    now = now or dt.datetime.now()
    return f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


def timestamp(now: dt.datetime | None = None) -> str:
    """ISO 8601 local time with its UTC offset, to the second: ``2026-01-31T14:25:01+01:00``."""
    return (now or dt.datetime.now()).astimezone().isoformat(timespec="seconds")
