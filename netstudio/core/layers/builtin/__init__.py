"""The builtin layers. Importing this package registers them, in palette order."""

from __future__ import annotations

import importlib

# Registration order is the palette order (categories appear in this order).
_MODULES = ("io", "dense", "conv", "pool", "activation", "norm", "dropout", "shape", "merge",
            "recurrent", "opaque", "blocks")

for _name in _MODULES:
    importlib.import_module(f"netstudio.core.layers.builtin.{_name}")
