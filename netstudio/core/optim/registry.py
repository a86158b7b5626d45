"""Optimizers and learning-rate schedules, declared once: what the settings form shows, what the
checker accepts, what the trainer builds and what the code export writes.

Torch-free: a declaration says how to call torch (a ``Call`` tree over a ``RunContext``), and
only ``optim.py`` imports torch to make the call. The same tree, over a context of code names
(``args.lr``, ``len(train_loader)``), is the exported script's line.

    get_optimizer("Adadelta").params          # Option(name, kind, default, help, min, max, ...)
    check_optimizer(training_dict)            # -> Resolved(name, values, given, problems)
    check_schedule(training_dict)             # the same for training.schedule
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netstudio.core.diagnostics import ERROR, WARNING, Diagnostic, diagnostic
from netstudio.core.layers.registry import OR_EMPTY, Param, describe
from netstudio.core.settings.fields import UNKNOWN, USE_ONE_OF, Fields, finite, show
from netstudio.core.text import QT_TRANSLATE_NOOP, Text

# What an argument accepts, beyond the layer library's words (open ranges, pairs, lists).
NUMBER_ABOVE = QT_TRANSLATE_NOOP("Settings", "a number > {low}")
NUMBER_BELOW = QT_TRANSLATE_NOOP("Settings", "a number < {high}")
NUMBER_RANGE = QT_TRANSLATE_NOOP("Settings", "a number {low_sign} {low} and {high_sign} {high}")
WHOLE_ABOVE = QT_TRANSLATE_NOOP("Settings", "a whole number > {low}")
PAIR_OF = QT_TRANSLATE_NOOP("Settings", "a pair [a, b], each {requirement}")
INCREASING = QT_TRANSLATE_NOOP("Settings", "a list of increasing whole numbers, each "
                               "{requirement}")
# Problems with an optimizer's or a schedule's settings.
BAD_ARGUMENT = QT_TRANSLATE_NOOP("Settings", "{field} ({owner}) must be {requirement}, got "
                                 "{value}.")
BAD_COMBINATION = QT_TRANSLATE_NOOP("Settings", "{field} ({owner}): {reason}.")
CONFLICT = QT_TRANSLATE_NOOP("Settings", "{field} ({value}) and {other} ({other_value}) "
                             "disagree.")
KEEP_ONE = QT_TRANSLATE_NOOP("Settings", "keep one of them")
UNUSED = QT_TRANSLATE_NOOP("Settings", "{field} is not used by {optimizer}.")
REMOVE = QT_TRANSLATE_NOOP("Settings", "remove {field}")
SCHEDULE_TYPES = QT_TRANSLATE_NOOP("Settings", "give it a \"type\" from: {choices}")


# ---- options -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Option(Param):
    """One argument of an optimizer or schedule. A layer ``Param`` (so the GUI's parameter fields
    show it) plus open bounds (``lr > 0``) and the kind "float_pair" (Adam's betas)."""

    min_open: bool = False  # min itself is not allowed
    max_open: bool = False
    torch_default: bool = True  # the default is torch's own: exported code may leave it out

    def check(self, value: Any) -> Text | None:
        """None if ``value`` is allowed, else what is required (a translatable Text)."""
        if value is None:
            return None if self.optional else self.requirement()
        if self.kind == "float_pair":
            ok = isinstance(value, list | tuple) and len(value) == 2 and all(
                _is_number(v) and self._in_range(v) for v in value)
        elif self.kind in ("int", "float"):
            whole = self.kind == "int"
            ok = _is_number(value) and (not whole or isinstance(value, int)) and self._in_range(
                value) and (not whole or abs(value) <= 2**31 - 1)
        elif self.kind == "ints":  # increasing whole numbers >= min (MultiStepLR milestones)
            ok = isinstance(value, list | tuple) and len(value) > 0 and all(
                isinstance(v, int) and not isinstance(v, bool) and self._in_range(v)
                for v in value) and all(a < b for a, b in zip(value, value[1:], strict=False))
        else:
            return super().check(value)
        return None if ok else self.requirement()

    def requirement(self) -> Text:
        if self.kind == "float_pair":
            text = PAIR_OF(requirement=self._number("float"))
        elif self.kind == "ints":
            text = INCREASING(requirement=self._number("int"))
        elif self.kind in ("int", "float"):
            text = self._number(self.kind)
        else:
            return describe(self)
        return OR_EMPTY(requirement=text) if self.optional else text

    def _number(self, kind: str) -> Text:
        """"a number > 0 and < 1" and the like; closed ranges in the layer library's words."""
        lo, hi = self.min, self.max
        if not (self.min_open or self.max_open):
            return describe(Param(self.name, kind, min=lo, max=hi))
        num = (lambda v: f"{v:g}")  # noqa: E731
        if lo is not None and hi is not None:
            return NUMBER_RANGE(low_sign=">" if self.min_open else ">=", low=num(lo),
                                high_sign="<" if self.max_open else "<=", high=num(hi))
        if lo is not None:
            return (WHOLE_ABOVE if kind == "int" else NUMBER_ABOVE)(low=num(lo))
        return NUMBER_BELOW(high=num(hi))

    def _in_range(self, v: float) -> bool:
        lo, hi = self.min, self.max
        return ((lo is None or (v > lo if self.min_open else v >= lo))
                and (hi is None or (v < hi if self.max_open else v <= hi)))


def _is_number(v: Any) -> bool:
    return (isinstance(v, int | float) and not isinstance(v, bool)
            and finite(v))




# ---- calls: one description for building and for exported code ---------------------------------
@dataclass(frozen=True)
class Code:
    """A Python expression in the exported script standing for a number known at run time
    (``args.epochs``). Supports the arithmetic the declarations use."""

    text: str

    def __mul__(self, other: Any) -> Code:
        return Code(f"{_text(self)} * {_text(other)}")

    __rmul__ = __mul__

    def __sub__(self, other: Any) -> Code:
        return Code(f"{_text(self)} - {_text(other)}")

    def __rsub__(self, other: Any) -> Code:
        return Code(f"{_text(other)} - {_text(self)}")

    def __truediv__(self, other: Any) -> Code:
        return Code(f"{_text(self)} / {_text(other)}")

    def __repr__(self) -> str:
        return self.text


def _text(v: Any) -> str:
    if isinstance(v, Code):
        return v.text if " " not in v.text else f"({v.text})"
    return repr(v)


@dataclass(frozen=True)
class Call:
    """``torch.optim.<path>(<optimizer or params>, **kwargs)``. Values may be numbers, Code,
    lists, or other Calls (the schedulers inside SequentialLR), exported as variables ``var``."""

    path: str                       # "lr_scheduler.OneCycleLR" (under torch.optim)
    kwargs: Mapping[str, Any]
    var: str = ""                   # name of the variable for a nested call in exported code


@dataclass(frozen=True)
class RunContext:
    """What a schedule's arguments depend on: the run's lr, epochs and batches per epoch (numbers
    when building, Code in the exported script), and whether the optimizer has momentum (or
    betas) for one-cycle/cyclic schedules to cycle."""

    lr: Any
    epochs: Any
    steps_per_epoch: Any
    has_momentum: bool = True
    # exported code: the variables the calls use, as "name = expression" lines
    lines: list[str] | None = None

    def named(self, name: str, value: Any) -> Any:
        """In exported code, ``value`` as a variable (defined once, before the calls)."""
        if not isinstance(value, Code) or self.lines is None:
            return value
        line = f"{name} = {value.text}"
        if line not in self.lines:
            self.lines.append(line)
        return Code(name)

    @property
    def total_steps(self) -> Any:
        return self.named("total_steps", self.epochs * self.steps_per_epoch)

    def steps(self, fraction: float) -> Any:
        """round(fraction x total steps), at least 1 (a warm-up of a whole number of batches)."""
        total = self.total_steps
        if isinstance(total, Code):
            return Code(f"max(1, round({fraction!r} * {total.text}))")
        return max(1, round(fraction * total))

    def rest(self, steps: Any) -> Any:
        """The steps left after ``steps`` of them, at least 1."""
        total = self.total_steps
        if isinstance(total, Code) or isinstance(steps, Code):
            return Code(f"max(1, {_text(total)} - {_text(steps)})")
        return max(1, total - steps)


CODE_CONTEXT = dict(lr=Code("args.lr"), epochs=Code("args.epochs"),
                    steps_per_epoch=Code("len(train_loader)"))


# ---- specs -------------------------------------------------------------------------------------
# values -> [(key, why the combination cannot work: a Text from a declared Template)]
Check = Callable[[dict[str, Any]], list[tuple[str, Text]]]


@dataclass(frozen=True)
class OptimizerSpec:
    """One ``torch.optim`` optimizer. ``params`` are its arguments besides the learning rate
    (``training.lr``); ``default_lr`` is torch's, offered when the optimizer is picked."""

    name: str
    description: str
    params: tuple[Option, ...]
    default_lr: float
    needs_closure: bool = False    # LBFGS: step(closure) evaluates the loss again
    check: Check | None = None
    tip: str = ""                  # when to use it, for the form and the reference

    def option(self, name: str) -> Option | None:
        return next((p for p in self.params if p.name == name), None)

    @property
    def has_momentum(self) -> bool:
        return any(p.name in ("momentum", "betas") for p in self.params)

    def call(self, values: Mapping[str, Any], lr: Any) -> Call:
        kwargs = {"lr": lr}
        for p in self.params:
            if p.name in values:
                v = values[p.name]
                kwargs[p.name] = tuple(v) if p.kind == "float_pair" else v
        return Call(self.name, kwargs)


@dataclass(frozen=True)
class ScheduleSpec:
    """One learning-rate schedule (``training.schedule.type``). ``make(values, ctx)`` gives the
    scheduler call; ``per_batch``: stepped after every batch, else after every epoch;
    ``monitors_loss``: stepped with the validation loss (ReduceLROnPlateau)."""

    name: str
    title: str
    description: str
    params: tuple[Option, ...]
    make: Callable[[dict[str, Any], RunContext], Call]
    per_batch: bool = False
    monitors_loss: bool = False
    check: Check | None = None

    def option(self, name: str) -> Option | None:
        return next((p for p in self.params if p.name == name), None)


_OPTIMIZERS: dict[str, OptimizerSpec] = {}
_SCHEDULES: dict[str, ScheduleSpec] = {}


def register_optimizer(spec: OptimizerSpec) -> OptimizerSpec:
    if spec.name in _OPTIMIZERS:
        raise ValueError(f"optimizer {spec.name!r} is registered twice")
    _OPTIMIZERS[spec.name] = spec
    return spec


def register_schedule(spec: ScheduleSpec) -> ScheduleSpec:
    if spec.name in _SCHEDULES:
        raise ValueError(f"schedule {spec.name!r} is registered twice")
    _SCHEDULES[spec.name] = spec
    return spec


def _ensure_loaded() -> None:
    if not _OPTIMIZERS:
        import netstudio.core.optim.optimizers  # noqa: F401  (registers)
        import netstudio.core.optim.schedules  # noqa: F401


def list_optimizers() -> list[OptimizerSpec]:
    _ensure_loaded()
    return list(_OPTIMIZERS.values())


def get_optimizer(name: Any) -> OptimizerSpec | None:
    _ensure_loaded()
    return _OPTIMIZERS.get(name) if isinstance(name, str) else None


def list_schedules() -> list[ScheduleSpec]:
    _ensure_loaded()
    return list(_SCHEDULES.values())


def get_schedule(name: Any) -> ScheduleSpec | None:
    _ensure_loaded()
    return _SCHEDULES.get(name) if isinstance(name, str) else None


# ---- checking a project's settings -------------------------------------------------------------
@dataclass(frozen=True)
class Resolved:
    """A checked optimizer or schedule: ``values`` has every argument (defaults filled in),
    ``given`` only those the file sets (what the export writes); ``problems`` are
    Diagnostics (errors, and warnings for arguments that are unknown or unused)."""

    name: str | None
    values: dict[str, Any]
    given: dict[str, Any]
    problems: tuple[Diagnostic, ...] = ()

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)


