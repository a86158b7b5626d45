"""The layer library: one LayerSpec per layer type, declared once and used everywhere.

The palette, the property forms, shape inference, the checker, the compiler and the code
exporter all read these declarations. Adding a layer is one ``register(LayerSpec(...))`` in a
module under netstudio/core/layers/builtin/.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from netstudio.core.text import QT_TRANSLATE_NOOP, Template, Text

Shape = tuple[int, ...]


class ShapeError(Exception):
    """A layer cannot accept its input (raised by ``infer``/``resolve``); also what a layer's
    "hints" return for a legal but suspicious setting.

    ``message`` is a Template whose sentence reads after the node id, e.g. "receives
    {features} features but in_features is {given}" (the checker writes "fc1 receives ...");
    ``fix`` a Template for what to change; the keyword values fill both (``field`` too).
    ``code`` is the diagnostic's stable id ("wrong-rank", "inferred-mismatch", ...).
    Attributes: ``text`` and ``fix`` (netstudio.core.text.Text), ``field``, ``code``, and
    ``values`` (the dict of values).
    """

    def __init__(self, message: Template, fix: Template | None = None, *,
                 field: str | None = None, code: str = "shape", **values: Any) -> None:
        self.values = {**({"field": field} if field is not None else {}), **values}
        self.text = message(**self.values)
        super().__init__(str(self.text))
        self.fix = fix(**self.values) if fix is not None else None
        self.field = field
        self.code = code


@dataclass(frozen=True)
class Param:
    """One constructor argument of a layer, as the property form shows it.

    kind: "int", "float", "bool", "choice", "int_or_pair" (an int or [h, w]), "shape"
    (a list of ints), "str", "json" (any JSON value: what an imported layer recorded, e.g. a
    function's arguments). ``inferred`` marks sizes that follow from the input shape
    (in_features, in_channels, ...): optional in files, read-only in the GUI.
    ``optional`` means None is an allowed value (e.g. Upsample's size or scale_factor).
    For "int_or_pair", ``choices`` lists extra allowed strings (Conv2d padding "same"/"valid").
    For "shape", ``min`` bounds each entry; min=-1 means "one entry may be -1" (Reshape).
    ``min``/``max`` are inclusive.
    """

    name: str
    kind: str
    default: Any = None
    help: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] = ()
    inferred: bool = False
    optional: bool = False

    def check(self, value: Any) -> Text | None:
        """None if ``value`` is allowed, else what is required ("a whole number >= 1")."""
        return check_value(self, value)

    def requirement(self) -> Text:
        """What this param accepts, in words (for messages and tooltips)."""
        return describe(self)


@dataclass(frozen=True)
class LayerSpec:
    """Everything netstudio knows about one layer type.

    infer(params, in_shapes) -> out_shape          raises ShapeError
    build(params, in_shapes) -> torch.nn.Module    params already resolved (see resolve)
    resolve(params, in_shapes) -> dict             params with defaults and inferred sizes
    count_params(params, in_shapes) -> int
    flops(params, in_shapes, out_shape) -> int     multiply-adds x2, per sample
    Shapes are per sample (no batch dimension).

    extras (optional): "shapes": input -> output in words, for docs and tooltips;
    "wrapper": the class name(s) in netstudio.core.layers.modules that
    ``build`` returns for netstudio's own layers; "hints": (resolved params, in_shapes) ->
    [(severity, ShapeError)] for legal but suspicious settings (not raised: the ShapeError
    carries the message, which reads after the node id, and the fix).
    """

    type: str
    category: str
    description: str
    params: tuple[Param, ...] = ()
    infer: Callable[[dict[str, Any], Sequence[Shape]], Shape] | None = None
    build: Callable[[dict[str, Any], Sequence[Shape]], Any] | None = None
    resolve: Callable[[dict[str, Any], Sequence[Shape]], dict[str, Any]] | None = None
    count_params: Callable[[dict[str, Any], Sequence[Shape]], int] | None = None
    flops: Callable[[dict[str, Any], Sequence[Shape], Shape], int] | None = None
    min_inputs: int = 1
    max_inputs: int | None = 1  # None: any number (Add, Concat)
    is_loss_sensitive: bool = False  # Softmax-like outputs the checker looks at
    torch_name: str | None = None  # "nn.Conv2d" for code export; None for netstudio's own
    extras: dict[str, Any] = field(default_factory=dict)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_REGISTRY: dict[str, LayerSpec] = {}


# ---- value checks (used by the checker and the property forms) -------------------------------
INT_LIMIT = 2**31 - 1  # larger sizes overflow torch's arguments; no real layer needs them


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and -INT_LIMIT <= v <= INT_LIMIT


def _is_num(v: Any) -> bool:
    return (isinstance(v, int | float) and not isinstance(v, bool)
            and v == v and v not in (float("inf"), float("-inf")))


def _in_range(p: Param, v: float) -> bool:
    return (p.min is None or v >= p.min) and (p.max is None or v <= p.max)


def _num_text(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


WHOLE = QT_TRANSLATE_NOOP("Layers", "a whole number")
WHOLE_FROM_TO = QT_TRANSLATE_NOOP("Layers", "a whole number from {low} to {high}")
WHOLE_AT_LEAST = QT_TRANSLATE_NOOP("Layers", "a whole number >= {low}")
WHOLE_AT_MOST = QT_TRANSLATE_NOOP("Layers", "a whole number <= {high}")
NUMBER = QT_TRANSLATE_NOOP("Layers", "a number")
NUMBER_FROM_TO = QT_TRANSLATE_NOOP("Layers", "a number from {low} to {high}")
NUMBER_AT_LEAST = QT_TRANSLATE_NOOP("Layers", "a number >= {low}")
NUMBER_AT_MOST = QT_TRANSLATE_NOOP("Layers", "a number <= {high}")
LIST_OF_WHOLE = QT_TRANSLATE_NOOP("Layers", "a list of whole numbers")
LIST_FROM_TO = QT_TRANSLATE_NOOP("Layers", "a list of whole numbers from {low} to {high}")
LIST_AT_LEAST = QT_TRANSLATE_NOOP("Layers", "a list of whole numbers >= {low}")
LIST_ONE_FREE = QT_TRANSLATE_NOOP("Layers", "a list of whole numbers >= 1, one of which may be "
                                  "-1")
TRUE_OR_FALSE = QT_TRANSLATE_NOOP("Layers", "true or false")
ONE_OF = QT_TRANSLATE_NOOP("Layers", "one of {choices}")
OR_PAIR = QT_TRANSLATE_NOOP("Layers", "{number} or a pair [height, width] of them")
OR_ONE_OF = QT_TRANSLATE_NOOP("Layers", "{requirement} or one of {choices}")
A_TEXT = QT_TRANSLATE_NOOP("Layers", "a text")
A_JSON_VALUE = QT_TRANSLATE_NOOP("Layers", "a JSON value")
OR_EMPTY = QT_TRANSLATE_NOOP("Layers", "{requirement} (or empty)")
AT_MOST_LIMIT = QT_TRANSLATE_NOOP("Layers", "{requirement}, at most {limit}")


def _ranged(plain: Template, from_to: Template, at_least: Template, at_most: Template | None,
            low: float | None, high: float | None) -> Text:
    if low is not None and high is not None:
        return from_to(low=_num_text(low), high=_num_text(high))
    if low is not None:
        return at_least(low=_num_text(low))
    if high is not None and at_most is not None:
        return at_most(high=_num_text(high))
    return plain()


def describe(p: Param) -> Text:
    """What ``p`` accepts, as a translatable sentence fragment ("a whole number >= 1")."""
    if p.kind == "int":
        text = _ranged(WHOLE, WHOLE_FROM_TO, WHOLE_AT_LEAST, WHOLE_AT_MOST, p.min, p.max)
    elif p.kind == "float":
        text = _ranged(NUMBER, NUMBER_FROM_TO, NUMBER_AT_LEAST, NUMBER_AT_MOST, p.min, p.max)
    elif p.kind == "bool":
        text = TRUE_OR_FALSE()
    elif p.kind == "choice":
        text = ONE_OF(choices=", ".join(repr(c) for c in p.choices))
    elif p.kind == "int_or_pair":
        number = _ranged(WHOLE, WHOLE_FROM_TO, WHOLE_AT_LEAST, WHOLE_AT_MOST, p.min, p.max)
        text = OR_PAIR(number=number)
        if p.choices:
            text = OR_ONE_OF(requirement=text, choices=", ".join(repr(c) for c in p.choices))
    elif p.kind == "shape":
        text = LIST_ONE_FREE() if p.min == -1 else _ranged(
            LIST_OF_WHOLE, LIST_FROM_TO, LIST_AT_LEAST, None, 1 if p.min is None else p.min,
            p.max)
    elif p.kind == "json":
        text = A_JSON_VALUE()
    else:
        text = A_TEXT()
    return OR_EMPTY(requirement=text) if p.optional else text


def check_value(p: Param, v: Any) -> Text | None:
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > INT_LIMIT:
        return AT_MOST_LIMIT(requirement=describe(p), limit=INT_LIMIT)
    if v is None:  # inferred sizes may be written as null: "work it out"
        return None if p.optional or p.inferred else describe(p)
    ok = True
    if p.kind == "int":
        ok = _is_int(v) and _in_range(p, v)
    elif p.kind == "float":
        ok = _is_num(v) and _in_range(p, v)
    elif p.kind == "bool":
        ok = isinstance(v, bool)
    elif p.kind == "choice":
        ok = isinstance(v, str | int | float) and any(
            v == c and type(v) is type(c) for c in p.choices)
    elif p.kind == "int_or_pair":
        if isinstance(v, str):
            ok = v in p.choices
        elif isinstance(v, list | tuple):
            ok = len(v) == 2 and all(_is_int(x) and _in_range(p, x) for x in v)
        else:
            ok = _is_int(v) and _in_range(p, v)
    elif p.kind == "shape":
        if not isinstance(v, list | tuple) or not v or not all(_is_int(x) for x in v):
            ok = False
        elif p.min == -1:
            ok = all(x >= 1 or x == -1 for x in v) and sum(x == -1 for x in v) <= 1
        else:
            lo = 1 if p.min is None else p.min
            ok = all(x >= lo and (p.max is None or x <= p.max) for x in v)
    elif p.kind == "str":
        ok = isinstance(v, str)
    elif p.kind == "json":
        ok = _is_json(v)
    return None if ok else describe(p)


def _is_json(v: Any, depth: int = 0) -> bool:
    """Plain JSON data (what a project file can hold), not too deeply nested."""
    if depth > 32:
        return False
    if v is None or isinstance(v, bool | str) or _is_int(v) or _is_num(v):
        return True
    if isinstance(v, list | tuple):
        return all(_is_json(x, depth + 1) for x in v)
    if isinstance(v, dict):
        return all(isinstance(k, str) and _is_json(x, depth + 1) for k, x in v.items())
    return False


def register(spec: LayerSpec) -> LayerSpec:
    if spec.type in _REGISTRY:
        raise ValueError(f"layer type {spec.type!r} is registered twice")
    _REGISTRY[spec.type] = spec
    return spec


def _ensure_loaded() -> None:
    if not _REGISTRY:
        import netstudio.core.layers.builtin  # noqa: F401  (registers on import)


def get_layer(type_name: str) -> LayerSpec | None:
    _ensure_loaded()
    return _REGISTRY.get(type_name)


def list_layers() -> list[LayerSpec]:
    _ensure_loaded()
    return list(_REGISTRY.values())


def categories() -> list[str]:
    seen: list[str] = []
    for spec in list_layers():
        if spec.category not in seen:
            seen.append(spec.category)
    return seen


def reference_markdown() -> str:
    """docs/layers.md: every layer with its category, description and parameters.

    Regenerate with ``python -c "from netstudio.core.layers.registry import
    reference_markdown as r; open('docs/layers.md', 'w').write(r())"`` (a test checks it).
    """
    out = ["# Layer reference", "",
           "Generated from the layer declarations (`netstudio/core/layers/builtin/`); do not",
           "edit by hand. Shapes are per sample (no batch dimension). Parameters marked",
           "*inferred* follow from the input shape and may be left out; if a file gives one",
           "that disagrees, the checker reports an error on that node.", ""]
    for cat in categories():
        out += [f"## {cat}", ""]
        for spec in list_layers():
            if spec.category != cat:
                continue
            arity = ("no inputs" if spec.max_inputs == 0 else "1 input" if spec.max_inputs == 1
                     else f"{spec.min_inputs} or more inputs")
            torch_name = f"`{spec.torch_name}`" if spec.torch_name else "netstudio's own"
            out += [f"### {spec.type}", "", f"{spec.description} ({arity}; {torch_name})", ""]
            if spec.extras.get("shapes"):
                out += [f"Shapes: `{spec.extras['shapes']}`", ""]
            if not spec.params:
                out += ["No parameters.", ""]
                continue
            out += ["| parameter | accepts | default | meaning |", "|---|---|---|---|"]
            for p in spec.params:
                default = "*inferred*" if p.inferred else (
                    "empty" if p.default is None else f"`{_json_text(p.default)}`")
                out.append(f"| `{p.name}` | {p.requirement()} | {default} | {p.help} |")
            out.append("")
    return "\n".join(out)


def _json_text(v: Any) -> str:
    import json

    return json.dumps(v)
