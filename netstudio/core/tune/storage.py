"""Where a search keeps its study: an optuna storage, and the study inside it.

By default a SQLite file in the project's run store, ``foo.runs/search.db`` (the embedded
default: nothing to start); any URL optuna's RDB storage accepts works too
(``postgresql://user@host/db``), so processes on several machines can share one study. A
study remembers what it searches (its space, metric and direction) in its user attributes;
a process joins or resumes it only when the project asks for the same.

Heartbeats: a running trial's process records a heartbeat every HEARTBEAT_S seconds; a trial
whose heartbeat is older than GRACE_S is failed by the next process that looks, and tried
again with the same values (optuna's RetryHeartbeatStaleTrialCallback). On one machine a
killed worker is noticed at once (netstudio.core.tune.workers).
"""

from __future__ import annotations

import contextlib
import re
import warnings
from pathlib import Path
from typing import Any

from netstudio.core.tune import storage_messages as msg
from netstudio.core.tune import trained as fixed
from netstudio.core.tune.space import SearchSpec

DB_NAME = "search.db"
HEARTBEAT_S = 10
GRACE_S = 60
ATTR = "netstudio"  # the study's user attribute holding what it searches
SQLITE_TIMEOUT_S = 60  # a writer waits this long for another process's transaction


class StudyError(Exception):
    """The storage or study cannot be used; the message says why and what to do."""


class StudySettingsChanged(StudyError):
    """The study trains its trials otherwise (tune.trained); the message names the stored and
    the given values and what to do. ``study`` and ``changes`` (the differing settings as one
    line) let the app say it its own way."""

    def __init__(self, message: Any, study: str, changes: str) -> None:
        super().__init__(message)
        self.study, self.changes = study, changes


def default_storage_url(store_path: str | Path) -> str:
    """``sqlite:///<store>/search.db`` (absolute, so every process finds the same file)."""
    return "sqlite:///" + str((Path(store_path) / DB_NAME).resolve())


def quiet_optuna() -> None:
    """optuna's own log lines and experimental-feature warnings would drown the trial lines."""
    import optuna

    optuna.logging.set_verbosity(optuna.logging.ERROR)
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    warnings.filterwarnings("ignore", category=FutureWarning, module="optuna")


def open_storage(url: str) -> Any:
    """The RDB storage at ``url``, with heartbeats and retries of stale trials."""
    import optuna
    from optuna.storages import RDBStorage, RetryHeartbeatStaleTrialCallback

    quiet_optuna()
    if url.startswith("sqlite") and (url.rstrip("/") in ("sqlite:", "sqlite:///:memory:")
                                     or "mode=memory" in url):
        raise StudyError(f"--storage {_safe(url)}: an in-memory SQLite database lasts for one "
                         "connection only, so the study could not be kept or shared; give a "
                         "file, e.g. sqlite:///search.db (or leave --storage out).")
    if url.startswith("sqlite:///"):
        folder = Path(url[len("sqlite:///"):]).parent
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"timeout": SQLITE_TIMEOUT_S}
    try:
        storage = RDBStorage(url, engine_kwargs=kwargs, heartbeat_interval=HEARTBEAT_S,
                             grace_period=GRACE_S,
                             heartbeat_stale_trial_callback=RetryHeartbeatStaleTrialCallback())
        if url.startswith("sqlite"):
            _fast_sqlite(storage.engine)
        return storage
    except ImportError as e:
        raise StudyError(msg.STORAGE_DATABASE_DRIVER_INSTALLED(safe=_safe(url),
                                                               reason=e.name or e)) from None
    except (optuna.exceptions.StorageInternalError, ValueError, OSError) as e:
        raise StudyError(msg.STORAGE_OPEN_STORAGE_URL(safe=_safe(url), first_line=_first_line(e))) from None
    except Exception as e:  # noqa: BLE001 - sqlalchemy's URL and connection errors
        raise StudyError(msg.STORAGE_OPEN_STORAGE_CHECK(safe=_safe(url),
                                                        first_line=_first_line(e))) from None


