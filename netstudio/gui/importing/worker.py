"""ImportWorker: imports and saves a network in a background thread (netstudio.core.importers).

It never touches widgets: it emits ``finished(ImportDone)`` with the saved file and a summary,
or ``failed(message)``. The project on screen is not involved; the window opens the saved
file only after a success.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from netstudio.core.importers.isolated import ImportSummary, summary_of
from netstudio.gui.i18n import core_text, error_text


@dataclass(frozen=True)
class ImportRequest:
    source: str  # torchvision:NAME, FILE.py:CLASS or FILE.onnx
    output: Path  # the project file to write
    input_shape: tuple[int, ...] | None = None
    weights: Path | None = None


# what a finished import reports (the same summary whether it ran here or in a child)
ImportDone = ImportSummary


class ImportWorker(QObject):
    finished = Signal(object)  # ImportDone
    failed = Signal(str)
    done = Signal()  # after either, to end the thread

    def __init__(self, request: ImportRequest) -> None:
        super().__init__()
        self.request = request
        self.isolated = None  # the child process importing a Python file, while it runs

    def cancel(self) -> None:
        """Stop a Python file's import (any thread): its code runs in a child process that
        is ended; torchvision and ONNX imports run no user code and finish by themselves."""
        if self.isolated is not None:
            self.isolated.cancel()

    @Slot()
    def run(self) -> None:
        from netstudio.core.importers import ImportFailure
        from netstudio.core.importers.isolated import ImportCancelled, IsolatedImport

        r = self.request
        if ".py:" in r.source:  # the user's code: in a child process that can be stopped
            self.isolated = IsolatedImport(r.source, r.output, r.input_shape, r.weights)
            try:
                s = self.isolated.run()
            except ImportCancelled:
                self.failed.emit(self.tr("The import of {0} was stopped; nothing was "
                                         "written.").format(r.source))
            except ImportFailure as e:
                self.failed.emit(error_text(e))
            else:
                self.finished.emit(s)
            finally:
                self.done.emit()
            return
        try:
            from netstudio.core.importers.network import import_network
            from netstudio.core.importers.saving import save_import

            result = import_network(r.source, r.input_shape, r.weights)
            save_import(result, r.output)
        except ImportFailure as e:
            self.failed.emit(error_text(e))
        except OSError as e:
            self.failed.emit(self.tr("Cannot write {0} ({1}).").format(
                str(r.output), core_text(e.strerror) or str(e)))
        except Exception as e:  # noqa: BLE001  (a bug: still a message, never a crash)
            self.failed.emit(self.tr("Internal error while importing {0} ({1}: {2}). Please "
                                     "report it.").format(r.source, type(e).__name__, str(e)))
        else:
            self.finished.emit(summary_of(result, r.output))
        finally:
            self.done.emit()
