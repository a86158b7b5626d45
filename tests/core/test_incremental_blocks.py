"""Checker on projects with blocks: the flat graph is kept between checks (checks/flat_view.py),
so an edit around or inside a block re-checks what it touches, and the answer is always the
one a full analyze gives."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netstudio.core.analysis import analyze
from netstudio.core.checks.incremental import Checker
from netstudio.core.graph.commands import History, SetParams
from netstudio.core.graph.edits import splice
from netstudio.core.graph.grouping import expand_instance, group_nodes
from netstudio.core.graph.model import Node
from netstudio.core.graph.rewrite import rewrite
from tests.core.test_analysis import graphs
from tests.core.test_analysis_memo import same
from tests.core.test_incremental_check import (
    _apply,
    chain,
    checked,
    counting,
    structural_edits,
)


def grouped(n_blocks: int, members: list[str]):  # noqa: ANN201
    """A chain with ``members`` grouped into block "B" (instance "blk"), checked once."""
    p = chain(n_blocks)
    assert group_nodes(p.graph, p.blocks, members, "B", "blk") is None
    checker = Checker()
    first = checker.analyze(p)
    same(first, analyze(p))
    return p, checker, first


def test_an_edit_outside_the_block_rechecks_that_layer_only(monkeypatch):
    p, checker, first = grouped(30, ["conv3", "relu3"])
    calls = counting(monkeypatch)
    p.graph.set_params("conv20", {"out_channels": 4, "kernel_size": 3, "padding": 1,
                                  "bias": False})
    after = checker.analyze(p)
    assert calls == ["own:conv20", "shape:conv20"]
    same(after, analyze(p))
    assert after.changed == {"conv20"} and after.base == id(first)  # one card repaints
    assert after.nodes["blk"] == first.nodes["blk"]


def test_an_edit_inside_the_definition_rechecks_its_layer_and_repaints_the_instance(
        monkeypatch):
    p, checker, first = grouped(30, ["conv3", "relu3"])
    calls = counting(monkeypatch)
    body = p.blocks["B"]
    body.set_params("conv3", {"out_channels": 6, "kernel_size": 3, "padding": 1})
    after = checker.analyze(p)
    assert calls[:2] == ["own:blk/conv3", "shape:blk/conv3"]
    assert "shape:relu20" not in calls  # a conv after the block stops the change
    same(after, analyze(p))
    assert "blk" in after.changed and after.nodes["blk"] != first.nodes["blk"]
    assert after.nodes["blk"].params == first.nodes["blk"].params + 2 * 9 * 1 * 4 + 2


def test_a_splice_next_to_a_block_is_not_a_full_check(monkeypatch):
    p, checker, _ = grouped(30, ["conv3", "relu3"])
    calls = counting(monkeypatch)
    history = History(p.graph)
    history.push(splice(p.graph, Node("extra", "ReLU"), p.graph.outputs_of("blk")[0]))
    after = checker.analyze(p)
    assert len(calls) < 10, calls  # the new layer and its neighbours, not 60 layers
    same(after, analyze(p))
    history.undo()
    same(checker.analyze(p), analyze(p))


def test_grouping_and_expanding_again_keep_the_answer_exact():
    p, checker, _ = grouped(8, ["conv3", "relu3"])
    assert group_nodes(p.graph, p.blocks, ["conv5", "relu5"], "B", "blk2") is None
    same(checker.analyze(p), analyze(p))
    assert isinstance(expand_instance(p.graph, p.blocks, "blk"), dict)
    same(checker.analyze(p), analyze(p))
    p.blocks.clear()  # blk2 now names a block the project does not define
    unknown = checker.analyze(p)
    same(unknown, analyze(p))
    assert [d.code for d in unknown.for_node("blk2")] == ["unknown-block"]


def test_the_first_block_and_its_undo_check_only_what_they_touch(monkeypatch):
    p, checker, first = checked(30)
    before = (list(p.graph.nodes.values()), list(p.graph.edges))
    calls = counting(monkeypatch)
    assert group_nodes(p.graph, p.blocks, ["conv10", "relu10"], "B", "blk") is None
    grouped_ = checker.analyze(p)
    # the two layers (now blk/...) and their neighbours, not all 64
    assert 0 < len(calls) <= 8, " ".join(calls)
    same(grouped_, analyze(p))
    assert grouped_.base == id(first) and "blk" in grouped_.changed
    assert "conv20" not in grouped_.changed
    calls.clear()
    rewrite(p.graph, *before)  # what the undo does
    p.blocks.clear()
    undone = checker.analyze(p)
    assert 0 < len(calls) <= 8, " ".join(calls)
    same(undone, analyze(p))
    same(undone, first)
    assert undone.base == id(grouped_) and {"blk", "conv10", "relu10"} <= undone.changed


@st.composite
def block_edits(draw):
    """A random project with up to two runs of layers grouped into blocks, then the random
    structural edits of test_incremental_check (at the top), some edits inside the first
    block's definition, and expanding an instance."""
    p, steps, rnd = draw(structural_edits())
    ids = [n for n in p.graph.nodes if p.graph.node(n).type != "Input"]
    groups = []
    for k in range(draw(st.integers(1, 2))):
        if len(ids) >= 2:
            start = draw(st.integers(0, len(ids) - 2))
            size = draw(st.integers(1, min(3, len(ids) - start)))
            groups.append((ids[start:start + size], f"blk{k}"))
    inner = [draw(st.integers(0, 10**6)) for _ in range(draw(st.integers(0, 3)))]
    return p, groups, steps, inner, rnd, draw(st.booleans())