def _fast_sqlite(engine: Any) -> None:
    """Write-ahead logging: a commit is one sync of the log instead of several of the file,
    and readers (the other workers, the app) do not block the writer. A crash can lose the
    last commits, never the file; a lost trial is run again."""
    from sqlalchemy import event

    def on_connect(connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    event.listen(engine, "connect", on_connect)
    engine.dispose()  # connections made before the listener get the settings too


def study_names(storage: Any) -> list[str]:
    """The netstudio studies in ``storage``, oldest first."""
    import optuna

    summaries = optuna.get_all_study_summaries(storage, include_best_trial=False)
    return [s.study_name for s in sorted(summaries, key=lambda s: s._study_id)
            if ATTR in s.user_attrs]


def new_study_name(storage: Any, stem: str) -> str:
    """``<stem>-1``, ``<stem>-2``...: the first name not taken in ``storage``."""
    import optuna

    taken = set(optuna.get_all_study_names(storage))
    base = re.sub(r"[^\w.-]+", "_", stem) or "search"
    k = 1
    while f"{base}-{k}" in taken:
        k += 1
    return f"{base}-{k}"


def describe(spec: SearchSpec) -> dict[str, Any]:
    """What a study records about its search (its user attribute ATTR)."""
    return {"space_key": spec.space_key(), "trials": spec.planned_trials(),
            "sampler": spec.sampler, "metric": spec.metric, "seed": spec.seed,
            "epochs_per_trial": spec.epochs_per_trial, "subset": spec.subset}


def open_study(storage: Any, name: str, spec: SearchSpec, *, create: bool, sampler: Any = None,
               pruner: Any = None, trained: dict[str, Any] | None = None) -> Any:
    """The study ``name`` for ``spec``: created when ``create`` and missing; an existing one
    must search the same space with the same metric (StudyError otherwise). Its planned
    number of trials becomes ``spec``'s. ``trained`` (tune.trained.trained_settings; given
    when trials are to run): how this process trains them; the study keeps the first and
    refuses others (StudySettingsChanged)."""
    import optuna

    exists = name in optuna.get_all_study_names(storage)
    if not exists and not create:
        raise StudyError(msg.THERE_STUDY_STORAGE(name=name))
    study = optuna.create_study(study_name=name, storage=storage, sampler=sampler,
                                pruner=pruner, direction=spec.direction,  # type: ignore[arg-type]
                                load_if_exists=True)
    recorded = study.user_attrs.get(ATTR)
    if recorded is None and exists:
        raise StudyError(msg.STUDY_MADE_NETSTUDIO_ANOTHER(name=name))
    if recorded is not None and recorded.get("space_key") != spec.space_key():
        raise StudyError(msg.STUDY_SEARCHES_ANOTHER_SPACE(name=name))
    if trained is not None:
        stored = fixed.recorded(study.user_attrs, recorded) if exists else None
        if stored:
            _check_same(name, stored, trained)
        if fixed.TRAINED not in study.user_attrs:
            study.set_user_attr(fixed.TRAINED, trained)
    if recorded != describe(spec):
        study.set_user_attr(ATTR, describe(spec))
    return study


def _check_same(name: str, stored: dict[str, Any], given: dict[str, Any]) -> None:
    found = fixed.differences(stored, given)
    if not found:
        return
    shown = "; ".join(f"{key}: {fixed.show(a)} in the study, {fixed.show(b)} now"
                      if key != "network" else "the network changed since the study started"
                      for key, a, b in found[:6])
    if len(found) > 6:
        shown += f"; and {len(found) - 6} more"
    raise StudySettingsChanged(msg.STUDY_TRAINED_OTHERWISE(name=name, changes=shown), name,
                               shown)


def make_sampler(spec: SearchSpec, seed: int | None) -> Any:
    from optuna.samplers import GridSampler, RandomSampler, TPESampler

    if spec.sampler == "grid":
        grid = {d.path: list(d.grid() or ()) for d in spec.dimensions}
        return GridSampler(grid, seed=seed)
    if spec.sampler == "random":
        return RandomSampler(seed=seed)
    # a quarter of the trials explore at random before TPE models the results (optuna's
    # default of 10 would leave a 20-trial search half random)
    startup = max(2, min(10, spec.planned_trials() // 4))
    return TPESampler(seed=seed, n_startup_trials=startup)


def make_pruner(spec: SearchSpec) -> Any:
    from optuna.pruners import HyperbandPruner, MedianPruner, NopPruner

    if spec.pruner == "median":
        # compare with the median of finished trials once a few have finished
        startup = max(1, min(5, spec.planned_trials() // 5))
        return MedianPruner(n_startup_trials=startup, n_warmup_steps=0)
    if spec.pruner == "hyperband":
        return HyperbandPruner(min_resource=1, max_resource=max(1, spec.epochs_per_trial),
                               reduction_factor=3)
    return NopPruner()


def _safe(url: str) -> str:
    """The URL without its password."""
    return re.sub(r"://([^:/@]+):[^@/]*@", r"://\1:***@", url)


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0][:200] if text else type(e).__name__
