"""How a study's trials are trained, fixed when the study is made.

Trials are only comparable when each trained the same way apart from the searched values:
the same epochs per trial, the same subset of the data, the same network, data and training
settings. A study records these on its first run (its user attribute TRAINED); a process that
resumes or joins it with other ones is refused (storage.open_study raises
StudySettingsChanged naming the stored and the given values), by the command line and the
Tune tab alike.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from netstudio.core.tune.space import SearchSpec, apply_params

TRAINED = "netstudio_trained"  # the study's user attribute
# run settings the command line may override; a study made before TRAINED existed recorded
# these two in its description (storage.describe), so they are checked for old studies too
RUN_KEYS = ("epochs_per_trial", "subset")


def trained_settings(spec: SearchSpec, project: Any) -> dict[str, Any]:
    """What fixes how a trial trains: the run settings, and the project's data and training
    sections and network without the searched values (they change from trial to trial),
    without layout (card positions) and without training.epochs (epochs_per_trial wins)."""
    base = apply_params(project, {path: None for path in spec.paths}).to_dict()
    training = dict(base.get("training") or {})
    training.pop("epochs", None)
    network = {"graph": _layout_free(base.get("graph")),
               "blocks": {k: _layout_free(g) for k, g in (base.get("blocks") or {}).items()}}
    text = json.dumps(network, sort_keys=True, ensure_ascii=True, default=str)
    return {"epochs_per_trial": spec.epochs_per_trial, "subset": spec.subset,
            "data": dict(base.get("data") or {}), "training": training,
            "network": hashlib.sha256(text.encode()).hexdigest()[:16]}


def recorded(attrs: dict[str, Any], description: Any) -> dict[str, Any] | None:
    """What the study fixed: its TRAINED attribute, or for a study made before it existed,
    the run settings its description holds. None: nothing recorded yet."""
    stored = attrs.get(TRAINED)
    if isinstance(stored, dict):
        return stored
    if isinstance(description, dict):
        return {k: description[k] for k in RUN_KEYS if k in description}
    return None


def differences(stored: dict[str, Any], given: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(setting, stored value, given value) for each setting that differs; a setting the
    study did not record (an older study) is not compared."""
    out: list[tuple[str, Any, Any]] = []
    for key in RUN_KEYS:
        if key in stored and stored[key] != given.get(key):
            out.append((key, stored[key], given.get(key)))
    for section in ("data", "training"):
        old, new = stored.get(section), given.get(section) or {}
        if not isinstance(old, dict):
            continue
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                out.append((f"{section}.{key}", old.get(key), new.get(key)))
    if "network" in stored and stored["network"] != given.get("network"):
        out.append(("network", "as when the study started", "changed"))
    return out


def _layout_free(graph: Any) -> Any:
    if not isinstance(graph, dict):
        return graph
    nodes = [{k: v for k, v in n.items() if k in ("id", "type", "params")}
             if isinstance(n, dict) else n for n in graph.get("nodes") or []]
    return {"nodes": nodes, "edges": graph.get("edges") or []}


def show(value: Any) -> str:
    return "unset" if value is None else json.dumps(value, default=str)
