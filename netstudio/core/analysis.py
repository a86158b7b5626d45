"""The checker: analyze(project) -> shapes, parameter counts, FLOPs and diagnostics per node.

Pure and fast (no torch module is built, torch is not even imported): adjacency is built once,
nodes are visited once in topological order, and each layer's shape rule is plain arithmetic.
It never raises; whatever the graph holds becomes diagnostics. The rules live in
netstudio.core.checks, one module per topic; this module runs them in order. A node whose
input shape is unknown (because of an error upstream) gets no shape and no further error, so
one mistake gives one message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netstudio.core.checks import (
    memory,
    order,
    params,
    search,
    settings,
    shapes,
    structure,
    task,
)
from netstudio.core.checks.context import NO_INFO, Context, NodeInfo
from netstudio.core.diagnostics import ERROR, Diagnostic, diagnostic
from netstudio.core.graph.blocks import SEP, flat_project, flatten, has_blocks
from netstudio.core.text import QT_TRANSLATE_NOOP

__all__ = ["Analysis", "Diagnostic", "NodeInfo", "analyze"]

BLOCK_PROBLEM = QT_TRANSLATE_NOOP("Checks", "{problem}")
BLOCK_FIX = QT_TRANSLATE_NOOP("Checks", "{remedy}")
CHECKER_FAILED = QT_TRANSLATE_NOOP("Checks", "The checker failed unexpectedly ({error}). Please "
                                   "report this with your project file.")


@dataclass(frozen=True)
class Analysis:
    nodes: dict[str, NodeInfo]
    diagnostics: tuple[Diagnostic, ...]
    order: tuple[str, ...]  # topological order of nodes that can run
    inputs: tuple[str, ...]  # Input node ids
    outputs: tuple[str, ...]  # nodes with no outgoing edge (not Input)
    total_params: int
    total_flops: int
    # Node ids whose info or own problems may differ from the analysis whose id() is
    # ``base`` (netstudio.core.checks.incremental); None: any node may have changed.
    changed: frozenset[str] | None = field(default=None, compare=False, repr=False)
    base: int | None = field(default=None, compare=False, repr=False)
    _by_node: dict[str | None, list[Diagnostic]] = field(default_factory=dict, repr=False,
                                                         compare=False)

    @property
    def ok(self) -> bool:
        return not any(d.severity == ERROR for d in self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == ERROR]

    def for_node(self, node_id: str | None) -> list[Diagnostic]:
        if not self._by_node and self.diagnostics:
            for d in self.diagnostics:
                self._by_node.setdefault(d.node, []).append(d)
        return list(self._by_node.get(node_id, ()))


def analyze(project: Any) -> Analysis:
    """Check a project; never raises (an internal failure becomes one error diagnostic)."""
    try:
        if has_blocks(project):
            return _with_blocks(project)
        return _run(Context(project))
    except Exception as e:  # noqa: BLE001  (the checker must never take the app down)
        diag = diagnostic(ERROR, "internal", CHECKER_FAILED, error=f"{type(e).__name__}: {e}")
        return Analysis({}, (diag,), (), (), (), 0, 0)


def _run(ctx: Context, trace: Any = None) -> Analysis:
    """The full check. ``trace`` (a checks.incremental.Trace) also records which problems each
    node's own checks gave, so that a later edit can re-check only what it touched."""
    nodes = ctx.graph.nodes
    settings.check_settings(ctx)
    if trace is not None:
        trace.settings_count = len(ctx.diagnostics)
    structure.check_ids(ctx)
    if trace is not None:
        trace.ids_count = len(ctx.diagnostics)
    structure.adjacency(ctx)
    if trace is not None:
        trace.structure_count, trace.structure_bad = len(ctx.diagnostics), set(ctx.bad)
    order.topo_order(ctx)
    if trace is not None:
        trace.order_count = len(ctx.diagnostics)
    ctx.inputs = tuple(n for n in nodes if nodes[n].type == "Input")
    structure.check_inputs(ctx)
    found = ctx.diagnostics
    if trace is not None:
        trace.pre, trace.pre_bad = list(found), set(ctx.bad)
    for nid in nodes:
        start = len(found)
        check_node(ctx, nid)
        if trace is not None and len(found) > start:
            trace.own[nid] = found[start:]
    reach = structure.reachable(ctx)
    for nid in ctx.order:
        start = len(found)
        shapes.infer_node(ctx, nid)
        if trace is not None and len(found) > start:
            trace.shaped[nid] = found[start:]
    ctx.outputs = tuple(n for n in ctx.order if n in reach and nodes[n].type != "Input"
                        and not ctx.succs[n])
    check_whole(ctx)
    start = len(found)
    structure.check_unknown_keys(ctx)
    if trace is not None:
        trace.unknown = found[start:]
    search.check_search(ctx)  # last: it compares its points with the project's own problems
    runnable = tuple(n for n in ctx.order if ctx.infos.get(n) and ctx.infos[n].shape)
    infos = {n: ctx.infos.get(n) or NO_INFO for n in nodes}
    return Analysis(
        nodes=infos, diagnostics=tuple(ctx.diagnostics), order=runnable, inputs=ctx.inputs,
        outputs=ctx.outputs, total_params=sum(i.params for i in infos.values()),
        total_flops=sum(i.flops for i in infos.values()))


