"""Traced operations (trace.py) -> a netstudio graph, its weights and notes.

Each module call becomes a layer node named after the module (``layer1.0.conv1`` ->
``layer1_0_conv1``), each function a layer where one fits (``torch.flatten`` -> Flatten,
``x + y`` -> Add, ``torch.cat`` -> Concat), otherwise an opaque Function node. Reshapes that
keep the batch first (``x.view(x.size(0), -1)``, ``flatten(x, 1)``) become Flatten/Reshape
with the per-sample shape. Operations the network's output does not depend on are dropped.
An operation netstudio cannot write down inside a submodule makes that submodule opaque
(``Rebuild``: the caller traces again with it kept whole).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import torch

from netstudio.core.graph.model import Edge, Node
from netstudio.core.importers import messages as msg
from netstudio.core.importers import reasons as R
from netstudio.core.importers.naming import fresh_id
from netstudio.core.importers.sources import ImportFailure
from netstudio.core.importers.torch_map import (
    ALIAS,
    Call,
    Layer,
    NoLayer,
    function_layer,
    module_layer,
    short_name,
    torch_nn_kwargs,
)
from netstudio.core.importers.trace import BATCH, Op, Ref, TensorMeta, Traced, Varies
from netstudio.core.layers import opaque
from netstudio.core.text import message_of

RESHAPES = {"view", "reshape", "flatten", "squeeze", "unsqueeze", "view_as", "reshape_as",
            "unflatten", "_unsafe_view"}
ALIASES = {"contiguous", "clone", "alias", "detach_copy_", "lift_fresh_copy"}


class Rebuild(Exception):  # noqa: N818  (a signal to trace again, not an error)
    """Keep module ``path`` whole and trace again."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class TensorArg:
    """A traced argument that is a tensor flowing in the network: node ``node``'s output."""

    node: str
    meta: TensorMeta


@dataclass(frozen=True)
class StoredArg:
    """A tensor the module holds (a parameter or buffer read in forward)."""

    name: str
    tensor: torch.Tensor

    def __hash__(self) -> int:
        return hash(self.name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StoredArg) and other.name == self.name


@dataclass
class Built:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    weights: dict[str, dict[str, torch.Tensor]] = field(default_factory=dict)
    scopes: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # node -> scope
    paths: dict[str, str] = field(default_factory=dict)  # node -> module path (module calls)
    output: str = ""
    notes: list[str] = field(default_factory=list)


def function_name(op: Op) -> str:
    """A traced call's target as text: 'torch.flatten', 'Tensor.view', 'operator.add', ..."""
    import operator

    import torch.nn.functional as F  # noqa: N812

    target = op.target
    if op.kind == "method":
        return f"Tensor.{target}"
    if isinstance(target, torch._ops.OpOverload):
        return f"aten.{target._opname}.{target._overloadname}"
    name = getattr(target, "__name__", None) or str(target)
    if getattr(operator, name, None) is target:
        return f"operator.{name}"
    if getattr(F, name, None) is target:
        return f"torch.nn.functional.{name}"
    if getattr(torch, name, None) is target:
        return f"torch.{name}"
    if target is getattr:
        return "getattr"
    module = getattr(target, "__module__", None) or "?"
    return f"{module}.{getattr(target, '__qualname__', name)}"


