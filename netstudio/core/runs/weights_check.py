"""Does a run's model.pt still fit its network snapshot? Cheap enough for every listing.

The weights checked are the ones opening the run would load: ``model.pt``, or for a run that
has none (interrupted, failed or diverged before it wrote one) the ``"model"`` of its
``checkpoint.pt``. A run still being recorded is not checked (its checkpoint changes while it
trains).

When a run ends, run.json records a fingerprint of the two files that must agree: the size and
modification time of ``model.pt`` and of ``project.nsproj.json`` (``"weights_fingerprint"``;
``"checkpoint_pt"`` instead of ``"model_pt"`` for a run with only a checkpoint, written at its
first listing since nobody finishes an interrupted run).
netstudio never rewrites either afterwards (copies keep both: hard links or ``copy2``), so a
listing only compares two ``stat`` calls with the record. Only a run whose files changed since
(hand-edited, truncated, replaced by another network's weights) or that has no fingerprint
(recorded by an older netstudio) gets the full check: the weights file's tensor names and
shapes, read lazily (``load_tensors(lazily=True)``: memory-mapped, no tensor data read), against the shapes of
the snapshot's network built on the meta device (no memory for its weights). A run that passes
gets its fingerprint written (when its folder is writable), so each run is checked in full at
most once; the verdict on one that fails is kept for this process.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from netstudio.core.runs import messages as msg
from netstudio.core.runs.folder import Run
from netstudio.core.runs.record import RunError
from netstudio.core.text import message_of

FINGERPRINT = "weights_fingerprint"  # run.json key
_VERDICTS: dict[tuple[str, Any], str | None] = {}  # (run folder, stamp) -> problem


def weights_file(run: Run) -> Path | None:
    """The file opening the run loads its weights from (Run.state_dict "auto"): model.pt,
    else checkpoint.pt; None when it has neither."""
    for path in (run.model_file, run.checkpoint_file):
        if path.is_file():
            return path
    return None


def fingerprint(run: Run) -> dict[str, list[int]] | None:
    """``{"model_pt": [bytes, mtime_ns], "snapshot": [...]}`` as the files are now
    (``"checkpoint_pt"`` for a run without model.pt); None when the run has no weights."""
    path = weights_file(run)
    if path is None:
        return None
    try:
        weights, snapshot = os.stat(path), os.stat(run.project_file)
    except OSError:
        return None
    return {path.name.replace(".", "_"): [weights.st_size, weights.st_mtime_ns],
            "snapshot": [snapshot.st_size, snapshot.st_mtime_ns]}


def weights_problem(run: Run) -> str | None:
    """Why the run's weights (model.pt, else its checkpoint's) cannot be loaded into its
    network (a sentence naming the folder and the first difference), or None: they fit, the
    run has no weights yet, or it is still being recorded."""
    if run.record.status == "running" and run.live:
        return None  # its checkpoint is being replaced as it trains
    stamp = fingerprint(run)
    if stamp is None or stamp == run.record.extra.get(FINGERPRINT):
        return None
    key = (str(run.path), repr(stamp))
    if key in _VERDICTS:
        return _VERDICTS[key]
    problem = _full_check(run, weights_file(run) or run.model_file)
    _VERDICTS[key] = problem
    if problem is None and not run.live:
        # remember it: the next listing needs only the two stat calls (a read-only store:
        # checked again next time)
        with contextlib.suppress(RunError, OSError):
            run.update(**{FINGERPRINT: stamp})
    return problem


def _full_check(run: Run, path: Path) -> str | None:
    import torch

    from netstudio.core.compiler import CompileError, compile_project
    from netstudio.core.files import ReadError
    from netstudio.core.untrusted import load_tensors

    try:
        state = load_tensors(path, lazily=True)
    except ReadError as e:
        return message_of(e)
    except Exception as e:  # noqa: BLE001 - truncated, not torch, or holds objects
        return msg.READ_PYTORCH_WEIGHTS_FILE(path=path, error=type(e).__name__)
    if path != run.model_file and isinstance(state, dict) and isinstance(state.get("model"),
                                                                        dict):
        state = state["model"]  # checkpoint.pt: the network's weights are one of its keys
    if not isinstance(state, dict):
        return msg.HOLDS_STATE_DICT(path=path)
    try:
        project = run.project()
        try:
            with torch.device("meta"):  # shapes only: no memory for the weights
                wanted = compile_project(project).state_dict()
        except (RunError, CompileError):
            raise
        except Exception:  # noqa: BLE001 - a layer that cannot be made on meta: on the CPU
            wanted = compile_project(project).state_dict()
    except (RunError, CompileError) as e:
        return msg.RUN_NETWORK_BUILT(path=run.path, error=message_of(e))
    detail = _difference({k: tuple(v.shape) for k, v in wanted.items()},
                         {k: tuple(getattr(v, "shape", ())) for k, v in state.items()},
                         path.name)
    if detail is None:
        return None
    return msg.WEIGHTS_BELONG_ANOTHER_NETWORK(path=run.path, detail=detail)


def _difference(wanted: dict[str, tuple[int, ...]], found: dict[str, tuple[int, ...]],
                file: str = "model.pt") -> str | None:
    """The first way ``found`` (the file) differs from ``wanted`` (the network), in words."""
    missing = [k for k in wanted if k not in found]
    extra = [k for k in found if k not in wanted]
    if missing:
        return f"{file} has no {missing[0]}" + (f" (and {len(missing) - 1} more missing)"
                                                 if len(missing) > 1 else "")
    if extra:
        return f"{file} has {extra[0]}, which the network does not" + (
            f" (and {len(extra) - 1} more)" if len(extra) > 1 else "")
    for k, shape in wanted.items():
        if found[k] != shape:
            return (f"{k} is {list(found[k])} in {file} but {list(shape)} in the network")
    return None
