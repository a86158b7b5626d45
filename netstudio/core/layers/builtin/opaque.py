"""Module and Function: imported operations that have no netstudio layer of their own.

An importer makes one of these when a traced module or function maps to no layer. The node
keeps what it is (a torch.nn class or a submodule of the user's code; a tensor function with
its arguments), the shapes it was traced with, and why it is opaque; it still compiles and
trains. What may run is decided in netstudio.core.layers.opaque (files never run code on open).
"""

from __future__ import annotations

import functools
import json

from netstudio.core.layers.builtin._base import declare, fmt, numel
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

CATEGORY = QT_TRANSLATE_NOOP("Layers", "Imported")

NOT_A_TENSOR = QT_TRANSLATE_NOOP("Layers", "returns a {kind}, not a tensor")
SET_OUTPUT = QT_TRANSLATE_NOOP("Layers", "set output to the number of the element to use")
CHANGES_BATCH = QT_TRANSLATE_NOOP("Layers", "changes the batch dimension, which a layer must "
                                  "keep")
REIMPORT = QT_TRANSLATE_NOOP("Layers", "import the network again or replace this node")
CANNOT_RUN = QT_TRANSLATE_NOOP("Layers", "cannot run on its inputs ({error})")
CHECK_OR_REIMPORT = QT_TRANSLATE_NOOP("Layers", "check its params, or import the network again")
NO_FUNCTION = QT_TRANSLATE_NOOP("Layers", "names no function")
SET_FUNCTION = QT_TRANSLATE_NOOP("Layers", "set function, e.g. 'torch.permute'")
NO_CLASS = QT_TRANSLATE_NOOP("Layers", "names neither a torch.nn class nor code")
SET_CLASS = QT_TRANSLATE_NOOP("Layers", "set class, e.g. 'torch.nn.PReLU'")
CODE_SHAPE = QT_TRANSLATE_NOOP(
    "Layers", "runs your code ({code_file}), which was imported for input {traced}, but now receives "
    "{shapes}; netstudio does not run your code to find out what it makes of that")
KEEP_SHAPE = QT_TRANSLATE_NOOP("Layers", "give the network the shape it was imported with, or "
                               "import it again with --input-shape")
NOT_BUILT = QT_TRANSLATE_NOOP("Layers", "cannot be built: {error}")
RUNS_CODE = QT_TRANSLATE_NOOP("Layers", "runs Python code from {code_file} (submodule '{path}') when "
                              "the network is built: {reason}")
ALLOW_CODE = QT_TRANSLATE_NOOP("Layers", "netstudio runs it only when you allow that file (File "
                               "> Allow Code From…, or NETSTUDIO_TRUST_CODE); rebuild it from "
                               "layers to edit it")
NO_LAYER = QT_TRANSLATE_NOOP("Layers", "it has no netstudio layer")
FUNCTION_WORD = QT_TRANSLATE_NOOP("Layers", "function")
MODULE_WORD = QT_TRANSLATE_NOOP("Layers", "module")
WHOLE_MODEL = QT_TRANSLATE_NOOP("Layers", "(the whole model)")
OPAQUE = QT_TRANSLATE_NOOP("Layers", "is an opaque {kind} ({what}): {reason}")
OPAQUE_FIX = QT_TRANSLATE_NOOP("Layers", "it trains and exports as it is; its params can be "
                               "edited as JSON")


def _recorded(p):
    return [Param("traced_inputs", "json", None,
                  QT_TRANSLATE_NOOP("Layers", "Input shapes (per sample) it was imported with."),
                  optional=True),
            Param("traced_output", "json", None,
                  QT_TRANSLATE_NOOP("Layers", "Output shape (per sample) it was imported with."),
                  optional=True),
            Param("output", "int", None,
                  QT_TRANSLATE_NOOP("Layers", "Which element of a tuple result to use; empty = "
                                    "the result itself."), min=0, optional=True),
            Param("reason", "str", "",
                  QT_TRANSLATE_NOOP("Layers", "Why it has no layer of its own."))]


def _shapes_match(p, ins):
    traced = p.get("traced_inputs")
    return isinstance(traced, list) and [tuple(s) for s in traced] == [tuple(s) for s in ins]


def _traced_output(p):
    out = p.get("traced_output")
    if isinstance(out, list) and all(isinstance(d, int) and d > 0 for d in out):
        return tuple(out)
    return None


@functools.lru_cache(maxsize=4096)
def _meta_run(kind: str, key: str, in_shapes: tuple) -> tuple[tuple[int, ...], int]:
    """(per-sample output shape, trainable parameter count) on the meta device."""
    import torch

    p = json.loads(key)
    with torch.device("meta"):
        module = _make(kind, p, in_shapes)
        xs = [torch.empty(2, *s) for s in in_shapes]
        y = module(*xs)
    if not isinstance(y, torch.Tensor):
        raise ShapeError(NOT_A_TENSOR, SET_OUTPUT, field="output", code="bad-param",
                         kind=type(y).__name__)
    if y.dim() == 0 or y.shape[0] != 2:
        raise ShapeError(CHANGES_BATCH, REIMPORT, code="bad-shape")
    count = sum(t.numel() for t in module.parameters() if t.requires_grad)
    return tuple(int(d) for d in y.shape[1:]), int(count)