class TorchGraphBuilder:
    def __init__(self, traced: Traced, label: str) -> None:
        self.t = traced
        self.label = label
        self.out = Built()
        self.produced: dict[str, TensorArg] = {}  # op name -> the tensor it stands for
        self.consts: dict[str, Any] = {}
        self.lazy: dict[str, Op] = {}  # tuple-valued ops, made when an element is taken
        self.ids: set[str] = set()
        self.calls: dict[str, int] = {}  # module path -> calls so far (shared weights)

    # ---- entry ---------------------------------------------------------------------------
    def build(self) -> Built:
        out_ref = None
        for op in self.t.ops:
            if op.kind == "input":
                self._input(op)
            elif op.kind == "attr":
                self.consts[op.name] = StoredArg(op.name, self.t.attrs[op.name])
            elif op.kind == "output":
                out_ref = self._output_ref(op.args[0] if op.args else None)
            else:
                self._op(op)
        if out_ref is None:
            raise ImportFailure(msg.RETURNS_TENSOR_NETSTUDIO_IMPORTS(label=self.label))
        self.out.output = out_ref.node
        self._prune()
        return self.out

    # ---- ops -----------------------------------------------------------------------------
    def _input(self, op: Op) -> None:
        if self.produced:
            raise ImportFailure(msg.TAKES_SEVERAL_INPUTS_NETSTUDIO(label=self.label))
        value = op.value
        if not isinstance(value, TensorMeta) or value.shape[:1] != (-1,):
            raise ImportFailure(msg.INPUT_BATCH_TENSORS(label=self.label))
        node_id = self._fresh("input")
        self.out.nodes.append(Node(node_id, "Input", {"shape": list(value.shape[1:])}))
        self.produced[op.name] = TensorArg(node_id, value)

    def _op(self, op: Op) -> None:
        value = op.value
        if isinstance(value, TensorMeta):
            if value.shape[:1] != (-1,):
                self._fail(op, R.BATCH_NOT_FIRST)
            try:
                self._tensor_op(op)
            except NoLayer as e:
                self._fail(op, e.reason)
        elif _holds_tensor(value):
            self.lazy[op.name] = op
        else:
            self.consts[op.name] = value

    def _tensor_op(self, op: Op) -> None:
        if op.kind == "module":
            self._module(op, op.target, None)
            return
        name = function_name(op)
        args = self._resolve(op.args)
        kwargs = self._resolve(op.kwargs)
        short = short_name(name)
        if short == "getitem" and args and isinstance(op.args[0], Ref) \
                and op.args[0].name in self.lazy and isinstance(args[1], int):
            self._element(op, self.lazy[op.args[0].name], args[1])
            return
        tensors = [a for a in _flat(args) + _flat(list(kwargs.values()))
                   if isinstance(a, TensorArg)]
        if short in RESHAPES and tensors and tensors[0].meta.shape[:1] == (-1,):
            self._reshape(op, name, args, kwargs, tensors[0])
            return
        if short in ALIASES and len(tensors) == 1 and tensors[0].meta.shape == op.value.shape:
            self.produced[op.name] = tensors[0]
            return
        if short in ("float", "to", "type_as") and len(tensors) >= 1 \
                and tensors[0].meta.dtype == op.value.dtype \
                and tensors[0].meta.shape == op.value.shape:
            self.produced[op.name] = tensors[0]  # a conversion that changes nothing
            return
        layer = function_layer(name, Call(short, args, kwargs),
                               lambda a: isinstance(a, TensorArg), self._batch_dim)
        if layer is not None:
            self._add(op, layer.type, layer.params, [a.node for a in layer.inputs])
            return
        self._function(op, name, args, kwargs)

    def _module(self, op: Op, path: str, index: int | None) -> None:
        m = self.t.root.get_submodule(path)
        inputs = [a for a in _flat(self._resolve(op.args)) + _flat(
            list(self._resolve(op.kwargs).values())) if isinstance(a, TensorArg)]
        if not inputs:
            self._fail(op, R.NO_TENSOR_IN)
        node_ids = [a.node for a in inputs]
        self.calls[path] = self.calls.get(path, 0) + 1
        weights = {k: v.detach().clone() for k, v in m.state_dict().items()}
        if weights and self.calls[path] == 2:
            self.out.notes.append(R.USED_TWICE(path=path))
        if path in self.t.leaves:
            params = {"code": self.t.root_code or "", "path": path,
                      "param_count": sum(p.numel() for p in m.parameters() if p.requires_grad),
                      "reason": R.NOT_TRACEABLE}
            self._opaque(op, "Module", params, node_ids, weights, index, path)
            return
        try:
            if index is not None:
                raise NoLayer(R.ONE_TENSOR)
            layer = module_layer(m)
        except NoLayer as e:
            try:
                cls, kwargs = torch_nn_kwargs(m)
            except NoLayer as inner:
                self._fail(op, R.BOTH(first=e.reason, second=inner.reason))
            params = {"class": cls, "kwargs": kwargs, "reason": e.reason}
            self._opaque(op, "Module", params, node_ids, weights, index, path)
            return
        if layer == ALIAS:
            self.produced[op.name] = inputs[0]
            return
        assert isinstance(layer, Layer)
        if len(node_ids) != 1:
            self._fail(op, f"{type(m).__name__} is called with {len(node_ids)} tensors")
        self._add(op, layer.type, layer.params, node_ids, weights, path)

    def _element(self, op: Op, producer: Op, index: int) -> None:
        if producer.kind == "module":
            self._module(producer, producer.target, index)
            self.produced[op.name] = self.produced.pop(producer.name)
            return
        name = function_name(producer)
        args, kwargs = self._resolve(producer.args), self._resolve(producer.kwargs)
        self._function(producer, name, args, kwargs, index, value=op.value)
        self.produced[op.name] = self.produced.pop(producer.name)

    def _reshape(self, op: Op, name: str, args: list, kwargs: dict, x: TensorArg) -> None:
        out = op.value.shape
        if out[:1] != (-1,):
            self._fail(op, R.ACROSS_SAMPLES)
        per_sample = list(out[1:])
        short = short_name(name)
        if short == "flatten":
            start = args[1] if len(args) > 1 else kwargs.get("start_dim", 0)
            end = args[2] if len(args) > 2 else kwargs.get("end_dim", -1)
            rank = len(x.meta.shape)
            if isinstance(start, int) and isinstance(end, int) and start % rank >= 1:
                params = {}
                if start != 1:
                    params["start_dim"] = start
                if end != -1:
                    params["end_dim"] = end
                self._add(op, "Flatten", params, [x.node])
                return
        if len(per_sample) == 1 and per_sample[0] == math.prod(x.meta.shape[1:]):
            self._add(op, "Flatten", {}, [x.node])
        else:
            self._add(op, "Reshape", {"shape": per_sample}, [x.node])

    def _function(self, op: Op, name: str, args: list, kwargs: dict,
                  index: int | None = None, value: Any = None) -> None:
        try:
            opaque.resolve_function(name)
        except opaque.OpaqueError as e:
            self._fail(op, message_of(e))
        inputs: list[str] = []
        stored: dict[str, dict[str, Any]] = {}
        weights: dict[str, torch.Tensor] = {}

        def ref(a: Any) -> Any:
            if isinstance(a, TensorArg):
                if a.node not in inputs:
                    inputs.append(a.node)
                return {"input": inputs.index(a.node)}
            raise opaque.OpaqueError(R.NOT_PART_OF_NETWORK)

        def encode(a: Any) -> Any:
            if isinstance(a, TensorArg):
                return ref(a)
            if isinstance(a, StoredArg):
                key = f"t{len(stored)}" if a.name not in {v["from"] for v in stored.values()} \
                    else next(k for k, v in stored.items() if v["from"] == a.name)
                stored[key] = {"from": a.name, "shape": list(a.tensor.shape),
                               "trainable": bool(a.tensor.requires_grad)}
                weights[f"stored.{key}"] = a.tensor.detach().clone()
                return {"tensor": key}
            if a is BATCH:
                return {"batch": True}
            if isinstance(a, Varies):
                raise opaque.OpaqueError(R.DEPENDS_ON_BATCH)
            if isinstance(a, list):
                return [encode(x) for x in a]
            if isinstance(a, tuple):
                return {"tuple": [encode(x) for x in a]}
            return opaque.encode(a, ref)

        try:
            enc_args = [encode(a) for a in args]
            enc_kwargs = {k: encode(v) for k, v in kwargs.items()}
        except opaque.OpaqueError as e:
            self._fail(op, R.UNRECORDABLE_ARGUMENT(name=name, error=message_of(e)))
        if not inputs:
            self._fail(op, R.FUNCTION_NO_TENSOR_IN(name=name))
        params: dict[str, Any] = {"function": name}
        if enc_args:
            params["args"] = enc_args
        if enc_kwargs:
            params["kwargs"] = enc_kwargs
        if stored:
            params["tensors"] = {k: {"shape": v["shape"], "trainable": v["trainable"]}
                                 for k, v in stored.items()}
        params["reason"] = R.NO_LAYER_FOR(name=name)
        self._opaque(op, "Function", params, inputs, weights, index, None, value)

    def _opaque(self, op: Op, kind: str, params: dict, inputs: list[str],
                weights: dict, index: int | None, path: str | None, value: Any = None) -> None:
        meta = value if value is not None else op.value
        if index is not None:
            params["output"] = index
            if value is None and isinstance(op.value, tuple | list):
                meta = op.value[index]
        if not isinstance(meta, TensorMeta):
            self._fail(op, R.RESULT_NOT_TENSOR)
        params["traced_inputs"] = [list(self._meta(i).shape[1:]) for i in inputs]
        params["traced_output"] = list(meta.shape[1:])
        self._add(op, kind, params, inputs, weights, path)
        self.produced[op.name] = TensorArg(self.produced[op.name].node, meta)

    # ---- helpers -------------------------------------------------------------------------
    def _add(self, op: Op, layer_type: str, params: dict, inputs: list[str],
             weights: dict | None = None, path: str | None = None) -> None:
        base = path if path is not None else _scoped(op)
        node_id = self._fresh(base)
        self.out.nodes.append(Node(node_id, layer_type, params))
        multi = len(inputs) > 1
        for port, src in enumerate(inputs):
            self.out.edges.append(Edge(src, node_id, port if multi else None))
        if weights:
            self.out.weights[node_id] = weights
        self.out.scopes[node_id] = op.scope
        if path is not None:
            self.out.paths[node_id] = path
        meta = op.value if isinstance(op.value, TensorMeta) else None
        self.produced[op.name] = TensorArg(node_id, meta)  # type: ignore[arg-type]

    def _meta(self, node_id: str) -> TensorMeta:
        for arg in self.produced.values():
            if arg.node == node_id and arg.meta is not None:
                return arg.meta
        raise ImportFailure(msg.INTERNAL_ERROR_SHAPE(label=self.label, node_id=node_id))

    def _fresh(self, base: str) -> str:
        return fresh_id(base, self.ids)

    def _resolve(self, value: Any) -> Any:
        if isinstance(value, Ref):
            if value.name in self.produced:
                return self.produced[value.name]
            if value.name in self.consts:
                return self.consts[value.name]
            if value.name in self.lazy:
                return _Lazy(value.name)
            raise ImportFailure(msg.INTERNAL_ERROR_UNKNOWN_VALUE(label=self.label,
                                                                 name=value.name))
        if isinstance(value, list):
            return [self._resolve(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self._resolve(v) for v in value)
        if isinstance(value, dict):
            return {k: self._resolve(v) for k, v in value.items()}
        return value

    @staticmethod
    def _batch_dim(dim: int, rank: int | None) -> int | None:
        """A batched dim (0 = the batch) as a per-sample dim; None for the batch itself."""
        if dim == 0:
            return None
        return dim - 1 if dim > 0 else dim

    def _output_ref(self, value: Any) -> TensorArg | None:
        found = [a for a in _flat(self._resolve(value)) if isinstance(a, TensorArg)]
        if len(found) > 1:
            self.out.notes.append(R.SEVERAL_RETURNED(count=len(found)))
        return found[0] if found else None

    def _fail(self, op: Op, reason: str) -> None:
        name = op.target if op.kind == "module" else function_name(op)
        inner = [path for path, cls in op.scope
                 if not type(self.t.root.get_submodule(path)).__module__.startswith("torch.nn")]
        where = R.IN_SUBMODULE(path=op.scope[-1][0]) if op.scope else ""
        if inner and self.t.method == "torch.fx":
            raise Rebuild(inner[-1], R.WHERE_WHY(name=name, where=where, reason=reason))
        raise ImportFailure(msg.IMPORT_WHAT_DO_WRITE(label=self.label,
                                                     name=name,
                                                     where=where,
                                                     name2=op.name,
                                                     reason=reason))

    def _prune(self) -> None:
        """Drop what the output does not depend on (e.g. training-only branches)."""
        keep = {self.out.output}
        preds: dict[str, list[str]] = {}
        for e in self.out.edges:
            preds.setdefault(e.dst, []).append(e.src)
        stack = [self.out.output]
        while stack:
            for p in preds.get(stack.pop(), []):
                if p not in keep:
                    keep.add(p)
                    stack.append(p)
        dropped = [n.id for n in self.out.nodes if n.id not in keep and n.type != "Input"]
        if dropped:
            names = ", ".join(dropped[:5]) + (", ..." if len(dropped) > 5 else "")
            self.out.notes.append(R.LEFT_OUT(count=len(dropped), names=names))
        self.out.nodes = [n for n in self.out.nodes if n.id in keep or n.type == "Input"]
        self.out.edges = [e for e in self.out.edges if e.src in keep and e.dst in keep]
        self.out.weights = {k: v for k, v in self.out.weights.items() if k in keep}
        if any(e.src == self.out.output for e in self.out.edges):
            self._separate_output()

    def _separate_output(self) -> None:
        """The output is also used inside the network: give the network its own last node."""
        src = self.out.output
        node_id = self._fresh("output")
        meta = self._meta(src)
        self.out.nodes.append(Node(node_id, "Function", {
            "function": "torch.clone", "args": [{"input": 0}],
            "reason": R.OUTPUT_USED_INSIDE,
            "traced_inputs": [list(meta.shape[1:])], "traced_output": list(meta.shape[1:])}))
        self.out.edges.append(Edge(src, node_id))
        self.out.output = node_id


@dataclass(frozen=True)
class _Lazy:
    name: str


def _holds_tensor(value: Any) -> bool:
    if isinstance(value, TensorMeta):
        return True
    if isinstance(value, tuple | list):
        return any(_holds_tensor(v) for v in value)
    return False


def _flat(value: Any) -> list[Any]:
    if isinstance(value, list | tuple):
        return [x for v in value for x in _flat(v)]
    if isinstance(value, dict):
        return [x for v in value.values() for x in _flat(v)]
    return [value]


def _scoped(op: Op) -> str:
    base = re.sub(r"_\d+$", "", op.name)
    return f"{op.scope[-1][0]}.{base}" if op.scope else base
