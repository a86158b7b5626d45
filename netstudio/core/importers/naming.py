"""Node ids for imported operations: readable, unique, and usable as PyTorch names."""

from __future__ import annotations

import re


def fresh_id(base: str, taken: set[str]) -> str:
    """'layer1.0.conv1' -> 'layer1_0_conv1' (then '_2', '_3' if taken); adds it to ``taken``.
    Names PyTorch uses itself ('train', 'forward') get '_op'."""
    from netstudio.core.checks.structure import RESERVED

    stem = re.sub(r"\W+", "_", base.replace(".", "_")).strip("_") or "node"
    if stem in RESERVED:
        stem += "_op"
    name, i = stem, 2
    while name in taken:
        name = f"{stem}_{i}"
        i += 1
    taken.add(name)
    return name
