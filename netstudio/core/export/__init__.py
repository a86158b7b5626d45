"""Export a project: readable PyTorch source, ONNX, or a torch.export program (.pt2).

Each exporter lives in its own module and imports torch (and onnx) only when called.
"""

from __future__ import annotations

FORMATS = ("python", "onnx", "torch_export")


class ExportError(Exception):
    """Nothing was exported; the message says why and what to do. ``kind`` (service.py):
    "output", "weights", "graph", "format" (the default) or "write"; ``diagnostics`` the
    graph's errors for kind "graph"."""

    def __init__(self, message: str, kind: str = "format", diagnostics: tuple = ()) -> None:
        super().__init__(message)
        self.kind = kind
        self.diagnostics = tuple(diagnostics)

    @property
    def exit_code(self) -> int:
        """The command line's: 1 for the network (graph, format), 2 for files."""
        return 1 if self.kind in ("graph", "format") else 2
