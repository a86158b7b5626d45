"""Trace an nn.Module into a list of operations with their values (the importer's input).

torch.fx first: its graph keeps module calls (``layer1.0.conv1``) and functions
(``torch.flatten``) as written. Where fx cannot trace (a Python branch on a shape, iterating a
size), torch.export can: its operations are aten ops, and calls of torch.nn layers are folded
back into module calls using the module stack it records. Where neither can (the branch
depends on the values of a tensor), a submodule that fx cannot trace is kept whole as an
opaque Module, and a failure in the top module is an ImportFailure naming the line.

The traced graph runs twice, on batches of 2 and 3 random samples, so every operation has
its values (tensors as shape and dtype only): a number that is 2 in one run and 3 in the other
is the batch size; anything else that differs depends on the batch and cannot be recorded.
"""

from __future__ import annotations

import contextlib
import io
import logging
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import fx

from netstudio.core.importers import messages as msg
from netstudio.core.importers import reasons as R
from netstudio.core.importers.sources import ImportFailure, _first_line, user_frame

BATCHES = (2, 3)
MAX_LEAF_RETRIES = 32


@dataclass(frozen=True)
class Ref:
    """An argument that is another operation's result."""

    name: str


@dataclass(frozen=True)
class TensorMeta:
    shape: tuple[int, ...]
    dtype: torch.dtype


class Batch:
    """The batch size, wherever a traced number was it."""

    def __repr__(self) -> str:
        return "BATCH"


BATCH = Batch()


class Varies:
    """A value that depends on the batch in another way (cannot be recorded)."""

    def __init__(self, a: Any, b: Any) -> None:
        self.a, self.b = a, b

    def __repr__(self) -> str:
        return f"Varies({self.a!r}, {self.b!r})"


@dataclass
class Op:
    name: str
    kind: str  # input | attr | module | function | method | output
    target: Any  # module path | callable | method name | attribute path | aten op
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    scope: tuple[tuple[str, str], ...] = ()  # (module path, class name), outermost first
    value: Any = None  # folded value: TensorMeta, tuple of them, or a constant (BATCH marks)


@dataclass
class Traced:
    root: torch.nn.Module
    ops: list[Op]
    method: str  # "torch.fx" | "torch.export"
    leaves: tuple[str, ...] = ()  # submodules kept whole (user code fx could not trace)
    attrs: dict[str, torch.Tensor] = field(default_factory=dict)  # get_attr path -> tensor
    example: torch.Tensor | None = None  # the batch-2 input
    expected: Any = None  # the module's own output for it
    notes: list[str] = field(default_factory=list)
    root_code: str | None = None  # "my_net.py:Net" for a model from the user's file


# ---- entry -----------------------------------------------------------------------------------
def trace_module(model: torch.nn.Module, input_shape: tuple[int, ...], label: str,
                 leaves: frozenset[str] = frozenset()) -> Traced:
    """Trace ``model`` for per-sample input ``input_shape``; ``leaves``: submodules to keep
    whole. Raises ImportFailure."""
    was_training = model.training
    model.eval()
    try:
        return _trace(model, tuple(input_shape), label, leaves)
    finally:
        model.train(was_training)


def _trace(model: torch.nn.Module, shape: tuple[int, ...], label: str,
           forced: frozenset[str]) -> Traced:
    gen = torch.Generator().manual_seed(0)
    xs = [torch.randn(b, *shape, generator=gen) for b in BATCHES]
    example = xs[0][:1]  # the self-check's input: one sample is enough, and half the work
    expected = _run_eager(model, [example], shape, label)
    notes: list[str] = []
    gm, fx_error = _fx_trace(model, forced)
    method, leaves = "torch.fx", tuple(sorted(forced))
    if gm is None and forced:
        gm, leaves, failure = _fx_with_leaves(model, set(forced))
        if gm is None:
            raise ImportFailure(_trace_failure(label, failure or fx_error, None))
    if gm is None:
        gm, export_error = _export_trace(model, xs[0])
        method = "torch.export"
        if gm is None:
            gm, leaves, failure = _fx_with_leaves(model)
            method = "torch.fx"
            if gm is None:
                raise ImportFailure(_trace_failure(label, failure or fx_error, export_error))
    if leaves:
        notes.append((R.KEPT_WHOLE_ONE if len(leaves) == 1 else R.KEPT_WHOLE)(
            names=", ".join(leaves)))
    ops, attrs = (_ops_from_fx(gm) if method == "torch.fx" else _ops_from_export(gm, model))
    _fold_values(gm, ops, xs, label)
    return Traced(model, ops, method, tuple(leaves), attrs, example, expected[0], notes)


def _run_eager(model: torch.nn.Module, xs: list[torch.Tensor], shape: tuple[int, ...],
               label: str) -> list[Any]:
    out = []
    for x in xs:
        try:
            with torch.no_grad():
                out.append(model(x))
        except Exception as e:  # noqa: BLE001  (the user's model may raise anything)
            raise ImportFailure(
                msg.FAILS_INPUT_SHAPE_PER(label=label,
                                          list=list(x.shape),
                                          list2=list(shape),
                                          user_frame=user_frame(e),
                                          error=type(e).__name__,
                                          first_line=_first_line(e))) from None
    return out


