"""What a search varies: dimensions (a path and its range or choices) and the search settings.

A path names one value of the project: ``training.<setting>`` (lr, batch_size, optimizer,
...), ``data.augment`` / ``data.normalize``, or ``nodes.<node id>.<parameter>``. A point of
the space (``{"training.lr": 0.003, "nodes.drop.p": 0.2}``) becomes a project with
``apply_params``. Plain Python: no optuna, no torch (the checker imports this module).
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SAMPLERS = ("grid", "random", "tpe")
PRUNERS = ("none", "median", "hyperband")
DIRECTIONS = ("maximize", "minimize")
# metric -> the direction that improves it; all are read from each epoch's history
METRICS = {"val_accuracy": "maximize", "val_loss": "minimize",
           "train_accuracy": "maximize", "train_loss": "minimize"}
KINDS = ("float", "int", "categorical")
MAX_GRID = 10_000  # points of a grid search (its sampler lists them all)
# Settings a search may not vary, with why (a learner reads it in the diagnostic).
FIXED_TRAINING = {"task": "it decides what the network learns",
                  "epochs": "set search.epochs_per_trial instead",
                  "seed": "it stays fixed so that trials compare fairly",
                  "device": "it does not change what is learned",
                  "eval_batch_size": "it does not change what is learned",
                  "report_hz": "it does not change what is learned",
                  "restore_best": "it does not change how the network trains",
                  "early_stopping": "the pruner already stops hopeless trials"}
SEARCHABLE_DATA = ("augment", "normalize")
DEFAULTS: dict[str, Any] = {"sampler": "tpe", "trials": 20, "timeout_s": None, "seed": 0,
                            "metric": "val_accuracy", "direction": None, "pruner": "median",
                            "epochs_per_trial": None, "subset": None}


@dataclass(frozen=True)
class Dimension:
    """One searched value: ``kind`` "float" | "int" (low..high, optional step, log scale) or
    "categorical" (choices)."""

    path: str
    kind: str
    low: float | int | None = None
    high: float | int | None = None
    step: float | int | None = None
    log: bool = False
    choices: tuple[Any, ...] = ()

    def corners(self) -> tuple[Any, ...]:
        """The values that bound the space: low and high, or every choice."""
        if self.kind == "categorical":
            return self.choices
        return (self.low,) if self.low == self.high else (self.low, self.high)

    def grid_count(self) -> int | None:
        """How many values a grid search tries (None: a continuous range, no step)."""
        if self.kind == "categorical":
            return len(self.choices)
        low, high = float(self.low or 0), float(self.high or 0)
        if self.kind == "int":
            return (int(high) - int(low)) // int(self.step or 1) + 1
        if self.step is None:
            return None
        return int(math.floor((high - low) / float(self.step) + 1e-9)) + 1

    def grid(self) -> tuple[Any, ...] | None:
        """Every value a grid search tries; None for a continuous range (no step) or one of
        more than MAX_GRID values."""
        count = self.grid_count()
        if count is None or count > MAX_GRID:
            return None
        if self.kind == "categorical":
            return self.choices
        low = float(self.low or 0)
        if self.kind == "int":
            return tuple(range(int(low), int(self.high or 0) + 1, int(self.step or 1)))
        return tuple(_round(low + k * float(self.step or 0)) for k in range(count))

    def to_dict(self) -> dict[str, Any]:
        """The entry as the project file writes it."""
        if self.kind == "categorical":
            return {"type": "categorical", "choices": list(self.choices)}
        d: dict[str, Any] = {"type": self.kind, "low": self.low, "high": self.high}
        if self.step is not None:
            d["step"] = self.step
        if self.log:
            d["log"] = True
        return d

    def distribution(self) -> Any:
        """The optuna distribution (imports optuna)."""
        from optuna.distributions import (
            CategoricalDistribution,
            FloatDistribution,
            IntDistribution,
        )

        if self.kind == "categorical":
            return CategoricalDistribution(list(self.choices))
        if self.kind == "int":
            return IntDistribution(int(self.low), int(self.high), log=self.log,  # type: ignore[arg-type]
                                   step=int(self.step or 1))
        return FloatDistribution(float(self.low), float(self.high), log=self.log,  # type: ignore[arg-type]
                                 step=None if self.step is None else float(self.step))


@dataclass(frozen=True)
class SearchSpec:
    """The checked ``search`` section, defaults filled in."""

    dimensions: tuple[Dimension, ...]
    sampler: str = "tpe"
    trials: int = 20
    timeout_s: float | None = None
    seed: int | None = 0
    metric: str = "val_accuracy"
    direction: str = "maximize"
    pruner: str = "median"
    epochs_per_trial: int = 1
    subset: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(d.path for d in self.dimensions)

    def grid_size(self) -> int | None:
        """How many points a grid over the space has (None: some range is continuous)."""
        size = 1
        for d in self.dimensions:
            count = d.grid_count()
            if count is None:
                return None
            size *= count
        return size

    def planned_trials(self) -> int:
        """Trials the search runs in all: ``trials``, or fewer when a grid is smaller."""
        size = self.grid_size() if self.sampler == "grid" else None
        return self.trials if size is None else min(self.trials, size)

    def space_key(self) -> str:
        """What must match for a process to join (or resume) a study: the space, the metric
        and the direction, as canonical JSON."""
        return json.dumps({"space": {d.path: d.to_dict() for d in self.dimensions},
                           "metric": self.metric, "direction": self.direction},
                          sort_keys=True)


# ---- paths ----------------------------------------------------------------------------------
def split_path(path: str) -> tuple[str, str, str]:
    """("training", "", "lr"), ("data", "", "augment"), ("nodes", "conv1", "out_channels"),
    ("blocks", "res.conv1", "out_channels") (block name and node id: see ``find_node``);
    ("", "", path) when the path names no section. Ids may hold dots: the parameter is the
    last part."""
    section, _, rest = path.partition(".")
    if section in ("training", "data") and rest:
        return section, "", rest
    if section in ("nodes", "blocks") and "." in rest:
        where, _, param = rest.rpartition(".")
        if where and param:
            return section, where, param
    return "", "", path


def find_node(project: Any, path: str) -> tuple[Any, Any] | None:
    """(graph, node) that ``nodes.<id>.<param>`` or ``blocks.<block>.<id>.<param>`` names in
    ``project`` (a layer inside a block definition: every use of the block changes)."""
    section, where, _key = split_path(path)
    if section == "nodes":
        node = project.graph.nodes.get(where)
        return (project.graph, node) if node is not None else None
    if section == "blocks":
        for name in sorted(getattr(project, "blocks", {}) or {}, key=len, reverse=True):
            if where.startswith(name + "."):
                graph = project.blocks[name]
                node = graph.nodes.get(where[len(name) + 1:])
                if node is not None:
                    return graph, node
    return None


def block_path(block: str, node_id: str, param: str) -> str:
    return f"blocks.{block}.{node_id}.{param}"


def apply_params(project: Any, params: Mapping[str, Any]) -> Any:
    """A copy of ``project`` with each path set to its value (None removes a setting), and
    without the search section: what one trial trains. The original is not changed."""
    from netstudio.core.project import Project

    raw = project.to_dict()
    raw.pop("search", None)
    copied = Project.from_dict(raw, str(getattr(project, "path", None) or "<search>"))
    copied.path = getattr(project, "path", None)
    for path, value in params.items():
        section, _where, key = split_path(path)
        if section in ("nodes", "blocks"):
            found = find_node(copied, path)
            if found is not None:
                _set(found[1].params, key, value)
        elif section in ("training", "data"):
            _set(copied.training if section == "training" else copied.data, key, value)
    return copied


def changes_of(project: Any, params: Mapping[str, Any]
               ) -> tuple[dict[str, Any], dict[str, Any], list[tuple[Any, str, dict[str, Any]]]]:
    """(new data section, new training section, [(graph, node id, new params)]) that
    ``params`` make of ``project``: what "Apply best" changes, each as a whole new value."""
    data, training = dict(project.data), dict(project.training)
    nodes: dict[tuple[int, str], tuple[Any, str, dict[str, Any]]] = {}
    for path, value in params.items():
        section, _where, key = split_path(path)
        if section in ("nodes", "blocks"):
            found = find_node(project, path)
            if found is None:
                continue
            graph, node = found
            entry = nodes.setdefault((id(graph), node.id), (graph, node.id, dict(node.params)))
            _set(entry[2], key, value)
        elif section in ("training", "data"):
            _set(training if section == "training" else data, key, value)
    return data, training, list(nodes.values())


def current_value(project: Any, path: str) -> Any:
    """The value ``path`` has in ``project`` now (None when unset or unknown)."""
    section, _where, key = split_path(path)
    if section in ("nodes", "blocks"):
        found = find_node(project, path)
        return None if found is None else found[1].params.get(key)
    if section in ("training", "data"):
        values = project.training if section == "training" else project.data
        return values.get(key) if isinstance(values, dict) else None
    return None


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        target.pop(key, None)
    else:
        target[key] = copy.deepcopy(value)


def point_text(params: Mapping[str, Any]) -> str:
    """``lr=0.003, conv1.out_channels=16``: a point as one short line."""
    return ", ".join(f"{short_name(path)}={show_value(v)}" for path, v in params.items())


def short_name(path: str) -> str:
    section, where, key = split_path(path)
    if section in ("nodes", "blocks"):
        return f"{where}.{key}"
    return key if section else path


def show_value(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    return json.dumps(v) if not isinstance(v, str) else v


def _round(x: float) -> float:
    return float(f"{x:.12g}")
