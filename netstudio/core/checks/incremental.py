"""Checking a big network again after an edit: only what the edit can have changed.

``analyze`` checks every layer (about 40 ms for 5,000 layers). ``Checker.analyze`` gives the
same Analysis but remembers its last run. When the only differences since are some layers'
parameters and unconnected layers added or removed at the end (a drop on the canvas, its
undo) -- same connections, types and settings otherwise: compared with the project itself,
not taken from change events, so nothing an event missed is trusted -- it re-runs those
layers' own checks, re-infers shapes from them downstream in topological order, stopping
wherever a shape comes out as it was, and runs the whole-network checks (outputs, task,
memory) again. Anything else is a full run. Projects with blocks or a search section are
always checked in full (they are checked through a flat copy or against the whole network).

tests/core/test_incremental_check.py compares the result with ``analyze`` on random edits.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

from netstudio.core.analysis import Analysis, _run, analyze, check_node, check_whole
from netstudio.core.checks import memo, search, settings, shapes, structure
from netstudio.core.checks.context import NO_INFO, Context, NodeInfo
from netstudio.core.diagnostics import Diagnostic
from netstudio.core.graph.blocks import has_blocks
from netstudio.core.layers.registry import list_layers


@dataclass
class Trace:
    """What a full run found, by where it came from (filled by analysis._run)."""

    pre: list[Diagnostic] = field(default_factory=list)  # settings .. the Input: structure
    settings_count: int = 0  # the first ones in ``pre`` come from the settings
    pre_bad: set[str] = field(default_factory=set)  # nodes marked bad by those
    own: dict[str, list[Diagnostic]] = field(default_factory=dict)  # type, params, inputs
    shaped: dict[str, list[Diagnostic]] = field(default_factory=dict)  # the shape rules
    unknown: list[Diagnostic] = field(default_factory=list)  # unknown keys


@dataclass
class _Last:
    project: Any
    graph: Any
    ctx: Context
    trace: Trace
    analysis: Analysis
    ids: list[str]
    types: list[str]
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

    def analyze(self, project: Any) -> Analysis:
        if has_blocks(project) or project.search is not None:
            self._last = None
            self.rechecked = frozenset()
            return analyze(project)
        last = self._last
        edit = _edit(last, project) if last is not None else None
        if edit is not None and last is not None:
            if not (edit.params or edit.added or edit.removed):
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
            project, graph, ctx, trace, result, list(nodes), [n.type for n in nodes.values()],
            list(graph.edges), list(graph.duplicate_ids), _settings_key(project),
            len(list_layers()), {nid: memo.key_or_none(n.params) for nid, n in nodes.items()},
            {nid: i for i, nid in enumerate(nodes)}, {nid: i for i, nid in enumerate(ctx.order)})
        return result


def _settings_key(project: Any) -> Any:
    try:
        return memo.freeze({"data": project.data, "training": project.training,
                            "extra": project.extra, "graph": project.graph_extra,
                            "path": str(project.path)})
    except (TypeError, RecursionError):
        return None  # never equal: always a full run


@dataclass
class _Edit:
    params: list[str]  # nodes whose params changed
    added: list[str]  # unconnected nodes added after the others
    removed: list[str]  # unconnected nodes that were the last ones


def _edit(last: _Last, project: Any) -> _Edit | None:
    """What differs from the last run, or None when it is more than _Edit can say."""
    graph = project.graph
    if project is not last.project or graph is not last.graph:
        return None
    nodes = graph.nodes
    ids, types = list(nodes), [n.type for n in nodes.values()]
    common = min(len(ids), len(last.ids))
    if (ids[:common] != last.ids[:common] or types[:common] != last.types[:common]
            or not common or graph.edges != last.edges
            or graph.duplicate_ids != last.duplicates
            or len(list_layers()) != last.n_layers):
        return None
    added, removed = ids[common:], last.ids[common:]
    if (added or removed) and not _loose(last, project, added, removed):
        return None
    key = _settings_key(project)
    if key is None or key != last.settings:
        return None
    keys = last.keys
    changed = []
    for nid in ids[:common]:
        k = memo.key_or_none(nodes[nid].params)
        if k is None or k != keys[nid]:
            changed.append(nid)
    return _Edit(changed, added, removed)


def _loose(last: _Last, project: Any, added: list[str], removed: list[str]) -> bool:
    """The nodes added or removed touch nothing else the checks look at: no connection
    names them, none is an Input or has a doubtful id or unknown keys, and the removed ones
    were the last in the order layers run (as unconnected nodes at the end always are)."""
    touched = set(added) | set(removed)
    if any(e.src in touched or e.dst in touched for e in project.graph.edges):
        return False
    nodes = project.graph.nodes
    for nid in added:
        node = nodes[nid]
        if (node.type == "Input" or node.extra or "." in nid or not nid.strip()
                or nid in structure.RESERVED):
            return False
    order = last.ctx.order
    return not removed or (
        order[len(order) - len(removed):] == removed
        and all(t != "Input" for t in last.types[len(last.ids) - len(removed):]))


def _update(last: _Last, edit: _Edit) -> tuple[Analysis, frozenset[str]] | None:
    ctx, trace, project = last.ctx, last.trace, last.project
    fresh = Context(project)  # the settings may read files: they must still say the same
    settings.check_settings(fresh)
    if (fresh.diagnostics != trace.pre[:trace.settings_count]
            or fresh.data_ok != ctx.data_ok):
        return None
    gone = _remove(last, edit.removed)
    _add(last, edit.added)
    changed = edit.params + edit.added
    found: list[Diagnostic] = []
    ctx.diagnostics = found
    for nid in changed:
        if nid not in trace.pre_bad:
            ctx.bad.discard(nid)
        ctx.specs.pop(nid, None)
        ctx.param_keys.pop(nid, None)
        start = len(found)
        check_node(ctx, nid)
        _keep(trace.own, nid, found[start:])
        last.keys[nid] = memo.key_or_none(project.graph.nodes[nid].params)
    position, order = last.position, ctx.order
    heap = [position[n] for n in changed if n in position]
    heapq.heapify(heap)
    redone: set[str] = set()
    while heap:
        nid = order[heapq.heappop(heap)]
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
    start = len(found)
    check_whole(ctx)
    diagnostics = list(trace.pre)
    for nid in sorted(trace.own, key=last.index.__getitem__):
        diagnostics += trace.own[nid]
    for nid in sorted(trace.shaped, key=position.__getitem__):
        diagnostics += trace.shaped[nid]
    diagnostics += found[start:]
    diagnostics += trace.unknown
    ctx.diagnostics = diagnostics
    search.check_search(ctx)
    result = _analysis(last.analysis, ctx, redone, gone, frozenset(changed) | redone)
    last.analysis = result
    return result, frozenset(redone)


def _remove(last: _Last, removed: list[str]) -> dict[str, NodeInfo]:
    """Forget unconnected nodes that were the last ones; returns what they had."""
    ctx, trace = last.ctx, last.trace
    gone = {}
    for nid in removed:
        for table in (ctx.preds, ctx.succs, ctx.specs, ctx.param_keys, trace.own,
                      trace.shaped, last.keys, last.index, last.position):
            table.pop(nid, None)  # type: ignore[attr-defined]
        gone[nid] = last.analysis.nodes.get(nid) or NO_INFO
        ctx.infos.pop(nid, None)
        ctx.bad.discard(nid)
    if removed:
        del ctx.order[len(ctx.order) - len(removed):]
        del last.ids[len(last.ids) - len(removed):]
        del last.types[len(last.types) - len(removed):]
    return gone


def _add(last: _Last, added: list[str]) -> None:
    """Unconnected nodes after the others run last, in file order (as Kahn's order has it)."""
    ctx, nodes = last.ctx, last.project.graph.nodes
    for nid in added:
        ctx.preds[nid], ctx.succs[nid] = [], []
        last.position[nid] = len(ctx.order)
        ctx.order.append(nid)
        last.index[nid] = len(last.ids)
        last.ids.append(nid)
        last.types.append(nodes[nid].type)
        last.keys[nid] = None  # its own checks run below


def _analysis(prev: Analysis, ctx: Context, redone: set[str], gone: dict[str, NodeInfo],
              changed: frozenset[str]) -> Analysis:
    infos = dict(prev.nodes)
    params, flops, runs_changed = prev.total_params, prev.total_flops, bool(gone)
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
    return Analysis(infos, tuple(ctx.diagnostics), runnable, prev.inputs, prev.outputs,
                    params, flops, changed=changed, base=id(prev))


def _shape(info: NodeInfo | None) -> tuple[int, ...] | None:
    return info.shape if info is not None else None


def _keep(table: dict[str, list[Diagnostic]], nid: str, found: list[Diagnostic]) -> None:
    if found:
        table[nid] = found
    else:
        table.pop(nid, None)
