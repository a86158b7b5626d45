"""DataError: data that cannot be used (torch-free, so the settings checks can raise it)."""

from __future__ import annotations

from netstudio.core.diagnostics import DiagnosticError


class DataError(DiagnosticError):
    """Data that cannot be used; the message names the file or key and what to do."""