# Top-level training keys that are arguments of the optimizer (project format v1 wrote them
# there; they stay the short way to set them).
OPTIMIZER_SHORTHANDS = ("momentum", "nesterov", "weight_decay")
SHORTHANDS = {"momentum": Option("momentum", "float", 0.0, min=0),
              "nesterov": Option("nesterov", "bool", False),
              "weight_decay": Option("weight_decay", "float", 0.0, min=0)}


def check_optimizer(training: Mapping[str, Any], default: str = "Adam") -> Resolved:
    """``training.optimizer`` ("Adam" or {"type": "Adam", "betas": [0.9, 0.99], ...}) plus the
    shorthands ``training.momentum``/``nesterov``/``weight_decay``."""
    top = Fields(dict(training), "training")
    raw = training.get("optimizer", default)
    obj: dict[str, Any] = {}
    inner = Fields(raw, "training.optimizer")
    if isinstance(raw, dict):
        obj = {k: v for k, v in raw.items() if k != "type"}
        raw = raw.get("type")
    spec = get_optimizer(raw)
    if spec is None:
        names = [s.name for s in list_optimizers()]
        where = inner if obj or isinstance(training.get("optimizer"), dict) else top
        key = "type" if where is inner else "optimizer"
        where.fail(key, UNKNOWN, USE_ONE_OF, code="unknown-optimizer",
                   choices=", ".join(names), value=show(raw))
        return Resolved(None, {}, {}, tuple(where.found))
    given: dict[str, Any] = {}
    fields: dict[str, Fields] = {}
    for short in OPTIMIZER_SHORTHANDS:
        if short not in training:
            continue
        v = training[short]
        if spec.option(short) is None:
            wrong = SHORTHANDS[short].check(v)
            if wrong is not None:
                top.fail(short, BAD_ARGUMENT, owner="training", requirement=wrong)
            elif v not in (0, 0.0, False, None):
                top.found.append(diagnostic(WARNING, "unused-setting", UNUSED, REMOVE,
                                            field=f"training.{short}", optimizer=spec.name))
            continue
        if short in obj and obj[short] != v:
            inner.fail(short, CONFLICT, KEEP_ONE, code="conflict", other=f"training.{short}",
                       other_value=show(v))
        given[short] = v
        fields[short] = top  # a shorthand's problem names its own key
    given.update(obj)
    fields.update({k: inner for k in obj})
    values, given = _finish(spec, given, fields, inner, spec.name)
    return Resolved(spec.name, values, given, tuple(top.found + inner.found))


