"""Write a project as a standalone PyTorch file a person would be glad to have written.

The file holds an ``nn.Module`` class (one attribute per layer, named after the node id, with
the resolved constructor arguments spelled out), a straight-line ``forward``, ``build_model()``
and, under ``if __name__ == "__main__":``, a training script for the project's settings. It
never imports netstudio. ``generated_state_dict`` maps a compiled network's weights onto the
generated class's attribute names, so trained weights carry over with ``load_state_dict``.
"""

from __future__ import annotations

import builtins
import inspect
import keyword
import re
import string
from pathlib import Path
from typing import Any

from netstudio.core.analysis import Analysis, analyze
from netstudio.core.compiler import execution_plan
from netstudio.core.export import ExportError, opaque_code
from netstudio.core.export import messages as msg
from netstudio.core.export.block_code import attribute_paths, export_with_blocks
from netstudio.core.export.codetext import literal, wrap_call
from netstudio.core.export.pyscript import training_script
from netstudio.core.graph.blocks import flat_project, has_blocks
from netstudio.core.layers.registry import get_layer
from netstudio.core.project import Project

RECURRENT = ("RNN", "LSTM", "GRU")
MAX_CHAIN = 32  # terms of one a + b + ... expression; longer sums become a loop
# Leading size arguments written positionally: nn.Conv2d(1, 32, kernel_size=5).
POSITIONAL = ("in_channels", "out_channels", "in_features", "out_features", "num_features",
              "normalized_shape", "input_size", "hidden_size")
# nn.RNN/LSTM/GRU take *args in their signature; this is their documented argument list.
RECURRENT_ARGS = {"input_size": None, "hidden_size": None, "num_layers": 1,
                  "nonlinearity": "tanh", "bias": True, "batch_first": False, "dropout": 0.0,
                  "bidirectional": False, "proj_size": 0}
# Module-level names of the generated file (imports, constants, functions).
_MODULE_NAMES = {"DataLoader", "F", "EPOCHS", "BATCH_SIZE", "LR", "SEED", "DEVICE",
                 "INPUT_SHAPE"}
_RESERVED = {"x", "input", "self", "torch", "nn", "F", "out", "model", "args", "main", "build_model",
             "term"}


def class_name(project_name: str) -> str:
    """'MNIST CNN' -> 'MnistCnn', 'LeNet-5' -> 'LeNet5'; 'Net' when nothing usable is left."""
    words = re.findall(r"[A-Za-z0-9]+", project_name)
    name = "".join(w.capitalize() if w.isupper() or w.islower() else w[0].upper() + w[1:]
                   for w in words)
    if not name:
        return "Net"
    if name[0].isdigit():
        name = "Net" + name
    # 'None', 'Exception', 'DataLoader', 'F' would break or shadow a name the file uses
    if keyword.iskeyword(name) or hasattr(builtins, name) or name in _MODULE_NAMES:
        name += "Net"
    return name


def attribute_names(node_ids: Any) -> dict[str, str]:
    """Node id -> a valid, unique Python attribute name, as close to the id as possible."""
    import torch.nn as nn

    taken = set(dir(nn.Module)) | _RESERVED | set(keyword.kwlist)
    names: dict[str, str] = {}
    used: set[str] = set()
    for node_id in node_ids:
        base = re.sub(r"\W", "_", str(node_id), flags=re.ASCII).strip() or "node"
        if base[0].isdigit():
            base = "n_" + base
        name = base
        while name in taken or name in used or keyword.iskeyword(name):
            name += "_"
        used.add(name)
        names[node_id] = name
    return names


