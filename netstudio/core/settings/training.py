"""TrainConfig: the project's ``training`` section, checked, with defaults filled in.

``check_training(raw)`` lists every problem as a Diagnostic (field ``training.lr``, a code,
the values); ``parse_config(raw)`` returns the TrainConfig or raises ConfigError with them.
The checker and the trainer both use these, so what ``check`` accepts, ``train`` accepts.
Unknown keys are kept in ``TrainConfig.extra`` and reported as warnings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from netstudio.core.diagnostics import Diagnostic, DiagnosticError
from netstudio.core.settings.fields import Fields, finite, is_int
from netstudio.core.text import QT_TRANSLATE_NOOP

TASKS = ("classification", "reconstruction")
LOSSES = ("CrossEntropyLoss", "NLLLoss", "MSELoss", "L1Loss", "BCEWithLogitsLoss", "BCELoss")
OPTIMIZERS = ("SGD", "Adam", "AdamW", "RMSprop")
SCHEDULES = ("step", "cosine", "onecycle", "plateau")
DEVICES = ("auto", "cpu", "cuda")
MAX_BATCH = 2**31 - 1  # torch indexes with 32-bit sizes in places; far beyond any memory
MAX_SEED = 2**32 - 1  # torch seeds are 64-bit and the trainer derives per-epoch seeds from it


class ConfigError(DiagnosticError):
    """Training settings that cannot be used; ``diagnostics`` names each key and the fix."""


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




_KNOWN = tuple(f for f in TrainConfig.__dataclass_fields__ if f != "extra")
CLASSIFICATION_LOSSES = ("CrossEntropyLoss", "NLLLoss")
CHOICE_CODES = {"task": "unknown-task", "loss": "unknown-loss", "optimizer": "unknown-optimizer"}

LOSS_TASK = QT_TRANSLATE_NOOP("Settings", "{field} {loss} compares class scores with labels, "
                              "but a reconstruction task has no labels.")
RECONSTRUCTION_LOSSES = QT_TRANSLATE_NOOP("Settings", "use MSELoss, L1Loss or BCEWithLogitsLoss")
NESTEROV = QT_TRANSLATE_NOOP("Settings", "training.nesterov needs training.momentum > 0.")
SET_MOMENTUM = QT_TRANSLATE_NOOP("Settings", "set training.momentum (e.g. 0.9) or remove "
                                 "training.nesterov")
OBJECT_LIKE = QT_TRANSLATE_NOOP("Settings", "{field} must be an object like {example}, "
                                "got {value}.")
SCHEDULE_TYPE = QT_TRANSLATE_NOOP("Settings", "{field} must be an object whose \"type\" is one "
                                  "of: {choices} (got {value}).")
SCHEDULE_RANGE = QT_TRANSLATE_NOOP("Settings", "{field} ({kind} schedule) must be {what} "
                                   "{range}, got {value}.")
A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Settings", "a whole number")
A_NUMBER = QT_TRANSLATE_NOOP("Settings", "a number")


def check_training(raw: Any, **overrides: Any) -> list[Diagnostic]:
    """Every problem of a ``training`` section (errors, and warnings for unknown keys)."""
    return _read(raw, overrides)[1]


def parse_config(raw: dict[str, Any] | None = None, **overrides: Any) -> TrainConfig:
    """Check a ``training`` dict (plus overrides such as epochs=1) and fill in defaults.

    Raises ConfigError with every error found."""
    config, found = _read(raw, overrides)
    errors = [d for d in found if d.severity == "error"]
    if errors:
        raise ConfigError(errors)
    return config


def _read(raw: Any, overrides: dict[str, Any]) -> tuple[TrainConfig, list[Diagnostic]]:
    raw = dict(raw) if isinstance(raw, dict) else {}
    raw.update({k: v for k, v in overrides.items() if v is not None})
    f = Fields(raw, "training")
    task = f.choice("task", "classification", TASKS, CHOICE_CODES["task"])
    loss = f.choice("loss", "CrossEntropyLoss" if task == "classification" else "MSELoss",
                    LOSSES, CHOICE_CODES["loss"])
    if task == "reconstruction" and loss in CLASSIFICATION_LOSSES:
        f.fail("loss", LOSS_TASK, RECONSTRUCTION_LOSSES, code="loss-task", loss=loss)
    momentum = f.number("momentum", 0.0)
    nesterov = f.boolean("nesterov", False)
    if nesterov and momentum <= 0:
        f.fail("nesterov", NESTEROV, SET_MOMENTUM)
    grad_clip = None if raw.get("grad_clip") is None else f.number("grad_clip", 1.0,
                                                                    positive=True)
    config = TrainConfig(
        task=task, loss=loss,
        optimizer=f.choice("optimizer", "Adam", OPTIMIZERS, CHOICE_CODES["optimizer"]),
        lr=f.number("lr", 0.001, positive=True),
        batch_size=f.whole("batch_size", 64, maximum=MAX_BATCH),
        epochs=f.whole("epochs", 3, maximum=MAX_BATCH),
        seed=f.whole("seed", 0, minimum=0, maximum=MAX_SEED),
        momentum=momentum, nesterov=nesterov,
        weight_decay=f.number("weight_decay", 0.0),
        l1=f.number("l1", 0.0),
        grad_clip=grad_clip, early_stopping=_early_stopping(f), schedule=_schedule(f),
        device=f.choice("device", "auto", DEVICES),
        amp=f.boolean("amp", False),
        eval_batch_size=f.whole("eval_batch_size", 1000, maximum=MAX_BATCH),
        report_hz=f.number("report_hz", 20.0, positive=True),
        restore_best=f.boolean("restore_best", True),
        extra={k: v for k, v in raw.items() if k not in _KNOWN},
    )
    f.warn_unknown(config.extra, _KNOWN)
    return config, f.found


def _early_stopping(f: Fields) -> dict[str, Any] | None:
    early = f.raw.get("early_stopping")
    if early is None:
        return None
    if not isinstance(early, dict):
        f.fail("early_stopping", OBJECT_LIKE, example='{"patience": 3}')
        return None
    inner = Fields(early, "training.early_stopping")
    result = {"patience": inner.whole("patience", 3, minimum=1),
              "min_delta": inner.number("min_delta", 0.0)}
    f.found += inner.errors
    return result


# schedule type -> key -> (whole number?, lowest allowed, lowest is allowed?, highest or None,
# highest is allowed?); the ranges torch's schedulers accept.
SCHEDULE_KEYS: dict[str, dict[str, tuple[bool, float, bool, float | None, bool]]] = {
    "step": {"step_size": (True, 1, True, None, False), "gamma": (False, 0, False, None, False)},
    "cosine": {"eta_min": (False, 0, True, None, False)},
    "onecycle": {"max_lr": (False, 0, False, None, False),
                 "pct_start": (False, 0, False, 1, False)},
    "plateau": {"factor": (False, 0, False, 1, False), "patience": (True, 0, True, None, False)},
}


def _schedule(f: Fields) -> dict[str, Any] | None:
    """Every value of training.schedule, checked before the run (torch would fail mid-run)."""
    spec = f.raw.get("schedule")
    if spec is None:
        return None
    if isinstance(spec, str):
        spec = {"type": spec}
    if not isinstance(spec, dict) or spec.get("type") not in SCHEDULES:
        f.fail("schedule", SCHEDULE_TYPE, choices=", ".join(SCHEDULES))
        return None
    kind = spec["type"]
    inner = Fields(spec, "training.schedule")
    for key, (whole, low, low_ok, high, high_ok) in SCHEDULE_KEYS[kind].items():
        if key not in spec:
            continue
        v = spec[key]
        kind_ok = is_int(v) if whole else (
            isinstance(v, int | float) and not isinstance(v, bool) and finite(v))
        in_range = kind_ok and (v >= low if low_ok else v > low) and (
            high is None or (v <= high if high_ok else v < high))
        if not in_range:
            lo = f">= {low:g}" if low_ok else f"> {low:g}"
            hi = "" if high is None else f" and {'<=' if high_ok else '<'} {high:g}"
            inner.fail(key, SCHEDULE_RANGE, kind=kind, range=lo + hi,
                       what=A_WHOLE_NUMBER() if whole else A_NUMBER())
    inner.warn_unknown([k for k in spec if k != "type" and k not in SCHEDULE_KEYS[kind]],
                       list(SCHEDULE_KEYS[kind]))
    f.found += inner.found
    return dict(spec)

