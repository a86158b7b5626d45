"""Where an imported network comes from: a torchvision name, the user's Python file, ONNX.

``parse_source("torchvision:resnet18" | "path/my_net.py:Net" | "path/model.onnx")``. Loading
the user's file runs it (importing a module executes its top level), so callers ask first in
the app; the CLI runs what it is told. Every failure is an ImportFailure whose message names
the file or module and says what to do.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import inspect
import os
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netstudio.core.importers import messages as msg


class ImportFailure(Exception):
    """The source cannot be imported; the message says why and what to do."""


# Loading, building and tracing the user's network takes seconds; past this it is stuck (a
# loop, a wait for input or the network). NETSTUDIO_USER_CODE_SECONDS sets another limit.
USER_CODE_SECONDS = 300.0


class UserCodeTimeout(BaseException):  # noqa: N818  (not an Exception: the user's except
    """Raised inside the user's code when its time is up."""  # clauses must not swallow it)


def user_code_seconds() -> float:
    try:
        value = float(os.environ.get("NETSTUDIO_USER_CODE_SECONDS", USER_CODE_SECONDS))
    except ValueError:
        return USER_CODE_SECONDS
    return value if value > 0 else USER_CODE_SECONDS


@contextlib.contextmanager
def user_code_limit(label: str, path: Path | None = None, seconds: float | None = None
                    ) -> Iterator[None]:
    """Stop the user's code after ``seconds`` with an ImportFailure naming where it was.

    A timer signal interrupts Python code (and sleeps) between instructions; it exists in the
    main thread on POSIX only: the command line, and the child process the app imports a
    Python file in (isolated.py), which the app also ends when the user stops the import or
    the limit passes by more than a margin (code stuck outside Python). Windows: no timer."""
    import signal
    import threading

    seconds = user_code_seconds() if seconds is None else seconds
    if (not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise UserCodeTimeout

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except UserCodeTimeout as e:
        where = user_frame(e, path).rstrip(": ")
        if where:
            raise ImportFailure(msg.STOPPED_AT(label=label, seconds=seconds, where=where)
                                ) from None
        raise ImportFailure(msg.STOPPED(label=label, seconds=seconds)) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class Source:
    kind: str  # "torchvision" | "python" | "onnx"
    name: str  # model name, class name, or "" for ONNX
    path: Path | None = None  # the .py or .onnx file

    @property
    def label(self) -> str:
        if self.kind == "torchvision":
            return f"torchvision:{self.name}"
        return f"{self.path}:{self.name}" if self.kind == "python" else str(self.path)


def parse_source(text: str) -> Source:
    """Read a SOURCE argument; ImportFailure when it is none of the three forms."""
    text = (text or "").strip()
    forms = ("give torchvision:NAME (e.g. torchvision:resnet18), FILE.py:CLASS (e.g. "
             "my_net.py:Net) or FILE.onnx")
    if text.startswith("torchvision:"):
        name = text.removeprefix("torchvision:").strip()
        if not name:
            raise ImportFailure(msg.NAMES_TORCHVISION_MODEL(text=text, forms=forms))
        return Source("torchvision", name)
    if text.lower().endswith(".onnx"):
        return Source("onnx", "", Path(text).expanduser())
    file, sep, name = text.rpartition(":")
    if sep and file.lower().endswith(".py") and name.isidentifier():
        return Source("python", name, Path(file).expanduser())
    if text.lower().endswith(".py"):
        raise ImportFailure(msg.NAMES_PYTHON_FILE_BUT(text=text))
    raise ImportFailure(msg.SOURCE_NETSTUDIO_IMPORT(text=text, forms=forms))


# ---- torchvision -----------------------------------------------------------------------------
def torchvision_model(name: str, weights: Path | None = None) -> Any:
    """A torchvision architecture with random weights (netstudio never downloads), or with
    the state_dict in a local ``weights`` file."""
    import torchvision

    names = torchvision.models.list_models(module=torchvision.models)
    if name not in names:
        import difflib

        close = difflib.get_close_matches(name, names, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else (
            " See torchvision.models.list_models() for the names.")
        raise ImportFailure(msg.TORCHVISION_CLASSIFICATION_MODEL(name=name, hint=hint))
    try:
        model = torchvision.models.get_model(name, weights=None)
    except Exception as e:  # noqa: BLE001  (torchvision's own message, one line)
        raise ImportFailure(msg.TORCHVISION_COULD_BUILD(name=name, first_line=_first_line(e))) from None
    if weights is not None:
        load_weights_file(model, weights, f"torchvision:{name}")
    return model


def load_weights_file(model: Any, path: Path, what: str) -> None:
    """Load a state_dict (or a checkpoint holding one) safely: weights_only, never code."""
    import torch

    if not path.is_file():
        raise ImportFailure(msg.WEIGHTS_FILE_SUCH_FILE(path=path))
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001
        raise ImportFailure(msg.WEIGHTS_FILE_READ_PYTORCH(path=path, first_line=_first_line(e))) from None
    if isinstance(state, dict) and isinstance(state.get("state_dict"), dict):
        state = state["state_dict"]
    if isinstance(state, dict) and isinstance(state.get("model"), dict):
        state = state["model"]
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor)
                                              for v in state.values()):
        raise ImportFailure(msg.WEIGHTS_FILE_HOLDS_STATE(path=path))
    try:
        model.load_state_dict(state)
    except RuntimeError as e:
        text = " ".join(str(e).split())
        raise ImportFailure(msg.WEIGHTS_FILE_DOES_FIT(path=path, what=what, text=text[:400])) from None