def export_python(project: Project, analysis: Analysis | None = None) -> str:
    """The source text. Raises ExportError if the graph has errors or an unknown layer."""
    if analysis is None:
        analysis = analyze(project)
    errors = [d for d in analysis.errors if not d.is_setting]  # settings: training_script
    if errors:
        listing = "; ".join(f"{d.node or '(graph)'}: {d.message}" for d in errors)
        raise ExportError(msg.FIX_ERRORS_FIRST_RUN(listing=listing))
    if len(analysis.inputs) != 1 or len(analysis.outputs) != 1:
        raise ExportError(msg.NETWORK_NEEDS_EXACTLY_ONE())
    cls = class_name(project.name)
    block_classes: list[str] = []
    if has_blocks(project):  # each block its own nn.Module class (block_code.py)
        block_classes, init_lines, forward_lines, input_var = export_with_blocks(
            project, analysis, cls)
    else:
        plan = execution_plan(project, analysis)
        attrs = attribute_names(node_id for node_id, _ in plan)
        variables = _variables(plan, attrs)
        init_lines, forward_lines = [], []
        for node_id, sources in plan:
            init, body = _node_code(project, analysis, node_id, attrs[node_id],
                                    [variables[s] for s in sources], variables[node_id])
            if init is not None:
                init_lines += wrap_call(f"self.{attrs[node_id]} = {init}", indent=8)
            forward_lines += body
        input_var = variables[analysis.inputs[0]]
        forward_lines.append(f"return {variables[analysis.outputs[0]]}")
    training = training_script(project, analysis)
    uses_functional = "F." in training or any("F." in line for line in forward_lines)
    return _MODULE.substitute(
        title=_safe_docstring(project.name),
        cls=cls,
        stdlib="import operator\n" if opaque_code.uses_operator(forward_lines) else "",
        imports="import torch.nn.functional as F\n" if uses_functional else "",
        init="\n".join("        " + line for line in init_lines) or "        pass",
        input_var=input_var,
        forward="\n".join("        " + line for line in forward_lines),
        training=training,
    ).replace(f"\n\nclass {cls}(nn.Module):", "".join(
        f"\n\n{text}\n" for text in block_classes) + f"\n\nclass {cls}(nn.Module):", 1)


def generated_state_dict(net: Any, project: Project) -> dict[str, Any]:
    """A compiled network's state_dict keyed the way the generated class names its layers.

    ``layers.conv1.weight`` -> ``conv1.weight``; weights inside netstudio's small wrapper
    modules (recurrent layers) are taken from the torch layer they wrap.
    """
    attrs, _ = attribute_paths(net.order)  # "layer1/conv1" -> "layer1.conv1"
    graph = flat_project(project).graph if has_blocks(project) else project.graph
    out: dict[str, Any] = {}
    for node_id in net.order:
        module = net.layers[node_id]
        node = graph.node(node_id)
        torch_cls = _torch_class(node.type)
        if node.type == "Function":  # its tensors: an nn.ParameterDict attribute
            for key, value in module.state_dict().items():
                out[f"{attrs[node_id]}.{key.removeprefix('stored.')}"] = value
            continue
        if node.type == "Module":  # the torch.nn layer, maybe inside a Select wrapper
            inner = getattr(module, "inner", module)
            for key, value in inner.state_dict().items():
                out[f"{attrs[node_id]}.{key}"] = value
            continue
        inner = module
        if torch_cls is not None and not isinstance(module, torch_cls):
            inner = next((m for m in module.modules() if isinstance(m, torch_cls)), module)
        state = inner.state_dict()
        if state and torch_cls is None:
            raise ExportError(msg.WEIGHTS_BUT_TORCH_NN(node_id=node_id, type=node.type))
        for key, value in state.items():
            out[f"{attrs[node_id]}.{key}"] = value
    return out


def save_generated_weights(net: Any, project: Project, path: str | Path) -> Path:
    """torch.save the weights keyed for the generated class (atomic)."""
    import torch

    from netstudio.core.files import atomic_write

    state = {k: v.detach().cpu() for k, v in generated_state_dict(net, project).items()}
    return atomic_write(path, lambda f: torch.save(state, f))


# ---- graph walk --------------------------------------------------------------------------

def _variables(plan: list[tuple[str, tuple[str, ...]]], attrs: dict[str, str]) -> dict[str, str]:
    """A chain reuses ``x``; a value read later or by several nodes keeps its node's name."""
    consumers: dict[str, list[str]] = {}
    for node_id, sources in plan:
        for s in sources:
            consumers.setdefault(s, []).append(node_id)
    variables: dict[str, str] = {}
    for i, (node_id, _) in enumerate(plan):
        users = consumers.get(node_id, [])
        nxt = plan[i + 1][0] if i + 1 < len(plan) else None
        chained = (len(users) == 1 and users[0] == nxt) or not users
        variables[node_id] = "x" if chained else attrs[node_id]
    return variables


# ---- one node ----------------------------------------------------------------------------

