"""Property: for random graphs of the registered layers, the checker and the compiler agree.

``analyze`` never raises. When it reports no errors, ``compile_project`` builds the network,
a forward pass (batch 2) gives exactly the inferred shape at every node, and the exported
Python code computes the same output. Graphs are random chains with branches (Add/Concat
joining earlier nodes), random parameters (sometimes invalid) and, now and then, a broken
edge (cycle, unknown node, two inputs into a one-input layer).
"""

from __future__ import annotations

import types

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netstudio.core.analysis import analyze
from netstudio.core.compiler import compile_project
from netstudio.core.export.pycode import export_python, generated_state_dict
from netstudio.core.layers.registry import Param, list_layers
from netstudio.core.project import Project

LAYERS = [s for s in list_layers() if s.type != "Input" and s.category != "Blocks"]
# A missing folder (a settings error, which does not stop compiling): the checker cannot tell
# the dataset's shape or classes, so the random graphs are not held to MNIST's [1, 28, 28] -> [10].
FREE_DATA = {"dataset": "folder", "path": "/nonexistent/netstudio-test-data"}


def small_int(p: Param) -> st.SearchStrategy[int]:
    if p.min is None:  # dims: -3..3
        return st.integers(-3, 3)
    lo = int(p.min)
    return st.integers(lo, lo + 3)


def value_for(p: Param) -> st.SearchStrategy:
    if p.inferred:  # usually left out (inferred); sometimes a value that may disagree
        if p.kind == "shape":
            return st.lists(st.integers(1, 6), min_size=1, max_size=3)
        return st.integers(1, 8)
    if p.kind == "bool":
        base = st.booleans()
    elif p.kind == "choice":
        base = st.sampled_from(p.choices)
    elif p.kind == "int":
        base = small_int(p)
    elif p.kind == "float":
        lo = float(p.min) if p.min is not None else 0.0
        hi = float(p.max) if p.max is not None else lo + 3.0
        base = st.floats(lo, hi, allow_nan=False).map(lambda v: round(v, 2))
    elif p.kind == "int_or_pair":
        one = small_int(p)
        base = st.one_of(one, st.lists(one, min_size=2, max_size=2))
        if p.choices:
            base = st.one_of(base, st.sampled_from(p.choices))
    elif p.kind == "shape":
        dims = st.sampled_from([-1, 1, 2, 3, 4, 6, 8])
        base = st.one_of(st.just([-1]), st.lists(dims, min_size=1, max_size=3))
    else:
        return st.just(p.default)
    return st.one_of(st.none(), base) if p.optional else base


@st.composite
def params_for(draw, spec) -> dict:
    out = {}
    for p in spec.params:
        leave_out = draw(st.integers(0, 19)) < (18 if p.inferred else 10)
        if not leave_out:
            out[p.name] = draw(value_for(p))
    return out


input_shapes = st.one_of(
    st.tuples(st.integers(1, 3), st.integers(3, 9), st.integers(3, 9)),  # [C, H, W]
    st.tuples(st.integers(1, 10)),  # [features]
    st.tuples(st.integers(1, 5), st.integers(1, 6)),  # [steps, features]
    st.tuples(st.integers(1, 3), st.integers(2, 8)),  # [channels, length]
)


@st.composite
def projects(draw) -> Project:
    shape = tuple(draw(input_shapes))
    nodes = [{"id": "input", "type": "Input", "params": {"shape": list(shape)}}]
    shapes: dict[str, tuple | None] = {"input": shape}  # steers the draw toward valid graphs
    edges = []
    for i in range(draw(st.integers(1, 6))):
        previous = nodes[-1]["id"]
        for _attempt in range(4):  # mostly redraw a layer that cannot take its input
            spec = draw(st.sampled_from(LAYERS))
            params = draw(params_for(spec))
            sources = [previous]
            if spec.max_inputs is None or spec.max_inputs > 1:  # Add/Concat: join earlier nodes
                earlier = [n["id"] for n in nodes[:-1]]
                if earlier:
                    sources += draw(st.lists(st.sampled_from(earlier), min_size=1, max_size=2,
                                             unique=True))
            out_shape = _try_infer(spec, params, [shapes.get(s) for s in sources])
            if out_shape is not None or draw(st.integers(0, 9)) == 0:
                break
        node_id = f"n{i}_{spec.type.lower()}"
        nodes.append({"id": node_id, "type": spec.type, "params": params})
        shapes[node_id] = out_shape
        ports = draw(st.permutations(range(len(sources)))) if len(sources) > 1 else [None]
        for src, port in zip(sources, ports, strict=True):
            edges.append({"from": src, "to": node_id, **({"port": port} if port is not None
                                                          else {})})
    mutation = draw(st.sampled_from(["none"] * 12 + ["cycle", "ghost", "double"]))
    ids = [n["id"] for n in nodes]
    if mutation == "cycle" and len(ids) > 2:
        edges.append({"from": ids[-1], "to": ids[1]})
    elif mutation == "ghost":
        edges.append({"from": "ghost", "to": ids[-1]})
    elif mutation == "double" and len(ids) > 2:
        edges.append({"from": "input", "to": ids[-1]})
    return Project.from_dict({
        "format": "netstudio", "version": 1, "name": "random",
        "graph": {"nodes": nodes, "edges": edges}, "data": FREE_DATA,
        "training": {"task": "classification", "loss": "CrossEntropyLoss", "seed": 0}})


def _try_infer(spec, params, in_shapes):
    if any(s is None for s in in_shapes):
        return None
    try:
        return tuple(spec.infer(params, in_shapes))
    except Exception:  # ShapeError, or a bad value the checker reports: an invalid draw
        return None


def _generated_output(project, net, x):
    module = types.ModuleType("generated")
    exec(compile(export_python(project), "generated.py", "exec"), module.__dict__)
    model = module.build_model().eval()
    model.load_state_dict(generated_state_dict(net, project), strict=True)
    return model(x)


@pytest.mark.filterwarnings("ignore:dropout option adds dropout")
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(projects())
def test_checker_and_compiler_agree(project):
    analysis = analyze(project)  # must never raise
    if any(not d.is_setting for d in analysis.errors):  # FREE_DATA itself is a settings error
        assert all(d.message for d in analysis.errors)
        return
    net = compile_project(project, analysis, seed=0).eval()
    x = torch.rand(2, *analysis.nodes[analysis.inputs[0]].shape)
    with torch.no_grad():
        out, captured = net.forward_capture(x, analysis.order)
        assert set(captured) == set(net.order)
        for node_id, value in captured.items():
            assert tuple(value.shape) == (2, *analysis.nodes[node_id].shape), (
                node_id, tuple(value.shape), analysis.nodes[node_id].shape)
        assert torch.allclose(_generated_output(project, net, x), out, atol=1e-5,
                              equal_nan=True)