# ---- torch.fx --------------------------------------------------------------------------------
class _Tracer(fx.Tracer):
    """fx's tracer, plus: chosen submodules stay whole, and the module being traced when
    tracing fails is remembered (``failed_in``)."""

    def __init__(self, leaves: frozenset[str]) -> None:
        super().__init__()
        self.leaves = leaves
        self.failed_in: str | None = None

    def is_leaf_module(self, m: torch.nn.Module, qualname: str) -> bool:
        return qualname in self.leaves or super().is_leaf_module(m, qualname)

    def call_module(self, m: torch.nn.Module, forward: Any, args: Any, kwargs: Any) -> Any:
        try:
            return super().call_module(m, forward, args, kwargs)
        except Exception:
            if self.failed_in is None:
                self.failed_in = self.path_of_module(m)
            raise


def _fx_trace(model: torch.nn.Module, leaves: frozenset[str]
              ) -> tuple[fx.GraphModule | None, tuple[Exception, str | None] | None]:
    tracer = _Tracer(leaves)
    try:
        graph = tracer.trace(model)
    except Exception as e:  # noqa: BLE001  (any tracing failure: we try another way)
        return None, (e, tracer.failed_in)
    return fx.GraphModule(tracer.root, graph, type(model).__name__), None


def _fx_with_leaves(model: torch.nn.Module, leaves: set[str] | None = None
                    ) -> tuple[fx.GraphModule | None, tuple[str, ...], Any]:
    """fx again, keeping each submodule that fails whole, until the trace succeeds."""
    leaves = set(leaves or ())
    failure = None
    for _ in range(MAX_LEAF_RETRIES):
        gm, failure = _fx_trace(model, frozenset(leaves))
        if gm is not None:
            return gm, tuple(sorted(leaves)), None
        _, where = failure
        if not where or where in leaves:
            return None, (), failure
        leaves.add(where)
    return None, (), failure


# ---- torch.export ----------------------------------------------------------------------------
def _export_trace(model: torch.nn.Module, x: torch.Tensor) -> tuple[Any, Exception | None]:
    from torch.export import Dim

    # torch.export logs and prints whole graphs when it gives up; the message says enough.
    logging.disable(logging.WARNING)
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            program = torch.export.export(model, (x,), strict=False,
                                          dynamic_shapes=({0: Dim("batch", min=2)},))
        return program.module(), None
    except Exception as e:  # noqa: BLE001
        return None, e
    finally:
        logging.disable(logging.NOTSET)


def _trace_failure(label: str, fx_error: Any, export_error: Exception | None) -> str:
    err, where = fx_error if fx_error else (None, None)
    detail = export_error or err
    text = " ".join(_first_line(detail).split()) if detail is not None else R.UNKNOWN_REASON
    line = user_frame(detail) if detail is not None else ""
    if not line and err is not None:
        line = user_frame(err)
    place = R.PLACE_SUBMODULE(path=where) if where else R.PLACE_FORWARD
    data_dependent = any(k in text for k in ("data-dependent", "data dependent",
                                              "GuardOnDataDependent", "control flow"))
    if data_dependent or "control flow" in str(err):
        return R.BRANCHES_ON_VALUES(label=label, place=place,
                                    line=R.AT_LINE(line=line.rstrip(": ")) if line else "")
    return R.NOT_TRACEABLE_AT(label=label, place=place, line=line, text=text)


# ---- operations from the graphs --------------------------------------------------------------
def _scope(node: fx.Node, drop_last: bool) -> tuple[tuple[str, str], ...]:
    stack = node.meta.get("nn_module_stack") or {}
    items = []
    for path, cls in stack.values():
        if path in ("", None) or str(path).startswith("_empty"):
            continue
        name = cls.__name__ if isinstance(cls, type) else str(cls).rsplit(".", 1)[-1]
        items.append((str(path), name))
    return tuple(items[:-1] if drop_last and items else items)


def _to_refs(value: Any) -> Any:
    return fx.node.map_arg(value, lambda n: Ref(n.name))


def _ops_from_fx(gm: fx.GraphModule) -> tuple[list[Op], dict[str, torch.Tensor]]:
    ops: list[Op] = []
    attrs: dict[str, torch.Tensor] = {}
    for n in gm.graph.nodes:
        kind = {"placeholder": "input", "get_attr": "attr", "call_module": "module",
                "call_function": "function", "call_method": "method", "output": "output"}[n.op]
        if kind == "attr":
            attrs[n.name] = _attr(gm, n.target)
        ops.append(Op(n.name, kind, n.target, _to_refs(n.args), _to_refs(n.kwargs),
                      _scope(n, kind == "module")))
    return ops, attrs


