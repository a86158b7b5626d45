"""Export a project: readable PyTorch source, ONNX, or a torch.export program (.pt2).

Each exporter lives in its own module and imports torch (and onnx) only when called.
"""

from __future__ import annotations

FORMATS = ("python", "onnx", "torch_export")


class ExportError(Exception):
    """The project cannot be exported in the asked format; the message says why and what to do."""
