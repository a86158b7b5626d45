"""A sensible starting range for a value a learner wants to search ("Search this..." in the
app): around its current value, within what the setting or parameter accepts.

    suggest_entry(project, "training.lr")             # {"type": "float", "low": 0.0001,
                                                       #  "high": 0.01, "log": True}
    suggest_entry(project, "nodes.conv1.out_channels") # {"type": "int", "low": 8, "high": 64,
                                                       #  "step": 8}
    suggest_entry(project, "nodes.flat.start_dim")     # None: not something to search
"""

from __future__ import annotations

from typing import Any

from netstudio.core.layers.registry import get_layer
from netstudio.core.tune.space import FIXED_TRAINING, find_node, split_path

# Training settings: a range that makes sense whatever the current value is.
TRAINING_RANGES: dict[str, dict[str, Any]] = {
    "momentum": {"type": "float", "low": 0.0, "high": 0.99},
    "weight_decay": {"type": "float", "low": 1e-6, "high": 1e-2, "log": True},
    "l1": {"type": "float", "low": 1e-6, "high": 1e-3, "log": True},
    "grad_clip": {"type": "float", "low": 0.1, "high": 10.0, "log": True},
    "nesterov": {"type": "categorical", "choices": [False, True]},
    "amp": {"type": "categorical", "choices": [False, True]},
}
DATA_RANGES: dict[str, dict[str, Any]] = {
    "augment": {"type": "categorical", "choices": [False, True]},
    "normalize": {"type": "categorical", "choices": ["standardize", "unit"]},
}


def suggest_entry(project: Any, path: str) -> dict[str, Any] | None:
    """The search.space entry to start from for ``path``; None when it cannot be searched."""
    from netstudio.core.tune.section import searchable_training

    section, _where, key = split_path(path)
    if section == "training":
        if key in FIXED_TRAINING or key not in searchable_training():
            return None
        return _training(project, key)
    if section == "data":
        entry = DATA_RANGES.get(key)
        return dict(entry) if entry else None
    if section in ("nodes", "blocks"):
        found = find_node(project, path)
        spec = get_layer(found[1].type) if found is not None else None
        param = spec.param(key) if spec is not None else None
        if found is None or param is None or param.inferred:
            return None
        value = found[1].params.get(key, param.default)
        return _param(param, value)
    return None


def _training(project: Any, key: str) -> dict[str, Any] | None:
    from netstudio.core.settings.training import LOSSES, OPTIMIZERS, SCHEDULES, TrainConfig

    training = project.training if isinstance(project.training, dict) else {}
    value = training.get(key, getattr(TrainConfig(), key, None))
    if key == "lr":
        lr = value if _number(value) and value > 0 else 0.001
        return {"type": "float", "low": _nice(lr / 10), "high": _nice(lr * 10), "log": True}
    if key == "batch_size":
        size = value if isinstance(value, int) and value > 0 else 64
        return {"type": "categorical", "choices": sorted({max(1, size // 2), size, size * 2})}
    if key == "optimizer":
        return {"type": "categorical", "choices": _current_first(list(OPTIMIZERS), value)}
    if key == "schedule":
        return {"type": "categorical", "choices": [None, *SCHEDULES]}
    if key == "loss":
        task = training.get("task", "classification")
        losses = (["CrossEntropyLoss", "NLLLoss"] if task == "classification"
                  else [x for x in LOSSES if x not in ("CrossEntropyLoss", "NLLLoss")])
        return {"type": "categorical", "choices": _current_first(losses, value)}
    entry = TRAINING_RANGES.get(key)
    return dict(entry) if entry else None


def _param(param: Any, value: Any) -> dict[str, Any] | None:
    low_bound = param.min if param.min is not None else None
    high_bound = param.max if param.max is not None else None
    if param.kind == "bool":
        return {"type": "categorical", "choices": [False, True]}
    if param.kind == "choice":
        return {"type": "categorical", "choices": list(param.choices)} if param.choices else None
    if param.kind == "float":
        v = float(value) if _number(value) else 0.0
        if high_bound is not None and high_bound <= 1 and (low_bound or 0) >= 0:
            # a share (dropout p, a momentum): from nothing to a generous value
            high = 0.5 if v <= 0.3 else min(high_bound * 0.9, v + 0.2)
            return {"type": "float", "low": float(low_bound or 0.0), "high": _nice(high)}
        if v > 0:
            low, high = _clip(_nice(v / 10), low_bound, high_bound), _clip(
                _nice(v * 10), low_bound, high_bound)
            return {"type": "float", "low": low, "high": high, "log": low > 0}
        return {"type": "float", "low": float(low_bound if low_bound is not None else 0.0),
                "high": float(high_bound if high_bound is not None else 1.0)}
    if param.kind in ("int", "int_or_pair"):
        if not (isinstance(value, int) and not isinstance(value, bool)):
            return None  # a pair or "same": not a single number to vary
        least = int(low_bound) if low_bound is not None else 1
        if param.kind == "int_or_pair" or value < 8:
            # kernel sizes, strides: a few values around this one
            near = {max(least, value - 2), value, value + 2}
            if high_bound is not None:
                near = {v for v in near if v <= high_bound}
            return {"type": "categorical", "choices": sorted(near)}
        step = 8 if value % 8 == 0 else None
        low = max(least, (value // 4 // step) * step if step else value // 4)
        high = value * 2 if high_bound is None else min(int(high_bound), value * 2)
        entry: dict[str, Any] = {"type": "int", "low": max(low, least), "high": high}
        if step and low % step == 0:
            entry["step"] = step
        return entry
    return None


def _current_first(choices: list[Any], current: Any) -> list[Any]:
    return ([current] + [c for c in choices if c != current]) if current in choices else choices


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and v == v


def _nice(x: float) -> float:
    """``x`` to 2 significant digits (0.0001, 0.01, 0.45)."""
    return float(f"{x:.2g}")


def _clip(x: float, low: float | None, high: float | None) -> float:
    if low is not None:
        x = max(x, float(low))
    if high is not None:
        x = min(x, float(high))
    return x
