"""Project files (../shared/docs/project-format.md, version 2): load, save, migrate.

A Project is the graph plus the ``data`` and ``training`` sections. Loading keeps every key
it does not understand (top level, graph, node, edge) and writes it back unchanged, so files
written by newer tools or by hand survive a round trip.

Files are untrusted (core/untrusted.py): a project file is read only if it is a regular file
of at most 32 MB, nested at most 100 levels, with numbers of at most 4,300 digits. What loading
has to change to keep the project usable is repaired and listed in ``Project.load_notes``
(sentences for the user): text that is not valid Unicode (lone surrogates) becomes U+FFFD, a
second node with an id already taken gets a fresh id, a name that is not text becomes text.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core import project_messages as msg
from netstudio.core.events import Signal
from netstudio.core.files import atomic_write
from netstudio.core.graph.model import Edge, Graph, Node
from netstudio.core.text import message_of
from netstudio.core.untrusted import JSONProblem, check_depth, load_json, repair_strings

FORMAT = "netstudio"
VERSION = 2

# version N -> function turning a version-N dict into a version-(N+1) dict; the
# loader walks this chain so old files keep opening.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds blocks (top-level "blocks", Block/BlockInput/BlockOutput nodes); a
    version-1 graph is a version-2 graph without blocks. A "blocks" key a version-1 file held
    was not netstudio's: it is kept under another name rather than read as blocks."""
    if "blocks" in raw:
        raw["blocks_v1"] = raw.pop("blocks")
    return raw


MIGRATIONS[1] = _v1_to_v2

DEFAULT_TRAINING: dict[str, Any] = {
    "task": "classification", "loss": "CrossEntropyLoss", "optimizer": "Adam",
    "lr": 0.001, "batch_size": 64, "epochs": 3, "seed": 0,
}
DEFAULT_DATA: dict[str, Any] = {"dataset": "mnist"}

# Optional keys of "graph" besides nodes and edges: "direction" ("TB" top to bottom, the
# default, or "LR" left to right) says how the canvas lays the network out.
GRAPH_KEYS = {"direction"}
_TOP_KEYS = {"format", "version", "name", "graph", "data", "training", "initial_weights",
             "blocks"}
# Optional top-level sections kept in ``extra`` as written (netstudio.core.tune reads
# "search", the hyperparameter search) and not reported as unknown keys.
SECTIONS = {"search"}
_NODE_KEYS = {"id", "type", "params", "pos"}
_EDGE_KEYS = {"from", "to", "port"}


class ProjectError(Exception):
    """A file that cannot be used as a project. The message names the file and what to do."""