def _attr(gm: torch.nn.Module, path: str) -> torch.Tensor:
    obj: Any = gm
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _ops_from_export(gm: fx.GraphModule, model: torch.nn.Module
                     ) -> tuple[list[Op], dict[str, torch.Tensor]]:
    """aten operations, with each call of a torch.nn layer folded back into a module call."""
    from netstudio.core.importers.torch_map import MODULE_TYPES

    layer_names = {f"{c.__module__}.{c.__qualname__}" for c in MODULE_TYPES}
    nodes = list(gm.graph.nodes)
    attrs = {n.name: _attr(gm, n.target) for n in nodes if n.op == "get_attr"}
    groups: dict[str, list[fx.Node]] = {}
    group_of: dict[str, str] = {}
    for n in nodes:
        stack = n.meta.get("nn_module_stack") or {}
        if n.op != "call_function" or not stack:
            continue
        key, (path, cls) = list(stack.items())[-1]
        cls_name = cls if isinstance(cls, str) else f"{cls.__module__}.{cls.__qualname__}"
        if cls_name in layer_names:
            groups.setdefault(key, []).append(n)
            group_of[n.name] = key
    ops: list[Op] = []
    emitted: set[str] = set()
    for n in nodes:
        if n.op == "call_module":  # torch.export's guard check, not part of the network
            continue
        key = group_of.get(n.name)
        if key is None:
            kind = {"placeholder": "input", "get_attr": "attr", "call_function": "function",
                    "output": "output"}[n.op]
            ops.append(Op(n.name, kind, n.target, _to_refs(n.args), _to_refs(n.kwargs),
                          _scope(n, False)))
            continue
        if key in emitted:
            continue
        emitted.add(key)
        members = groups[key]
        names = {m.name for m in members}
        inputs: list[str] = []
        for m in members:
            for a in m.all_input_nodes:
                if a.name not in names and a.op != "get_attr" and a.name not in inputs:
                    inputs.append(a.name)
        last = members[-1]
        path = list(last.meta["nn_module_stack"].values())[-1][0]
        scope = _scope(last, True)
        ops.append(Op(last.name, "module", path, tuple(Ref(i) for i in inputs), {}, scope))
        # The group's inner results are not visible outside: only its last one is used.
        outside = [u for m in members[:-1] for u in m.users if u.name not in names]
        if outside:
            raise ImportFailure(msg.TORCH_EXPORT_SPLIT_LAYER(path=path))
    _ = model
    return ops, attrs


# ---- values ----------------------------------------------------------------------------------
class _Recorder(fx.Interpreter):
    def __init__(self, gm: fx.GraphModule) -> None:
        super().__init__(gm)
        self.values: dict[str, Any] = {}

    def run_node(self, n: fx.Node) -> Any:
        value = super().run_node(n)
        self.values[n.name] = _meta(value)
        return value


def _record(gm: fx.GraphModule, x: torch.Tensor, fake: bool) -> dict[str, Any]:
    recorder = _Recorder(gm)
    with torch.no_grad():
        if not fake:
            recorder.run(x)
            return recorder.values
        from torch._subclasses.fake_tensor import FakeTensorMode

        with FakeTensorMode(allow_non_fake_inputs=True) as mode:
            recorder.run(mode.from_tensor(x))
    return recorder.values


def _meta(value: Any) -> Any:
    if isinstance(value, torch.Tensor):
        return TensorMeta(tuple(int(d) for d in value.shape), value.dtype)
    if isinstance(value, torch.Size):
        return tuple(int(d) for d in value)
    if isinstance(value, tuple | list):
        out = [_meta(v) for v in value]
        return tuple(out) if isinstance(value, tuple) else out
    if isinstance(value, torch.SymInt):
        return int(value)
    return value


def _fold_values(gm: fx.GraphModule, ops: list[Op], xs: list[torch.Tensor],
                 label: str) -> None:
    runs = []
    for x in xs:
        try:  # shapes only, no arithmetic: fast even for big networks
            runs.append(_record(gm, x, fake=True))
        except Exception:  # noqa: BLE001  (an op fake tensors do not support: run it for real)
            try:
                runs.append(_record(gm, x, fake=False))
            except Exception as e:  # noqa: BLE001
                raise ImportFailure(msg.TRACED_GRAPH_DOES_RUN(label=label,
                                                              error=type(e).__name__,
                                                              first_line=_first_line(e))) from None
    for op in ops:
        op.value = fold(runs[0].get(op.name), runs[1].get(op.name))


def fold(a: Any, b: Any) -> Any:
    """One value from the two runs: tensors by their per-run shapes, numbers that were the
    batch size as BATCH, anything else that differs as Varies."""
    if isinstance(a, TensorMeta) and isinstance(b, TensorMeta):
        if a.shape[:1] == (BATCHES[0],) and b.shape[:1] == (BATCHES[1],) and \
                a.shape[1:] == b.shape[1:]:
            return TensorMeta((-1, *a.shape[1:]), a.dtype)  # -1: the batch dimension
        return Varies(a, b) if a != b else a
    if isinstance(a, tuple | list) and isinstance(b, tuple | list) and len(a) == len(b):
        out = [fold(x, y) for x, y in zip(a, b, strict=True)]
        return tuple(out) if isinstance(a, tuple) else out
    if isinstance(a, int) and not isinstance(a, bool) and (a, b) == BATCHES:
        return BATCH
    if type(a) is type(b) and a == b:
        return a
    return Varies(a, b)
