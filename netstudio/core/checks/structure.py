"""Graph structure: node ids, connections and their ports, the Input, each layer's number of
inputs, and keys this version does not know."""

from __future__ import annotations

from netstudio.core.checks.context import Context
from netstudio.core.diagnostics import ERROR, WARNING
from netstudio.core.graph.model import Edge
from netstudio.core.text import QT_TRANSLATE_NOOP

DUPLICATE_ID = QT_TRANSLATE_NOOP("Checks", "Two nodes have the id '{node}'; ids must be unique.")
RENAME_ONE = QT_TRANSLATE_NOOP("Checks", "rename one of them")
BAD_ID_DOT = QT_TRANSLATE_NOOP("Checks", "The id '{node}' contains '.', so it cannot name a "
                               "PyTorch layer.")
BAD_ID_BLANK = QT_TRANSLATE_NOOP("Checks", "The id '{node}' is blank, so it cannot name a "
                                 "PyTorch layer.")
BAD_ID_RESERVED = QT_TRANSLATE_NOOP("Checks", "The id '{node}' is a name PyTorch uses itself, so "
                                    "it cannot name a PyTorch layer.")
RENAME_TO = QT_TRANSLATE_NOOP("Checks", "rename it, e.g. to '{suggestion}'")
DANGLING_ONE = QT_TRANSLATE_NOOP("Checks", "The connection {src} -> {dst} refers to {missing}, "
                                 "which is not a node.")
DANGLING_BOTH = QT_TRANSLATE_NOOP("Checks", "The connection {src} -> {dst} refers to {missing}, "
                                  "which are not nodes.")
DELETE_CONNECTION = QT_TRANSLATE_NOOP("Checks", "delete this connection or add the missing node")
DUPLICATE_PORT = QT_TRANSLATE_NOOP("Checks", "{node} has two connections into port {port}.")
OWN_PORTS = QT_TRANSLATE_NOOP("Checks", "give each input its own port number")
PORT_IGNORED = QT_TRANSLATE_NOOP("Checks", "The connection {src} -> {node} gives port {port}, "
                                 "but {type} has a single input; the port is ignored.")
REMOVE_PORT = QT_TRANSLATE_NOOP("Checks", "remove \"port\" from this connection")
PORT_GAP = QT_TRANSLATE_NOOP("Checks", "{node}'s inputs use ports {ports}: port {missing} has no "
                             "connection.")
RENUMBER_PORTS = QT_TRANSLATE_NOOP("Checks", "number the ports 0, 1, 2, ... in the order the "
                                   "inputs should go")
EMPTY = QT_TRANSLATE_NOOP("Checks", "The network is empty.")
ADD_INPUT_AND_LAYERS = QT_TRANSLATE_NOOP("Checks", "add an Input layer and some layers after it")
NO_INPUT = QT_TRANSLATE_NOOP("Checks", "The network has no Input layer, so no data can enter it.")
ADD_INPUT = QT_TRANSLATE_NOOP("Checks", "add an Input layer and connect it to the first layer")
MANY_INPUTS = QT_TRANSLATE_NOOP("Checks", "{node} is a second Input layer; a network has exactly "
                                "one (the first is {first}).")
DELETE_NODE = QT_TRANSLATE_NOOP("Checks", "delete {node}")
INPUT_HAS_INPUT = QT_TRANSLATE_NOOP("Checks", "{node} is an Input layer but receives a "
                                    "connection from {src}.")
REMOVE_INCOMING = QT_TRANSLATE_NOOP("Checks", "remove the connections into it")
UNCONNECTED = QT_TRANSLATE_NOOP("Checks", "{node} is not connected to anything.")
CONNECT_OR_DELETE = QT_TRANSLATE_NOOP("Checks", "connect it or delete it")
NO_INPUT_EDGE = QT_TRANSLATE_NOOP("Checks", "{node} has no input.")
CONNECT_OUTPUT_TO_IT = QT_TRANSLATE_NOOP("Checks", "connect a layer's output to it")
TOO_FEW_INPUTS = QT_TRANSLATE_NOOP("Checks", "{node} ({type}) needs at least {minimum} inputs "
                                   "but receives {count}.")
CONNECT_ANOTHER = QT_TRANSLATE_NOOP("Checks", "connect another branch to it, or delete it")
TOO_MANY_INPUTS = QT_TRANSLATE_NOOP("Checks", "{node} ({type}) takes one input but receives "
                                    "{count} (from {sources}).")
