"""Find layer types by what people type: "conv", "fc", "pool", "drop 2d", "batch norm", and
read the settings typed after the name: "conv 32 5" is a Conv2d with 32 filters of 5×5,
"fc 1024" a Linear with 1024 outputs, "drop 0.3" a Dropout with p 0.3.

Used by the quick-add box; best match first, so typing a word and Enter adds the layer meant.
"""

from __future__ import annotations

import re
from typing import Any

from netstudio.core.layers.registry import LayerSpec, list_layers
from netstudio.gui.i18n import core_text

# Words people use for a layer that are not in its name.
ALIASES: dict[str, str] = {
    "fc": "Linear", "dense": "Linear", "fully": "Linear", "mlp": "Linear",
    "conv": "Conv2d", "convolution": "Conv2d", "deconv": "ConvTranspose2d",
    "pool": "MaxPool2d", "maxpool": "MaxPool2d", "avgpool": "AvgPool2d", "gap": "AdaptiveAvgPool2d",
    "bn": "BatchNorm2d", "batchnorm": "BatchNorm2d", "ln": "LayerNorm", "drop": "Dropout",
    "flat": "Flatten", "swish": "SiLU", "plus": "Add", "sum": "Add", "residual": "Add",
    "cat": "Concat", "join": "Concat",
}
# Among equally good matches, the layers a newcomer's image classifier uses come first.
COMMON = ("Conv2d", "ReLU", "MaxPool2d", "Flatten", "Linear", "Dropout", "BatchNorm2d", "Softmax")


def rank_layers(text: str, specs: list[LayerSpec] | None = None) -> list[LayerSpec]:
    """Layer types matching every word of ``text`` (name, category or description), best
    first: the exact name or an alias, then names starting with the first word, then names
    containing it, then the rest."""
    specs = list_layers() if specs is None else specs
    words = text.lower().split()
    if not words:
        return sorted(specs, key=_common_rank)
    first, joined = words[0], "".join(words)
    alias = ALIASES.get(joined)
    scored = []
    for spec in specs:
        name = spec.type.lower()
        words_of = (spec.category, core_text(spec.category), spec.description,
                    core_text(spec.description))  # English and the user's language
        hay = f"{name} {' '.join(words_of).lower()}"
        if spec.type == alias:
            score = 0
        elif not all(w in hay for w in words) and joined not in name:
            continue
        elif name == joined:
            score = 0
        elif name.startswith(first) or name.startswith(joined):
            score = 1
        elif first in name:
            score = 2
        else:
            score = 3
        scored.append((score, _common_rank(spec), spec.type, spec))
    return [t[-1] for t in sorted(scored, key=lambda t: t[:3])]


def _common_rank(spec: LayerSpec) -> int:
    return COMMON.index(spec.type) if spec.type in COMMON else len(COMMON)


_VALUE = re.compile(r"-?\d+(\.\d*)?(e-?\d+)?|\d+\s*[x×*]\s*\d+|same|valid", re.IGNORECASE)


def split_query(text: str) -> tuple[str, list[str]]:
    """("conv", ["32", "5"]) for "conv 32 5": the words, then the values typed after them."""
    tokens = text.split()
    cut = len(tokens)
    while cut > 1 and _VALUE.fullmatch(tokens[cut - 1]):
        cut -= 1
    return " ".join(tokens[:cut]), tokens[cut:]


def typed_params(spec: LayerSpec, values: list[str], names: tuple[str, ...]
                 ) -> tuple[dict[str, Any], tuple[str, Any] | None]:
    """The params ``values`` give, in the order of ``names`` (the card's key params); or, when
    one cannot be used, ``(param name, what it accepts)``, or ``("", the names it takes)``
    when there are more values than names."""
    from netstudio.gui.panels.param_fields import parse_text  # Qt-free helper, one parser

    params: dict[str, Any] = {}
    free = [n for n in names if spec.param(n) is not None]
    if len(values) > len(free):
        return {}, ("", free)
    for name, raw in zip(free, values, strict=False):
        param = spec.param(name)
        assert param is not None
        problem: Any = None
        if param.kind in ("int", "float"):
            try:
                value: Any = int(raw) if param.kind == "int" else float(raw)
            except ValueError:
                value, problem = None, param.requirement()
        else:
            value, problem = parse_text(param, raw.replace("×", "x"))
        if problem is None:
            problem = param.check(value)
        if problem is not None:
            return {}, (name, problem)
        params[name] = value
    return params, None