@dataclass
class Project:
    name: str = "Untitled"
    graph: Graph = field(default_factory=Graph)
    data: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_DATA))
    training: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_TRAINING))
    extra: dict[str, Any] = field(default_factory=dict)  # unknown top-level keys
    graph_extra: dict[str, Any] = field(default_factory=dict)  # unknown keys in "graph"
    path: Path | None = None
    # what loading repaired (lone surrogates, duplicate ids, ...): sentences for the user
    load_notes: list[str] = field(default_factory=list)
    # A weights file (relative to the project file) the network starts from: what an import
    # brought along. See netstudio.core.initial_weights.
    initial_weights: str | None = None
    # Block definitions by name (netstudio.core.graph.blocks), version 2.
    blocks: dict[str, Graph] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Fired when data/training settings change (graph edits fire graph.changed).
        self.settings_changed = Signal("settings_changed")

    # ---- settings ------------------------------------------------------------------------
    @property
    def task(self) -> str:
        return str(self.training.get("task", "classification"))

    @property
    def dataset(self) -> str:
        return str(self.data.get("dataset", "mnist"))

    def set_settings(self, data: dict[str, Any] | None = None,
                     training: dict[str, Any] | None = None) -> None:
        if data is not None:
            self.data = dict(data)
        if training is not None:
            self.training = dict(training)
        self.settings_changed.emit()

    @property
    def search(self) -> Any:
        """The ``search`` section as the file has it (None when absent); netstudio.core.tune
        reads and checks it."""
        return self.extra.get("search")

    def set_search(self, search: dict[str, Any] | None) -> None:
        """Replace (None: remove) the ``search`` section; emits settings_changed."""
        if search is None:
            self.extra.pop("search", None)
        else:
            self.extra["search"] = copy.deepcopy(search)
        self.settings_changed.emit()

    def unknown_keys(self) -> list[tuple[str | None, str]]:
        """(node id or None, dotted key) for every key this version does not understand."""
        found: list[tuple[str | None, str]] = [(None, k) for k in self.extra
                                               if k not in SECTIONS]
        found += [(None, f"graph.{k}") for k in self.graph_extra if k not in GRAPH_KEYS]
        for n in self.graph.nodes.values():
            found += [(n.id, k) for k in n.extra]
        for e in self.graph.edges:
            found += [(e.dst, f"edge {e.src}->{e.dst}: {k}") for k, _ in e.extra]
        return found

    # ---- dict form -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": self.name,
                               "graph": {**_graph_dict(self.graph), **self.graph_extra},
                               "data": copy.deepcopy(self.data),
                               "training": copy.deepcopy(self.training)}
        if self.blocks:
            out["blocks"] = {name: _graph_dict(g) for name, g in self.blocks.items()}
        if self.initial_weights is not None:
            out["initial_weights"] = self.initial_weights
        out.update(copy.deepcopy(self.extra))
        return out

    @classmethod
    def from_dict(cls, raw: Any, source: str = "<memory>") -> Project:
        try:
            check_depth(raw, source)
        except JSONProblem as e:
            raise ProjectError(message_of(e)) from None
        raw, notes = repair_strings(raw)
        raw = _upgrade(_check_header(raw, source), source)
        graph_raw = raw.get("graph", {})
        if not isinstance(graph_raw, dict):
            raise ProjectError(msg.GRAPH_NOT_OBJECT(source=source))
        nodes_raw, edges_raw = graph_raw.get("nodes", []), graph_raw.get("edges", [])
        if not isinstance(nodes_raw, list) or not isinstance(edges_raw, list):
            raise ProjectError(msg.GRAPH_NOT_LISTS(source=source))
        nodes = [_node_from(d, i, source) for i, d in enumerate(nodes_raw)]
        notes += _rename_duplicates(nodes)
        edges = [_edge_from(d, i, source) for i, d in enumerate(edges_raw)]
        data, training = raw.get("data", {}), raw.get("training", {})
        for key, value in (("data", data), ("training", training)):
            if not isinstance(value, dict):
                raise ProjectError(msg.SECTION_NOT_OBJECT(source=source, key=key))
        name = raw.get("name")
        if name is not None and not isinstance(name, str):
            notes.append(msg.NAME_NOT_TEXT(value=json.dumps(name)[:40]))
            name = json.dumps(name)
        weights = raw.get("initial_weights")
        if weights is not None and (not isinstance(weights, str) or not weights.strip()):
            raise ProjectError(msg.BAD_WEIGHTS_NAME(source=source))
        blocks = _blocks_from(raw.get("blocks", {}), source, notes)
        return cls(
            name=name if name is not None else "Untitled",
            graph=Graph(nodes, edges),
            data=copy.deepcopy(data) if "data" in raw else dict(DEFAULT_DATA),
            training=copy.deepcopy(training) if "training" in raw else dict(DEFAULT_TRAINING),
            extra={k: copy.deepcopy(v) for k, v in raw.items() if k not in _TOP_KEYS},
            graph_extra={k: copy.deepcopy(v) for k, v in graph_raw.items()
                         if k not in ("nodes", "edges")},
            load_notes=notes,
            initial_weights=weights,
            blocks=blocks,
        )

    # ---- files ---------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Project:
        p = Path(path)
        try:
            raw = load_json(p, what="project file")
        except FileNotFoundError:
            raise ProjectError(msg.NO_SUCH_FILE(path=p)) from None
        except IsADirectoryError:
            raise ProjectError(msg.IS_FOLDER(path=p)) from None
        except JSONProblem as e:
            raise ProjectError(message_of(e)) from None
        except OSError as e:
            raise ProjectError(msg.CANNOT_READ(path=p, reason=e.strerror or str(e))) from None
        project = cls.from_dict(raw, str(p))
        project.path = p
        return project

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Write atomically (core.files.atomic_write); raises WriteError (an OSError)."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ProjectError(msg.NO_SAVE_NAME())
        atomic_write(target, self.dumps())
        self.path = target
        return target

    def dumps(self) -> str:
        return _dumps(self.to_dict())


