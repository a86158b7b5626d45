"""What differs between a project and the state the Checker last checked (incremental.py).

Found by comparing, never taken from change events, so nothing an event missed is trusted:
the nodes (by id: added, removed, new params, a new layer type), the settings, and the
connections (the common head and tail of the two lists by identity, then what is left by
identity too, so a splice in the middle of 6,000 connections costs a few list passes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netstudio.core.checks import memo
from netstudio.core.graph.model import Edge

_MISSING = object()


@dataclass
class Changes:
    params: list[str]  # kept nodes whose params changed
    added: list[str]  # new node ids, in file order
    removed: list[str]  # ids gone since
    edges_added: list[Edge]
    edges_removed: list[Edge]
    retyped: list[str] = field(default_factory=list)  # kept nodes with another layer type
    settings: bool = False  # the data or training settings (or the file's place) changed

    @property
    def structural(self) -> bool:
        return bool(self.added or self.removed or self.edges_added or self.edges_removed)

    @property
    def any(self) -> bool:
        return bool(self.params or self.retyped or self.settings) or self.structural


def node_changes(nodes: dict[str, Any], keys: dict[str, tuple | None],
                 types: dict[str, str], last_ids: list[str]
                 ) -> tuple[list[str], list[str], list[str], list[str]]:
    """(params changed, added, removed, type changed) against the last run's params keys
    and types (a node with a new type is not also in the first list)."""
    params, added, retyped = [], [], []
    key_or_none = memo.key_or_none
    for nid, node in nodes.items():
        old = keys.get(nid, _MISSING)
        if old is _MISSING:
            added.append(nid)
            continue
        if node.type != types[nid]:
            retyped.append(nid)
            continue
        k = key_or_none(node.params)
        if k is None or k != old:
            params.append(nid)
    kept = len(nodes) - len(added)
    removed = [] if kept == len(last_ids) else [n for n in last_ids if n not in nodes]
    return params, added, removed, retyped


def edge_changes(old: list[Edge], new: list[Edge]) -> tuple[list[Edge], list[Edge]] | None:
    """(added, removed) connections; None when the ones kept changed their order (their
    order decides the order of a layer's inputs and the order layers run in)."""
    n = min(len(old), len(new))
    head = 0
    while head < n and old[head] is new[head]:
        head += 1
    tail = 0
    while tail < n - head and old[-1 - tail] is new[-1 - tail]:
        tail += 1
    old_mid, new_mid = old[head:len(old) - tail], new[head:len(new) - tail]
    if not old_mid and not new_mid:
        return [], []
    old_ids, new_ids = set(map(id, old_mid)), set(map(id, new_mid))
    removed = [e for e in old_mid if id(e) not in new_ids]
    added = [e for e in new_mid if id(e) not in old_ids]
    if [e for e in old_mid if id(e) in new_ids] != [e for e in new_mid if id(e) in old_ids]:
        return None
    return added, removed