KEEP_ONE = QT_TRANSLATE_NOOP("Checks", "keep one connection, or join the branches first with an "
                             "Add or Concat layer")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("Checks", "Unknown key '{key}' is kept but not used by this "
                                "version of netstudio.")
CHECK_SPELLING = QT_TRANSLATE_NOOP("Checks", "check its spelling or remove it")

# Attribute names of torch.nn.ModuleDict (and Module), which torch refuses as ModuleDict keys.
# Written out so that checking ids needs no torch; tests/core/test_checks.py keeps it complete.
RESERVED = frozenset((
    "T_destination", "__annotations__", "__call__", "__class__", "__contains__", "__delattr__",
    "__delitem__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattr__", "__getattribute__", "__getitem__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__module__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
    "__setitem__", "__setstate__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__",
    "_apply", "_backward_hooks", "_backward_pre_hooks", "_buffers", "_call_impl",
    "_compiled_call_impl", "_forward_hooks", "_forward_hooks_always_called",
    "_forward_hooks_with_kwargs", "_forward_pre_hooks", "_forward_pre_hooks_with_kwargs",
    "_get_backward_hooks", "_get_backward_pre_hooks", "_get_name", "_is_full_backward_hook",
    "_load_from_state_dict", "_load_state_dict_post_hooks", "_load_state_dict_pre_hooks",
    "_maybe_warn_non_full_backward_hook", "_modules", "_named_members",
    "_non_persistent_buffers_set", "_parameters", "_register_load_state_dict_pre_hook",
    "_register_state_dict_hook", "_replicate_for_data_parallel", "_save_to_state_dict",
    "_slow_forward", "_state_dict_hooks", "_state_dict_pre_hooks", "_version",
    "_wrapped_call_impl", "add_module", "apply", "bfloat16", "buffers", "call_super_init",
    "children", "clear", "compile", "cpu", "cuda", "double", "dump_patches", "eval",
    "extra_repr", "float", "forward", "get_buffer", "get_extra_state", "get_parameter",
    "get_submodule", "half", "ipu", "items", "keys", "load_state_dict", "modules", "mtia",
    "named_buffers", "named_children", "named_modules", "named_parameters", "parameters",
    "pop", "register_backward_hook", "register_buffer", "register_forward_hook",
    "register_forward_pre_hook", "register_full_backward_hook",
    "register_full_backward_pre_hook", "register_load_state_dict_post_hook",
    "register_load_state_dict_pre_hook", "register_module", "register_parameter",
    "register_state_dict_post_hook", "register_state_dict_pre_hook", "requires_grad_",
    "set_extra_state", "set_submodule", "share_memory", "state_dict", "to", "to_empty",
    "train", "training", "type", "update", "values", "xpu", "zero_grad",
))


def check_ids(ctx: Context) -> None:
    for dup in dict.fromkeys(ctx.graph.duplicate_ids):
        ctx.report(ERROR, "duplicate-id", DUPLICATE_ID, RENAME_ONE, node=dup)
    for nid in ctx.graph.nodes:
        if "." in nid:
            message = BAD_ID_DOT
        elif not nid.strip():
            message = BAD_ID_BLANK
        elif nid in RESERVED:
            message = BAD_ID_RESERVED
        else:
            continue
        safe = nid.replace(".", "_").strip() or "node"
        if safe in RESERVED:
            safe += "_1"
        ctx.report(ERROR, "bad-id", message, RENAME_TO, node=nid, suggestion=safe)
        ctx.bad.add(nid)


def adjacency(ctx: Context) -> None:
    """ctx.preds (inputs in port order, then file order) and ctx.succs; bad edges reported."""
    nodes = ctx.graph.nodes
    preds: dict[str, list[tuple[bool, int, int, str]]] = {n: [] for n in nodes}
    succs: dict[str, list[str]] = {n: [] for n in nodes}
    numbered = []
    for i, e in enumerate(ctx.graph.edges):
        missing = [x for x in (e.src, e.dst) if x not in nodes]
        if missing:
            ctx.report(ERROR, "dangling-edge", DANGLING_ONE if len(missing) == 1 else
                       DANGLING_BOTH, DELETE_CONNECTION,
                       node=e.dst if e.dst in nodes else None, src=e.src, dst=e.dst,
                       missing=" and ".join(f"'{m}'" for m in missing))
            if e.dst in nodes:
                ctx.bad.add(e.dst)  # one of its inputs is missing: no shape
            continue
        if e.port is not None:
            numbered.append(e)
        preds[e.dst].append((e.port is None, e.port or 0, i, e.src))
        succs[e.src].append(e.dst)
    ctx.preds = {n: in_port_order(lst) for n, lst in preds.items()}
    ctx.succs = succs
    check_ports(ctx, numbered)


