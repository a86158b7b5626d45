"""Checker (core/checks/incremental.py): after an edit it re-checks only the edited layers and
what lies downstream of them, and its answer is always the one a full analyze gives."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netstudio.core.analysis import analyze
from netstudio.core.checks import incremental
from netstudio.core.checks.incremental import Checker
from netstudio.core.graph.commands import (
    AddEdge,
    AddNode,
    History,
    RemoveEdge,
    RemoveNodes,
    SetParams,
)
from netstudio.core.graph.edits import splice
from netstudio.core.graph.model import Edge, Node
from netstudio.core.graph.rewrite import rewrite
from tests.core.test_analysis import MNIST_IN, TYPES, graphs, params_for, project
from tests.core.test_analysis_memo import same


@st.composite
def edits(draw):
    """A random project and a list of edits: mostly new params for a layer (valid or junk),
    sometimes a removed connection, a changed training setting, a layer dropped on its own or
    the last layer deleted."""
    p = draw(graphs())
    ids = list(p.graph.nodes)
    steps = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 11))
        if kind == 0 and p.graph.edges:
            steps.append(("cut", draw(st.integers(0, len(p.graph.edges) - 1))))
        elif kind == 1:
            steps.append(("task", draw(st.sampled_from(["classification", "reconstruction"]))))
        elif kind == 2:
            layer = draw(st.sampled_from([*TYPES, "Input", "Nonsense"]))
            params = draw(params_for(layer, 10)) if layer in TYPES else {}
            steps.append(("drop", draw(st.sampled_from(["new", "a.b", "ghost"])), layer, params))
        elif kind == 3:
            steps.append(("delete last",))
        else:
            nid = draw(st.sampled_from(ids))
            node = p.graph.node(nid)
            params = ({"shape": draw(st.sampled_from([[1, 28, 28], [1, 14, 14], [3, 9, 9], [12]]))}
                      if node.type == "Input" else draw(params_for(node.type, 10)))
            steps.append(("params", nid, params))
    return p, steps


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(edits())
def test_after_any_edits_the_answer_is_a_full_analysis(case):
    p, steps = case
    checker = Checker()
    same(checker.analyze(p), analyze(p))
    for step in steps:
        if step[0] == "params" and step[1] in p.graph.nodes:
            p.graph.set_params(step[1], step[2])
        elif step[0] == "cut" and step[1] < len(p.graph.edges):
            p.graph.remove_edge(p.graph.edges[step[1]])
        elif step[0] == "task":
            p.set_settings(training={**p.training, "task": step[1]})
        elif step[0] == "drop":
            p.graph.add_node(Node(p.graph.unique_id(step[1]), step[2], step[3]))
        elif step[0] == "delete last" and p.graph.nodes:
            last = list(p.graph.nodes)[-1]
            for edge in p.graph.edges_touching([last]):
                p.graph.remove_edge(edge)
            p.graph.remove_node(last)
        same(checker.analyze(p), analyze(p))


def chain(n_blocks: int):  # noqa: ANN201
    """Input, then blocks of Conv2d(4, 3x3, padding 1) and ReLU, then Flatten and Linear."""
    nodes = [MNIST_IN]
    for i in range(n_blocks):
        nodes += [(f"conv{i}", "Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}),
                  (f"relu{i}", "ReLU", {})]
    nodes += [("flat", "Flatten", {}), ("fc", "Linear", {"out_features": 10})]
    return project(nodes)


def checked(n_blocks: int):  # noqa: ANN201
    """A chain, a Checker that has checked it once, and that first answer."""
    p = chain(n_blocks)
    checker = Checker()
    return p, checker, checker.analyze(p)


def counting(monkeypatch) -> list[str]:  # noqa: ANN001
    """The nodes whose own checks and whose shapes the checker runs, in order."""
    calls: list[str] = []
    own, infer = incremental.check_node, incremental.shapes.infer_node

    def check_node(ctx, nid):  # noqa: ANN001, ANN202
        calls.append(f"own:{nid}")
        own(ctx, nid)

    def infer_node(ctx, nid):  # noqa: ANN001, ANN202
        calls.append(f"shape:{nid}")
        infer(ctx, nid)

    monkeypatch.setattr(incremental, "check_node", check_node)
    monkeypatch.setattr(incremental.shapes, "infer_node", infer_node)
    return calls


def test_an_edit_that_keeps_the_shape_rechecks_that_layer_only(monkeypatch):
    p, checker, _ = checked(30)
    calls = counting(monkeypatch)
    p.graph.set_params("relu12", {"inplace": True})
    a = checker.analyze(p)
    assert calls == ["own:relu12", "shape:relu12"]
    assert checker.rechecked == {"relu12"}
    same(a, analyze(p))


def test_a_changed_shape_is_followed_downstream_until_it_is_the_same_again(monkeypatch):
    p, checker, _ = checked(30)
    calls = counting(monkeypatch)
    p.graph.set_params("conv10", {"out_channels": 6, "kernel_size": 3, "padding": 1})
    a = checker.analyze(p)
    # conv10 now gives 6 channels: relu10 passes them on, conv11 takes 6 and gives 4 again
    assert calls == ["own:conv10", "shape:conv10", "shape:relu10", "shape:conv11"]
    assert a.nodes["relu10"].shape == (6, 28, 28) and a.nodes["relu11"].shape == (4, 28, 28)
    assert a.nodes["conv11"].params == analyze(p).nodes["conv11"].params
    same(a, analyze(p))


def test_a_new_input_shape_reaches_every_layer_after_it(monkeypatch):
    p, checker, _ = checked(5)
    calls = counting(monkeypatch)
    p.graph.set_params("input", {"shape": [1, 14, 14]})
    a = checker.analyze(p)
    assert calls[0] == "own:input"
    assert [c for c in calls if c.startswith("shape:")] == [f"shape:{n}" for n in a.order]
    assert a.nodes["fc"].in_shapes == ((4 * 14 * 14,),)
    same(a, analyze(p))


def test_an_error_and_its_fix_are_found_without_a_full_run(monkeypatch):
    p, checker, _ = checked(10)
    calls = counting(monkeypatch)
    p.graph.set_params("conv3", {"out_channels": 4, "kernel_size": 99})
    broken = checker.analyze(p)
    assert any(d.node == "conv3" and d.severity == "error" for d in broken.diagnostics)
    assert broken.nodes["fc"].shape is None and not broken.ok
    same(broken, analyze(p))
    p.graph.set_params("conv3", {"out_channels": 4, "kernel_size": 3, "padding": 1})
    fixed = checker.analyze(p)
    same(fixed, analyze(p))
    assert fixed.ok
    assert not any(c.startswith("own:") and c not in ("own:conv3",) for c in calls)


def test_nothing_changed_gives_the_same_answer_without_work(monkeypatch):
    p, checker, first = checked(10)
    calls = counting(monkeypatch)
    p.graph.set_pos("conv2", (10.0, 20.0))  # a move changes no shape
    assert checker.analyze(p) is first and calls == []


def test_a_cut_connection_rechecks_its_two_ends_and_what_follows(monkeypatch):
    p, checker, _ = checked(10)
    calls = counting(monkeypatch)
    p.graph.remove_edge(Edge("relu9", "flat"))
    a = checker.analyze(p)
    assert sorted(c for c in calls if c.startswith("own:")) == ["own:flat", "own:relu9"]
    assert [c for c in calls if c.startswith("shape:")] == ["shape:relu9", "shape:flat",
                                                            "shape:fc"]
    assert checker.rechecked == {"relu9", "flat", "fc"} and not a.ok
    same(a, analyze(p))
    calls.clear()
    with p.graph.params_changed.blocked():  # the checker compares, it trusts no event
        p.graph.set_params("conv1", {"out_channels": 5, "kernel_size": 3, "padding": 1})
    b = checker.analyze(p)
    assert calls == ["own:conv1", "shape:conv1", "shape:relu1", "shape:conv2"]
    same(b, analyze(p))


def test_a_layer_spliced_into_the_middle_is_checked_with_what_it_changes(monkeypatch):
    p, checker, _ = checked(30)
    calls = counting(monkeypatch)
    history = History(p.graph)
    history.push(splice(p.graph, Node("act", "Tanh", {}), Edge("relu14", "conv15")))
    a = checker.analyze(p)
    assert sorted(c for c in calls if c.startswith("own:")) == [
        "own:act", "own:conv15", "own:relu14"]
    assert checker.rechecked == {"relu14", "act", "conv15"}  # conv15 gives what it gave
    same(a, analyze(p))
    history.push(splice(p.graph, Node("pool", "MaxPool2d", {"kernel_size": 2}),
                        Edge("relu20", "conv21")))
    b = checker.analyze(p)
    assert checker.rechecked == {"relu20", "pool", *b.order[b.order.index("conv21"):]}
    assert b.nodes["relu29"].shape == (4, 14, 14) and b.nodes["fc"].in_shapes == ((784,),)
    same(b, analyze(p))
    calls.clear()
    history.undo()
    history.undo()
    undone = checker.analyze(p)
    assert "shape:conv1" not in calls and "pool" not in undone.nodes
    same(undone, analyze(p))


def test_a_loop_is_found_and_its_removal_restores_every_shape():
    p, checker, first = checked(20)
    history = History(p.graph)
    history.push(AddEdge(Edge("relu12", "conv5")))  # conv5 .. relu12 now form a loop
    looped = checker.analyze(p)
    same(looped, analyze(p))
    assert [d.code for d in looped.errors][:1] == ["cycle"]
    assert looped.nodes["fc"].shape is None and "conv5" not in looped.order
    history.undo()
    same(checker.analyze(p), first)


def test_a_deleted_layer_in_the_middle_leaves_a_gap_its_neighbours_report():
    p, checker, _ = checked(20)
    History(p.graph).push(RemoveNodes(["conv7"]))
    a = checker.analyze(p)
    same(a, analyze(p))
    assert {d.code for d in a.for_node("relu7")} == {"missing-input"}
    assert a.outputs == ("relu6",)  # what follows the gap cannot be reached
    assert {d.code for d in a.for_node("relu6")} == {"output-classes"}


def test_an_input_put_first_makes_the_old_one_the_extra_input():
    p, checker, _ = checked(3)
    history = History(p.graph)
    history.push(AddNode(Node("in2", "Input", {"shape": [1, 28, 28]}), 0))
    a = checker.analyze(p)
    same(a, analyze(p))
    assert a.nodes["input"].shape is None and [d.code for d in a.for_node("input")] == [
        "many-inputs"]
    history.undo()
    same(checker.analyze(p), analyze(p))


def test_a_new_connection_in_the_middle_does_not_run_a_full_check(monkeypatch):
    p, checker, _ = checked(100)
    calls = counting(monkeypatch)
    p.graph.remove_edge(Edge("relu49", "conv50"))
    p.graph.add_edge(Edge("relu48", "conv50"))
    a = checker.analyze(p)
    assert len(calls) < 10  # relu48, relu49 and conv50: their own checks and shapes
    assert a.outputs == ("relu49", "fc")  # relu49 now leads nowhere
    assert {d.node for d in a.errors} == {"relu49", "fc"}
    same(a, analyze(p))


def test_a_dropped_layer_and_its_undo_check_that_layer_only(monkeypatch):
    p, checker, first = checked(30)
    calls = counting(monkeypatch)
    p.graph.add_node(Node("loose", "ReLU", {}))
    dropped = checker.analyze(p)
    assert calls == ["own:loose", "shape:loose"]
    assert [d.code for d in dropped.for_node("loose")] == ["unconnected"]
    same(dropped, analyze(p))
    calls.clear()
    p.graph.remove_node("loose")
    undone = checker.analyze(p)
    assert calls == [] and "loose" not in undone.nodes
    same(undone, analyze(p))
    same(undone, first)


@st.composite
def structural_edits(draw):
    """A random project and a sequence of edits made as the app makes them (commands with
    undo): splices, deletions anywhere, new and cut connections (loops, ports, self-loops,
    duplicates), dropped layers, new params, undo and redo. Each step is a number the test
    maps onto the graph as it is then; some steps are checked together (a burst of edits
    the app coalesces into one check)."""
    p = draw(graphs())
    steps = [(draw(st.integers(0, 9)), draw(st.integers(0, 10**6)), draw(st.integers(0, 10**6)),
              draw(st.one_of(st.sampled_from(["Input", "ReLU", "Add", "Linear", "Flatten"]),
                             st.sampled_from([*TYPES, "Nonsense"]))), draw(st.booleans()))
             for _ in range(draw(st.integers(1, 10)))]
    return p, steps, draw(st.randoms(use_true_random=False))


def _apply(p, history, step, rnd) -> None:  # noqa: ANN001
    kind, a, b, layer, flag = step
    graph = p.graph
    ids, edges = list(graph.nodes), graph.edges
    params = rnd.choice([{}, {"out_channels": 2, "kernel_size": 3}, {"out_features": 10},
                         {"kernel_size": 2}, {"shape": [1, 28, 28]}, {"p": "x"}])
    if kind == 0 and edges:
        history.push(splice(graph, Node(graph.unique_id(layer), layer, params),
                            edges[a % len(edges)]))
    elif kind == 1 and ids:
        history.push(RemoveNodes(list(dict.fromkeys([ids[a % len(ids)], ids[b % len(ids)]]))
                                 if flag else [ids[a % len(ids)]]))
    elif kind == 2 and ids:
        port = (b % 3) if flag and a % 4 == 0 else None
        history.push(AddEdge(Edge(ids[a % len(ids)], ids[b % len(ids)], port)))
    elif kind == 3 and edges:
        history.push(RemoveEdge(edges[a % len(edges)]))
    elif kind == 4:
        node = Node(graph.unique_id("a.b" if a % 7 == 0 else layer), layer, params)
        history.push(AddNode(node, (0 if b % 3 == 0 else b % (len(ids) + 1)) if flag else None))
    elif kind == 5 and ids:
        nid = ids[a % len(ids)]
        history.push(SetParams(nid, params, dict(graph.node(nid).params)))
    elif kind in (6, 7):
        history.undo()
    elif kind == 8:
        history.redo()
    elif kind == 9:
        p.set_settings(training={**p.training, "task": rnd.choice(["classification",
                                                                   "reconstruction"])})


@pytest.mark.slow  # about 3 s: many random sequences
@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(structural_edits())
def test_after_any_structural_edits_the_answer_is_a_full_analysis(case):
    p, steps, rnd = case
    checker = Checker()
    history = History(p.graph)
    same(checker.analyze(p), analyze(p))
    for step in steps:
        _apply(p, history, step, rnd)
        if rnd.random() < 0.7:  # else checked with the next step, as one burst
            same(checker.analyze(p), analyze(p))
    same(checker.analyze(p), analyze(p))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(graphs(), st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(
    [*TYPES, "Input", "Nonsense"]), st.integers(0, 3)), min_size=1, max_size=5))
def test_a_layer_with_another_type_or_other_settings_gives_a_full_analysis(p, steps):
    # a layer put back with the same id and another type (an undo that restores a
    # state, a burst of edits) and new settings are checked incrementally
    checker = Checker()
    same(checker.analyze(p), analyze(p))
    for pick, layer, what in steps:
        ids = list(p.graph.nodes)
        if what == 0:
            p.set_settings(training={**p.training, "batch_size": 1 + pick % 300})
        elif what == 1:
            p.set_settings(data={**p.data, "dataset": ["mnist", "fashion_mnist", "x"][pick % 3]})
        elif ids:
            nid = ids[pick % len(ids)]
            old = p.graph.node(nid)
            new = Node(nid, layer, {} if what == 2 else dict(old.params), old.pos)
            rewrite(p.graph, [new if n.id == nid else n for n in p.graph.nodes.values()],
                    list(p.graph.edges))
        same(checker.analyze(p), analyze(p))


def test_another_type_rechecks_that_layer_and_what_it_changes(monkeypatch):
    p, checker, first = checked(30)
    calls = counting(monkeypatch)
    nodes = [Node("relu7", "Sigmoid") if n.id == "relu7" else n for n in p.graph.nodes.values()]
    rewrite(p.graph, nodes, list(p.graph.edges))
    after = checker.analyze(p)
    assert calls == ["own:relu7", "shape:relu7"]  # same shape: nothing after it
    same(after, analyze(p))
    assert after.base == id(first) and "relu7" in after.changed
    calls.clear()
    p.set_settings(training={**p.training, "batch_size": 4096})
    bigger = checker.analyze(p)
    assert calls == []  # the settings change no layer's shape
    same(bigger, analyze(p))
    p.graph_extra["colour"] = "red"  # a key this version does not know: a warning
    odd = checker.analyze(p)
    assert [d.code for d in odd.diagnostics if d.code == "unknown-key"] == ["unknown-key"]
    same(odd, analyze(p))