def check_schedule(training: Mapping[str, Any]) -> Resolved:
    """``training.schedule``: absent/null (constant lr), a type name, or {"type": ..., ...}."""
    raw = training.get("schedule")
    if raw is None:
        return Resolved(None, {}, {})
    inner = Fields(raw, "training.schedule")
    obj = {}
    if isinstance(raw, dict):
        obj = {k: v for k, v in raw.items() if k != "type"}
        raw = raw.get("type")
    spec = get_schedule(raw)
    if spec is None:
        names = [s.name for s in list_schedules()]
        top = Fields(dict(training), "training")
        top.fail("schedule", UNKNOWN, SCHEDULE_TYPES, code="unknown-schedule",
                 choices=", ".join(names))
        return Resolved(None, {}, {}, tuple(top.found))
    values, given = _finish(spec, obj, {k: inner for k in obj}, inner, spec.name)
    return Resolved(spec.name, values, given, tuple(inner.found))


def _finish(spec: OptimizerSpec | ScheduleSpec, given: dict[str, Any],
            fields: dict[str, Fields], inner: Fields, owner: str
            ) -> tuple[dict[str, Any], dict[str, Any]]:
    """Check ``given`` against the declaration (each problem goes to its key's Fields):
    (every value with defaults filled in, the usable given values)."""
    values = {p.name: p.default for p in spec.params}
    usable: dict[str, Any] = {}
    unknown = []
    for key, v in given.items():
        option = spec.option(key)
        if option is None:
            unknown.append(key)
            continue
        wrong = option.check(v)
        if wrong is not None:
            fields[key].fail(key, BAD_ARGUMENT, owner=owner, requirement=wrong)
            continue
        values[key] = v
        usable[key] = v
    inner.warn_unknown(unknown, [p.name for p in spec.params])
    failed = any(d.severity == ERROR for f in set(fields.values()) | {inner} for d in f.found)
    if spec.check is not None and not failed:
        for key, reason in spec.check(values):
            where = fields.get(key, inner)
            where.fail(key, BAD_COMBINATION, owner=owner, reason=reason)
    given.clear()
    given.update(usable)
    return values, usable


