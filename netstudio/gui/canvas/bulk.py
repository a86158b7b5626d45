"""Showing a big project without paying the garbage collector for it.

Opening a 5,000-node project makes some 100,000 Python objects (model, canvas items, their
wrappers). Left on, the collector runs hundreds of rounds meanwhile, several of them over
everything torch and Qt keep alive (about 0.1 s each here). For a big graph it is paused while
the project is shown. No round is needed after: the canvas being replaced has no reference
cycles left (GraphScene.load breaks them), so it is freed as its last reference goes (a full
round there found 7 objects, for 70 ms). Either way, everything alive is then moved out of the
rounds (gc.freeze): the model and the canvas live as long as the project is shown, and later
edits should not walk them. The next project shown unfreezes it all again.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

BIG = 1000  # nodes: smaller projects are shown with the collector running as usual

F = TypeVar("F", bound=Callable[..., Any])


def collector_paused(method: F) -> F:
    """For ``window.set_project(project, ...)``: the collector paused while a big project
    (shown or replaced) is built; gc.freeze() at the end."""

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
            gc.freeze()

    return run  # type: ignore[return-value]