@pytest.mark.slow  # about 3 s: many random sequences
@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(block_edits())
def test_after_any_edits_with_blocks_the_answer_is_a_full_analysis(case):
    p, groups, steps, inner, rnd, expand = case
    checker = Checker()
    same(checker.analyze(p), analyze(p))  # without blocks first: the first one is handed on
    for members, instance in groups:
        if all(m in p.graph.nodes for m in members):
            group_nodes(p.graph, p.blocks, members, "B", instance)  # may refuse: fine
        same(checker.analyze(p), analyze(p))
    history = History(p.graph)
    for step in steps:
        _apply(p, history, step, rnd)
        if rnd.random() < 0.7:
            same(checker.analyze(p), analyze(p))
    for pick in inner:  # edits inside a definition change every instance
        body = next(iter(p.blocks.values()), None)
        if body is None:
            break
        layers = [n for n in body.nodes.values() if n.type not in ("BlockInput", "BlockOutput")]
        if layers and pick % 2:
            node = layers[pick % len(layers)]
            SetParams(node.id, {"out_features": 3} if pick % 3 else {}, dict(node.params)
                      ).redo(body)
        elif body.edges:
            splice(body, Node(body.unique_id("relu"), "ReLU"), body.edges[pick % len(
                body.edges)]).redo(body)
        same(checker.analyze(p), analyze(p))
    blocks = [n for n, node in p.graph.nodes.items() if node.type == "Block"]
    if expand and blocks:
        expand_instance(p.graph, p.blocks, blocks[0])
        if len(blocks) == 1:
            p.blocks.clear()  # no block left: the project is checked without its flat view
    same(checker.analyze(p), analyze(p))


@given(graphs())
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_a_project_that_gains_and_loses_blocks_is_checked_right(p):
    checker = Checker()
    same(checker.analyze(p), analyze(p))
    ids = [n for n in p.graph.nodes if p.graph.node(n).type != "Input"][:2]
    if ids and group_nodes(p.graph, p.blocks, ids, "B", "blk") is None:
        same(checker.analyze(p), analyze(p))
        expand_instance(p.graph, p.blocks, "blk")
        p.blocks.clear()
        same(checker.analyze(p), analyze(p))
