"""Every builtin layer: schema sanity, and shape rule + parameter count against real torch.

Modules are built on the meta device (no memory, no compute), fed a meta batch, and compared
with the analytic rules the checker uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netstudio.core.layers.registry import (
    ShapeError,
    categories,
    get_layer,
    list_layers,
    reference_markdown,
)

KINDS = {"int", "float", "bool", "choice", "int_or_pair", "shape", "str", "json"}
MUST_HAVE = {
    "Input", "Conv2d", "ConvTranspose2d", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d",
    "BatchNorm1d", "BatchNorm2d", "LayerNorm", "Dropout", "Dropout2d", "Linear", "Flatten",
    "Upsample", "ReLU", "LeakyReLU", "ELU", "GELU", "SiLU", "Sigmoid", "Tanh", "Softmax",
    "LogSoftmax", "RNN", "LSTM", "GRU", "Reshape", "Add", "Concat",
}

IMG = [(3, 12, 10)]
SEQ = [(7, 5)]
# type -> [(params, per-sample input shapes)]; several combinations per layer.
CASES: dict[str, list[tuple[dict, list[tuple[int, ...]]]]] = {
    "Input": [({"shape": [1, 28, 28]}, []), ({"shape": [5]}, [])],
    "Conv2d": [
        ({"out_channels": 8, "kernel_size": 3}, IMG),
        ({"out_channels": 4, "kernel_size": [3, 2], "stride": 2, "padding": 1}, IMG),
        ({"out_channels": 6, "kernel_size": 3, "padding": "same", "bias": False}, IMG),
        ({"out_channels": 6, "kernel_size": 2, "dilation": 2, "groups": 3,
          "padding": "valid"}, IMG),
        ({"in_channels": 3, "out_channels": 2, "kernel_size": 5, "stride": [1, 2]}, IMG),
        ({"out_channels": 2, "kernel_size": 3, "padding": 1, "padding_mode": "reflect"}, IMG),
    ],
    "Conv1d": [({"out_channels": 4, "kernel_size": 3}, [(2, 9)]),
               ({"out_channels": 4, "kernel_size": 2, "stride": 2, "padding": 1, "groups": 2},
                [(2, 9)])],
    "ConvTranspose2d": [
        ({"out_channels": 4, "kernel_size": 2, "stride": 2}, IMG),
        ({"out_channels": 6, "kernel_size": 3, "stride": 2, "padding": 1,
          "output_padding": 1, "groups": 3}, IMG),
        ({"out_channels": 2, "kernel_size": [3, 1], "dilation": 2, "bias": False}, IMG),
    ],
    "MaxPool2d": [({}, IMG), ({"kernel_size": 3, "stride": 2, "ceil_mode": True}, IMG),
                  ({"kernel_size": [3, 2], "padding": 1, "dilation": 2}, IMG)],
    "AvgPool2d": [({}, IMG), ({"kernel_size": 3, "stride": 1, "padding": 1,
                               "count_include_pad": False}, IMG),
                  ({"kernel_size": 3, "stride": 2, "ceil_mode": True}, [(1, 7, 7)]),
                  ({"kernel_size": 2, "divisor_override": 3}, IMG)],
    "AdaptiveAvgPool2d": [({}, IMG), ({"output_size": [4, 3]}, IMG)],
    "AdaptiveMaxPool2d": [({}, IMG), ({"output_size": [5, 2]}, IMG)],
    "MaxPool1d": [({}, [(3, 9)]), ({"kernel_size": 3, "stride": 1, "padding": 1}, [(3, 9)])],
    "BatchNorm1d": [({}, [(6,)]), ({"affine": False}, [(4, 9)]),
                    ({"num_features": 6, "momentum": 0.5}, [(6,)])],
    "BatchNorm2d": [({}, IMG), ({"affine": False, "track_running_stats": False}, IMG),
                    ({"momentum": 0.01, "eps": 1e-3}, IMG)],
    "LayerNorm": [({}, IMG), ({"normalized_shape": [10]}, IMG),
                  ({"elementwise_affine": False}, SEQ), ({"bias": False}, SEQ)],
    "Dropout": [({}, [(5,)]), ({"p": 0.1, "inplace": True}, IMG)],
    "Dropout2d": [({"p": 0.3}, IMG)],
    "Linear": [({"out_features": 3}, [(20,)]), ({"out_features": 4, "bias": False}, SEQ),
               ({"in_features": 20, "out_features": 1}, [(20,)])],
    "Flatten": [({}, IMG), ({"start_dim": 2}, IMG), ({"start_dim": 1, "end_dim": 2}, IMG),
                ({}, [(5,)])],
    "Upsample": [({}, IMG), ({"scale_factor": 1.5, "mode": "bilinear"}, IMG),
                 ({"size": [20, 7], "mode": "bicubic"}, IMG), ({"size": 4}, IMG)],
    "ReLU": [({}, IMG), ({"inplace": True}, IMG)], "SiLU": [({}, [(4,)])],
    "Sigmoid": [({}, [(4,)])], "ReLU6": [({}, IMG)], "Hardswish": [({"inplace": True}, IMG)],
    "Hardsigmoid": [({}, [(4,)])],
    "Tanh": [({}, SEQ)], "LeakyReLU": [({"negative_slope": 0.2}, [(4,)])],
    "ELU": [({"alpha": 0.5}, IMG)], "GELU": [({}, [(4,)]), ({"approximate": "tanh"}, SEQ)],
    "Softmax": [({}, [(10,)]), ({"dim": 1}, SEQ), ({"dim": -2}, IMG)],
    "LogSoftmax": [({}, [(10,)]), ({"dim": 2}, SEQ)],
    "RNN": [({"hidden_size": 8}, SEQ), ({"hidden_size": 6, "nonlinearity": "relu",
                                         "return": "sequence", "num_layers": 2}, SEQ)],
    "LSTM": [({"hidden_size": 8}, SEQ),
             ({"hidden_size": 8, "bidirectional": True, "num_layers": 2, "dropout": 0.2}, SEQ),
             ({"hidden_size": 3, "return": "sequence", "bias": False, "input_size": 5}, SEQ)],
    "GRU": [({"hidden_size": 8, "bidirectional": True}, SEQ),
            ({"hidden_size": 4, "return": "sequence", "num_layers": 3}, SEQ)],
    "Reshape": [({"shape": [4, 90]}, IMG), ({"shape": [-1]}, IMG), ({"shape": [2, -1, 3]}, IMG)],
    "Add": [({}, [(4, 5), (4, 5)]), ({}, [(3,), (3,), (3,)])],
    "Multiply": [({}, [(4, 5), (4, 5)]), ({}, [(3, 4, 4), (3, 1, 1)]),
                 ({}, [(1, 5), (4, 1), (4, 5)])],
    "Module": [({"class": "torch.nn.PReLU", "kwargs": {"num_parameters": 3}}, IMG),
               ({"class": "torch.nn.LSTM", "output": 0,
                 "kwargs": {"input_size": 5, "hidden_size": 4, "batch_first": True}}, SEQ)],
    "Function": [({"function": "torch.permute", "args": [{"input": 0}, {"tuple": [0, 2, 1]}]},
                  SEQ),
                 ({"function": "Tensor.mean", "args": [{"input": 0}],
                   "kwargs": {"dim": {"tuple": [2, 3]}}}, IMG),
                 ({"function": "operator.add", "args": [{"input": 0}, {"input": 1}]},
                  [(4, 5), (4, 5)]),
                 ({"function": "torch.mul", "args": [{"input": 0}, {"tensor": "w"}],
                   "tensors": {"w": {"shape": [3, 1, 1]}}}, IMG),
                 ({"function": "torch.chunk", "args": [{"input": 0}, 2, 1], "output": 1},
                  [(4, 6)])],
    "Concat": [({}, [(2, 4, 4), (3, 4, 4)]), ({"dim": -1}, [(2, 5), (2, 1), (2, 3)]),
               ({"dim": 1}, [(2, 3, 4), (2, 1, 4)])],
}


def run_meta(spec, params, in_shapes, device="meta"):
    """(output shape without batch, trainable parameter count) of the real module."""
    with torch.device(device):
        module = spec.build(params, in_shapes)
        xs = [torch.empty(2, *s) for s in in_shapes] or [torch.empty(2, *params["shape"])]
        y = module(*xs)
    count = sum(p.numel() for p in module.parameters() if p.requires_grad)
    return tuple(y.shape[1:]), count


def test_every_listed_layer_is_registered_and_tested():
    # block nodes are never built: the checker and compiler see the layers they stand for
    types = {s.type for s in list_layers() if s.category != "Blocks"}
    assert types >= MUST_HAVE
    assert types == set(CASES), f"layers without test cases: {types ^ set(CASES)}"
    assert categories()[0] == "Input"


@pytest.mark.parametrize("spec", list_layers(), ids=lambda s: s.type)
def test_schema_is_sane(spec):
    assert spec.category and spec.description.strip()
    assert spec.description[0].isupper() and spec.description.endswith(".")
    names = [p.name for p in spec.params]
    assert len(names) == len(set(names))
    for p in spec.params:
        assert p.kind in KINDS, (spec.type, p.name)
        assert p.help, (spec.type, p.name)
        if p.kind == "choice":
            assert p.default in p.choices
        if p.min is not None and p.max is not None:
            assert p.min <= p.max
        if p.inferred or (p.optional and p.default is None):
            assert p.default is None
        else:
            assert p.check(p.default) is None, (spec.type, p.name, p.default)
    assert spec.infer and spec.build and spec.resolve and spec.count_params and spec.flops
    assert "->" in spec.extras["shapes"]
    assert spec.min_inputs <= (spec.max_inputs if spec.max_inputs is not None else 99)


@pytest.mark.parametrize(
    "type_name,params,in_shapes",
    [(t, p, s) for t, cases in CASES.items() for p, s in cases],
    ids=lambda v: v if isinstance(v, str) else "")
def test_shape_and_params_match_torch(type_name, params, in_shapes):
    spec = get_layer(type_name)
    shape = spec.infer(params, in_shapes)
    resolved = spec.resolve(params, in_shapes)
    real_shape, real_count = run_meta(spec, resolved, in_shapes)
    assert shape == real_shape
    assert spec.count_params(resolved, in_shapes) == real_count
    assert spec.flops(resolved, in_shapes, shape) >= 0


@pytest.mark.parametrize("type_name,params,in_shape,field,code", [
    ("Linear", {"in_features": 3136, "out_features": 10}, (1024,), "in_features",
     "inferred-mismatch"),
    ("Conv2d", {"in_channels": 1, "out_channels": 4}, (3, 8, 8), "in_channels",
     "inferred-mismatch"),
    ("BatchNorm2d", {"num_features": 4}, (3, 8, 8), "num_features", "inferred-mismatch"),
    ("LSTM", {"input_size": 4}, (7, 5), "input_size", "inferred-mismatch"),
    ("LayerNorm", {"normalized_shape": [12]}, (3, 12, 10), "normalized_shape",
     "inferred-mismatch"),
])
def test_given_inferred_size_that_disagrees_is_an_error(type_name, params, in_shape, field,
                                                         code):
    spec = get_layer(type_name)
    with pytest.raises(ShapeError) as info:
        spec.resolve(params, [in_shape])
    assert info.value.field == field and info.value.code == code
    assert f"remove {field} or set it to" in info.value.fix


@pytest.mark.parametrize("type_name,params,in_shape,code,fix_word", [
    ("Linear", {}, (64, 4, 4), "wrong-rank", "Flatten"),
    ("Conv2d", {}, (784,), "wrong-rank", "Reshape"),
    ("Conv2d", {"kernel_size": 5}, (1, 3, 3), "kernel-too-large", "smaller"),
    ("MaxPool2d", {"kernel_size": 4}, (1, 3, 3), "kernel-too-large", "smaller"),
    ("MaxPool2d", {"kernel_size": 2, "padding": 2}, (1, 9, 9), "bad-padding", "padding"),
    ("Conv2d", {"padding": "same", "stride": 2}, (1, 9, 9), "bad-padding", "stride"),
    ("Conv2d", {"out_channels": 4, "groups": 2}, (3, 9, 9), "bad-groups", "groups"),
    ("LSTM", {}, (1, 28, 28), "wrong-rank", "[28, 28]"),
    ("BatchNorm2d", {}, (10,), "wrong-rank", "BatchNorm1d"),
    ("Reshape", {"shape": [1, 28, 27]}, (784,), "bad-shape", "[1, 28, 28]"),
    ("Softmax", {"dim": 0}, (10,), "bad-dim", "-1"),
    ("Flatten", {"start_dim": 0}, (3, 4), "bad-dim", "start_dim"),
    ("ConvTranspose2d", {"stride": 1, "output_padding": 1}, (1, 4, 4), "bad-output-padding",
     "output_padding"),
])
def test_bad_inputs_raise_shape_errors_with_a_fix(type_name, params, in_shape, code, fix_word):
    spec = get_layer(type_name)
    with pytest.raises(ShapeError) as info:
        spec.infer(params, [in_shape])
    assert info.value.code == code
    assert fix_word in info.value.fix


@pytest.mark.parametrize("type_name,params,in_shapes", [
    ("Add", {}, [(3,), (4,)]), ("Concat", {}, [(2, 4, 4), (3, 5, 4)]),
    ("Multiply", {}, [(3, 4), (2, 4)]),
    ("Concat", {"dim": 3}, [(2, 4, 4), (3, 4, 4)]),
])
def test_merge_layers_reject_mismatched_inputs(type_name, params, in_shapes):
    spec = get_layer(type_name)
    with pytest.raises(ShapeError):
        spec.infer(params, in_shapes)
    with pytest.raises((RuntimeError, IndexError)):  # torch refuses them too
        run_meta(spec, spec.resolve(params, in_shapes), in_shapes)


def test_every_default_and_case_passes_the_param_checks():
    for type_name, cases in CASES.items():
        spec = get_layer(type_name)
        for params, _ in cases:
            for name, value in params.items():
                assert spec.param(name).check(value) is None, (type_name, name, value)


def test_layer_reference_doc_is_up_to_date():
    doc = Path(__file__).resolve().parents[2] / "docs" / "layers.md"
    assert doc.read_text(encoding="utf-8") == reference_markdown(), (
        "docs/layers.md is stale; regenerate it (see registry.reference_markdown)")


@pytest.mark.parametrize("type_name,params,in_shape", [
    ("Conv2d", {"out_channels": 8, "kernel_size": 3}, (4, 10, 10)),
    ("Conv2d", {"out_channels": 8, "kernel_size": [3, 1], "groups": 2, "stride": 2},
     (4, 10, 10)),
    ("Conv1d", {"out_channels": 3, "kernel_size": 4}, (2, 16)),
    ("ConvTranspose2d", {"out_channels": 6, "kernel_size": 3, "stride": 2}, (4, 5, 5)),
    ("Linear", {"out_features": 7}, (12,)),
    ("Linear", {"out_features": 7}, (5, 12)),
])
def test_flops_of_matmul_layers_match_torchs_flop_counter(type_name, params, in_shape):
    from torch.utils.flop_counter import FlopCounterMode

    spec = get_layer(type_name)
    resolved = spec.resolve(params, [in_shape])
    with torch.device("meta"):
        module = spec.build(resolved, [in_shape])
        with FlopCounterMode(display=False) as counter:
            module(torch.empty(1, *in_shape))
    out = spec.infer(params, [in_shape])
    assert spec.flops(resolved, [in_shape], out) == counter.get_total_flops()


def test_resolve_fills_defaults_and_inferred_sizes_and_drops_unknown_keys():
    conv = get_layer("Conv2d")
    r = conv.resolve({"out_channels": 8, "inplace": True}, [(3, 9, 9)])
    assert r == {"in_channels": 3, "out_channels": 8, "kernel_size": 3, "stride": 1,
                 "padding": 0, "dilation": 1, "groups": 1, "bias": True,
                 "padding_mode": "zeros"}
    lstm = get_layer("LSTM").resolve({}, [(7, 5)])
    assert lstm["input_size"] == 5 and lstm["return"] == "last"


def test_param_check_messages():
    conv = get_layer("Conv2d")
    assert conv.param("kernel_size").check(0) is not None
    assert conv.param("kernel_size").check([3, 3]) is None
    assert conv.param("padding").check("same") is None
    assert conv.param("padding").check("full") is not None
    assert conv.param("bias").check(1) is not None
    assert get_layer("Dropout").param("p").check(1.5) == "a number from 0 to 1"
    assert get_layer("Dropout").param("p").check(float("nan")) is not None
    reshape = get_layer("Reshape").param("shape")
    assert reshape.check([-1, 4]) is None and reshape.check([-1, -1]) is not None
    assert reshape.check([0, 4]) is not None
    assert get_layer("Upsample").param("size").check(None) is None
    assert get_layer("Linear").param("in_features").check(None) is None  # inferred
    assert get_layer("Linear").param("out_features").check(None) is not None
    assert get_layer("Linear").param("out_features").check(2**40) is not None


def test_recurrent_last_returns_final_state_of_both_directions():
    spec = get_layer("GRU")
    params = spec.resolve({"hidden_size": 3, "bidirectional": True}, [(4, 2)])
    torch.manual_seed(0)
    last = spec.build(params, [(4, 2)])
    x = torch.randn(2, 4, 2)
    out_seq, _ = last.rnn(x)
    y = last(x)
    assert y.shape == (2, 6)
    assert torch.allclose(y[:, :3], out_seq[:, -1, :3])  # forward direction: last step
    assert torch.allclose(y[:, 3:], out_seq[:, 0, 3:])  # backward direction: first step


def _conv_pool_cases():
    k = st.one_of(st.integers(1, 5), st.lists(st.integers(1, 5), min_size=2, max_size=2))
    size = st.tuples(st.integers(1, 3), st.integers(1, 12), st.integers(1, 12))
    conv = st.fixed_dictionaries({
        "out_channels": st.integers(1, 4), "kernel_size": k, "stride": st.integers(1, 3),
        "padding": st.one_of(st.integers(0, 2), st.sampled_from(["same", "valid"])),
        "dilation": st.integers(1, 2)})
    pool = st.fixed_dictionaries({
        "kernel_size": k, "stride": st.one_of(st.none(), st.integers(1, 3)),
        "padding": st.integers(0, 2), "ceil_mode": st.booleans()})
    convt = st.fixed_dictionaries({
        "out_channels": st.integers(1, 4), "kernel_size": k, "stride": st.integers(1, 3),
        "padding": st.integers(0, 2), "output_padding": st.integers(0, 2),
        "dilation": st.integers(1, 2)})
    maxpool = st.fixed_dictionaries({
        "kernel_size": k, "stride": st.one_of(st.none(), st.integers(1, 3)),
        "padding": st.integers(0, 2), "dilation": st.integers(1, 3), "ceil_mode": st.booleans()})
    return st.one_of(
        st.tuples(st.just("Conv2d"), conv, size), st.tuples(st.just("MaxPool2d"), maxpool, size),
        st.tuples(st.just("AvgPool2d"), pool, size),
        st.tuples(st.just("ConvTranspose2d"), convt, size))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_conv_pool_cases())
def test_conv_and_pool_rules_agree_with_torch(case):
    """Where the rule accepts, torch gives the same shape; where it refuses, torch fails too
    (or gives an empty output: ConvTranspose2d with too much padding).

    Runs on the CPU (tiny tensors): the meta device skips some of torch's argument checks."""
    type_name, params, shape = case
    spec = get_layer(type_name)
    try:
        out = spec.infer(params, [shape])
    except ShapeError:
        try:  # torch must fail too, or produce an empty output (which we refuse on purpose)
            real, _ = run_meta(spec, spec.resolve(params, [shape]), [shape], "cpu")
        except (RuntimeError, ValueError):
            return
        assert min(real) <= 0, real
        return
    assert run_meta(spec, spec.resolve(params, [shape]), [shape], "cpu")[0] == out
