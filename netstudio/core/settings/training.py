"""TrainConfig: the project's ``training`` section, checked, with defaults filled in.

Every problem is a ConfigError whose message names the key (``training.lr``) and what to write.
Unknown keys are ignored here (the project loader keeps and reports them).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

TASKS = ("classification", "reconstruction")
LOSSES = ("CrossEntropyLoss", "NLLLoss", "MSELoss", "L1Loss", "BCEWithLogitsLoss", "BCELoss")
OPTIMIZERS = ("SGD", "Adam", "AdamW", "RMSprop")
SCHEDULES = ("step", "cosine", "onecycle", "plateau")
DEVICES = ("auto", "cpu", "cuda")
MAX_BATCH = 2**31 - 1  # torch indexes with 32-bit sizes in places; far beyond any memory
MAX_SEED = 2**32 - 1  # torch seeds are 64-bit and the trainer derives per-epoch seeds from it


class ConfigError(ValueError):
    """A training setting that cannot be used; the message names the key and the fix."""


@dataclass(frozen=True)
class TrainConfig:
    task: str = "classification"
    loss: str = "CrossEntropyLoss"
    optimizer: str = "Adam"
    lr: float = 0.001
    batch_size: int = 64
    epochs: int = 3
    seed: int = 0
    momentum: float = 0.0          # SGD and RMSprop
    nesterov: bool = False         # SGD (needs momentum > 0)
    weight_decay: float = 0.0      # L2, through the optimizer (decoupled for AdamW)
    l1: float = 0.0                # factor of the sum of absolute weights added to the loss
    grad_clip: float | None = None  # max gradient norm
    early_stopping: dict[str, Any] | None = None  # {"patience": N, "min_delta": 0.0}
    schedule: dict[str, Any] | None = None        # {"type": "step"|"cosine"|"onecycle"|"plateau"}
    device: str = "auto"
    amp: bool = False              # mixed precision (bfloat16 autocast) on a GPU
    eval_batch_size: int = 1000
    report_hz: float = 20.0        # BatchEnd events per second, at most
    restore_best: bool = True      # with early stopping: keep the best epoch's weights
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not use

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("extra")
        return d


_KNOWN = set(TrainConfig.__dataclass_fields__) - {"extra"}


def _num(raw: dict[str, Any], key: str, default: float, *, minimum: float = 0.0,
         positive: bool = False) -> float:
    v = raw.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ConfigError(f"training.{key} must be a number, got {_short(v)}.")
    if not _finite(v):
        raise ConfigError(f"training.{key} must be a finite number of sensible size, got "
                          f"{_short(v)}.")
    if positive and v <= 0:
        raise ConfigError(f"training.{key} must be greater than 0, got {v!r}.")
    if v < minimum:
        raise ConfigError(f"training.{key} must be at least {minimum}, got {v!r}.")
    return float(v)


def _finite(v: float) -> bool:
    try:  # a JSON integer may have hundreds of digits: too large for a float
        return math.isfinite(float(v))
    except OverflowError:
        return False


def _short(v: Any) -> str:
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."


def _int(raw: dict[str, Any], key: str, default: int, minimum: int = 1,
         maximum: int | None = None) -> int:
    v = raw.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int) or v < minimum or (
            maximum is not None and v > maximum):
        most = f" and <= {maximum}" if maximum is not None else ""
        raise ConfigError(
            f"training.{key} must be a whole number >= {minimum}{most}, got {_short(v)}.")
    return v


def _choice(raw: dict[str, Any], key: str, default: str, choices: tuple[str, ...]) -> str:
    v = raw.get(key, default)
    if v not in choices:
        raise ConfigError(f"training.{key} is {v!r}; use one of: {', '.join(choices)}.")
    return str(v)


def parse_config(raw: dict[str, Any] | None = None, **overrides: Any) -> TrainConfig:
    """Check a ``training`` dict (plus overrides such as epochs=1) and fill in defaults."""
    raw = dict(raw or {})
    raw.update({k: v for k, v in overrides.items() if v is not None})
    task = _choice(raw, "task", "classification", TASKS)
    loss = _choice(raw, "loss",
                   "CrossEntropyLoss" if task == "classification" else "MSELoss", LOSSES)
    if task == "reconstruction" and loss in ("CrossEntropyLoss", "NLLLoss"):
        raise ConfigError(
            f"training.loss {loss} compares class scores with labels, but a reconstruction "
            "task has no labels: use MSELoss, L1Loss or BCEWithLogitsLoss.")
    momentum = _num(raw, "momentum", 0.0)
    nesterov = raw.get("nesterov", False)
    if not isinstance(nesterov, bool):
        raise ConfigError(f"training.nesterov must be true or false, got {nesterov!r}.")
    if nesterov and momentum <= 0:
        raise ConfigError("training.nesterov needs training.momentum > 0 (e.g. 0.9).")
    grad_clip = raw.get("grad_clip")
    if grad_clip is not None:
        grad_clip = _num(raw, "grad_clip", 0.0, positive=True)
    early = raw.get("early_stopping")
    if early is not None:
        if not isinstance(early, dict):
            raise ConfigError('training.early_stopping must be an object like {"patience": 3}.')
        early = {"patience": _int(early, "patience", 3, minimum=1),
                 "min_delta": _num(early, "min_delta", 0.0)}
    schedule = raw.get("schedule")
    if schedule is not None:
        if isinstance(schedule, str):
            schedule = {"type": schedule}
        if not isinstance(schedule, dict) or schedule.get("type") not in SCHEDULES:
            raise ConfigError(
                "training.schedule must be an object whose \"type\" is one of: "
                f"{', '.join(SCHEDULES)} (got {schedule!r}).")
        schedule = _check_schedule(dict(schedule))
    for key in ("amp", "restore_best"):
        if not isinstance(raw.get(key, False), bool):
            raise ConfigError(f"training.{key} must be true or false, got {raw[key]!r}.")
    return TrainConfig(
        task=task, loss=loss,
        optimizer=_choice(raw, "optimizer", "Adam", OPTIMIZERS),
        lr=_num(raw, "lr", 0.001, positive=True),
        batch_size=_int(raw, "batch_size", 64, maximum=MAX_BATCH),
        epochs=_int(raw, "epochs", 3, maximum=MAX_BATCH),
        seed=_int(raw, "seed", 0, minimum=0, maximum=MAX_SEED),
        momentum=momentum, nesterov=nesterov,
        weight_decay=_num(raw, "weight_decay", 0.0),
        l1=_num(raw, "l1", 0.0),
        grad_clip=grad_clip, early_stopping=early, schedule=schedule,
        device=_choice(raw, "device", "auto", DEVICES),
        amp=bool(raw.get("amp", False)),
        eval_batch_size=_int(raw, "eval_batch_size", 1000, maximum=MAX_BATCH),
        report_hz=_num(raw, "report_hz", 20.0, positive=True),
        restore_best=bool(raw.get("restore_best", True)),
        extra={k: v for k, v in raw.items() if k not in _KNOWN},
    )


# schedule type -> key -> (whole number?, lowest allowed, lowest is allowed?, highest or None,
# highest is allowed?); the ranges torch's schedulers accept.
SCHEDULE_KEYS: dict[str, dict[str, tuple[bool, float, bool, float | None, bool]]] = {
    "step": {"step_size": (True, 1, True, None, False), "gamma": (False, 0, False, None, False)},
    "cosine": {"eta_min": (False, 0, True, None, False)},
    "onecycle": {"max_lr": (False, 0, False, None, False),
                 "pct_start": (False, 0, False, 1, False)},
    "plateau": {"factor": (False, 0, False, 1, False), "patience": (True, 0, True, None, False)},
}


def _check_schedule(spec: dict[str, Any]) -> dict[str, Any]:
    """Every value of training.schedule, checked before the run (torch would fail mid-run)."""
    kind = spec["type"]
    for key, (whole, low, low_ok, high, high_ok) in SCHEDULE_KEYS[kind].items():
        if key not in spec:
            continue
        v = spec[key]
        kind_ok = isinstance(v, int) if whole else isinstance(v, int | float) and _finite(v)
        in_range = kind_ok and not isinstance(v, bool) and (v >= low if low_ok else v > low) and (
            high is None or (v <= high if high_ok else v < high))
        if not in_range:
            what = "a whole number" if whole else "a number"
            lo = f">= {low:g}" if low_ok else f"> {low:g}"
            hi = "" if high is None else f" and {'<=' if high_ok else '<'} {high:g}"
            raise ConfigError(f"training.schedule.{key} ({kind} schedule) must be {what} "
                              f"{lo}{hi}, got {_short(v)}.")
    return spec


def schedule_unknown_keys(spec: Any) -> list[str]:
    """Keys of a training.schedule object that its type does not use (typos, usually)."""
    if not isinstance(spec, dict) or spec.get("type") not in SCHEDULE_KEYS:
        return []
    return [k for k in spec if k != "type" and k not in SCHEDULE_KEYS[spec["type"]]]