def _node_code(project: Project, analysis: Analysis, node_id: str, attr: str,
               srcs: list[str], out: str) -> tuple[str | None, list[str]]:
    node = project.graph.node(node_id)
    info = analysis.nodes[node_id]
    resolved = dict(info.resolved)
    kind = node.type
    if kind == "Input":
        return None, []
    if kind == "Reshape":
        shape = ", ".join(str(int(s)) for s in resolved["shape"])
        return None, [f"{out} = {srcs[0]}.reshape({srcs[0]}.shape[0], {shape})"]
    if kind == "Flatten":
        start, end = int(resolved.get("start_dim", 1)), int(resolved.get("end_dim", -1))
        args = f"{srcs[0]}, {start}" + (f", {end}" if end != -1 else "")
        return None, [f"{out} = torch.flatten({args})"]
    if kind in ("Add", "Multiply"):
        op = " + " if kind == "Add" else " * "
        if len(srcs) <= MAX_CHAIN:
            return None, [f"{out} = {op.join(srcs)}"]
        # a + b + ... nests one level per term: past a few hundred Python cannot compile it
        rest = ", ".join(srcs[1:])
        return None, [f"{out} = {srcs[0]}", f"for term in ({rest}):",
                      f"    {out} = {out}{op}term"]
    if kind == "Module":
        return opaque_code.module_code(node_id, resolved, attr, srcs, out)
    if kind == "Function":
        return opaque_code.function_code(node_id, resolved, attr, srcs, out)
    if kind == "Concat":
        dim = int(resolved.get("dim", 0))
        dim = dim + 1 if dim >= 0 else dim  # per-sample dim -> batched dim
        return None, [f"{out} = torch.cat([{', '.join(srcs)}], dim={dim})"]
    torch_cls = _torch_class(kind)
    if torch_cls is None:
        raise ExportError(msg.LAYER_TYPE_PYTORCH_CODE(node_id=node_id, kind=kind))
    if kind in RECURRENT:
        resolved["batch_first"] = True
        ret = resolved.get("return", "last")
        init = _constructor(torch_cls.__name__, resolved, RECURRENT_ARGS)
        body = [f"{out}, _ = self.{attr}({srcs[0]})"]
        if ret == "last" and resolved.get("bidirectional"):
            h = int(resolved.get("proj_size") or resolved["hidden_size"])
            body.append(f"{out} = torch.cat([{out}[:, -1, :{h}], {out}[:, 0, {h}:]], dim=1)"
                        "  # each direction's last step")
        elif ret == "last":
            body.append(f"{out} = {out}[:, -1]  # the last time step")
        return init, body
    if kind == "Upsample" and resolved.get("size") is not None:
        resolved.pop("scale_factor", None)  # size wins (torch refuses both)
    init = _constructor(torch_cls.__name__, resolved, _signature_defaults(torch_cls))
    return init, [f"{out} = self.{attr}({', '.join(srcs)})"]


def _torch_class(type_name: str) -> type | None:
    import torch.nn as nn

    spec = get_layer(type_name)
    name = spec.torch_name if spec is not None and spec.torch_name else type_name
    cls = getattr(nn, name.rsplit(".", 1)[-1], None)
    return cls if isinstance(cls, type) and issubclass(cls, nn.Module) else None


def _signature_defaults(cls: type) -> dict[str, Any]:
    params = inspect.signature(cls).parameters  # the constructor's, without self
    return {name: (None if p.default is inspect.Parameter.empty else p.default)
            for name, p in params.items()
            if name not in ("self", "device", "dtype")
            and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}


def _constructor(cls_name: str, resolved: dict[str, Any], accepted: dict[str, Any]) -> str:
    positional: list[str] = []
    keywords: list[str] = []
    leading = True
    for name, default in accepted.items():
        if name not in resolved:
            leading = leading and name not in POSITIONAL
            continue
        value = resolved[name]
        if leading and name in POSITIONAL:
            positional.append(literal(value))
            continue
        leading = False
        if value == default and type(value) is type(default):
            continue  # the default: leave it out
        if isinstance(value, list | tuple) and default is not None and not isinstance(
                default, list | tuple) and all(v == default for v in value):
            continue  # [1, 1] for a default of 1
        keywords.append(f"{name}={literal(value)}")
    return f"nn.{cls_name}({', '.join(positional + keywords)})"


def _safe_docstring(text: str) -> str:
    """A project name that cannot end or break the generated module's docstring (quotes,
    backslashes, line breaks, NUL and other control characters)."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return re.sub(r'\\|"', "'", text)


# ---- the training script -----------------------------------------------------------------

_MODULE = string.Template('''\
"""$title: a PyTorch model exported by netstudio.

Standalone: needs only torch (and torchvision for the training script below).
Train it with:  python this_file.py --data ./data
"""

from __future__ import annotations

import argparse
${stdlib}
import torch
${imports}from torch import nn
from torch.utils.data import DataLoader


class $cls(nn.Module):
    def __init__(self) -> None:
        super().__init__()
$init

    def forward(self, $input_var: torch.Tensor) -> torch.Tensor:
$forward


def build_model() -> $cls:
    return $cls()
$training''')