def _make(kind, p, in_shapes):
    from netstudio.core.layers import opaque

    if kind == "Function":
        tensors = p.get("tensors") or {}
        if not isinstance(tensors, dict):
            raise opaque.OpaqueError("tensors must map names to {\"shape\": [...]}")
        return opaque.FunctionModule.make(p["function"], list(p.get("args") or []),
                                          dict(p.get("kwargs") or {}), tensors, p.get("output"))
    if p.get("code"):
        module = opaque.build_code_module(p["code"], p.get("path") or "")
    else:
        cls = opaque.torch_nn_class(p.get("class") or "")
        module = cls(**(p.get("kwargs") or {}))
    return opaque.select_output(module, p.get("output"))


def _shape_error(e):
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return ShapeError(CANNOT_RUN, CHECK_OR_REIMPORT, code="opaque", error=text[:200])


def _run(kind):
    def infer(p, ins):
        if kind == "Function" and not p.get("function"):
            raise ShapeError(NO_FUNCTION, SET_FUNCTION, field="function", code="bad-param")
        if kind == "Module" and not p.get("class") and not p.get("code"):
            raise ShapeError(NO_CLASS, SET_CLASS, field="class", code="bad-param")
        if kind == "Module" and p.get("code"):  # never run user code to check a file
            out = _traced_output(p)
            if out is not None and _shapes_match(p, ins):
                return out
            traced = p.get("traced_inputs")
            raise ShapeError(
                CODE_SHAPE, KEEP_SHAPE, code="opaque-shape", code_file=p["code"],
                traced=", ".join(fmt(s) for s in traced) if isinstance(traced, list) else "?",
                shapes=", ".join(fmt(s) for s in ins))
        try:
            key = json.dumps(p, sort_keys=True)
            return _meta_run(kind, key, tuple(tuple(s) for s in ins))[0]
        except ShapeError:
            raise
        except Exception as e:  # noqa: BLE001  (whatever torch says, as a shape error)
            raise _shape_error(e) from None

    def count(p, ins):
        if kind == "Module" and p.get("code"):
            return int(p.get("param_count") or 0)
        try:
            return _meta_run(kind, json.dumps(p, sort_keys=True),
                             tuple(tuple(s) for s in ins))[1]
        except Exception:  # noqa: BLE001  (infer reports the problem)
            return 0

    def build(p, ins):
        from netstudio.core.layers.opaque import OpaqueError

        try:
            return _make(kind, p, tuple(tuple(s) for s in ins))
        except OpaqueError as e:
            raise ShapeError(NOT_BUILT, code="opaque", error=str(e)) from None

    return infer, count, build


def _hints(kind):
    def hints(p, ins):
        from netstudio.core.importers.reasons import reason_text  # templates only, no torch

        kept = p.get("reason")
        reason = reason_text(kept) if isinstance(kept, str) and kept else NO_LAYER
        if kind == "Module" and p.get("code"):
            return [("warning", ShapeError(RUNS_CODE, ALLOW_CODE, code="runs-code",
                                           code_file=p["code"], reason=reason,
                                           path=p.get("path") or WHOLE_MODEL))]
        what = p.get("function") if kind == "Function" else p.get("class")
        kind_word = FUNCTION_WORD if kind == "Function" else MODULE_WORD
        return [("info", ShapeError(OPAQUE, OPAQUE_FIX, code="opaque", kind=kind_word,
                                    what=what, reason=reason))]
    return hints


_MODULE_PARAMS = [
    Param("class", "str", "",
          QT_TRANSLATE_NOOP("Layers", "A torch.nn layer class, e.g. 'torch.nn.PReLU'.")),
    Param("kwargs", "json", None, QT_TRANSLATE_NOOP("Layers", "Keyword arguments of its "
                                                    "constructor."), optional=True),
    Param("code", "str", "",
          QT_TRANSLATE_NOOP("Layers", "Or: the user's code it comes from, 'FILE.py:CLASS'.")),
    Param("path", "str", "",
          QT_TRANSLATE_NOOP("Layers", "The submodule of that class, e.g. 'layer1.0.attn'.")),
    Param("param_count", "int", None,
          QT_TRANSLATE_NOOP("Layers", "Trainable parameters of the code's submodule."), min=0,
          optional=True),
]
_FUNCTION_PARAMS = [
    Param("function", "str", "", QT_TRANSLATE_NOOP("Layers", "The tensor function, e.g. "
                                                   "'torch.permute' or 'Tensor.mean'.")),
    Param("args", "json", None, QT_TRANSLATE_NOOP("Layers", "Positional arguments; "
                                                  "{\"input\": 0} is the first input."),
          optional=True),
    Param("kwargs", "json", None, QT_TRANSLATE_NOOP("Layers", "Keyword arguments."),
          optional=True),
    Param("tensors", "json", None, QT_TRANSLATE_NOOP("Layers", "Tensors it stores, {name: "
                                                     "{\"shape\": [...], \"trainable\": "
                                                     "bool}}."), optional=True),
]

for _kind, _params, _desc in (
    ("Module", _MODULE_PARAMS, QT_TRANSLATE_NOOP("Layers", "An imported module netstudio has "
                                                 "no layer for; it runs as it is.")),
    ("Function", _FUNCTION_PARAMS, QT_TRANSLATE_NOOP("Layers", "An imported tensor function "
                                                     "netstudio has no layer for; it runs as "
                                                     "it is.")),
):
    _infer, _count, _build = _run(_kind)
    declare(_kind, CATEGORY, _desc, [*_params, *_recorded(None)], infer=_infer, build=_build,
            count=_count, flops=lambda p, ins, out: numel(out), min_inputs=1, max_inputs=None,
            hints=_hints(_kind), palette=False,
            shapes="inputs -> whatever it computes (recorded when imported)")
