"""The processes working on one study from this machine, and the trials they left behind.

Each worker holds a slot lock, ``<store>/.search/<study>/worker-<i>.lock``, for its whole
life and writes its token next to it (``worker-<i>.id``); every trial it starts records
the host, the slot and the token. A trial still RUNNING whose slot is free, or taken by
another token, lost its process (killed, crashed, power cut): ``reap`` fails it and queues
the same values again, at once, instead of waiting for the heartbeat's grace period. The
slot number also tells workers apart for their samplers' seeds. Trials started on other
machines are left to the heartbeat (netstudio.core.tune.storage).

``claim`` is the lock workers on this machine take to decide "one more trial?" and to ask
for it, so they never start more trials than planned.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import socket
import uuid
from pathlib import Path
from typing import Any

from netstudio.core.runs import files

SEARCH_DIR = ".search"  # inside the run store; starts with "." so it is never a run
MAX_SLOTS = 256


def study_dir(store_path: str | Path, study_name: str) -> Path:
    safe = re.sub(r"[^\w.-]+", "_", study_name)[:100] or "study"
    if safe != study_name:  # "my study" and "my_study" are two studies: two folders
        safe += "-" + hashlib.sha1(study_name.encode("utf-8", "replace")).hexdigest()[:8]
    return Path(store_path) / SEARCH_DIR / safe


class WorkerSlot:
    """This process's place among the study's workers on this machine."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.host = socket.gethostname()
        self.token = uuid.uuid4().hex
        self.index = -1
        self._lock: Any = None

    def acquire(self) -> WorkerSlot:
        self.folder.mkdir(parents=True, exist_ok=True)
        for i in range(MAX_SLOTS):
            lock = files.lock(self.folder / f"worker-{i}.lock", timeout=0)
            try:
                lock.acquire(timeout=0)
            except files.Timeout:
                continue
            self.index, self._lock = i, lock
            files.atomic_write(self.folder / f"worker-{i}.id", self.token)
            return self
        raise OSError(f"{self.folder}: more than {MAX_SLOTS} workers on one study")

    def release(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def attrs(self) -> dict[str, Any]:
        """What a trial records about the worker running it."""
        return {"host": self.host, "slot": self.index, "token": self.token,
                "folder": str(self.folder)}

    def claim(self) -> Any:
        """The lock held while deciding on and asking for the next trial."""
        return files.lock(self.folder / "claim.lock")


def alive(worker: dict[str, Any], here: WorkerSlot) -> bool | None:
    """Whether the worker a trial records still runs: True/False when it ran on this machine
    for this store, None when this process cannot tell (another machine)."""
    if worker.get("host") != here.host or worker.get("folder") != str(here.folder):
        return None
    if worker.get("token") == here.token:
        return True
    slot = worker.get("slot")
    if not isinstance(slot, int):
        return None
    if not files.is_held(here.folder / f"worker-{slot}.lock"):
        return False
    with contextlib.suppress(OSError):  # the slot was taken again by a new worker
        return (here.folder / f"worker-{slot}.id").read_text() == worker.get("token")
    return True


def reap(study: Any, here: WorkerSlot) -> list[int]:
    """Fail the RUNNING trials whose local worker is gone and queue their values again;
    returns their numbers. Safe when several processes reap at once: only the one whose
    state change succeeds queues the retry."""
    import optuna
    from optuna.trial import TrialState

    storage = study._storage  # optuna's own fail_stale_trials works on it the same way
    reaped = []
    for trial in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        worker = trial.user_attrs.get("worker")
        if not isinstance(worker, dict) or alive(worker, here) is not False:
            continue
        try:
            if not storage.set_trial_state_values(trial._trial_id, state=TrialState.FAIL):
                continue
        except optuna.exceptions.UpdateFinishedTrialError:
            continue  # another process got there first
        retry(study, storage.get_trial(trial._trial_id))
        reaped.append(trial.number)
    return reaped


def retry(study: Any, failed: Any) -> None:
    """Queue ``failed``'s values as a new trial (it keeps the grid point and the history of
    retries, so the failed one is not counted)."""
    from optuna.storages import RetryHeartbeatStaleTrialCallback

    RetryHeartbeatStaleTrialCallback()(study, failed)
