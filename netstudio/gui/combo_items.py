"""Combo boxes in narrow panels: a short entry text that fits the box, the long form in the
entry's tooltip and in the box's tooltip while that entry is chosen.

A 300-px dock (1280x720) has ~180 px for a combo's text; "auto (bfloat16 where the hardware
has it)" was cut there. The box shows "auto"; hovering the list entry or the closed box
reads the whole sentence.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

TIP_ROLE = Qt.ItemDataRole.ToolTipRole
_GENERAL_TIP = "netstudio_general_tip"  # the box's own tooltip, kept under the entry's

# "Cosine decay (CosineAnnealingLR)", "带重启的余弦（CosineAnnealingWarmRestarts）": a title
# that ends with the torch class it runs, in ASCII or full-width brackets.
_TRAILING_NAME = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*$")


def add_item(combo: QComboBox, text: str, data: Any, tip: str = "") -> None:
    """Append an entry; ``tip`` is its long form (shown on hover, in the list and the box)."""
    combo.addItem(text, data)
    if tip:
        combo.setItemData(combo.count() - 1, tip, TIP_ROLE)


def without_class_name(title: str) -> str:
    """"Cosine decay (CosineAnnealingLR)" -> "Cosine decay" (the full title goes in the
    tooltip). A title that is only a name in brackets stays whole."""
    short = _TRAILING_NAME.sub("", title)
    return short or title


def tip_follows_entry(combo: QComboBox, general: str = "") -> None:
    """The closed box's tooltip says what the chosen entry means, then ``general``."""
    combo.setProperty(_GENERAL_TIP, general)
    combo.currentIndexChanged.connect(lambda _i: _update_tip(combo))
    _update_tip(combo)


def _update_tip(combo: QComboBox) -> None:
    entry = combo.itemData(combo.currentIndex(), TIP_ROLE) if combo.currentIndex() >= 0 else ""
    general = combo.property(_GENERAL_TIP) or ""
    combo.setToolTip("\n\n".join(t for t in (entry, general) if t))
