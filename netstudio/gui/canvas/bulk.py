"""Showing a big project without paying the garbage collector for it.

Opening a 5,000-node project makes some 100,000 Python objects (model, canvas items, their
wrappers). Left on, the collector runs hundreds of rounds meanwhile, several of them over
everything torch and Qt keep alive (about 0.1 s each here). For a big graph it is paused and
runs one full round at the end, which also frees the big project shown before. Either way,
everything alive is then moved out of the rounds (gc.freeze): the model and the canvas live as
long as the project is shown, and later edits should not walk them.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

BIG = 1000  # nodes: below this, the collector's own rounds cost less than a full one

F = TypeVar("F", bound=Callable[..., Any])


def collector_paused(method: F) -> F:
    """For ``window.set_project(project, ...)``: the collector paused while a big project
    (shown or replaced) is built, then one full round; gc.freeze() at the end."""

    @wraps(method)
    def run(window: Any, project: Any, *args: Any, **kwargs: Any) -> Any:
        gc.unfreeze()  # what was shown so far may now be collected
        big = len(project.graph) >= BIG or len(window.scene.nodes) >= BIG
        enabled = gc.isenabled()
        if big:
            gc.disable()
        try:
            return method(window, project, *args, **kwargs)
        finally:
            if big and enabled:
                gc.enable()
            if big:
                gc.collect()
            gc.freeze()

    return run  # type: ignore[return-value]
