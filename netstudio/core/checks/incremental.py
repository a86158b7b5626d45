"""Checking a big network again after an edit: only what the edit can have changed.

``analyze`` checks every layer (about 25 ms for 5,000 layers). ``Checker.analyze`` gives the
same Analysis but remembers its last run and what each part of it found. It compares the
project with that run (changes.py: params, layers added or removed anywhere, connections
added or removed anywhere; nothing taken from change events) and then:

- re-runs the own checks (type, params, number of inputs) of the layers edited, added, or
  whose connections or loop membership changed;
- finds the order layers run in, and the loops, again only when connections changed or a
  layer was put back in the middle of the file (one pass of Kahn's algorithm, about a tenth
  of a full check; the loops are searched among the few layers it cannot order);
- re-infers shapes from those layers downstream in that order, stopping wherever a shape
  comes out as it was;
- runs the whole-network checks (Input, outputs, task, memory) again.

A project with blocks is checked as its flat graph (analysis.with_blocks), and that flat
graph incrementally too: ``FlatView`` keeps it from one check to the next (flat_view.py),
so an edit in a network of blocks re-checks what it touches there as well.

Other settings replace the settings' own problems and the whole-network checks run again;
a layer with another type is re-checked like one with new params (unless it is or was the
Input, or a connection into it gives a port).

What it cannot follow exactly is checked in full: ids that cannot name a layer, unknown
keys on a connection or layer that came or went, connections to missing layers,
connections that kept their ids but changed order, a layer that became or stopped being
the Input, and a project with a search section (checked against the whole network).

tests/core/test_incremental_check.py compares the result with ``analyze`` after random
sequences of edits (params, splices, deletions, rewiring, loops, undo) and counts which
layers are re-checked.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field, replace
from typing import Any

from netstudio.core.analysis import (
    Analysis,
    _run,
    analyze,
    check_node,
    check_whole,
    with_blocks,
)
from netstudio.core.checks import memo, order, search, settings, shapes, structure
from netstudio.core.checks.changes import Changes, edge_changes, node_changes
from netstudio.core.checks.context import NO_INFO, Context, NodeInfo
from netstudio.core.checks.flat_view import FlatView
from netstudio.core.diagnostics import Diagnostic
from netstudio.core.graph.blocks import SEP, flatten, has_blocks
from netstudio.core.graph.model import Edge
from netstudio.core.layers.registry import list_layers


@dataclass
class Trace:
    """What a full run found, by where it came from (filled by analysis._run)."""

    pre: list[Diagnostic] = field(default_factory=list)  # settings .. the Input: structure
    settings_count: int = 0  # the first ones in ``pre`` come from the settings
    ids_count: int = 0  # then the ids
    structure_count: int = 0  # then the connections (their ports)
    order_count: int = 0  # then the loops; then the Input checks
    structure_bad: set[str] = field(default_factory=set)  # nodes marked bad by ids/connections
    pre_bad: set[str] = field(default_factory=set)  # ... and by the Input checks
    own: dict[str, list[Diagnostic]] = field(default_factory=dict)  # type, params, inputs
    shaped: dict[str, list[Diagnostic]] = field(default_factory=dict)  # the shape rules
    unknown: list[Diagnostic] = field(default_factory=list)  # unknown keys


@dataclass
class _Blocks:
    """What the Checker keeps for a project with blocks."""

    view: FlatView
    checker: Checker  # checks the flat graph
    inner: Analysis | None = None  # its last answer ...
    result: Analysis | None = None  # ... and the project's, made from it
    problems: list = field(default_factory=list)  # the blocks' own, from flatten
    shape: tuple = ()  # the instances, their inputs and outputs


@dataclass
class _Last:
    project: Any
    graph: Any
    ctx: Context
    trace: Trace
    analysis: Analysis
    ids: list[str]  # file order
    types: dict[str, str]
    edges: list
    duplicates: list
    settings: Any
    n_layers: int
    keys: dict[str, tuple | None]
    index: dict[str, int]  # file order
    position: dict[str, int]  # topological order


class Checker:
    """``analyze`` for one window: re-checks only what changed since its previous call."""

    def __init__(self) -> None:
        self._last: _Last | None = None
        self.rechecked: frozenset[str] = frozenset()  # whose shapes the last call re-inferred
        self._flat: _Blocks | None = None  # for a project with blocks

    def analyze(self, project: Any) -> Analysis:
        if project.search is not None:
            self._last = self._flat = None
            self.rechecked = frozenset()
            return analyze(project)
        if has_blocks(project):
            return self._with_blocks(project)
        shown = self._from_blocks(project) if self._flat is not None else None
        self._flat = None
        result = self._analyze(project, same_graph=False)
        return _rebased(result, *shown) if shown is not None else result

    def _from_blocks(self, project: Any) -> tuple[Analysis, Analysis] | None:
        """The project's last block went (an undo of a grouping, an expanded block): what
        the flat graph's checker knew becomes this one's, so that only what changed is
        checked again. Returns the flat graph's last analysis and the project's."""
        blocks = self._flat
        last = blocks.checker._last if blocks is not None else None
        if (blocks is None or last is None or blocks.view.project is not project
                or blocks.inner is None or blocks.result is None):
            return None
        last.project = last.ctx.project = project
        last.graph = project.graph
        self._last = last
        return blocks.inner, blocks.result

    def _with_blocks(self, project: Any) -> Analysis:
        """The flat graph checked by an inner Checker that keeps it between calls."""
        try:
            flat = flatten(project, share=True)
        except Exception:  # noqa: BLE001  (analyze turns it into one error diagnostic)
            self._flat = None
            return analyze(project)
        blocks = self._flat
        if blocks is None or blocks.view.project is not project:
            blocks = self._flat = _Blocks(FlatView(project), Checker())
            last, self._last = self._last, None
            if last is not None and last.project is project:
                # the first block of a project checked so far: the flat graph is the
                # network with that block's layers in it; start from what is known
                last.project = last.ctx.project = blocks.view.view
                blocks.checker._last = last
                blocks.inner = blocks.result = last.analysis
        inner = blocks.checker._analyze(blocks.view.update(project, flat), same_graph=True)
        self.rechecked = blocks.checker.rechecked
        shape = (flat.instances, flat.inputs, flat.outputs)
        if (inner is blocks.inner and blocks.result is not None
                and flat.problems == blocks.problems and shape == blocks.shape):
            return blocks.result  # nothing changed
        result = with_blocks(project, flat, inner, blocks.result, blocks.inner)
        blocks.inner, blocks.result, blocks.problems = inner, result, flat.problems
        blocks.shape = shape
        return result

    def _analyze(self, project: Any, same_graph: bool) -> Analysis:
        last = self._last
        edit = _changes(last, project, same_graph) if last is not None else None
        if edit is not None and last is not None:
            if not edit.any:
                self.rechecked = frozenset()
                return last.analysis
            try:
                update = _update(last, edit)
            except Exception:  # noqa: BLE001  (a full run reports what went wrong)
                update = None
            if update is not None:
                self.rechecked = update[1]
                return update[0]
        return self._full(project)

    def forget(self) -> None:
        """The next call checks everything (e.g. after the layer library changed)."""
        self._last = None

    def _full(self, project: Any) -> Analysis:
        self._last = None
        ctx, trace = Context(project), Trace()
        try:
            result = _run(ctx, trace)
        except Exception:  # noqa: BLE001  (analyze turns it into one error diagnostic)
            return analyze(project)
        graph = project.graph
        nodes = graph.nodes
        self.rechecked = frozenset(ctx.order)
        self._last = _Last(
            project, graph, ctx, trace, result, list(nodes),
            {nid: n.type for nid, n in nodes.items()}, list(graph.edges),
            list(graph.duplicate_ids), _settings_key(project), len(list_layers()),
            {nid: memo.key_or_none(n.params) for nid, n in nodes.items()},
            {nid: i for i, nid in enumerate(nodes)}, {nid: i for i, nid in enumerate(ctx.order)})
        return result


def _rebased(result: Analysis, flat: Analysis, shown: Analysis) -> Analysis:
    """``result``, checked from ``flat`` (the flat graph's last analysis), said against
    ``shown`` (the project's, with its blocks): the cards to repaint."""
    if result.changed is None or result.base != id(flat):
        return result
    tops = {nid.split(SEP, 1)[0] for nid in result.changed}
    tops |= {nid.split(SEP, 1)[0] for nid in shown.nodes.keys() - result.nodes.keys()}
    return replace(result, changed=frozenset(tops), base=id(shown))


def _settings_key(project: Any) -> Any:
    try:
        return memo.freeze({"data": project.data, "training": project.training,
                            "extra": project.extra, "graph": project.graph_extra,
                            "path": str(project.path)})
    except (TypeError, RecursionError):
        return None  # never equal: always a full run


def _changes(last: _Last, project: Any, same_graph: bool = False) -> Changes | None:
    """What differs from the last run, or None when it needs a full run. ``same_graph``:
    a new graph object stands for the last one (a FlatView's)."""
    graph = project.graph
    if (project is not last.project or (graph is not last.graph and not same_graph)
            or graph.duplicate_ids != last.duplicates
            or len(list_layers()) != last.n_layers):
        return None
    key = _settings_key(project)
    if key is None:
        return None
    params, added, removed, retyped = node_changes(graph.nodes, last.keys, last.types,
                                                   last.ids)
    edges = ([], []) if graph.edges == last.edges else edge_changes(last.edges, graph.edges)
    if edges is None:
        return None
    return Changes(params, added, removed, *edges, retyped, key != last.settings)


def _followable(last: _Last, edit: Changes) -> bool:
    """The structural part of ``edit`` leaves alone what the update does not redo: the
    problems with ids, ports, missing layers and unknown keys found before the loops."""
    if not edit.structural:
        return True
    trace, nodes = last.trace, last.project.graph.nodes
    if any(d.code == "dangling-edge" for d in trace.pre[:trace.structure_count]):
        return False
    removed = set(edit.removed)
    if any(d.node in removed for d in trace.unknown):
        return False
    for nid in edit.added + edit.removed:
        node = nodes.get(nid)
        if ("." in nid or not nid.strip() or nid in structure.RESERVED
                or (node is not None and node.extra)):
            return False
    return (all(not e.extra and e.src in nodes and e.dst in nodes for e in edit.edges_added)
            and all(not e.extra for e in edit.edges_removed))


def _update(last: _Last, edit: Changes) -> tuple[Analysis, frozenset[str]] | None:
    ctx, trace, project = last.ctx, last.trace, last.project
    fresh = Context(project)  # the settings may read files: they must still say the same
    settings.check_settings(fresh)
    if not _followable(last, edit) or not _retype(last, edit):
        return None
    if (edit.settings or fresh.diagnostics != trace.pre[:trace.settings_count]
            or fresh.data_ok != ctx.data_ok):
        _new_settings(last, fresh)
    nodes = project.graph.nodes
    # whose own checks run again
    recheck = set(edit.params) | set(edit.added) | set(edit.retyped)
    reinfer: set[str] = set()  # whose shapes are inferred again (besides those)
    left: set[str] = set()  # nodes no longer in the order layers run in
    old_order = ctx.order
    gone = _forget(last, edit.removed)
    if edit.structural:
        reconnected = _reconnect(last, edit)
        if reconnected is None:
            return None
        touched, numbered = reconnected
        recheck |= touched
        reinfer |= touched
        if any(e.port is not None for e in edit.edges_added + edit.edges_removed):
            pre = trace.pre[:trace.ids_count]
            ctx.diagnostics = pre
            structure.check_ports(ctx, numbered)
        else:
            pre = trace.pre[:trace.structure_count]
        kept_until, trace.structure_count = trace.structure_count, len(pre)
        if _order_kept(last, edit):
            pre += trace.pre[kept_until:trace.order_count]  # the same loops
        else:
            in_cycle = ctx.in_cycle
            ctx.in_cycle = set()
            ctx.diagnostics = pre
            order.topo_order(ctx)
            recheck |= (in_cycle ^ ctx.in_cycle) & nodes.keys()
        trace.order_count = len(pre)
        left, entered = _reposition(last, old_order)
        reinfer |= entered
        if any(nodes[n].type == "Input" for n in edit.added) or any(
                last.types.get(n) == "Input" for n in edit.removed):
            ctx.inputs = tuple(n for n, node in nodes.items() if node.type == "Input")
        old_bad = trace.pre_bad - trace.structure_bad
        ctx.bad -= old_bad
        ctx.bad |= trace.structure_bad
        ctx.diagnostics = pre
        structure.check_inputs(ctx)
        new_bad = set(ctx.inputs[1:])
        trace.pre, trace.pre_bad = pre, trace.structure_bad | new_bad
        recheck |= (old_bad ^ new_bad) & nodes.keys()
        for nid in edit.added:
            last.types[nid] = nodes[nid].type
        if edit.added or edit.removed:
            last.ids = list(nodes)
            last.index = {nid: i for i, nid in enumerate(last.ids)}
        last.edges = list(project.graph.edges)
    found: list[Diagnostic] = []
    ctx.diagnostics = found
    for nid in recheck:
        if nid not in trace.pre_bad:
            ctx.bad.discard(nid)
        ctx.specs.pop(nid, None)
        ctx.param_keys.pop(nid, None)
        start = len(found)
        check_node(ctx, nid)
        _keep(trace.own, nid, found[start:])
        last.keys[nid] = memo.key_or_none(nodes[nid].params)
    for nid in left:
        ctx.infos.pop(nid, None)
        trace.shaped.pop(nid, None)
    redone = _reinfer(ctx, trace, last.position, recheck | reinfer, found)
    if edit.structural:
        reach = structure.reachable(ctx)
        ctx.outputs = tuple(n for n in ctx.order if n in reach and nodes[n].type != "Input"
                            and not ctx.succs[n])
    start = len(found)
    check_whole(ctx)
    diagnostics = list(trace.pre)
    for nid in sorted(trace.own, key=last.index.__getitem__):
        diagnostics += trace.own[nid]
    for nid in sorted(trace.shaped, key=last.position.__getitem__):
        diagnostics += trace.shaped[nid]
    diagnostics += found[start:]
    diagnostics += trace.unknown
    ctx.diagnostics = diagnostics
    search.check_search(ctx)
    changed = frozenset(recheck | redone | left | set(edit.added))
    result = _analysis(last.analysis, ctx, redone | left | set(edit.added), gone, changed,
                       edit.structural)
    last.analysis = result
    return result, frozenset(redone)


def _retype(last: _Last, edit: Changes) -> bool:
    """Take the new types of layers that changed theirs (their own checks and shapes run
    again with the others'); False when that is not enough: an Input came or went (the
    network's start), or a connection into it gives a port (whether a port means anything
    depends on the type)."""
    if not edit.retyped:
        return True
    nodes, graph = last.project.graph.nodes, last.project.graph
    retyped = set(edit.retyped)
    if any(last.types[n] == "Input" or nodes[n].type == "Input" for n in retyped):
        return False
    if any(e.port is not None and e.dst in retyped for e in graph.edges):
        return False
    for nid in retyped:
        last.types[nid] = nodes[nid].type
    return True


def _new_settings(last: _Last, fresh: Context) -> None:
    """Other settings: their own problems replace the old ones at the head of the list; the
    checks of the whole network that read them run again anyway (check_whole), and so does
    the search for unknown keys (the file's own top-level keys are settings too)."""
    ctx, trace = last.ctx, last.trace
    n = trace.settings_count
    moved = len(fresh.diagnostics) - n
    trace.pre = fresh.diagnostics + trace.pre[n:]
    trace.settings_count += moved
    trace.ids_count += moved
    trace.structure_count += moved
    trace.order_count += moved
    ctx.data_ok = fresh.data_ok
    ctx.diagnostics = []
    structure.check_unknown_keys(ctx)
    trace.unknown = ctx.diagnostics
    last.settings = _settings_key(last.project)


def _forget(last: _Last, removed: list[str]) -> dict[str, NodeInfo]:
    """Drop what the last run knew about removed nodes; returns what they had."""
    ctx, trace = last.ctx, last.trace
    gone = {}
    for nid in removed:
        for table in (ctx.preds, ctx.succs, ctx.specs, ctx.param_keys, trace.own,
                      trace.shaped, last.keys, last.types, last.position):
            table.pop(nid, None)  # type: ignore[attr-defined]
        gone[nid] = last.analysis.nodes.get(nid) or NO_INFO
        ctx.infos.pop(nid, None)
        ctx.bad.discard(nid)
        ctx.in_cycle.discard(nid)
    if removed:
        gone_ids = set(removed)
        ctx.order = [n for n in ctx.order if n not in gone_ids]
    return gone


def _reconnect(last: _Last, edit: Changes) -> tuple[set[str], list[Edge]] | None:
    """Rebuild the inputs and outputs of the nodes whose connections changed (and give new
    nodes theirs, in file order); returns those nodes and the connections that give a
    port, or None when a connection now names a node that is gone."""
    ctx, graph = last.ctx, last.project.graph
    nodes = graph.nodes
    touched = {e.src for e in edit.edges_added} | {e.dst for e in edit.edges_added}
    touched |= {e.src for e in edit.edges_removed} | {e.dst for e in edit.edges_removed}
    touched |= set(edit.added)
    scan = touched | set(edit.removed)
    touched &= nodes.keys()
    preds: dict[str, list] = {n: [] for n in touched}
    succs: dict[str, list[str]] = {n: [] for n in touched}
    numbered = []
    for i, e in enumerate(graph.edges):
        if e.port is not None:
            numbered.append(e)
        if e.dst in scan:
            if e.dst not in preds or e.src not in nodes:
                return None
            preds[e.dst].append((e.port is None, e.port or 0, i, e.src))
        if e.src in scan:
            if e.src not in succs or e.dst not in nodes:
                return None
            succs[e.src].append(e.dst)
    for nid in touched:
        ctx.preds[nid] = structure.in_port_order(preds[nid])
        ctx.succs[nid] = succs[nid]
    if edit.added and list(ctx.preds) != list(nodes):  # Kahn's algorithm reads file order
        ctx.preds = {n: ctx.preds[n] for n in nodes}
        ctx.succs = {n: ctx.succs[n] for n in nodes}
    return touched, numbered


def _order_kept(last: _Last, edit: Changes) -> bool:
    """No connection changed and the new nodes come after all others: unconnected layers
    at the end of the file run last, in file order, and removing an unconnected layer
    changes nobody else's place (as Kahn's algorithm orders them)."""
    if edit.edges_added or edit.edges_removed:
        return False
    ids = list(last.project.graph.nodes)
    if edit.added and ids[len(ids) - len(edit.added):] != edit.added:
        return False
    if edit.added:
        last.ctx.order = last.ctx.order + edit.added
    return True


def _reposition(last: _Last, old_order: list[str]) -> tuple[set[str], set[str]]:
    """Positions in the new order; returns the kept nodes that left the order (now in or
    after a loop) and the nodes that entered it."""
    new_order, nodes = last.ctx.order, last.project.graph.nodes
    n = len(old_order)
    if new_order[:n] == old_order:  # only appended
        for i in range(n, len(new_order)):
            last.position[new_order[i]] = i
        return set(), set(new_order[n:])
    if new_order == old_order:
        return set(), set()
    now, before = set(new_order), set(old_order)
    last.position = {nid: i for i, nid in enumerate(new_order)}
    return {x for x in before - now if x in nodes}, now - before


def _reinfer(ctx: Context, trace: Trace, position: dict[str, int], seeds: set[str],
             found: list[Diagnostic]) -> set[str]:
    """Shapes again from ``seeds`` downstream in topological order, stopping where a shape
    comes out as it was; returns the nodes re-inferred."""
    order_ = ctx.order
    heap = [position[n] for n in seeds if n in position]
    heapq.heapify(heap)
    redone: set[str] = set()
    while heap:
        nid = order_[heapq.heappop(heap)]
        if nid in redone:
            continue
        redone.add(nid)
        old = ctx.infos.pop(nid, None)
        start = len(found)
        shapes.infer_node(ctx, nid)
        _keep(trace.shaped, nid, found[start:])
        new = ctx.infos.get(nid)
        if _shape(old) != _shape(new):  # what the next layers receive changed
            for succ in ctx.succs[nid]:
                if succ in position:
                    heapq.heappush(heap, position[succ])
    return redone


def _analysis(prev: Analysis, ctx: Context, redone: set[str], gone: dict[str, NodeInfo],
              changed: frozenset[str], structural: bool) -> Analysis:
    infos = dict(prev.nodes)
    params, flops, runs_changed = prev.total_params, prev.total_flops, structural
    for nid, old in gone.items():
        del infos[nid]
        params -= old.params
        flops -= old.flops
    for nid in redone:
        old, new = infos.get(nid, NO_INFO), ctx.infos.get(nid) or NO_INFO
        infos[nid] = new
        params += new.params - old.params
        flops += new.flops - old.flops
        runs_changed = runs_changed or bool(old.shape) != bool(new.shape)
    runnable = (tuple(n for n in ctx.order if ctx.infos.get(n) and ctx.infos[n].shape)
                if runs_changed else prev.order)
    return Analysis(infos, tuple(ctx.diagnostics), runnable, ctx.inputs, ctx.outputs,
                    params, flops, changed=changed, base=id(prev))


def _shape(info: NodeInfo | None) -> tuple[int, ...] | None:
    return info.shape if info is not None else None


def _keep(table: dict[str, list[Diagnostic]], nid: str, found: list[Diagnostic]) -> None:
    if found:
        table[nid] = found
    else:
        table.pop(nid, None)
