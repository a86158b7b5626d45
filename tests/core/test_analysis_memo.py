"""analyze() remembers the layers' answers (core/checks/memo.py): a remembered answer must be
exactly the one the rules give, whatever was analysed before."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings

from netstudio.core.analysis import analyze
from netstudio.core.checks import memo
from netstudio.core.layers import registry
from tests.core.test_analysis import MNIST_IN, find, graphs, project


def fresh(p):  # noqa: ANN001, ANN201
    memo.clear()
    return analyze(p)


def same(a, b) -> None:  # noqa: ANN001
    assert a.nodes == b.nodes
    assert a.diagnostics == b.diagnostics
    assert (a.order, a.outputs, a.total_params, a.total_flops) == (
        b.order, b.outputs, b.total_params, b.total_flops)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(graphs(), graphs())
def test_remembered_answers_equal_fresh_ones(p, other):
    analyze(other)  # whatever another project left in the table
    warm = analyze(p)
    same(warm, analyze(p))  # every answer remembered
    same(warm, fresh(p))  # nothing remembered


def test_values_that_compare_equal_but_check_differently_are_not_confused():
    convs = [("c1", "Conv2d", {"out_channels": 1, "kernel_size": 3}),
             ("c2", "Conv2d", {"out_channels": 1, "kernel_size": 3.0}),
             ("c3", "Conv2d", {"out_channels": True, "kernel_size": 3})]
    for order in (convs, convs[::-1]):
        memo.clear()
        a = analyze(project([MNIST_IN, *order, ("flat", "Flatten", {}),
                             ("fc", "Linear", {"out_features": 10})]))
        assert not [d for d in a.for_node("c1") if d.severity == "error"]
        assert find(a, "bad-param", "c2").field == "kernel_size"
        assert find(a, "bad-param", "c3").field == "out_channels"


def test_a_layer_registered_anew_is_asked_anew(monkeypatch):
    p = project([MNIST_IN, ("flat", "Flatten", {}), ("fc", "Linear", {"out_features": 10})])
    assert analyze(p).nodes["flat"].shape == (784,)
    old = registry.get_layer("Flatten")
    monkeypatch.setitem(registry._REGISTRY, "Flatten",
                        dataclasses.replace(old, infer=lambda params, ins: (7,)))
    assert analyze(p).nodes["flat"].shape == (7,)


def test_the_table_stays_bounded(monkeypatch):
    monkeypatch.setattr(memo, "MAX_ENTRIES", 5)
    memo.clear()
    chain = [MNIST_IN, *[(f"d{i}", "Dropout", {"p": i / 100}) for i in range(20)]]
    analyze(project(chain))
    assert 0 < len(memo._table) <= 5


def test_params_that_cannot_be_keyed_are_checked_every_time():
    assert memo.key_or_none({"x": {1, 2}}) is None
    assert memo.key_or_none({"k": [1, [2, 3.5]], "b": True}) is not None
    assert memo.key_or_none({"k": 1}) != memo.key_or_none({"k": 1.0}) != memo.key_or_none(
        {"k": True})
