"""Bring existing networks in: torchvision architectures, the user's Python classes, ONNX.

``import_network(source, input_shape=None, weights=None) -> ImportResult`` (network.py) and
``save_import(result, path)`` (saving.py) are the API the CLI and the app share; failures
are ``ImportFailure`` with a message for the user. See docs/import.md.
"""

from __future__ import annotations

from netstudio.core.importers.sources import ImportFailure, Source, parse_source

__all__ = ["ImportFailure", "Source", "parse_source"]