def names_of(specs: Sequence[OptimizerSpec | ScheduleSpec]) -> tuple[str, ...]:
    return tuple(s.name for s in specs)


def reference_markdown() -> str:
    """docs/optimizers.md: every optimizer and schedule with its arguments.

    Regenerate with ``python -c "from netstudio.core.optim.registry import
    reference_markdown as r; open('docs/optimizers.md', 'w').write(r())"`` (a test checks it).
    """
    out = ["# Optimizers and schedules", "",
           "Generated from the declarations (`netstudio/core/optim/`); do not",
           "edit by hand. Every argument is optional; the defaults are torch's unless marked",
           "*netstudio*.", "",
           '`training.optimizer` is a name (`"Adam"`) or an object with its arguments',
           '(`{"type": "Adam", "betas": [0.9, 0.99]}`); `training.lr` is the learning rate,',
           "and `training.momentum`, `training.nesterov` and `training.weight_decay` set those",
           "arguments too (project format v1). `training.schedule` is",
           '`{"type": NAME, ...arguments}`.', "", "## Optimizers", ""]
    for spec in list_optimizers():
        out += [f"### {spec.name}", "",
                f"{spec.description} `torch.optim.{spec.name}`, default lr {spec.default_lr:g}."
                + (f" Use: {spec.tip}." if spec.tip else ""), ""]
        out += _options_table(spec.params)
    out += ["## Schedules", ""]
    for sched in list_schedules():
        when = ("after every batch" if sched.per_batch else
                "after every epoch, with the validation loss" if sched.monitors_loss
                else "after every epoch")
        out += [f"### {sched.name}", "", f"{sched.title}: {sched.description} Stepped {when}.",
                ""]
        out += _options_table(sched.params)
    return "\n".join(out)


def _options_table(options: Sequence[Option]) -> list[str]:
    if not options:
        return ["No arguments.", ""]
    rows = ["| argument | accepts | default | meaning |", "|---|---|---|---|"]
    for p in options:
        default = "empty" if p.default is None else f"`{json.dumps(p.default)}`"
        if not p.torch_default:
            default += " (*netstudio*)"
        rows.append(f"| `{p.name}` | {p.requirement()} | {default} | {p.help} |")
    return [*rows, ""]
