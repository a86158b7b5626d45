"""ONNX file -> netstudio project, with the file's weights (the onnx package's graph).

Standard operators map to layers (Conv, Gemm/MatMul, BatchNormalization, pooling,
activations, Add/Mul/Concat, Flatten/Reshape, ...). Shapes come from ONNX shape inference
with the batch size fixed; the first dimension of every tensor is the batch. Operations on
shapes (Shape -> Gather -> Concat -> Reshape, as exporters write ``x.view(x.size(0), -1)``)
are not layers: the Reshape takes the shape they produce.

Operators netstudio has no layer for become opaque Function nodes when they have an exact
torch equivalent (Transpose -> torch.permute, ReduceMean -> torch.mean, an Add of a stored
tensor, ...). Any other operator is refused with a message naming it: netstudio does not run
ONNX operators it cannot express in torch, so a file never brings code of its own.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from netstudio.core.graph.model import Edge, Graph, Node
from netstudio.core.importers import messages as msg
from netstudio.core.importers import reasons as R
from netstudio.core.importers.naming import fresh_id
from netstudio.core.importers.network import ImportResult, make_project, self_check
from netstudio.core.importers.sources import ImportFailure, _first_line

MIN_OPSET = 7
MAX_FILE_BYTES = 4 * 2**30


def import_onnx(path: Path, input_shape: tuple[int, ...] | None = None) -> ImportResult:
    onnx = _onnx()
    model = _load(onnx, Path(path))
    builder = _OnnxBuilder(onnx, model, Path(path), input_shape)
    nodes, edges, weights, output = builder.build()
    last_type = next(n.type for n in nodes if n.id == output)
    out = builder.shapes.get(builder.model.graph.output[0].name, ())
    project = make_project(Path(path).name.split(".")[0] or "onnx", Graph(nodes, edges),
                           last_type, tuple(out[1:]))
    result = ImportResult(project, weights, str(path), "onnx", notes=builder.notes,
                          source_params=builder.source_params)
    example, expected = builder.reference_output()
    if expected is None:
        result.check_error = "onnxruntime is not installed, so the outputs were not compared"
    else:
        self_check(result, example, expected)
    return result


def _onnx() -> Any:
    try:
        import onnx
    except ImportError:
        raise ImportFailure(msg.IMPORTING_ONNX_NEEDS_ONNX()) from None
    return onnx


def _load(onnx: Any, path: Path) -> Any:
    if not path.is_file():
        raise ImportFailure(msg.SUCH_FILE_CHECK_PATH(path=path))
    size = path.stat().st_size
    if size == 0:
        raise ImportFailure(msg.FILE_EMPTY_ONNX_MODEL(path=path))
    if size > MAX_FILE_BYTES:
        raise ImportFailure(msg.GB_MORE_THAN_NETSTUDIO(path=path, value=size / 2**30))
    try:
        model = onnx.load(str(path), load_external_data=True)
    except Exception as e:  # noqa: BLE001  (DecodeError for truncated files, missing data...)
        raise ImportFailure(msg.READABLE_ONNX_MODEL_FILE(path=path, first_line=_first_line(e))) from None
    if not model.graph.node:
        raise ImportFailure(msg.READABLE_ONNX_MODEL_OPERATORS(path=path))
    known = onnx.defs.onnx_opset_version()
    for opset in model.opset_import:
        if opset.domain in ("", "ai.onnx"):
            if opset.version > known:
                raise ImportFailure(msg.USES_ONNX_OPSET_NEWER(path=path,
                                                              version=opset.version,
                                                              known=known))
            if opset.version < MIN_OPSET:
                raise ImportFailure(msg.USES_ONNX_OPSET_NETSTUDIO(path=path,
                                                                  version=opset.version,
                                                                  min_opset=MIN_OPSET))
    try:
        onnx.checker.check_model(model)
    except Exception as e:  # noqa: BLE001
        raise ImportFailure(msg.ONNX_CHECKER_REFUSES(path=path, first_line=_first_line(e))) from None
    return model


class _OnnxBuilder:
    def __init__(self, onnx: Any, model: Any, path: Path,
                 input_shape: tuple[int, ...] | None) -> None:
        from onnx import numpy_helper

        self.onnx, self.model, self.path = onnx, model, path
        self.notes: list[str] = []
        g = model.graph
        self.consts: dict[str, Any] = {i.name: numpy_helper.to_array(i) for i in g.initializer}
        inputs = [i for i in g.input if i.name not in self.consts]
        if len(inputs) != 1:
            raise ImportFailure(msg.INPUTS_NETSTUDIO_IMPORTS_NETWORKS(path=path,
                                                                      count=len(inputs)))
        self.input = inputs[0]
        dims = [d.dim_value if d.HasField("dim_value") else None
                for d in self.input.type.tensor_type.shape.dim]
        if input_shape is not None:
            self.shape = tuple(input_shape)
        elif len(dims) >= 2 and all(d for d in dims[1:]):
            self.shape = tuple(int(d) for d in dims[1:])
        else:
            raise ImportFailure(msg.INPUT_FIXED_SIZE_INPUT(path=path,
                                                           name=self.input.name,
                                                           dims=dims))
        if len(dims) and len(dims) != len(self.shape) + 1:
            raise ImportFailure(msg.INPUT_SHAPE_DOES_FIT(path=path,
                                                         list=list(self.shape),
                                                         name=self.input.name,
                                                         count=len(dims)))
        self.batch = 1
        self.source_params = int(sum(v.size for v in self.consts.values()))
        self.shapes = self._infer_shapes()
        self.nodes: list[Node] = []
        self.edges: list[Edge] = []
        self.weights: dict[str, dict[str, Any]] = {}
        self.value_node: dict[str, str] = {}  # ONNX value name -> netstudio node id
        self.ids: set[str] = set()
        self.users: dict[str, int] = {}
        for n in g.node:
            for i in n.input:
                self.users[i] = self.users.get(i, 0) + 1

    # ---- shapes ----------------------------------------------------------------------------
    def _infer_shapes(self) -> dict[str, tuple[int, ...]]:
        onnx = self.onnx
        model = onnx.ModelProto()
        model.CopyFrom(self.model)
        inp = next(i for i in model.graph.input if i.name == self.input.name)
        del inp.type.tensor_type.shape.dim[:]
        for d in (self.batch, *self.shape):
            inp.type.tensor_type.shape.dim.add().dim_value = int(d)
        try:
            inferred = onnx.shape_inference.infer_shapes(model, data_prop=True)
        except Exception as e:  # noqa: BLE001
            raise ImportFailure(msg.ONNX_SHAPE_INFERENCE_FAILS(path=self.path,
                                                               value=[self.batch, *self.shape],
                                                               first_line=_first_line(e))) from None
        shapes: dict[str, tuple[int, ...]] = {}
        for v in (*inferred.graph.input, *inferred.graph.value_info, *inferred.graph.output):
            dims = v.type.tensor_type.shape.dim
            if dims and all(d.HasField("dim_value") for d in dims):
                shapes[v.name] = tuple(int(d.dim_value) for d in dims)
        return shapes

    # ---- graph ---------------------------------------------------------------------------
    def build(self) -> tuple[list[Node], list[Edge], dict, str]:
        from netstudio.core.importers.from_onnx_ops import convert

        node_id = self._fresh("input")
        self.nodes.append(Node(node_id, "Input", {"shape": list(self.shape)}))
        self.value_node[self.input.name] = node_id
        for n in self.model.graph.node:
            if n.op_type == "Constant":
                self.consts[n.output[0]] = self._constant(n)
                continue
            data = [i for i in n.input if i in self.value_node]
            if not data:  # computes on constants or shapes only: not part of the network
                continue
            convert(self, n)
        out = self.model.graph.output[0].name
        if len(self.model.graph.output) > 1:
            self.notes.append(R.SEVERAL_OUTPUTS(count=len(self.model.graph.output)))
        if out not in self.value_node:
            raise ImportFailure(msg.OUTPUT_DOES_DEPEND_INPUT(path=self.path, out=out))
        return self.nodes, self.edges, self.weights, self.value_node[out]

    def _constant(self, n: Any) -> Any:
        from onnx import helper, numpy_helper

        for a in n.attribute:
            if a.name == "value":
                return numpy_helper.to_array(a.t)
            return helper.get_attribute_value(a)
        return None

    # ---- helpers for the op converters -----------------------------------------------------
    def attrs(self, n: Any) -> dict[str, Any]:
        from onnx import helper

        return {a.name: helper.get_attribute_value(a) for a in n.attribute}

    def const(self, name: str) -> Any:
        """The value of a constant input (an initializer or a Constant), else None."""
        return self.consts.get(name) if name else None

    def shape_of(self, name: str) -> tuple[int, ...]:
        shape = self.shapes.get(name)
        if shape is None:
            raise ImportFailure(msg.SHAPE_INFERRED_NETSTUDIO_NEEDS(path=self.path, name=name))
        return shape

    def add(self, n: Any, layer_type: str, params: dict, inputs: list[str],
            weights: dict | None = None) -> str:
        base = (n.name or n.op_type).strip("/")
        node_id = self._fresh(base)
        self.nodes.append(Node(node_id, layer_type, params))
        multi = len(inputs) > 1
        for port, value in enumerate(inputs):
            self.edges.append(Edge(self.value_node[value], node_id, port if multi else None))
        if weights:
            import torch

            self.weights[node_id] = {k: torch.from_numpy(v.copy()) for k, v in weights.items()}
        self.value_node[n.output[0]] = node_id
        return node_id

    def alias(self, n: Any, value: str) -> None:
        self.value_node[n.output[0]] = self.value_node[value]

    def refuse(self, n: Any, why: str) -> None:
        raise ImportFailure(
            msg.IMPORT_ONNX_OPERATOR_NETSTUDIO(path=self.path,
                                               op_type=n.op_type,
                                               reason=n.name or n.output[0],
                                               why=why))

    def _fresh(self, base: str) -> str:
        return fresh_id(re.sub(r"^node_", "", base.lower()) or "node", self.ids)

    # ---- the file's own output, for the self-check ---------------------------------------------
    def reference_output(self) -> tuple[Any, Any]:
        import numpy as np
        import torch

        gen = torch.Generator().manual_seed(0)
        x = torch.randn(self.batch, *self.shape, generator=gen)
        try:
            import onnxruntime as ort
        except ImportError:
            return x, None
        try:
            options = ort.SessionOptions()
            options.log_severity_level = 3
            session = ort.InferenceSession(self.model.SerializeToString(), options,
                                           providers=["CPUExecutionProvider"])
            out = session.run(None, {self.input.name: x.numpy().astype(np.float32)})[0]
        except Exception as e:  # noqa: BLE001
            self.notes.append(R.NOT_COMPARED(error=_first_line(e)))
            return x, None
        return x, torch.from_numpy(np.asarray(out))


def per_sample_axis(axis: int, rank: int) -> int | None:
    """An ONNX axis of a batched tensor as a per-sample dim (None: the batch axis)."""
    a = axis % rank
    return None if a == 0 else a - 1


def numel(shape: tuple[int, ...]) -> int:
    return math.prod(shape)