# ---- the user's Python file ------------------------------------------------------------------
def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_user_module(path: Path) -> Any:
    """Import the user's file as a module (this runs its top-level code)."""
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise ImportFailure(msg.SUCH_FILE_CHECK_PATH(path=path))
    name = f"netstudio_user_{hashlib.sha1(str(path).encode()).hexdigest()[:12]}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportFailure(msg.PYTHON_FILE_PYTHON_IMPORT(path=path))
    module = importlib.util.module_from_spec(spec)
    folder = str(path.parent)
    added = folder not in sys.path
    if added:  # so `from helpers import X` next to the file works
        sys.path.insert(0, folder)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as e:
        sys.modules.pop(name, None)
        raise ImportFailure(msg.LINE_SYNTAX_ERROR_FIX(path=path, lineno=e.lineno, reason=e.msg)) from None
    except BaseException as e:  # noqa: BLE001  (anything the user's code raises, even exit)
        sys.modules.pop(name, None)
        if isinstance(e, KeyboardInterrupt | UserCodeTimeout):
            raise
        raise ImportFailure(msg.FAILED_WHILE_BEING_IMPORTED(path=path,
                                                            user_frame=user_frame(e, path),
                                                            error=type(e).__name__,
                                                            first_line=_first_line(e))) from None
    finally:
        if added and folder in sys.path:
            sys.path.remove(folder)
    return module


def instantiate_user_model(path: Path, name: str) -> Any:
    """``name`` from the user's file, called with no arguments: an nn.Module."""
    from torch import nn

    module = load_user_module(path)
    target = getattr(module, name, None)
    if target is None:
        found = sorted(k for k, v in vars(module).items()
                       if isinstance(v, type) and issubclass(v, nn.Module)
                       and v.__module__ == module.__name__)
        listing = f" It defines: {', '.join(found)}." if found else ""
        raise ImportFailure(msg.MESSAGE(path=path, name=name, listing=listing))
    if not callable(target):
        raise ImportFailure(msg.CLASS_FUNCTION(path=path, name=name))
    try:
        model = target()
    except TypeError as e:
        try:
            signature = f"{name}{inspect.signature(target)}"
        except (TypeError, ValueError):
            signature = name
        raise ImportFailure(msg.COULD_CREATED_WITHOUT_ARGUMENTS(path=path,
                                                                name=name,
                                                                signature=signature,
                                                                first_line=_first_line(e))) from None
    except BaseException as e:  # noqa: BLE001
        if isinstance(e, KeyboardInterrupt | UserCodeTimeout):
            raise
        raise ImportFailure(msg.FAILED(path=path,
                                       name=name,
                                       user_frame=user_frame(e, path),
                                       error=type(e).__name__,
                                       first_line=_first_line(e))) from None
    if not isinstance(model, nn.Module):
        raise ImportFailure(msg.RETURNED_TORCH_NN_MODULE(path=path,
                                                         name=name,
                                                         error=type(model).__name__))
    return model


def user_frame(e: BaseException, path: Path | None = None) -> str:
    """'my_net.py line 12 (`x = ...`): ' for the deepest frame in the user's file."""
    frames = traceback.extract_tb(e.__traceback__)
    if path is not None:
        mine = [f for f in frames if Path(f.filename).resolve() == Path(path).resolve()]
    else:
        mine = [f for f in frames if "site-packages" not in f.filename
                and "/netstudio/" not in f.filename.replace("\\", "/")]
    if not mine:
        return ""
    f = mine[-1]
    code = f" (`{f.line.strip()}`)" if f.line else ""
    return f"{Path(f.filename).name} line {f.lineno}{code}: "


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0][:300] if text else type(e).__name__
