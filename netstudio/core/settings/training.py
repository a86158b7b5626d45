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
from netstudio.core.optim.recipes import RECIPES, recipe_settings
from netstudio.core.optim.registry import (
    check_optimizer,
    check_schedule,
    list_optimizers,
    list_schedules,
    names_of,
)
from netstudio.core.settings.fields import UNKNOWN, USE_ONE_OF, Fields
from netstudio.core.text import QT_TRANSLATE_NOOP

TASKS = ("classification", "reconstruction")
LOSSES = ("CrossEntropyLoss", "NLLLoss", "MSELoss", "L1Loss", "BCEWithLogitsLoss", "BCELoss")
OPTIMIZERS = names_of(list_optimizers())  # the optimizer library (netstudio/core/optim)
SCHEDULES = names_of(list_schedules())
DEVICES = ("auto", "cpu", "cuda")
AUTO_BOOL = ("auto", True, False)  # training.amp, training.channels_last
MAX_BATCH = 2**31 - 1  # torch indexes with 32-bit sizes in places; far beyond any memory
MAX_SEED = 2**32 - 1  # torch seeds are 64-bit and the trainer derives per-epoch seeds from it


class ConfigError(DiagnosticError):
    """Training settings that cannot be used; ``diagnostics`` names each key and the fix."""


@dataclass(frozen=True)
class TrainConfig:
    task: str = "classification"
    loss: str = "CrossEntropyLoss"
    optimizer: str = "Adam"        # a name from the optimizer library
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
    schedule: dict[str, Any] | None = None        # {"type": a schedule name, ...its arguments}
    device: str = "auto"
    amp: bool | str = "auto"       # bfloat16 autocast: "auto" where the device runs it natively
    channels_last: bool | str = "auto"  # "auto": for convolution nets on a CPU or GPU
    compile: bool = False          # torch.compile the network for training (opt-in)
    recipe: str | None = None      # "fast": fills in the settings the file does not give
    # every argument of the optimizer but lr, defaults filled in (training.optimizer as an
    # object, and the momentum/nesterov/weight_decay shorthands)
    optimizer_params: dict[str, Any] = field(default_factory=dict)
    eval_batch_size: int = 1000
    report_hz: float = 20.0        # BatchEnd events per second, at most
    restore_best: bool = True      # with early stopping: keep the best epoch's weights
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not use

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("extra")
        return d




_KNOWN = tuple(f for f in TrainConfig.__dataclass_fields__
               if f not in ("extra", "optimizer_params"))
CLASSIFICATION_LOSSES = ("CrossEntropyLoss", "NLLLoss")
CHOICE_CODES = {"task": "unknown-task", "loss": "unknown-loss", "optimizer": "unknown-optimizer"}
AUTO_OR_BOOLEAN = QT_TRANSLATE_NOOP("Settings", "{field} must be \"auto\", true or false, got "
                                    "{value}.")

LOSS_TASK = QT_TRANSLATE_NOOP("Settings", "{field} {loss} compares class scores with labels, "
                              "but a reconstruction task has no labels.")
RECONSTRUCTION_LOSSES = QT_TRANSLATE_NOOP("Settings", "use MSELoss, L1Loss or BCEWithLogitsLoss")
OBJECT_LIKE = QT_TRANSLATE_NOOP("Settings", "{field} must be an object like {example}, "
                                "got {value}.")


def check_training(raw: Any, **overrides: Any) -> list[Diagnostic]:
    """Every problem of a ``training`` section (errors, and warnings for unknown keys)."""
    return _read(raw, overrides, "cpu")[1]


def parse_config(raw: dict[str, Any] | None = None, *, device_type: str = "cpu",
                 **overrides: Any) -> TrainConfig:
    """Check a ``training`` dict (plus overrides such as epochs=1) and fill in defaults.

    ``device_type`` ("cpu", "cuda") is where the run trains: a recipe's batch size depends on
    it. Raises ConfigError with every error found."""
    config, found = _read(raw, overrides, device_type)
    errors = [d for d in found if d.severity == "error"]
    if errors:
        raise ConfigError(errors)
    return config


def with_recipe(raw: Any, device_type: str = "cpu") -> dict[str, Any]:
    """The ``training`` dict with its recipe's settings filled in (the file's keys win)."""
    out: dict[str, Any] = dict(raw) if isinstance(raw, dict) else {}
    if isinstance(out.get("recipe"), str) and out["recipe"] in RECIPES:
        out = {**recipe_settings(out["recipe"], device_type), **out}
    return out


def _read(raw: Any, overrides: dict[str, Any], device_type: str
          ) -> tuple[TrainConfig, list[Diagnostic]]:
    raw = dict(raw) if isinstance(raw, dict) else {}
    raw.update({k: v for k, v in overrides.items() if v is not None})
    recipe = raw.get("recipe")
    raw = with_recipe(raw, device_type)
    f = Fields(raw, "training")
    if recipe is not None and not (isinstance(recipe, str) and recipe in RECIPES):
        f.fail("recipe", UNKNOWN, USE_ONE_OF, code="unknown-recipe",
               choices=", ".join(RECIPES))
        recipe = None
    task = f.choice("task", "classification", TASKS, CHOICE_CODES["task"])
    loss = f.choice("loss", "CrossEntropyLoss" if task == "classification" else "MSELoss",
                    LOSSES, CHOICE_CODES["loss"])
    if task == "reconstruction" and loss in CLASSIFICATION_LOSSES:
        f.fail("loss", LOSS_TASK, RECONSTRUCTION_LOSSES, code="loss-task", loss=loss)
    optimizer = check_optimizer(raw)  # the optimizer library's rules
    schedule = check_schedule(raw)
    f.found += [*optimizer.problems, *schedule.problems]
    values = optimizer.values
    grad_clip = None if raw.get("grad_clip") is None else f.number("grad_clip", 1.0,
                                                                    positive=True)
    config = TrainConfig(
        task=task, loss=loss, optimizer=optimizer.name or "Adam",
        lr=f.number("lr", 0.001, positive=True),
        batch_size=f.whole("batch_size", 64, maximum=MAX_BATCH),
        epochs=f.whole("epochs", 3, maximum=MAX_BATCH),
        seed=f.whole("seed", 0, minimum=0, maximum=MAX_SEED),
        momentum=float(values.get("momentum", 0.0)), nesterov=bool(values.get("nesterov")),
        weight_decay=float(values.get("weight_decay", 0.0)),
        l1=f.number("l1", 0.0),
        grad_clip=grad_clip, early_stopping=_early_stopping(f),
        schedule=({"type": schedule.name, **schedule.given} if schedule.name else None),
        device=f.choice("device", "auto", DEVICES),
        amp=_auto_or_boolean(f, "amp"), channels_last=_auto_or_boolean(f, "channels_last"),
        compile=f.boolean("compile", False), recipe=recipe,
        optimizer_params=dict(values),
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


def _auto_or_boolean(f: Fields, key: str) -> bool | str:
    v = f.raw.get(key, "auto")
    if isinstance(v, bool):
        return v
    if v == "auto":
        return "auto"
    f.fail(key, AUTO_OR_BOOLEAN)
    return "auto"
