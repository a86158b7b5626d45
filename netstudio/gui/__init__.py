"""The desktop app: a thin Qt layer over netstudio.core (the only package importing PySide6)."""

from __future__ import annotations

import ctypes
import sys


def _guard_none_refcount() -> bool:
    """Keep a PySide6 refcount bug from aborting the app; True if the guard was needed.

    PySide6 6.12.0 on Python 3.11 returns None from every void method (setPen, update,
    setText, ...) without taking a reference, so each call lowers None's reference count by
    one. After some tens of thousands of calls (a few seconds of painting a big graph) Python
    aborts with "none_dealloc: deallocating None". Python 3.12+ makes None immortal, which
    hides the bug there; on older versions we probe for the leak and, if present, give None a
    count so large that it can never reach zero (the same thing 3.12 does).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    if sys.getrefcount(None) >= before:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value = 1 << 60
    return True


NONE_REFCOUNT_GUARDED = _guard_none_refcount()