def check_ports(ctx: Context, numbered: list[Edge]) -> None:
    """The ports of the connections that give one (in the graph's order)."""
    ports: dict[str, list[int]] = {}
    for e in numbered:
        assert e.port is not None
        if e.port in ports.get(e.dst, ()):
            ctx.report(ERROR, "duplicate-port", DUPLICATE_PORT, OWN_PORTS, node=e.dst,
                       port=e.port)
        ports.setdefault(e.dst, []).append(e.port)
    _check_ports(ctx, ports)


def in_port_order(inputs: list[tuple[bool, int, int, str]]) -> list[str]:
    """A node's sources from (no port, port, edge index, source): numbered ports first."""
    return [t[3] for t in sorted(inputs)] if len(inputs) > 1 else [t[3] for t in inputs]


def _check_ports(ctx: Context, ports: dict[str, list[int]]) -> None:
    """A port on a single-input layer means nothing; a gap in the ports of a layer with several
    inputs usually means a lost connection."""
    from netstudio.core.layers.registry import get_layer

    for nid, used in ports.items():
        spec = get_layer(ctx.graph.nodes[nid].type)
        if spec is None:
            continue
        if spec.max_inputs == 1:
            edge = next(e for e in ctx.graph.edges if e.dst == nid and e.port is not None)
            ctx.report(WARNING, "port-ignored", PORT_IGNORED, REMOVE_PORT, node=nid,
                       src=edge.src, port=edge.port, type=spec.type)
            continue
        present = sorted(set(used))
        gap = next((p for p in range(len(present)) if p != present[p]), None)
        if gap is not None:
            ctx.report(WARNING, "port-gap", PORT_GAP, RENUMBER_PORTS, node=nid,
                       ports=", ".join(str(p) for p in present), missing=gap)


def check_inputs(ctx: Context) -> None:
    if not ctx.graph.nodes:
        ctx.report(ERROR, "empty", EMPTY, ADD_INPUT_AND_LAYERS)
        return
    if not ctx.inputs:
        ctx.report(ERROR, "no-input", NO_INPUT, ADD_INPUT)
    for extra in ctx.inputs[1:]:
        ctx.report(ERROR, "many-inputs", MANY_INPUTS, DELETE_NODE, node=extra,
                   first=ctx.inputs[0])
        ctx.bad.add(extra)
    for nid in ctx.inputs:
        if ctx.preds[nid]:
            ctx.report(ERROR, "input-has-input", INPUT_HAS_INPUT, REMOVE_INCOMING, node=nid,
                       src=ctx.preds[nid][0])


def check_arity(ctx: Context, nid: str) -> None:
    """The number of inputs ``nid`` receives suits its layer (ctx.specs[nid])."""
    spec = ctx.specs[nid]
    if spec.type == "Input" or nid in ctx.in_cycle:
        return  # a loop's extra input is already reported as the loop
    n_in = len(ctx.preds[nid])
    if n_in == 0:
        if not ctx.succs[nid]:
            ctx.report(WARNING, "unconnected", UNCONNECTED, CONNECT_OR_DELETE, node=nid)
        else:
            ctx.report(ERROR, "missing-input", NO_INPUT_EDGE, CONNECT_OUTPUT_TO_IT, node=nid)
        ctx.bad.add(nid)
    elif n_in < spec.min_inputs:
        ctx.report(ERROR, "missing-input", TOO_FEW_INPUTS, CONNECT_ANOTHER, node=nid,
                   type=spec.type, minimum=spec.min_inputs, count=n_in)
        ctx.bad.add(nid)
    elif spec.max_inputs is not None and n_in > spec.max_inputs:
        ctx.report(ERROR, "too-many-inputs", TOO_MANY_INPUTS, KEEP_ONE, node=nid,
                   type=spec.type, count=n_in, sources=", ".join(ctx.preds[nid]))
        ctx.bad.add(nid)


def check_unknown_keys(ctx: Context) -> None:
    for node_id, key in ctx.project.unknown_keys():
        ctx.report(WARNING, "unknown-key", UNKNOWN_KEY, CHECK_SPELLING, node=node_id, key=key)


def reachable(ctx: Context) -> set[str]:
    seen, stack = set(ctx.inputs), list(ctx.inputs)
    while stack:
        for m in ctx.succs[stack.pop()]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen
