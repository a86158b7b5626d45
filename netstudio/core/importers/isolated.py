"""Import a network in a child process that can be stopped: for the app's File > Import.

Importing ``FILE.py:CLASS`` runs the user's code. In the command line it runs in the main
thread, where a timer signal stops code that loops or waits (``user_code_limit``); in the app
it would run in a worker thread, where nothing can stop it: a loop would keep the import busy
for ever and the window could not close. Here the import runs in a spawned child process (its
main thread, so the same time limit applies), the parent waits for a small summary, and
``cancel()`` or a hard deadline ends the child whatever it is doing. Nothing but the summary
or the failure's message (a picklable Text) crosses back; the child writes the project file
itself (save_import: atomic).
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netstudio.core.importers import messages as msg
from netstudio.core.importers.sources import ImportFailure, user_code_seconds
from netstudio.core.text import message_of

# past the child's own limit (user code) the import may still trace and check the network
DEADLINE_MARGIN_SECONDS = 120.0


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    layers: int
    params: int
    opaque: tuple[str, ...]
    notes: tuple[str, ...]
    problem: str | None  # the self-check's finding, if the outputs differ


def summary_of(result: Any, path: str | Path) -> ImportSummary:
    """What the window says of a saved import (an ImportResult saved at ``path``)."""
    graph = result.project.graph
    params = sum(sum(t.numel() for t in w.values()) for w in result.weights.values())
    return ImportSummary(Path(path), len(graph), int(result.source_params or params),
                         tuple(result.opaque), tuple(result.notes), result.check_error or None)


class ImportCancelled(Exception):
    """``cancel()`` ended the import; nothing was written."""


class IsolatedImport:
    """``run()`` imports SOURCE into ``output`` in a child process and returns its summary;
    ImportFailure with the reason, ImportCancelled after ``cancel()`` (from any thread)."""

    def __init__(self, source: str, output: str | Path,
                 input_shape: tuple[int, ...] | None = None,
                 weights: str | Path | None = None, seconds: float | None = None) -> None:
        self.args = (source, str(output), input_shape, str(weights) if weights else None)
        self.seconds = user_code_seconds() if seconds is None else float(seconds)
        self._cancelled = threading.Event()
        self._process: Any = None

    def run(self) -> ImportSummary:
        context = multiprocessing.get_context("spawn")  # no fork: the parent has Qt threads
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(sender, self.args, self.seconds),
                                  name="netstudio-import", daemon=True)
        self._process = process
        if self._cancelled.is_set():
            raise ImportCancelled
        process.start()
        sender.close()  # the child holds the only writing end: its exit ends the wait
        try:
            answer = self._wait(receiver, process)
        finally:
            receiver.close()
            if process.is_alive():
                process.kill()
            process.join(5)
        if answer is None:
            if self._cancelled.is_set():
                raise ImportCancelled
            raise ImportFailure(msg.IMPORT_STOPPED_UNEXPECTEDLY(source=self.args[0],
                                                                code=process.exitcode))
        kind, value = answer
        if kind == "failed":
            raise ImportFailure(value)
        return value

    def cancel(self) -> None:
        self._cancelled.set()
        process = self._process
        if process is not None and process.pid is not None and process.is_alive():
            process.kill()

    def _wait(self, receiver: Any, process: Any) -> tuple[str, Any] | None:
        """The child's answer; None if it ended (or was ended) without one."""
        limit = self.seconds + DEADLINE_MARGIN_SECONDS
        deadline = time.monotonic() + limit
        while not self._cancelled.is_set():
            if receiver.poll(0.2):
                try:
                    return receiver.recv()
                except (EOFError, OSError):
                    return None
            if not process.is_alive() and not receiver.poll(0):
                return None
            if time.monotonic() > deadline:
                process.kill()
                return ("failed", msg.IMPORT_DID_NOT_FINISH(source=self.args[0], seconds=limit))
        return None


def _child(sender: Any, args: tuple[Any, ...], seconds: float) -> None:
    """In the child process: import, save, send the summary or the failure's message."""
    import os

    os.environ["NETSTUDIO_USER_CODE_SECONDS"] = repr(seconds)
    source, output, input_shape, weights = args
    try:
        from netstudio.core.importers.network import import_network
        from netstudio.core.importers.saving import save_import

        result = import_network(source, input_shape, weights)
        save_import(result, output)
        sender.send(("ok", summary_of(result, output)))
    except ImportFailure as e:
        sender.send(("failed", message_of(e)))
    except OSError as e:
        sender.send(("failed", msg.CANNOT_WRITE_IMPORT(path=output, error=e.strerror or str(e))))
    except MemoryError:
        sender.send(("failed", msg.IMPORT_NEEDS_MORE_MEMORY(source=source)))
    except Exception as e:  # noqa: BLE001  (a bug: still a message, never a traceback)
        sender.send(("failed", msg.INTERNAL_ERROR_IMPORTING(source=source,
                                                            kind=type(e).__name__, error=str(e))))
    finally:
        sender.close()
