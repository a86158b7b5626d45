"""Export a project or a trained network to a file: the one path the CLI and the app take.

    export(project, "onnx", out, weights=None, net=None, protect=()) -> ExportResult
    formats(cli_only=False) -> tuple[ExportFormat, ...]     # what --format and File > Export offer
    get_format(name) -> ExportFormat                        # KeyError for an unknown name
    register_format(ExportFormat(...)) / unregister_format(name)   # the extension point

``weights`` is a model.pt / checkpoint.pt to read (torch.load with weights_only=True); ``net``
an already compiled network with its weights (the app's last run). With neither, the network
gets fresh weights from training.seed (and a python export writes the code only).

Every guard runs before anything is written, and every failure is an ExportError whose
``kind`` tells what went wrong (the CLI's exit code follows it):

    "output"   OUT is a folder, its folder does not exist or cannot be written, or OUT (or a
               file written beside it) is the project file or the weights being read   -> 2
    "weights"  the weights cannot be read, hold no state_dict, or do not fit the network -> 2
    "graph"    the network has errors                                                     -> 1
    "format"   this network cannot be expressed in this format; generated Python that
               would not compile (found before writing it)                                -> 1
    "write"    writing failed (core.files.WriteError: a full disk is named)               -> 2

Files are written with core.files.atomic_write / atomic_path: whole or not at all, with the
mode any new file of the user gets.

A format (ExportFormat) is a name, a title and file suffix for dialogs, whether it needs a
compiled network (``needs_net``) or a trained one (``needs_trained``), whether the command
line offers it (``cli``), the side files it writes besides OUT (``side_files``, guarded like
OUT) and ``write(job) -> list[Path]``. Register new ones with register_format; the app's
File > Export menu lists formats() in registration order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.export import ExportError
from netstudio.core.export import messages as msg
from netstudio.core.text import QT_TRANSLATE_NOOP, message_of


@dataclass(frozen=True)
class ExportJob:
    """What a format's ``write`` gets: everything checked, nothing written yet."""

    project: Any
    analysis: Any
    out: Path
    net: Any = None  # the compiled network (needs_net), trained when ``trained``
    trained: bool = False


@dataclass(frozen=True)
class ExportResult:
    format: str
    files: tuple[Path, ...]  # OUT first, then side files


@dataclass(frozen=True)
class ExportFormat:
    name: str  # "python", "onnx", ... (--format NAME)
    title: Any  # "PyTorch code" (a str, or a core.text Template the app translates)
    suffix: str  # ".py"
    write: Callable[[ExportJob], list[Path]]
    needs_net: bool = True
    needs_trained: bool = False
    cli: bool = True
    side_files: Callable[[Path, bool], list[Path]] = field(default=lambda out, trained: [])

    @property
    def label(self) -> str:
        """The English title."""
        return getattr(self.title, "source", None) or str(self.title)


_FORMATS: dict[str, ExportFormat] = {}


def register_format(fmt: ExportFormat) -> None:
    """Add (or replace, by name) a format."""
    _FORMATS[fmt.name] = fmt


def unregister_format(name: str) -> None:
    _FORMATS.pop(name, None)


def atomic_write_text(path: Path, text: str) -> Path:
    """For formats that write text: core.files.atomic_write."""
    from netstudio.core.files import atomic_write

    return atomic_write(path, text)


def formats(cli_only: bool = False) -> tuple[ExportFormat, ...]:
    return tuple(f for f in _FORMATS.values() if f.cli or not cli_only)


def get_format(name: str) -> ExportFormat:
    return _FORMATS[name]


# ---- the one export path ---------------------------------------------------------------------
def export(project: Any, fmt: str | ExportFormat, out: str | os.PathLike[str], *,
           weights: str | os.PathLike[str] | None = None, net: Any = None,
           protect: Sequence[Any] = ()) -> ExportResult:
    """Check everything, then write ``out`` (and the format's side files). Raises
    ExportError (see the module docstring); never leaves a half-written file. ``protect``:
    paths (or ``(what, path)`` pairs) that neither OUT nor a side file may replace."""
    from netstudio.core.files import WriteError, probe_writable

    spec = fmt if isinstance(fmt, ExportFormat) else _format(fmt)
    out = Path(out)
    trained = weights is not None or net is not None
    _check_output(spec, out, trained, project, weights, protect)
    try:
        probe_writable(out.parent if str(out.parent) else ".")
    except WriteError as e:
        raise ExportError(message_of(e), "output") from None
    if spec.needs_trained and not trained:
        raise ExportError(msg.NEEDS_TRAINED_WEIGHTS_TRAIN(label=spec.title), "weights")
    analysis = _analysis(project)
    if net is None and (spec.needs_net or weights is not None):
        net = _compile(project, analysis)
        if weights is not None:
            load_weights(net, Path(weights))
    job = ExportJob(project, analysis, out, net, trained)
    try:
        written = spec.write(job)
    except WriteError as e:
        raise ExportError(message_of(e), "write") from None
    return ExportResult(spec.name, tuple(written))