def _dumps(d: dict[str, Any]) -> str:
    """Diff-friendly JSON: one node / edge per line, the rest indented by two."""
    def value(v: Any, indent: int) -> str:
        text = json.dumps(v, indent=2, ensure_ascii=False)
        return text.replace("\n", "\n" + " " * indent)

    def rows(items: list[Any]) -> str:
        if not items:
            return "[]"
        lines = ",\n".join("      " + json.dumps(i, ensure_ascii=False) for i in items)
        return "[\n" + lines + "\n    ]"

    def obj(pairs: list[tuple[str, str]], indent: int) -> str:
        if not pairs:
            return "{}"
        pad = " " * (indent + 2)
        body = ",\n".join(f"{pad}{json.dumps(k, ensure_ascii=False)}: {v}" for k, v in pairs)
        return "{\n" + body + "\n" + " " * indent + "}"

    top = []
    for key, v in d.items():
        if key == "graph" and isinstance(v, dict):
            graph = [(k, rows(g) if k in ("nodes", "edges") and isinstance(g, list)
                      else value(g, 4)) for k, g in v.items()]
            top.append((key, obj(graph, 2)))
        else:
            top.append((key, value(v, 2)))
    return obj(top, 0) + "\n"


def _num(v: float) -> float | int:
    f = float(v)
    return int(f) if f.is_integer() else round(f, 2)


