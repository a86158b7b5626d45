"""PyTorch code for projects with blocks: each block becomes its own ``nn.Module`` class.

The main class holds one attribute per top-level layer or block instance; a block's class
holds its layers the same way, and its ``forward`` takes one argument per BlockInput. Two
instances of a block share a class when their layers come out the same (same resolved sizes);
otherwise the second gets a class of its own (``BasicBlock2``). Attribute names follow the
layer paths, so the weights of layer ``layer1/0/conv1`` load into ``layer1.0.conv1`` (see
``attribute_paths``).
"""

from __future__ import annotations

import keyword
from typing import Any

from netstudio.core.graph.blocks import (
    BLOCK,
    BLOCK_INPUT,
    BLOCK_OUTPUT,
    SEP,
    block_inputs,
    flat_project,
    flatten,
)
from netstudio.core.graph.model import Graph


def attribute_paths(flat_ids: Any) -> tuple[dict[str, str], dict[str, str]]:
    """(flat id -> dotted attribute path, instance path -> dotted attribute path).

    Each level's names are made valid and unique by pycode.attribute_names, in the order
    the layers come; a project without blocks gets the same names as before."""
    from netstudio.core.export.pycode import attribute_names

    children: dict[str, list[str]] = {}
    for fid in flat_ids:
        parts = fid.split(SEP)
        for depth in range(len(parts)):
            parent = SEP.join(parts[:depth])
            child = parts[depth]
            lst = children.setdefault(parent, [])
            if child not in lst:
                lst.append(child)
    names = {parent: attribute_names(kids) for parent, kids in children.items()}

    def dotted(path: str) -> str:
        parts = path.split(SEP)
        return ".".join(names[SEP.join(parts[:d])][parts[d]] for d in range(len(parts)))

    leaves = {fid: dotted(fid) for fid in flat_ids}
    inner = {p: dotted(p) for p in children if p}
    return leaves, inner


def export_with_blocks(project: Any, analysis: Any, main_class: str
                       ) -> tuple[list[str], list[str], list[str], str]:
    """(block class sources, main __init__ lines, main forward lines, input variable)."""
    from netstudio.core.compiler import execution_plan
    from netstudio.core.export.codetext import wrap_call
    from netstudio.core.export.pycode import _node_code, class_name

    flat = flatten(project)
    fproj = flat_project(project, flat)
    plan = execution_plan(fproj, analysis)
    used = {fid for fid, _ in plan}
    leaves, inner = attribute_paths([fid for fid, _ in plan])
    classes: dict[str, list[tuple[str, str]]] = {}  # block name -> [(class name, source)]
    sources: list[str] = []

    def last(dotted: str) -> str:
        return dotted.rsplit(".", 1)[-1]

    def emit(graph: Graph, prefix: str) -> tuple[list[str], list[str], list[str]]:
        """(__init__ lines, forward lines, forward parameter names) for one graph level."""
        init: list[str] = []
        body: list[str] = []
        params: list[str] = []
        var: dict[str, str] = {}
        for node in block_inputs(graph):
            name = _safe(node.id)
            var[node.id] = name
            params.append(name)
        inputs = graph.all_inputs()  # one pass over the edges, not one per node
        for nid in _topological(graph):
            node = graph.nodes[nid]
            path = prefix + nid
            srcs = [var.get(e.src, "None") for e in inputs.get(nid, ())]
            if node.type == BLOCK_INPUT:
                continue
            if node.type == BLOCK_OUTPUT:
                body.append(f"return {srcs[0] if srcs else 'None'}")
                continue
            if node.type == BLOCK:
                if path not in inner:
                    continue  # the output does not depend on it
                attr = last(inner[path])
                cls = block_class(str(node.params.get("block")), graph_for(node), path + SEP)
                init.append(f"self.{attr} = {cls}()")
                body.append(f"{attr} = self.{attr}({', '.join(srcs)})")
                var[nid] = attr
                continue
            if path not in used:
                continue
            attr = last(leaves[path])
            if node.type == "Input":
                var[nid] = attr
                params.append(attr)
                continue
            var[nid] = attr
            code_init, lines = _node_code(fproj, analysis, path, attr, srcs, attr)
            if code_init is not None:
                init += wrap_call(f"self.{attr} = {code_init}", indent=8)
            body += lines
        return init, body, params

    def graph_for(node: Any) -> Graph:
        return project.blocks[node.params["block"]]

    def block_class(block: str, graph: Graph, prefix: str) -> str:
        init, body, params = emit(graph, prefix)
        text = _class_text("{name}", block, init, body, params)
        variants = classes.setdefault(block, [])
        for name, existing in variants:
            if existing == text:
                return name
        base = class_name(block)
        if base == main_class:
            base += "Block"
        taken = {n for vs in classes.values() for n, _ in vs}
        name, i = base, 2
        while name in taken:
            name = f"{base}{i}"
            i += 1
        variants.append((name, text))
        sources.append(text.replace("{name}", name))
        return name

    top_init, top_body, top_params = emit(project.graph, "")
    output = analysis.outputs[0]
    out_path = output.split(SEP)[0]
    out_var = last(inner.get(out_path) or leaves.get(output, output))
    top_body.append(f"return {out_var}")
    return sources, top_init, top_body, top_params[0] if top_params else "x"


def _class_text(name: str, block: str, init: list[str], body: list[str],
                params: list[str]) -> str:
    args = ", ".join(f"{p}: torch.Tensor" for p in params)
    lines = [f"class {name}(nn.Module):",
             f'    """The block {block!r}."""', "",
             "    def __init__(self) -> None:", "        super().__init__()"]
    lines += ["        " + line for line in init] or ["        pass"]
    lines += ["", f"    def forward(self, {args}) -> torch.Tensor:"]
    lines += ["        " + line for line in body]
    return "\n".join(lines)


def _safe(name: str) -> str:
    import re

    text = re.sub(r"\W", "_", name) or "x"
    if text[0].isdigit() or keyword.iskeyword(text):
        text = "x_" + text
    return text


def _topological(graph: Graph) -> list[str]:
    indegree = {n: 0 for n in graph.nodes}
    succ: dict[str, list[str]] = {n: [] for n in graph.nodes}
    for e in graph.edges:
        if e.src in graph.nodes and e.dst in graph.nodes:
            indegree[e.dst] += 1
            succ[e.src].append(e.dst)
    ready = [n for n in graph.nodes if indegree[n] == 0]
    out: list[str] = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in succ[n]:
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
    return out
