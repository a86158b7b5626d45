"""Turn a checked project into a runnable ``nn.Module``.

One submodule per node in ``layers`` (an ``nn.ModuleDict`` keyed by node id), so state_dict
keys, hooks and feature maps all name the node they belong to. ``forward`` walks a plan
computed once here; it has no data-dependent control flow, so torch.export and ONNX can trace it.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from netstudio.core.analysis import Analysis, Diagnostic, analyze
from netstudio.core.graph.blocks import flat_project, has_blocks
from netstudio.core.layers.registry import ShapeError, get_layer
from netstudio.core.project import Project
from netstudio.core.text import QT_TRANSLATE_NOOP, join_texts, message_of

ONE_INPUT = QT_TRANSLATE_NOOP("Checks", "the network needs exactly one Input node, found {count}.")
ONE_OUTPUT = QT_TRANSLATE_NOOP("Checks", "the network needs exactly one output (a node nothing "
                                         "reads from), found {count}: {nodes}.")
CANNOT_BUILD = QT_TRANSLATE_NOOP("Checks", "{node}: layer type {type} cannot be built.")
CANNOT_BUILD_NETWORK = QT_TRANSLATE_NOOP("Checks", "the network cannot be built:\n  {problems}")
PROBLEM = QT_TRANSLATE_NOOP("Checks", "{node}: {message}")
PROBLEM_FIX = QT_TRANSLATE_NOOP("Checks", "{node}: {message} Fix: {fix}")
NO_MODULE = QT_TRANSLATE_NOOP("Checks", "{node}: layer type {type} did not build a module.")


class CompileError(Exception):
    """The project has errors; ``diagnostics`` are the error diagnostics that block it."""

    def __init__(self, diagnostics: tuple[Diagnostic, ...], message: str | None = None) -> None:
        self.diagnostics = tuple(diagnostics)
        if message is None:
            lines = [(PROBLEM_FIX if d.fix else PROBLEM)(node=d.node or "(graph)",
                                                          message=d.message, fix=d.fix)
                     for d in self.diagnostics]
            message = CANNOT_BUILD_NETWORK(problems=join_texts("\n  ", lines))
        super().__init__(message)


class CompiledNet(nn.Module):
    """A project's network. ``plan`` lists (node id, ids of its inputs) in run order."""

    def __init__(self, layers: dict[str, nn.Module], plan: list[tuple[str, tuple[str, ...]]],
                 input_id: str, output_id: str, input_shape: tuple[int, ...] = (),
                 output_shape: tuple[int, ...] = ()) -> None:
        super().__init__()
        self.layers = nn.ModuleDict(layers)
        self.plan = tuple(plan)
        self.order = tuple(node_id for node_id, _ in plan)
        self.input_id = input_id
        self.output_id = output_id
        self.input_shape = tuple(input_shape)  # per sample, as the Input node declares it
        self.output_shape = tuple(output_shape)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        values: dict[str, torch.Tensor] = {}
        for node_id, sources in self.plan:
            layer = self.layers[node_id]
            values[node_id] = layer(x) if not sources else layer(*[values[s] for s in sources])
        return values[self.output_id]

    def forward_capture(self, x: torch.Tensor, node_ids: Any
                        ) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
        """The output and the outputs of the nodes in ``node_ids`` (unknown ids are ignored)."""
        wanted = set(node_ids)
        values: dict[str, torch.Tensor] = {}
        for node_id, sources in self.plan:
            layer = self.layers[node_id]
            values[node_id] = layer(x) if not sources else layer(*[values[s] for s in sources])
        captured = {node_id: values[node_id] for node_id in self.order if node_id in wanted}
        return values[self.output_id], captured


def compile_project(project: Project, analysis: Analysis | None = None,
                    seed: int | None = None) -> CompiledNet:
    """Build the network. ``seed`` makes the initial weights reproducible without touching
    the global random state. Raises CompileError when the network has errors (errors in the
    data and training settings do not stop it being built)."""
    if analysis is None:
        analysis = analyze(project)
    if has_blocks(project):  # blocks run as the flat graph they stand for
        project = flat_project(project)
    errors = tuple(d for d in analysis.errors if not d.is_setting)  # the network's own
    if errors:
        raise CompileError(errors)
    if len(analysis.inputs) != 1:
        raise CompileError((), ONE_INPUT(count=len(analysis.inputs)))
    if len(analysis.outputs) != 1:
        raise CompileError((), ONE_OUTPUT(count=len(analysis.outputs),
                                          nodes=", ".join(analysis.outputs)))
    plan = execution_plan(project, analysis)
    from netstudio.core.layers.opaque import BASE_DIR

    # Relative paths in imported Module nodes are read from the project's folder.
    token = BASE_DIR.set(project.path.parent if getattr(project, "path", None) else None)
    try:
        if seed is None:
            layers = _build_layers(project, analysis, plan)
        else:
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(int(seed))
                layers = _build_layers(project, analysis, plan)
    finally:
        BASE_DIR.reset(token)
    input_id, output_id = analysis.inputs[0], analysis.outputs[0]
    net = CompiledNet(layers, plan, input_id, output_id,
                      analysis.nodes[input_id].shape or (), analysis.nodes[output_id].shape or ())
    from netstudio.core.initial_weights import WeightsError, apply_initial_weights

    try:  # what an import brought along (netstudio.core.initial_weights)
        net.initial_weights_report = apply_initial_weights(net, project)
    except WeightsError as e:
        raise CompileError((), message_of(e)) from None
    return net


def execution_plan(project: Project, analysis: Analysis) -> list[tuple[str, tuple[str, ...]]]:
    """The nodes the output depends on, in topological order, with their ordered inputs."""
    inputs = project.graph.all_inputs()  # one pass: inputs_of per node scans every edge
    needed: set[str] = set()
    stack = [analysis.outputs[0]]
    while stack:
        cur = stack.pop()
        if cur in needed:
            continue
        needed.add(cur)
        stack.extend(e.src for e in inputs.get(cur, ()))
    return [(node_id, tuple(e.src for e in inputs.get(node_id, ())))
            for node_id in analysis.order if node_id in needed]


def _build_layers(project: Project, analysis: Analysis,
                  plan: list[tuple[str, tuple[str, ...]]]) -> dict[str, nn.Module]:
    layers: dict[str, nn.Module] = {}
    for node_id, _sources in plan:
        node = project.graph.node(node_id)
        spec = get_layer(node.type)
        info = analysis.nodes[node_id]
        if spec is None or spec.build is None:
            raise CompileError((), CANNOT_BUILD(node=node_id, type=repr(node.type)))
        try:
            module = spec.build(dict(info.resolved), info.in_shapes)
        except ShapeError as e:  # e.g. an imported Module whose code may not run
            raise CompileError((), f"{node_id} {e.text}."
                               + (f" Fix: {e.fix}." if e.fix else "")) from None
        if not isinstance(module, nn.Module):
            raise CompileError((), NO_MODULE(node=node_id, type=repr(node.type)))
        layers[node_id] = module
    return layers
