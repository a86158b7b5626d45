"""Find layer types by what people type: "conv", "fc", "pool", "drop 2d", "batch norm".

Used by the quick-add box; best match first, so typing a word and Enter adds the layer meant.
"""

from __future__ import annotations

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