def check_node(ctx: Context, nid: str) -> None:
    """A node's own checks: its type, its parameters, its number of inputs."""
    params.check_type(ctx, nid)
    if nid in ctx.specs:
        structure.check_arity(ctx, nid)


def check_whole(ctx: Context) -> None:
    """The checks of the network as a whole, once every shape is known."""
    task.check_outputs(ctx)
    memory.check_memory(ctx)


def _with_blocks(project: Any) -> Analysis:
    """Blocks are checked as the flat graph they stand for (netstudio.core.graph.blocks):
    layers inside instances are named by their path ("layer1/0/conv1"); each instance also
    gets a NodeInfo (its output shape, the parameters and FLOPs of its layers)."""
    flat = flatten(project, share=True)  # the checks only read the layers
    view = flat_project(project, flat)
    view.unflattened = project  # the search section names layers inside block definitions
    return with_blocks(project, flat, _run(Context(view)))


def with_blocks(project: Any, flat: Any, a: Analysis, previous: Analysis | None = None,
                previous_flat: Analysis | None = None) -> Analysis:
    """The analysis of ``project`` (with blocks) from ``a``, its flat graph's: the instances'
    own NodeInfos and the blocks' problems added. With ``previous``, the one made before
    from ``previous_flat``: when ``a`` says what changed since that, so does the result
    (which cards to repaint)."""
    nodes = dict(a.nodes)
    for nid in project.graph.nodes:  # block ports misplaced at the top: no info of their own
        nodes.setdefault(nid, NO_INFO)
    totals = _instance_totals(a.nodes, flat.instances)
    for path in flat.instances:
        out = flat.outputs.get(path)
        info = a.nodes.get(out) if out else None
        shapes = (a.nodes[s].shape for s in flat.inputs.get(path, []) if s in a.nodes)
        in_shapes = tuple(s for s in shapes if s is not None)
        params, flops = totals.get(path, (0, 0))
        nodes[path] = NodeInfo(info.shape if info is not None else None, in_shapes,
                               params, flops, {})
    problems = tuple(diagnostic(ERROR, p.code, BLOCK_PROBLEM, BLOCK_FIX, node=p.node,
                                problem=p.message, remedy=p.fix)
                     for p in flat.problems)
    changed: frozenset[str] | None = None
    base = None
    if (previous is not None and previous_flat is not None and a.changed is not None
            and a.base == id(previous_flat)):
        # a changed layer inside an instance repaints the instance's card; so does an
        # instance whose own info changed (its output, its inputs' shapes)
        tops = {nid.split(SEP, 1)[0] for nid in a.changed}
        tops |= {path.split(SEP, 1)[0] for path in flat.instances
                 if nodes[path] != previous.nodes.get(path)}
        tops |= {nid.split(SEP, 1)[0] for nid in previous.nodes.keys() - nodes.keys()}
        changed, base = frozenset(tops), id(previous)
    return Analysis(nodes, problems + a.diagnostics, a.order, a.inputs, a.outputs,
                    a.total_params, a.total_flops, changed=changed, base=base)


def _instance_totals(infos: dict[str, NodeInfo], instances: dict[str, str]
                     ) -> dict[str, tuple[int, int]]:
    """The parameters and FLOPs of each instance's layers, in one pass over the layers."""
    totals: dict[str, list[int]] = {path: [0, 0] for path in instances}
    for nid, info in infos.items():
        if SEP not in nid or not (info.params or info.flops):
            continue
        parts = nid.split(SEP)
        for depth in range(1, len(parts)):
            found = totals.get(SEP.join(parts[:depth]))
            if found is not None:
                found[0] += info.params
                found[1] += info.flops
    return {path: (p, f) for path, (p, f) in totals.items()}
