"""The checker: analyze(project) -> shapes, parameter counts, FLOPs and diagnostics per node.

Pure and fast (no torch module is built): adjacency is built once, nodes are visited once in
topological order, and each layer's shape rule is plain arithmetic. It never raises; whatever
the graph holds becomes diagnostics. Each check keeps its message as an f-string in one place,
so a later translation pass can wrap them. A node whose input shape is unknown (because of an
error upstream) gets no shape and no further error, so one mistake gives one message.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from netstudio.core.layers.registry import LayerSpec, ShapeError, get_layer, list_layers

Shape = tuple[int, ...]

CLASSIFICATION_LOSSES = ("CrossEntropyLoss", "NLLLoss")
FILE_SOURCES = ("folder", "idx")  # data.dataset values read from the user's files
FILE_KEYS = {"folder": {"path": "a folder with one subfolder of images per class"},
             "idx": {"train_images": "the training images file (IDX format)",
                     "train_labels": "the training labels file (IDX format)"}}
# Memory the model may use when /proc tells nothing (bytes).
DEFAULT_MEMORY_BUDGET = 8 * 2**30


@dataclass(frozen=True)
class Diagnostic:
    severity: str  # "error" | "warning" | "info"
    node: str | None  # node id, None for graph-wide problems
    message: str  # a sentence a learner understands
    fix: str | None = None  # what to do, e.g. "remove in_features or set it to 1024"
    field: str | None = None  # the param at fault, when there is one
    code: str = ""  # stable id: "cycle", "shape-mismatch", "softmax-before-ce", ...

    def __str__(self) -> str:
        where = f"{self.node}: " if self.node and not self.message.startswith(self.node) else ""
        fix = f" Fix: {self.fix.rstrip('.')}" if self.fix else ""
        fix += "." if fix and not fix.endswith("?") else ""
        return f"{self.severity}: {where}{self.message}{fix}"


@dataclass(frozen=True)
class NodeInfo:
    shape: tuple[int, ...] | None  # per-sample output shape, None if not inferable
    in_shapes: tuple[tuple[int, ...], ...]
    params: int  # trainable parameter count
    flops: int  # per sample
    resolved: dict  # params with defaults and inferred sizes (build input)


@dataclass(frozen=True)
class Analysis:
    nodes: dict[str, NodeInfo]
    diagnostics: tuple[Diagnostic, ...]
    order: tuple[str, ...]  # topological order of nodes that can run
    inputs: tuple[str, ...]  # Input node ids
    outputs: tuple[str, ...]  # nodes with no outgoing edge (not Input)
    total_params: int
    total_flops: int
    _by_node: dict[str | None, list[Diagnostic]] = field(default_factory=dict, repr=False,
                                                         compare=False)

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    def for_node(self, node_id: str | None) -> list[Diagnostic]:
        if not self._by_node and self.diagnostics:
            for d in self.diagnostics:
                self._by_node.setdefault(d.node, []).append(d)
        return list(self._by_node.get(node_id, ()))


def analyze(project: Any) -> Analysis:
    """Check a project; never raises (an internal failure becomes one error diagnostic)."""
    try:
        return _Checker(project).run()
    except Exception as e:  # noqa: BLE001  (the checker must never take the app down)
        diag = Diagnostic("error", None, f"The checker failed unexpectedly ({type(e).__name__}: "
                          f"{e}). Please report this with your project file.",
                          code="internal")
        return Analysis({}, (diag,), (), (), (), 0, 0)


def _show(value: Any) -> str:
    """A value as the project file writes it (JSON), shortened."""
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fmt(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


_MODULE_ATTRS: frozenset[str] | None = None


def _reserved_names() -> frozenset[str]:
    """Names torch refuses as ModuleDict keys (existing attributes like 'train', 'forward')."""
    global _MODULE_ATTRS
    if _MODULE_ATTRS is None:
        from torch import nn

        _MODULE_ATTRS = frozenset(dir(nn.ModuleDict())) | frozenset(dir(nn.Module))
    return _MODULE_ATTRS


def _memory_budget() -> int:
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (ValueError, OSError, AttributeError):
        return DEFAULT_MEMORY_BUDGET


class _Checker:
    def __init__(self, project: Any) -> None:
        self.p = project
        self.g = project.graph
        self.diags: list[Diagnostic] = []
        self.infos: dict[str, NodeInfo] = {}
        self.bad: set[str] = set()  # nodes with an error of their own: no shape
        self.data_ok = True  # False: the data section cannot describe the dataset

    def add(self, severity: str, node: str | None, message: str, fix: str | None = None,
            field: str | None = None, code: str = "") -> None:
        self.diags.append(Diagnostic(severity, node, message, fix, field, code))

    # ---- the whole run -------------------------------------------------------------------
    def run(self) -> Analysis:
        nodes = self.g.nodes
        self.check_settings()
        self.check_ids()
        preds, succs = self.adjacency()
        order, in_cycle = self.topo_order(preds, succs)
        inputs = tuple(n for n in nodes if nodes[n].type == "Input")
        self.check_inputs(inputs, preds)
        specs = self.check_types_and_arity(preds, succs, in_cycle)
        reach = self.reachable(inputs, succs)
        for nid in order:
            self.infer_node(nid, specs.get(nid), preds)
        outputs = tuple(n for n in order if n in reach and nodes[n].type != "Input"
                        and not succs[n])
        self.check_outputs(inputs, outputs, order, preds, in_cycle)
        self.check_memory(order)
        for node_id, key in self.p.unknown_keys():
            self.add("warning", node_id, f"Unknown key '{key}' is kept but not used by this "
                     "version of netstudio.", fix="check its spelling or remove it",
                     code="unknown-key")
        runnable = tuple(n for n in order if self.infos.get(n) and self.infos[n].shape)
        infos = {n: self.infos.get(n) or NodeInfo(None, (), 0, 0, {}) for n in nodes}
        return Analysis(
            nodes=infos, diagnostics=tuple(self.diags), order=runnable, inputs=inputs,
            outputs=outputs, total_params=sum(i.params for i in infos.values()),
            total_flops=sum(i.flops for i in infos.values()))

    # ---- data and training settings ------------------------------------------------------
    def check_settings(self) -> None:
        from netstudio.core.data import catalog

        data = self.p.data if isinstance(self.p.data, dict) else {}
        tr = self.p.training if isinstance(self.p.training, dict) else {}
        name = data.get("dataset", "mnist")
        try:  # the loader's own list, so the two never disagree
            from netstudio.core.data.loading import SOURCES as known
        except ImportError:
            known = (*catalog.DATASETS, *FILE_SOURCES)
        if not isinstance(name, str) or name not in known:
            self.add("error", None, f"Unknown dataset {_show(name)}.",
                     fix=f"use one of: {', '.join(known)}", field="data.dataset",
                     code="unknown-dataset")
        for key in FILE_KEYS.get(name, ()) if isinstance(name, str) else ():
            if not isinstance(data.get(key), str) or not data.get(key):
                self.add("error", None, f"The {name} dataset needs data.{key}, the path of "
                         f"{FILE_KEYS[name][key]}.", fix=f"set data.{key}",
                         field=f"data.{key}", code="missing-data-path")
                self.data_ok = False
        if name == "folder":
            from netstudio.core.data.idx import DataError
            from netstudio.core.data.loading import folder_options

            try:
                folder_options(data)
            except DataError as e:
                key = "data.grayscale" if "grayscale" in str(e) else "data.image_size"
                self.add("error", None, str(e), fix=f"change {key}", field=key,
                         code="bad-setting")
                self.data_ok = False
        from netstudio.core.settings import training as config

        before = len(self.diags)
        self._choice(tr, "task", config.TASKS, "unknown-task")
        self._choice(tr, "loss", config.LOSSES, "unknown-loss")
        self._choice(tr, "optimizer", config.OPTIMIZERS, "unknown-optimizer")
        if len(self.diags) > before:
            return
        if tr.get("task") == "reconstruction" and tr.get("loss") in CLASSIFICATION_LOSSES:
            tr = {**tr, "loss": "MSELoss"}  # reported with the output checks ("loss-task")
        try:  # the trainer's own checks, so that "ok" here means the trainer accepts it too
            cfg = config.parse_config(tr)
        except config.ConfigError as e:
            text = str(e)
            match = re.search(r"training\.([\w.]+\w)", text)
            key = f"training.{match.group(1)}" if match else None
            self.add("error", None, text, fix=f"change {key}" if key else None, field=key,
                     code="bad-setting")
            return
        # a misspelt setting ("learning_rate") would otherwise be ignored without a word
        known = [f for f in config.TrainConfig.__dataclass_fields__ if f != "extra"]
        unknown = [(f"training.{k}", k, known) for k in cfg.extra]
        schedule_keys = [k for keys in config.SCHEDULE_KEYS.values() for k in keys]
        unknown += [(f"training.schedule.{k}", k, schedule_keys)
                    for k in config.schedule_unknown_keys(tr.get("schedule"))]
        for dotted, k, choices in unknown:
            close = difflib.get_close_matches(k, choices, n=1)
            fix = f"did you mean '{close[0]}'?" if close else "check its spelling or remove it"
            self.add("warning", None, f"Unknown setting '{dotted}' is kept but not used by this "
                     "version of netstudio.", fix=fix, field=dotted, code="unknown-key")

    def _choice(self, tr: dict, key: str, valid: Sequence[str], code: str) -> None:
        value = tr.get(key)
        if key in tr and value not in valid:
            self.add("error", None, f"Unknown training.{key} {_show(value)}.",
                     fix=f"use one of: {', '.join(valid)}", field=f"training.{key}", code=code)


    # ---- structure -----------------------------------------------------------------------
    def check_ids(self) -> None:
        for dup in dict.fromkeys(self.g.duplicate_ids):
            self.add("error", dup, f"Two nodes have the id '{dup}'; ids must be unique.",
                     fix="rename one of them", code="duplicate-id")
        reserved = None
        for nid in self.g.nodes:
            bad = None
            if "." in nid:
                bad = "contains '.'"
            elif not nid.strip():
                bad = "is blank"
            else:
                reserved = reserved or _reserved_names()
                if nid in reserved:
                    bad = "is a name PyTorch uses itself"
            if bad:
                safe = nid.replace(".", "_").strip() or "node"
                if safe in (reserved or ()):
                    safe += "_1"
                self.add("error", nid, f"The id '{nid}' {bad}, so it cannot name a PyTorch "
                         "layer.", fix=f"rename it, e.g. to '{safe}'", code="bad-id")
                self.bad.add(nid)

    def adjacency(self) -> tuple[dict[str, list], dict[str, list[str]]]:
        nodes = self.g.nodes
        preds: dict[str, list] = {n: [] for n in nodes}
        succs: dict[str, list[str]] = {n: [] for n in nodes}
        ports: set[tuple[str, int]] = set()
        for i, e in enumerate(self.g.edges):
            missing = [x for x in (e.src, e.dst) if x not in nodes]
            if missing:
                names = " and ".join(f"'{m}'" for m in missing)
                self.add("error", e.dst if e.dst in nodes else None,
                         f"The connection {e.src} -> {e.dst} refers to {names}, which "
                         f"{'is' if len(missing) == 1 else 'are'} not a node.",
                         fix="delete this connection or add the missing node",
                         code="dangling-edge")
                if e.dst in nodes:
                    self.bad.add(e.dst)  # one of its inputs is missing: no shape
                continue
            if e.port is not None:
                if (e.dst, e.port) in ports:
                    self.add("error", e.dst, f"{e.dst} has two connections into port {e.port}.",
                             fix="give each input its own port number", code="duplicate-port")
                ports.add((e.dst, e.port))
            preds[e.dst].append((e.port is None, e.port or 0, i, e.src))
            succs[e.src].append(e.dst)
        for nid, lst in preds.items():
            if len(lst) > 1:
                lst.sort()
            preds[nid] = [t[3] for t in lst]
        return preds, succs

    def topo_order(self, preds: dict[str, list[str]], succs: dict[str, list[str]]
                   ) -> tuple[list[str], set[str]]:
        indeg = {n: len(p) for n, p in preds.items()}
        stack = [n for n, d in indeg.items() if d == 0]
        stack.reverse()
        order: list[str] = []
        while stack:
            n = stack.pop()
            order.append(n)
            for m in reversed(succs[n]):
                indeg[m] -= 1
                if indeg[m] == 0:
                    stack.append(m)
        left = {n for n, d in indeg.items() if d > 0}
        in_cycle: set[str] = set()
        for cycle in self._cycles(left, preds):
            in_cycle.update(cycle)
            path = " -> ".join(cycle + [cycle[0]])
            if len(cycle) > 12:  # a long loop: its ends say where it closes
                path = (" -> ".join(cycle[:4]) + " -> ... -> " + " -> ".join(cycle[-3:])
                        + f" -> {cycle[0]} ({len(cycle)} layers)")
            self.add("error", cycle[0], f"These layers form a loop: {path}. Data must flow "
                     "one way, from the Input to the output.",
                     fix=f"remove the connection {cycle[-1]} -> {cycle[0]}", code="cycle")
        # Nodes after a cycle never get a shape; they stay out of the order, silently.
        return order, in_cycle

    @staticmethod
    def _cycles(left: set[str], preds: dict[str, list[str]]) -> list[list[str]]:
        """One cycle per tangle among the nodes Kahn's algorithm could not order.

        Every such node has a predecessor that is also left over, so walking predecessors
        must come back to a node already on the path: that closes a cycle.
        """
        cycles: list[list[str]] = []
        done: set[str] = set()
        for start in sorted(left):
            path: list[str] = []
            pos: dict[str, int] = {}
            cur: str | None = start
            while cur is not None and cur not in pos and cur not in done:
                pos[cur] = len(path)
                path.append(cur)
                cur = next((m for m in preds[cur] if m in left), None)
            if cur is not None and cur in pos:
                cyc = path[pos[cur]:][::-1]
                members = set(cyc)
                # Start at the node entered from outside the loop, so the fix names the
                # connection that goes back (e.g. fc2 -> conv1).
                entry = next((i for i, n in enumerate(cyc)
                              if any(m not in members for m in preds[n])), 0)
                cycles.append(cyc[entry:] + cyc[:entry])
            done.update(path)
        return cycles

    def check_inputs(self, inputs: tuple[str, ...], preds: dict[str, list[str]]) -> None:
        if not self.g.nodes:
            self.add("error", None, "The network is empty.",
                     fix="add an Input layer and some layers after it", code="empty")
            return
        if not inputs:
            self.add("error", None, "The network has no Input layer, so no data can enter it.",
                     fix="add an Input layer and connect it to the first layer",
                     code="no-input")
        for extra in inputs[1:]:
            self.add("error", extra, f"{extra} is a second Input layer; a network has exactly "
                     f"one (the first is {inputs[0]}).", fix=f"delete {extra}",
                     code="many-inputs")
            self.bad.add(extra)
        for nid in inputs:
            if preds[nid]:
                self.add("error", nid, f"{nid} is an Input layer but receives a connection "
                         f"from {preds[nid][0]}.", fix="remove the connections into it",
                         code="input-has-input")

    def check_types_and_arity(self, preds: dict[str, list[str]], succs: dict[str, list[str]],
                              in_cycle: set[str]) -> dict[str, LayerSpec]:
        specs: dict[str, LayerSpec] = {}
        known: list[str] | None = None
        for nid, node in self.g.nodes.items():
            spec = get_layer(node.type)
            if spec is None:
                known = known or [s.type for s in list_layers()]
                close = difflib.get_close_matches(node.type, known, n=1, cutoff=0.6)
                lowered = {k.lower(): k for k in known}
                guess = lowered.get(str(node.type).lower()) or (close[0] if close else None)
                fix = f"did you mean '{guess}'?" if guess else \
                    "pick a layer from the palette"
                self.add("error", nid, f"{nid} has the unknown layer type '{node.type}'.",
                         fix=fix, field="type", code="unknown-type")
                self.bad.add(nid)
                continue
            specs[nid] = spec
            self.check_params(nid, node.params, spec)
            if spec.type == "Input" or nid in in_cycle:
                continue  # a loop's extra input is already reported as the loop
            n_in = len(preds[nid])
            if n_in == 0:
                if not succs[nid]:
                    self.add("warning", nid, f"{nid} is not connected to anything.",
                             fix="connect it or delete it", code="unconnected")
                else:
                    self.add("error", nid, f"{nid} has no input.",
                             fix="connect a layer's output to it", code="missing-input")
                self.bad.add(nid)
            elif n_in < spec.min_inputs:
                self.add("error", nid, f"{nid} ({spec.type}) needs at least {spec.min_inputs} "
                         f"inputs but receives {n_in}.",
                         fix="connect another branch to it, or delete it", code="missing-input")
                self.bad.add(nid)
            elif spec.max_inputs is not None and n_in > spec.max_inputs:
                srcs = ", ".join(preds[nid])
                self.add("error", nid, f"{nid} ({spec.type}) takes one input but receives "
                         f"{n_in} (from {srcs}).",
                         fix="keep one connection, or join the branches first with an Add or "
                         "Concat layer", code="too-many-inputs")
                self.bad.add(nid)
        return specs

    def check_params(self, nid: str, params: dict[str, Any], spec: LayerSpec) -> None:
        for name, value in params.items():
            p = spec.param(name)
            if p is None:
                names = [q.name for q in spec.params]
                close = difflib.get_close_matches(str(name), names, n=1)
                fix = f"did you mean '{close[0]}'?" if close else (
                    f"{spec.type} takes: {', '.join(names)}" if names
                    else f"{spec.type} takes no parameters; remove it")
                self.add("warning", nid, f"{nid} ({spec.type}) has an unknown parameter "
                         f"'{name}', which is ignored.", fix=fix, field=str(name),
                         code="unknown-param")
                continue
            need = p.check(value)
            if need is not None:
                default = "" if p.default is None else f", {json.dumps(p.default)}"
                self.add("error", nid, f"{nid}'s {name} is {_show(value)}, but it must be "
                         f"{need}.", fix=f"change {name}, or remove it to use the default{default}",
                         field=name, code="bad-param")
                self.bad.add(nid)

    @staticmethod
    def reachable(inputs: tuple[str, ...], succs: dict[str, list[str]]) -> set[str]:
        seen, stack = set(inputs), list(inputs)
        while stack:
            for m in succs[stack.pop()]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        return seen

    # ---- shapes --------------------------------------------------------------------------
    def infer_node(self, nid: str, spec: LayerSpec | None, preds: dict[str, list[str]]) -> None:
        in_shapes = []
        for src in preds[nid]:
            info = self.infos.get(src)
            if info is None or info.shape is None:
                return  # upstream problem: already reported there
            in_shapes.append(info.shape)
        # A node with its own error still shows what it receives (the property panel uses it).
        failed = NodeInfo(None, tuple(in_shapes), 0, 0, {})
        if spec is None or nid in self.bad:
            self.infos[nid] = failed
            return
        node = self.g.nodes[nid]
        try:
            shape = spec.infer(node.params, in_shapes)
            resolved = spec.resolve(node.params, in_shapes) if spec.resolve else dict(node.params)
            n_params = spec.count_params(resolved, in_shapes) if spec.count_params else 0
            flops = spec.flops(resolved, in_shapes, shape) if spec.flops else 0
        except ShapeError as e:
            self.add("error", nid, f"{nid} {e.message}.", fix=e.fix, field=e.field, code=e.code)
            self.infos[nid] = failed
            return
        except Exception as e:  # noqa: BLE001  (a broken spec must not stop the checker)
            self.add("error", nid, f"{nid} ({spec.type}) could not be checked: "
                     f"{type(e).__name__}: {e}.", fix="check its parameters", code="internal")
            self.infos[nid] = failed
            return
        self.infos[nid] = NodeInfo(tuple(shape), tuple(in_shapes), int(n_params), int(flops),
                                   resolved)
        hints = spec.extras.get("hints")
        if hints is not None:
            try:
                for severity, message, fix, field in hints(resolved, in_shapes):
                    self.add(severity, nid, f"{nid} {message}.", fix=fix, field=field,
                             code="suspicious-param")
            except Exception:  # noqa: BLE001, S110  (a hint is optional; never fail on it)
                pass

    # ---- the network as a whole ----------------------------------------------------------
    def check_outputs(self, inputs: tuple[str, ...], outputs: tuple[str, ...], order: list[str],
                      preds: dict[str, list[str]], in_cycle: set[str]) -> None:
        if not inputs:
            return
        from netstudio.core.data import catalog

        nodes = self.g.nodes
        path = getattr(self.p, "path", None)
        data = self.p.data if isinstance(self.p.data, dict) else {}
        info = None
        if self.data_ok:
            try:  # reads at most a folder listing or an IDX header
                info = catalog.data_info(data, str(path.parent) if path else None)
            except Exception:  # noqa: BLE001  (the data loader reports unreadable data itself)
                info = None
        first = inputs[0]
        in_info = self.infos.get(first)
        if (info is not None and in_info is not None and in_info.shape is not None
                and in_info.shape != info.input_shape):
            self.add("error", first, f"{first} has shape {_fmt(in_info.shape)}, but "
                     f"{info.title} images are {_fmt(info.input_shape)}.",
                     fix=f"set shape to {_fmt(info.input_shape)}", field="shape",
                     code="input-shape")
        if len(inputs) == 1 and not outputs and not in_cycle:
            what = "is not connected to any layer" if len(nodes) > 1 else (
                "is the only layer: there is nothing to train")
            self.add("error", first, f"{first} {what}.",
                     fix="add layers after it and connect them", code="no-output")
            return
        if len(outputs) > 1:
            names = ", ".join(outputs)
            for out in outputs:
                self.add("error", out, f"The network has {len(outputs)} outputs ({names}); "
                         f"{out} is one of them. Every layer except the last must feed "
                         "another layer.",
                         fix="connect the extra outputs onward (e.g. into an Add) or delete "
                         "them", code="many-outputs")
            return
        if len(outputs) != 1:
            return
        self.check_task(outputs[0], first, info, preds)

    def check_task(self, out: str, first: str, info: Any, preds: dict[str, list[str]]) -> None:
        tr = self.p.training if isinstance(self.p.training, dict) else {}
        task = tr.get("task", "classification")
        loss = tr.get("loss", "CrossEntropyLoss" if task == "classification" else "MSELoss")
        node = self.g.nodes[out]
        shape = self.infos[out].shape if out in self.infos else None
        last = node.type
        if task == "classification" and info is not None and shape is not None:
            k = info.num_classes
            if shape != (k,):
                if len(shape) == 1 and last == "Linear":
                    fix = f"set {out}'s out_features to {k}"
                elif len(shape) == 1:
                    fix = f"end the network with a Linear layer with out_features {k}"
                else:
                    fix = f"add a Flatten layer and a Linear layer with out_features {k}"
                self.add("error", out, f"{out} outputs {_fmt(shape)}, but {info.title} has "
                         f"{k} classes, so the output must be [{k}] (one score per class).",
                         fix=fix, code="output-classes")
        if task == "reconstruction" and shape is not None:
            in_info = self.infos.get(first)
            if in_info is not None and in_info.shape is not None and shape != in_info.shape:
                self.add("error", out, f"{out} outputs {_fmt(shape)}, but a reconstruction "
                         f"must give back the input's shape {_fmt(in_info.shape)}.",
                         fix="change the decoder layers so the output matches the input",
                         code="output-shape")
            if loss in CLASSIFICATION_LOSSES:
                self.add("error", None, f"{loss} compares scores with class labels, but "
                         "reconstruction compares the output with the input image.",
                         fix="use MSELoss, L1Loss or BCEWithLogitsLoss", field="training.loss",
                         code="loss-task")
        if task == "classification" and loss in ("MSELoss", "L1Loss", "BCELoss",
                                                  "BCEWithLogitsLoss"):
            self.add("warning", None, f"{loss} is unusual for classification: the targets are "
                     "class labels.", fix="use CrossEntropyLoss", field="training.loss",
                     code="loss-task")
        if loss == "CrossEntropyLoss" and last in ("Softmax", "LogSoftmax"):
            self.add("warning", out, f"The network ends with {last} ({out}), but "
                     "CrossEntropyLoss applies log-softmax itself; remove the Softmax.",
                     fix=f"delete {out} (or use NLLLoss after LogSoftmax)",
                     code="softmax-before-ce")
        if loss == "BCEWithLogitsLoss" and last == "Sigmoid":
            self.add("warning", out, f"The network ends with Sigmoid ({out}), but "
                     "BCEWithLogitsLoss applies the sigmoid itself.",
                     fix=f"delete {out}, or keep it and use BCELoss",
                     code="sigmoid-before-bcelogits")
        if loss == "BCELoss" and last != "Sigmoid":
            self.add("warning", out, f"BCELoss needs outputs between 0 and 1, but the network "
                     f"ends with {last} ({out}).",
                     fix="add a Sigmoid at the end, or use BCEWithLogitsLoss",
                     code="bce-needs-sigmoid")
        if loss == "NLLLoss" and last != "LogSoftmax":
            self.add("warning", out, f"NLLLoss expects log-probabilities, but the network ends "
                     f"with {last} ({out}), not LogSoftmax.",
                     fix="add a LogSoftmax layer at the end, or use CrossEntropyLoss",
                     code="nll-needs-logsoftmax")

    def check_memory(self, order: list[str]) -> None:
        tr = self.p.training if isinstance(self.p.training, dict) else {}
        batch = tr.get("batch_size", 64)
        from netstudio.core.settings.training import MAX_BATCH

        batch = batch if _is_int(batch) and 0 < batch <= MAX_BATCH else 64
        params = acts = 0
        for nid in order:
            info = self.infos.get(nid)
            if info is not None and info.shape is not None:
                params += info.params
                acts += math.prod(info.shape)
        # weights + gradients + two Adam moments, float32; activations kept for backward (x2).
        need = 4 * (4 * params + 2 * batch * acts)
        budget = _memory_budget()
        if need > budget:
            self.add("error", None, f"The model needs about {_bytes(need)} of memory to train "
                     f"({params:,} parameters, batch size {batch}), more than this computer "
                     f"has ({_bytes(budget)}).",
                     fix="use fewer or smaller layers, or a smaller batch_size",
                     code="too-large")
        elif need > budget // 2:
            self.add("warning", None, f"The model needs about {_bytes(need)} of memory to "
                     f"train, more than half of this computer's {_bytes(budget)}.",
                     fix="use fewer or smaller layers, or a smaller batch_size",
                     code="too-large")


def _bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} PB"