def _check_header(raw: Any, source: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ProjectError(msg.TOP_NOT_OBJECT(source=source))
    if raw.get("format") != FORMAT:
        raise ProjectError(msg.WRONG_FORMAT(source=source, found=repr(raw.get('format'))))
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectError(msg.BAD_VERSION(source=source, version=repr(version)))
    if version > VERSION:
        raise ProjectError(msg.NEWER_VERSION(source=source, version=version, supported=VERSION))
    return raw


def _upgrade(raw: dict[str, Any], source: str) -> dict[str, Any]:
    version = raw["version"]
    while version < VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(msg.NO_MIGRATION(source=source, version=version))
        raw = step(copy.deepcopy(raw))
        version += 1
        raw["version"] = version
    return raw


def _graph_dict(graph: Graph) -> dict[str, Any]:
    nodes = []
    for n in graph.nodes.values():
        d: dict[str, Any] = {"id": n.id, "type": n.type}
        if n.params:
            d["params"] = copy.deepcopy(n.params)
        if n.pos is not None:
            d["pos"] = [_num(n.pos[0]), _num(n.pos[1])]
        d.update(copy.deepcopy(n.extra))
        nodes.append(d)
    edges = []
    for e in graph.edges:
        d = {"from": e.src, "to": e.dst}
        if e.port is not None:
            d["port"] = e.port
        d.update({k: copy.deepcopy(v) for k, v in e.extra})
        edges.append(d)
    return {"nodes": nodes, "edges": edges}


def _blocks_from(raw: Any, source: str, notes: list[str]) -> dict[str, Graph]:
    """The "blocks" section: {name: {"nodes": [...], "edges": [...]}}."""
    if not isinstance(raw, dict):
        raise ProjectError(msg.BLOCKS_NOT_OBJECT(source=source))
    out: dict[str, Graph] = {}
    for name, body in raw.items():
        where = msg.BLOCK_WHERE(source=source, name=name)
        if not isinstance(body, dict) or not isinstance(body.get("nodes", []), list) \
                or not isinstance(body.get("edges", []), list):
            raise ProjectError(msg.BLOCK_NOT_GRAPH(where=where))
        nodes = [_node_from(d, i, where) for i, d in enumerate(body.get("nodes", []))]
        notes += _rename_duplicates(nodes)
        edges = [_edge_from(d, i, where) for i, d in enumerate(body.get("edges", []))]
        out[str(name)] = Graph(nodes, edges)
    return out


def _node_from(d: Any, i: int, source: str) -> Node:
    if not isinstance(d, dict):
        raise ProjectError(msg.NODE_NOT_OBJECT(source=source, index=i))
    node_id, node_type = d.get("id"), d.get("type")
    if not isinstance(node_id, str) or not node_id:
        raise ProjectError(msg.NODE_NO_ID(source=source, index=i))
    if not isinstance(node_type, str) or not node_type:
        raise ProjectError(msg.NODE_NO_TYPE(source=source, node=node_id))
    params = d.get("params", {})
    if params is None:
        params = {}
    if not isinstance(params, dict):
        raise ProjectError(msg.NODE_BAD_PARAMS(source=source, node=node_id))
    pos_raw = d.get("pos")
    pos = None
    if pos_raw is not None:
        if (not isinstance(pos_raw, list) or len(pos_raw) != 2
                or not all(isinstance(v, int | float) and not isinstance(v, bool)
                           for v in pos_raw)):
            raise ProjectError(msg.NODE_BAD_POS(source=source, node=node_id))
        pos = (float(pos_raw[0]), float(pos_raw[1]))
    extra = {k: copy.deepcopy(v) for k, v in d.items() if k not in _NODE_KEYS}
    return Node(node_id, node_type, copy.deepcopy(params), pos, extra)


def _rename_duplicates(nodes: list[Node]) -> list[str]:
    """Give a node whose id is already taken a fresh one (edges keep the first); notes."""
    taken = {n.id for n in nodes}
    seen: set[str] = set()
    notes: list[str] = []
    for i, n in enumerate(nodes):
        if n.id in seen:
            k = 2
            while f"{n.id}_{k}" in taken:
                k += 1
            new = f"{n.id}_{k}"
            notes.append(msg.DUPLICATE_RENAMED(index=i, old=json.dumps(n.id), new=json.dumps(new)))
            n.id = new
            taken.add(new)
        seen.add(n.id)
    return notes


def _edge_from(d: Any, i: int, source: str) -> Edge:
    if not isinstance(d, dict):
        raise ProjectError(msg.EDGE_NOT_OBJECT(source=source, index=i))
    src, dst, port = d.get("from"), d.get("to"), d.get("port")
    if not isinstance(src, str) or not isinstance(dst, str):
        raise ProjectError(msg.EDGE_NO_ENDS(source=source, index=i))
    if port is not None and (not isinstance(port, int) or isinstance(port, bool) or port < 0):
        raise ProjectError(msg.EDGE_BAD_PORT(source=source, src=src, dst=dst))
    extra = tuple((k, copy.deepcopy(v)) for k, v in d.items() if k not in _EDGE_KEYS)
    return Edge(src, dst, port, _freeze(extra))


def _freeze(extra: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    # Edge is hashable; JSON values (lists/dicts) are stored as their JSON text and restored
    # in to_dict via _thaw so the round trip is lossless.
    return tuple((k, _Frozen(json.dumps(v, sort_keys=True))) for k, v in extra)


class _Frozen(str):
    """JSON text of an unhashable extra value; deep-copies back to the value."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return json.loads(self)
