"""What differs between two projects: layers added, removed and changed (matched by node id),
connections, and data/training settings. Plain data for the command line and the app.

    d = diff_projects(run.project_dict(), canvas_project)   # "before", "after"
    d.added, d.removed, d.changed, d.edges_added, d.edges_removed, d.settings, d.same
    d.to_dict()   # JSON-ready;   d.lines()   # sentences for a terminal

Positions and the project's name are ignored. A param missing on one side counts as its
layer's default, and sizes inferred from the input (in_features, in_channels, ...) are
compared only when both sides give them, so a file that spells out a default or an inferred
size is not reported as a different network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

_ABSENT = object()


@dataclass(frozen=True)
class ValueChange:
    """``key`` went from ``old`` to ``new``; None with ``old_set``/``new_set`` False means the
    key was not given (the default applies)."""

    key: str
    old: Any
    new: Any
    old_set: bool = True
    new_set: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "old": self.old if self.old_set else None,
                "new": self.new if self.new_set else None,
                "old_set": self.old_set, "new_set": self.new_set}

    def text(self) -> str:
        def show(v: Any, given: bool) -> str:
            return json.dumps(v, ensure_ascii=False) if given else "(default)"

        return f"{self.key}: {show(self.old, self.old_set)} -> {show(self.new, self.new_set)}"


@dataclass(frozen=True)
class NodeRef:
    id: str
    type: str


@dataclass(frozen=True)
class NodeChange:
    id: str
    old_type: str
    new_type: str
    params: tuple[ValueChange, ...]

    @property
    def type_changed(self) -> bool:
        return self.old_type != self.new_type


@dataclass(frozen=True)
class EdgeRef:
    src: str
    dst: str
    port: int | None = None

    def text(self) -> str:
        return f"{self.src} -> {self.dst}" + (f" (port {self.port})" if self.port is not None
                                              else "")


@dataclass(frozen=True)
class ProjectDiff:
    added: tuple[NodeRef, ...] = ()      # in "after" only
    removed: tuple[NodeRef, ...] = ()    # in "before" only
    changed: tuple[NodeChange, ...] = ()
    edges_added: tuple[EdgeRef, ...] = ()
    edges_removed: tuple[EdgeRef, ...] = ()
    settings: tuple[ValueChange, ...] = ()  # "training.lr", "data.dataset", ...

    @property
    def same_network(self) -> bool:
        return not (self.added or self.removed or self.changed or self.edges_added
                    or self.edges_removed)

    @property
    def same(self) -> bool:
        return self.same_network and not self.settings

    def to_dict(self) -> dict[str, Any]:
        return {
            "same": self.same,
            "added": [{"id": n.id, "type": n.type} for n in self.added],
            "removed": [{"id": n.id, "type": n.type} for n in self.removed],
            "changed": [{"id": c.id, "old_type": c.old_type, "new_type": c.new_type,
                         "params": [p.to_dict() for p in c.params]} for c in self.changed],
            "edges_added": [{"from": e.src, "to": e.dst, "port": e.port}
                            for e in self.edges_added],
            "edges_removed": [{"from": e.src, "to": e.dst, "port": e.port}
                              for e in self.edges_removed],
            "settings": [s.to_dict() for s in self.settings],
        }

    def lines(self) -> list[str]:
        """One sentence per difference (for a terminal; the app lays them out itself)."""
        out = [f"+ layer {n.id} ({n.type})" for n in self.added]
        out += [f"- layer {n.id} ({n.type})" for n in self.removed]
        for c in self.changed:
            kind = (f"{c.old_type} -> {c.new_type}" if c.type_changed else c.new_type)
            details = "; ".join(p.text() for p in c.params)
            out.append(f"~ layer {c.id} ({kind})" + (f": {details}" if details else ""))
        out += [f"+ connection {e.text()}" for e in self.edges_added]
        out += [f"- connection {e.text()}" for e in self.edges_removed]
        out += [f"~ {s.text()}" for s in self.settings]
        return out


def diff_projects(before: Any, after: Any) -> ProjectDiff:
    """The differences from ``before`` to ``after`` (Projects or project dicts)."""
    a, b = _as_dict(before), _as_dict(after)
    nodes_a, nodes_b = _nodes(a), _nodes(b)
    added = tuple(NodeRef(i, str(nodes_b[i].get("type"))) for i in nodes_b if i not in nodes_a)
    removed = tuple(NodeRef(i, str(nodes_a[i].get("type")))
                    for i in nodes_a if i not in nodes_b)
    changed = []
    for node_id, na in nodes_a.items():
        nb = nodes_b.get(node_id)
        if nb is None:
            continue
        ta, tb = str(na.get("type")), str(nb.get("type"))
        params = _param_changes(ta, tb, _params(na), _params(nb))
        if ta != tb or params:
            changed.append(NodeChange(node_id, ta, tb, params))
    edges_a, edges_b = _edges(a), _edges(b)
    return ProjectDiff(
        added=added, removed=removed, changed=tuple(changed),
        edges_added=tuple(e for e in edges_b if e not in edges_a),
        edges_removed=tuple(e for e in edges_a if e not in edges_b),
        settings=_settings(a, b))


def _as_dict(p: Any) -> dict[str, Any]:
    d = p.to_dict() if hasattr(p, "to_dict") else p
    return d if isinstance(d, dict) else {}


def _nodes(d: dict[str, Any]) -> dict[str, dict[str, Any]]:
    graph = d.get("graph") if isinstance(d.get("graph"), dict) else {}
    out: dict[str, dict[str, Any]] = {}
    for n in graph.get("nodes") or ():
        if isinstance(n, dict) and isinstance(n.get("id"), str):
            out[n["id"]] = n
    return out


def _params(n: dict[str, Any]) -> dict[str, Any]:
    p = n.get("params")
    return p if isinstance(p, dict) else {}


def _edges(d: dict[str, Any]) -> list[EdgeRef]:
    graph = d.get("graph") if isinstance(d.get("graph"), dict) else {}
    out = []
    for e in graph.get("edges") or ():
        if isinstance(e, dict) and isinstance(e.get("from"), str) and isinstance(e.get("to"), str):
            port = e.get("port")
            ref = EdgeRef(e["from"], e["to"], port if isinstance(port, int) else None)
            if ref not in out:
                out.append(ref)
    return out


def _param_changes(type_a: str, type_b: str, pa: dict[str, Any], pb: dict[str, Any]
                   ) -> tuple[ValueChange, ...]:
    from netstudio.core.layers.registry import get_layer

    spec = get_layer(type_b) if type_a == type_b else None
    out = []
    for key in sorted(set(pa) | set(pb), key=str):
        va, vb = pa.get(key, _ABSENT), pb.get(key, _ABSENT)
        param = spec.param(key) if spec is not None else None
        if param is not None and (va is _ABSENT or vb is _ABSENT):
            if param.inferred:
                continue  # one side leaves an inferred size to the input shape
            default = param.default
            if _same(default, vb if va is _ABSENT else va):
                continue  # one side spells out the default
        if not _same(va, vb):
            out.append(ValueChange(key, None if va is _ABSENT else va,
                                   None if vb is _ABSENT else vb,
                                   va is not _ABSENT, vb is not _ABSENT))
    return tuple(out)


def _settings(a: dict[str, Any], b: dict[str, Any]) -> tuple[ValueChange, ...]:
    from netstudio.core.project import DEFAULT_DATA, DEFAULT_TRAINING

    out = []
    for section, defaults in (("data", DEFAULT_DATA), ("training", DEFAULT_TRAINING)):
        sa = a.get(section) if isinstance(a.get(section), dict) else {}
        sb = b.get(section) if isinstance(b.get(section), dict) else {}
        for key in sorted(set(sa) | set(sb), key=str):
            va = sa.get(key, defaults.get(key, _ABSENT))
            vb = sb.get(key, defaults.get(key, _ABSENT))
            if not _same(va, vb):
                out.append(ValueChange(f"{section}.{key}", None if va is _ABSENT else va,
                                       None if vb is _ABSENT else vb,
                                       va is not _ABSENT, vb is not _ABSENT))
    return tuple(out)


def _same(x: Any, y: Any) -> bool:
    """Equal as JSON values: 5 == 5.0, [2, 2] == (2, 2); True is not 1."""
    if isinstance(x, bool) or isinstance(y, bool):
        return type(x) is type(y) and x == y
    if isinstance(x, list | tuple) and isinstance(y, list | tuple):
        return len(x) == len(y) and all(_same(i, j) for i, j in zip(x, y, strict=True))
    if isinstance(x, dict) and isinstance(y, dict):
        return x.keys() == y.keys() and all(_same(x[k], y[k]) for k in x)
    return x == y