def load_weights(net: Any, path: Path) -> None:
    """Load a state_dict, or a checkpoint holding one under "model", into ``net``
    (weights_only: nothing in the file runs). Raises ExportError("weights")."""
    from netstudio.core.files import ReadError
    from netstudio.core.untrusted import load_tensors

    try:
        state = load_tensors(path)
    except FileNotFoundError:
        raise ExportError(msg.SUCH_FILE_CHECK_WEIGHTS(path=path), "weights") from None
    except ReadError as e:  # a FIFO or device: refused, never read
        raise ExportError(message_of(e), "weights") from None
    except Exception as e:  # not a torch file, or holds objects we will not unpickle
        raise ExportError(msg.READ_PYTORCH_WEIGHTS(path=path, error=type(e).__name__),
                          "weights") from None
    if isinstance(state, dict) and isinstance(state.get("model"), dict):
        state = state["model"]  # a checkpoint.pt
    if not isinstance(state, dict):
        raise ExportError(msg.HOLDS_STATE_DICT(path=path), "weights")
    try:
        net.load_state_dict(state, strict=True)
    except RuntimeError as e:
        lines = str(e).splitlines()
        detail = lines[1].strip() if len(lines) > 1 else str(e)
        raise ExportError(msg.THESE_WEIGHTS_DO_FIT(path=path, detail=detail),
                          "weights") from None


def _format(name: str) -> ExportFormat:
    try:
        return _FORMATS[name]
    except KeyError:
        raise ExportError(msg.UNKNOWN_EXPORT_FORMAT_ONE(name=name, formats=', '.join(_FORMATS)), "output") from None


def _check_output(spec: ExportFormat, out: Path, trained: bool, project: Any,
                  weights: Any, protect: Sequence[Any]) -> None:
    if out.is_dir():
        raise ExportError(msg.FOLDER_FILE_NAME(out=out), "output")
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise ExportError(msg.FOLDER_DOES_EXIST_CREATE(parent=out.parent), "output")
    inputs: list[tuple[str, Path]] = [("the project file", Path(p)) for p in (
        [project.path] if getattr(project, "path", None) else [])]
    inputs += [("the --weights file", Path(weights))] if weights is not None else []
    inputs += [(p[0], Path(p[1])) if isinstance(p, tuple) else ("an input of this export",
                                                                Path(p)) for p in protect]
    for what, path in inputs:
        if _same(out, path):
            raise ExportError(msg.ITSELF_ANOTHER_OUTPUT_FILE(out=out, what=what),
                              "output")
    for side in spec.side_files(out, trained):
        if _same(side, out):
            raise ExportError(msg.ALSO_WRITES_BESIDE_OUT(out=out,
                                                         label=spec.title,
                                                         name=side.name,
                                                         stem=out.stem,
                                                         suffix=spec.suffix),
                              "output")
        for what, path in inputs:
            if _same(side, path):
                raise ExportError(msg.EXPORTED_WEIGHTS_WOULD_WRITTEN(side=side, what=what),
                                  "output")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


def _analysis(project: Any) -> Any:
    from netstudio.core.analysis import analyze

    analysis = analyze(project)
    errors = [d for d in analysis.diagnostics if d.severity == "error"]
    if errors:  # settings too: the training script and the run would fail on them
        raise ExportError(msg.NETWORK_ERRORS_NOTHING_EXPORTED(), "graph", tuple(errors))
    return analysis


def _compile(project: Any, analysis: Any) -> Any:
    from netstudio.core.compiler import CompileError, compile_project

    try:
        return compile_project(project, analysis, seed=project.training.get("seed"))
    except CompileError as e:
        raise ExportError(message_of(e), "graph", e.diagnostics) from None


# ---- the built-in formats --------------------------------------------------------------------
def _write_python(job: ExportJob) -> list[Path]:
    from netstudio.core.export.pycode import export_python, generated_state_dict
    from netstudio.core.files import atomic_write

    source = export_python(job.project, job.analysis)
    check_compiles(source, job.out.name)
    written = [atomic_write(job.out, source)]
    if job.trained:
        import torch

        state = {k: v.detach().cpu() for k, v in generated_state_dict(job.net,
                                                                      job.project).items()}
        written.append(atomic_write(job.out.with_suffix(".pt"),
                                    lambda f: torch.save(state, f)))
    return written


def check_compiles(source: str, name: str) -> None:
    """Raise ExportError("format") unless Python can compile ``source`` (generated code)."""
    try:
        compile(source, name, "exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as e:
        raise ExportError(msg.GENERATED_CODE_WOULD_RUN(error=type(e).__name__,
                                                       value=str(e).splitlines()[0] if str(e) else ''), "format") from None


def _write_onnx(job: ExportJob) -> list[Path]:
    from netstudio.core.export.onnx_export import export_onnx

    return [export_onnx(job.net, job.out)]


def _write_program(job: ExportJob) -> list[Path]:
    from netstudio.core.export.torch_export import export_torch_program

    return [export_torch_program(job.net, job.out)]


def _write_weights(job: ExportJob) -> list[Path]:
    import torch

    from netstudio.core.files import atomic_write

    state = {k: v.detach().cpu() for k, v in job.net.state_dict().items()}
    return [atomic_write(job.out, lambda f: torch.save(state, f))]


register_format(ExportFormat(
    "python", QT_TRANSLATE_NOOP("ExportFormat", "PyTorch code"), ".py", _write_python,
    needs_net=False, side_files=lambda out, trained: [out.with_suffix(".pt")] if trained else []))
register_format(ExportFormat("onnx", QT_TRANSLATE_NOOP("ExportFormat", "ONNX model"), ".onnx",
                             _write_onnx))
register_format(ExportFormat("torch_export", QT_TRANSLATE_NOOP(
    "ExportFormat", "torch.export program"), ".pt2", _write_program))
register_format(ExportFormat("weights", QT_TRANSLATE_NOOP("ExportFormat", "Trained weights"),
                             ".pt", _write_weights, needs_trained=True, cli=False))
