"""Where a number in a problem comes from, for the places the app shows problems (card
tooltips, Properties, Problems): a size that disagrees after a Flatten is explained by the
Flatten's input, "'flatten' turns its 64×4×4 input into 64 × 4 × 4 = 1024 features"."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication

from netstudio.gui.canvas.labels import shape_text


def why(diagnostic: Any, analysis: Any, graph: Any) -> str | None:
    """A sentence saying where the diagnostic's number comes from, or None."""
    if getattr(diagnostic, "code", "") != "inferred-mismatch" or diagnostic.node is None:
        return None
    if analysis is None or graph is None or diagnostic.node not in graph:
        return None
    inputs = graph.inputs_of(diagnostic.node)
    if len(inputs) != 1:
        return None
    src = inputs[0].src
    node, info = graph.nodes.get(src), analysis.nodes.get(src)
    if node is None or node.type != "Flatten" or info is None or not info.in_shapes:
        return None
    shape = tuple(info.in_shapes[0])
    if len(shape) < 2:
        return None
    return QCoreApplication.translate(
        "Explain", "'%1' turns its %2 input into %3 = %4 features.").replace(
        "%1", src).replace("%2", shape_text(shape)).replace(
        "%3", " × ".join(str(d) for d in shape)).replace("%4", str(math.prod(shape)))
