"""The layer library: one LayerSpec per layer type, declared once and used everywhere.

The palette, the property forms, shape inference, the checker, the compiler and the code
exporter all read these declarations. Adding a layer is one ``register(LayerSpec(...))`` in a
module under netstudio/core/layers/builtin/.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Shape = tuple[int, ...]


class ShapeError(Exception):
    """A layer cannot accept its input. ``message`` says why, ``fix`` what to change.

    ``message`` is a predicate that reads after the node id, e.g. "receives 1024 features but
    in_features is 3136" (the checker writes "fc1 receives ..."). ``code`` is the diagnostic's
    stable id ("wrong-rank", "inferred-mismatch", "kernel-too-large", ...).
    """

    def __init__(self, message: str, fix: str | None = None, field: str | None = None,
                 code: str = "shape") -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix
        self.field = field
        self.code = code


@dataclass(frozen=True)
class Param:
    """One constructor argument of a layer, as the property form shows it.

    kind: "int", "float", "bool", "choice", "int_or_pair" (an int or [h, w]), "shape"
    (a list of ints), "str". ``inferred`` marks sizes that follow from the input shape
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

    def check(self, value: Any) -> str | None:
        """None if ``value`` is allowed, else what is required ("a whole number >= 1")."""
        return check_value(self, value)

    def requirement(self) -> str:
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
    [(severity, message, fix, field)] for legal but suspicious settings (the message reads
    after the node id, like ShapeError's).
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


def _range_text(p: Param, lo: float | None = None) -> str:
    lo = p.min if lo is None else lo
    if lo is not None and p.max is not None:
        return f" from {_num_text(lo)} to {_num_text(p.max)}"
    if lo is not None:
        return f" >= {_num_text(lo)}"
    if p.max is not None:
        return f" <= {_num_text(p.max)}"
    return ""


def describe(p: Param) -> str:
    if p.kind == "int":
        text = "a whole number" + _range_text(p)
    elif p.kind == "float":
        text = "a number" + _range_text(p)
    elif p.kind == "bool":
        text = "true or false"
    elif p.kind == "choice":
        text = "one of " + ", ".join(repr(c) for c in p.choices)
    elif p.kind == "int_or_pair":
        rng = _range_text(p)
        text = f"a whole number{rng} or a pair [height, width] of them"
        if p.choices:
            text += " or one of " + ", ".join(repr(c) for c in p.choices)
    elif p.kind == "shape":
        if p.min == -1:
            text = "a list of whole numbers >= 1, one of which may be -1"
        else:
            text = "a list of whole numbers" + _range_text(p, 1 if p.min is None else p.min)
    else:
        text = "a text"
    if p.optional:
        text += " (or empty)"
    return text


def check_value(p: Param, v: Any) -> str | None:
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > INT_LIMIT:
        return f"{describe(p)}, at most {INT_LIMIT}"
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
    return None if ok else describe(p)


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
