"""import_network(SOURCE) -> ImportResult: a project, its weights, notes and a self-check.

After building the graph, the importer compiles it, loads the weights and runs the example
batch through both the source and the imported network: ``max_abs_diff`` says how far apart
their outputs are (0 for the same computation). Nothing is written here; ``save_import``
writes the project and its weights file together (saving.py).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.graph.model import Graph
from netstudio.core.importers import messages as msg
from netstudio.core.importers import reasons as R
from netstudio.core.importers.hierarchy import group_by_modules
from netstudio.core.importers.sources import (
    ImportFailure,
    instantiate_user_model,
    load_weights_file,
    parse_source,
    torchvision_model,
    user_code_limit,
)
from netstudio.core.layers.opaque import trust_code
from netstudio.core.project import DEFAULT_TRAINING, Project
from netstudio.core.text import message_of

MAX_REBUILDS = 16
# An unreadable folder: the self-check is about the graph, not about the data it trains on.
_FREE_DATA = {"dataset": "folder", "path": "/nonexistent/netstudio-import-check"}
TOLERANCE = 1e-4  # of the output's scale: float32 sums in another order differ a little


@dataclass
class ImportResult:
    project: Project
    weights: dict[str, dict[str, Any]]  # node id -> {tensor name: tensor}
    source: str
    method: str  # "torch.fx", "torch.export" or "onnx"
    notes: list[str] = field(default_factory=list)
    source_params: int = 0  # trainable parameters of the source
    max_abs_diff: float | None = None  # self-check: imported vs source outputs
    check_error: str | None = None  # why the self-check could not run
    # module path in the source -> the layer's path in the project ("layer1.0.conv1" ->
    # "layer1/0/conv1"); torch sources only
    modules: dict[str, str] = field(default_factory=dict)

    @property
    def opaque(self) -> list[str]:
        return [n.id for n in self.project.graph.nodes.values()
                if n.type in ("Module", "Function")]

    @property
    def matches(self) -> bool:
        return self.max_abs_diff is not None and self.check_error is None


def import_network(source: str, input_shape: tuple[int, ...] | None = None,
                   weights: str | Path | None = None) -> ImportResult:
    """Import SOURCE ('torchvision:NAME', 'FILE.py:CLASS' or 'FILE.onnx'). Runs the user's
    code for a Python file. Raises ImportFailure with a message for the user."""
    src = parse_source(source)
    weights_path = Path(weights).expanduser() if weights else None
    if src.kind == "onnx":
        if weights_path is not None:
            raise ImportFailure(msg.ONNX_FILE_CARRIES_OWN())
        from netstudio.core.importers.from_onnx import import_onnx

        return import_onnx(src.path, input_shape)
    if src.kind == "torchvision":
        model = torchvision_model(src.name, weights_path)
        name, code = src.name, None
        default_shape = (3, 299, 299) if src.name == "inception_v3" else (3, 224, 224)
        shape = tuple(input_shape) if input_shape else default_shape
        notes: list[str] = []
    else:
        # Whoever asked for this import chose to run this file (the app asks first), so the
        # parts netstudio keeps as code may run while it checks the import.
        trust_code(src.path)
        # netstudio's own modules load before the clock starts: a stop must hit the user's code
        import netstudio.core.importers.from_torch  # noqa: F401
        import netstudio.core.importers.trace  # noqa: F401

        with user_code_limit(src.label, src.path):  # the user's code runs until the check
            model = instantiate_user_model(src.path, src.name)
            if weights_path is not None:
                load_weights_file(model, weights_path, src.label)
            name, code = src.name, f"{src.path}:{src.name}"
            notes = []
            if input_shape:
                shape = tuple(input_shape)
            else:
                shape = guess_input_shape(model, src.label)
                notes.append(R.SHAPE_GUESSED(shape=list(shape)))
            result = import_module(model, shape, src.label, name, code)
        result.notes[:0] = notes
        return result
    result = import_module(model, shape, src.label, name, code)
    result.notes[:0] = notes
    return result


def import_module(model: Any, input_shape: tuple[int, ...], label: str, name: str,
                  code: str | None = None) -> ImportResult:
    """Trace and import an nn.Module (in memory)."""
    from netstudio.core.importers.from_torch import Rebuild, TorchGraphBuilder
    from netstudio.core.importers.trace import trace_module

    leaves: frozenset[str] = frozenset()
    for _ in range(MAX_REBUILDS):
        traced = trace_module(model, input_shape, label, leaves)
        traced.root_code = code
        try:
            built = TorchGraphBuilder(traced, label).build()
            break
        except Rebuild as r:
            if r.path in leaves or code is None:
                raise ImportFailure(msg.IMPORT_WHAT_DO_WRITE_2(label=label, reason=r.reason)) from None
            leaves = leaves | {r.path}
    else:
        raise ImportFailure(msg.TOO_MANY_PARTS_IMPORTED(label=label))
    last_type = next(n.type for n in built.nodes if n.id == built.output)
    graph = Graph(built.nodes, built.edges)
    blocks, weights, flat = group_by_modules(graph, built.scopes, built.weights)
    out = _first_tensor(traced.expected)
    project = make_project(name, graph, last_type, tuple(out.shape[1:]) if out is not None
                           else ())
    project.blocks = blocks
    n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    result = ImportResult(project, weights, label, traced.method,
                          notes=[*traced.notes, *built.notes], source_params=int(n_params),
                          modules={path: flat.get(nid, nid) for nid, path in built.paths.items()})
    self_check(result, traced.example, traced.expected)
    return result


def guess_input_shape(model: Any, label: str) -> tuple[int, ...]:
    """A per-sample input shape from the first layer: [C, 28, 28] (C = 1), [C, 32, 32] or
    [C, 224, 224] for a first Conv2d, [F] for a first Linear, whichever runs."""
    import torch
    from torch import nn

    first = next((m for m in model.modules() if isinstance(m, nn.Conv2d | nn.Linear
                                                             | nn.Conv1d)), None)
    candidates: list[tuple[int, ...]]
    if isinstance(first, nn.Linear):
        candidates = [(first.in_features,)]
    elif isinstance(first, nn.Conv1d):
        candidates = [(first.in_channels, n) for n in (28, 64, 128)]
    elif isinstance(first, nn.Conv2d):
        c = first.in_channels
        candidates = [(c, 28, 28), (c, 32, 32), (c, 224, 224)] if c == 1 else \
            [(c, 32, 32), (c, 224, 224), (c, 28, 28)]
    else:
        candidates = []
    was_training = model.training
    model.eval()
    try:
        for shape in candidates:
            try:
                with torch.no_grad():
                    model(torch.zeros(2, *shape))
                return shape
            except Exception:  # noqa: BLE001, S112  (try the next size)
                continue
    finally:
        model.train(was_training)
    raise ImportFailure(msg.NETSTUDIO_GUESS_INPUT_SHAPE(label=label))


def make_project(name: str, graph: Graph, last_type: str,
                 out_shape: tuple[int, ...] = ()) -> Project:
    shape = tuple(next(n.params["shape"] for n in graph.nodes.values() if n.type == "Input"))
    project = Project(name=name, graph=graph, data=choose_data(shape, out_shape),
                      training=copy.deepcopy(DEFAULT_TRAINING))
    if last_type == "LogSoftmax":
        project.training["loss"] = "NLLLoss"
    return project


def choose_data(shape: tuple[int, ...], out_shape: tuple[int, ...] = ()) -> dict[str, Any]:
    """Data the imported network can take as it is: MNIST or CIFAR-10 when the input and the
    10 outputs fit, else an image folder of the network's size (create it, or pick a dataset
    with data.resize)."""
    if shape == (1, 28, 28) and out_shape in ((10,), ()):
        return {"dataset": "mnist"}
    if shape == (3, 32, 32) and out_shape in ((10,), ()):
        return {"dataset": "cifar10"}
    if len(shape) == 3 and shape[0] in (1, 3):
        return {"dataset": "folder", "path": "images", "image_size": [shape[1], shape[2]],
                "grayscale": shape[0] == 1}
    return {"dataset": "mnist"}


def self_check(result: ImportResult, example: Any, expected: Any) -> None:
    """Compile the imported network with its weights and compare it with the source."""
    import torch

    from netstudio.core.compiler import CompileError, compile_project
    from netstudio.core.initial_weights import apply

    probe = copy.copy(result.project)
    probe.data = dict(_FREE_DATA)
    try:
        net = compile_project(probe, seed=0)
    except CompileError as e:
        result.check_error = R.DOES_NOT_BUILD(error=message_of(e))
        return
    report = apply(net, result.weights)
    if report.skipped:
        node, why = report.skipped[0]
        result.check_error = R.WEIGHTS_DO_NOT_FIT(node=node, why=why)
        return
    net.eval()
    expected = _first_tensor(expected)
    with torch.no_grad():
        got = net(example)
    if expected is None or tuple(got.shape) != tuple(expected.shape):
        result.check_error = R.OTHER_OUTPUT(
            shape=list(got.shape), source=list(expected.shape) if expected is not None else "?")
        return
    result.max_abs_diff = float((got - expected).abs().max()) if got.numel() else 0.0
    scale = float(expected.abs().max()) if expected.numel() else 0.0
    if result.max_abs_diff > TOLERANCE * (1.0 + scale):
        result.check_error = R.OUTPUTS_DIFFER(difference=result.max_abs_diff)


def _first_tensor(value: Any) -> Any:
    import torch

    if isinstance(value, torch.Tensor):
        return value
    if isinstance(value, tuple | list):
        for v in value:
            found = _first_tensor(v)
            if found is not None:
                return found
    if isinstance(value, dict):
        return _first_tensor(list(value.values()))
    return None
