"""int8: which layers go to int8 (quantize.plan_layers), the graph rewrite it relies on, and
the int8 variants of the tutorial CNN and LeNet-5 against their float networks."""

from __future__ import annotations

import time

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from netstudio.core.deploy.measure import onnx_session, time_calls
from netstudio.core.deploy.quantize import plan_layers, pool_before_activation, quantize_int8

RNG = np.random.default_rng(0)


def _weight(name: str, *shape: int) -> onnx.TensorProto:
    return numpy_helper.from_array(RNG.normal(0, 0.3, shape).astype(np.float32), name)


def small_cnn(activation: str = "Relu", wide: int = 16) -> onnx.ModelProto:
    """input [N,1,12,12] -> conv1 (1 channel in) -> act -> maxpool -> conv2 (``wide`` in)
    -> act -> flatten -> fc."""
    nodes = [
        helper.make_node("Conv", ["input", "w1", "b1"], ["c1"], name="conv1", pads=[1] * 4),
        helper.make_node(activation, ["c1"], ["a1"], name="act1"),
        helper.make_node("MaxPool", ["a1"], ["p1"], name="pool1", kernel_shape=[2, 2],
                         strides=[2, 2]),
        helper.make_node("Conv", ["p1", "w2", "b2"], ["c2"], name="conv2", pads=[1] * 4),
        helper.make_node(activation, ["c2"], ["a2"], name="act2"),
        helper.make_node("Flatten", ["a2"], ["f"], name="flatten"),
        helper.make_node("Gemm", ["f", "w3", "b3"], ["output"], name="fc", transB=1),
    ]
    inits = [_weight("w1", wide, 1, 3, 3), _weight("b1", wide), _weight("w2", 8, wide, 3, 3),
             _weight("b2", 8), _weight("w3", 10, 8 * 6 * 6), _weight("b3", 10)]
    graph = helper.make_graph(
        nodes, "small", [helper.make_tensor_value_info("input", TensorProto.FLOAT,
                                                       ["n", 1, 12, 12])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["n", 10])], inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_a_narrow_first_convolution_stays_float_and_the_rest_is_static():
    plan = plan_layers(small_cnn("Relu"))
    assert plan.method == "static"
    assert plan.float == ("conv1",)  # one input channel: slower in int8
    assert plan.int8 == ("conv2", "fc")
    # the data stays int8 from conv2 to fc, but nothing before conv2 runs in int8
    assert plan.steps == ("act2", "flatten")


def test_without_a_wide_convolution_the_linear_layers_go_dynamic():
    plan = plan_layers(small_cnn("Tanh", wide=8))  # conv2 has 8 inputs: stays float too
    assert (plan.method, plan.int8, plan.float) == ("dynamic", ("fc",), ("conv1", "conv2"))


def test_an_explicit_method_quantizes_every_weighted_layer():
    for method in ("static", "dynamic"):
        plan = plan_layers(small_cnn("Tanh", wide=8), method)
        assert (plan.method, plan.int8, plan.float) == (method, ("conv1", "conv2", "fc"), ())


@pytest.mark.parametrize("activation", ["Relu", "Tanh", "Sigmoid"])
def test_moving_the_pool_before_the_activation_keeps_every_output(tmp_path, activation):
    model = small_cnn(activation)
    before, after = tmp_path / "before.onnx", tmp_path / "after.onnx"
    onnx.save(model, before)
    assert pool_before_activation(model, ["conv1"])
    onnx.checker.check_model(model)
    onnx.save(model, after)
    ops = [n.op_type for n in model.graph.node]
    assert ops[:3] == ["Conv", "MaxPool", activation] and ops.count(activation) == 2
    x = RNG.normal(0, 1, (4, 1, 12, 12)).astype(np.float32)
    want = onnx_session(before).run(None, {"input": x})[0]
    got = onnx_session(after).run(None, {"input": x})[0]
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


def test_a_pool_after_a_non_monotonic_activation_stays_where_it_is():
    model = small_cnn("Relu")
    for node in model.graph.node:
        if node.name == "act1":
            node.op_type = "Sin"  # max(sin(x)) is not sin(max(x))
    assert not pool_before_activation(model, ["conv1"])
    assert not pool_before_activation(small_cnn("Relu"), ["conv2"])  # no pool after conv2


def test_int8_never_pools_in_uint8_after_a_float_convolution(tmp_path):
    """onnxruntime's optimized graph: the MaxPool after the float conv1 stays float."""
    import onnxruntime as ort

    src, out, optimized = tmp_path / "f.onnx", tmp_path / "q.onnx", tmp_path / "opt.onnx"
    onnx.save(small_cnn("Tanh"), src)
    quantize_int8(src, out, RNG.random((32, 1, 12, 12), dtype=np.float32))
    options = ort.SessionOptions()
    options.optimized_model_filepath = str(optimized)
    options.log_severity_level = 3
    ort.InferenceSession(str(out), options, providers=["CPUExecutionProvider"])
    ops = [n.op_type for n in onnx.load(str(optimized)).graph.node]
    quantized = ops.index("QuantizeLinear")
    assert "MaxPool" in ops[:quantized]  # pooled in float, then converted to int8


def test_the_int8_file_follows_the_plan_and_agrees_with_float(tmp_path):
    src, out = tmp_path / "float.onnx", tmp_path / "int8.onnx"
    onnx.save(small_cnn("Relu"), src)
    calibration = RNG.random((64, 1, 12, 12), dtype=np.float32)
    done = quantize_int8(src, out, calibration)
    assert done.settings(64) == {"method": "static", "calibration_images": 64,
                                 "int8_layers": ["conv2", "fc"], "float_layers": ["conv1"]}
    model = onnx.load(str(out))
    fed_by = {o: n.op_type for n in model.graph.node for o in n.output}
    convs = [n for n in model.graph.node if n.op_type == "Conv"]
    assert [fed_by.get(c.input[1], "initializer") for c in convs] == [
        "initializer", "DequantizeLinear"]  # conv1's weights float, conv2's int8
    x = RNG.random((200, 1, 12, 12), dtype=np.float32)
    want = onnx_session(src).run(None, {"input": x})[0].argmax(1)
    got = onnx_session(out).run(None, {"input": x})[0].argmax(1)
    assert (got == want).mean() >= 0.95  # random weights, random images: a loose bound


def test_speed_is_cpu_time_so_waiting_does_not_count():
    assert time_calls(lambda: time.sleep(0.01), repeats=3, number=2, warmup=0) < 0.005


@pytest.mark.slow
def test_tutorial_cnn_int8_keeps_only_the_first_convolution_in_float(measured_run):
    from netstudio.core.deploy.variants import VariantStore

    int8 = VariantStore(measured_run).load("int8")
    assert int8.kind == "int8-static"
    assert int8.settings["float_layers"] == ["conv1"]
    assert int8.settings["int8_layers"] == ["conv2", "fc1", "fc2"]
    ops = [n.op_type for n in onnx.load(str(int8.path)).graph.node]
    assert ops.count("Conv") == 2 and ops.index("MaxPool") < ops.index("Relu")  # reordered


@pytest.mark.slow
def test_lenet5_int8_quantizes_its_linear_layers_dynamically(tmp_path):
    from netstudio.core.deploy.compress import Request, Workbench
    from netstudio.core.deploy.source import open_run
    from tests.deploy.conftest import make_run

    bench = Workbench(open_run(make_run(tmp_path / "lenet", "lenet5", subset=1000)), quick=True)
    original, int8 = bench.original(), bench.make(Request(quantize="int8"))
    assert int8.kind == "int8-dynamic"
    assert int8.settings["int8_layers"] == ["fc1", "fc2", "fc3"]
    assert int8.settings["float_layers"] == ["conv1", "conv2"]
    ops = {n.op_type for n in onnx.load(str(int8.path)).graph.node}
    assert "MatMulInteger" in ops and "QuantizeLinear" not in ops
    assert int8.figures.agreement >= 0.99
    assert abs(int8.figures.test_accuracy - original.figures.test_accuracy) <= 0.005
    assert int8.figures.size_bytes <= original.figures.size_bytes / 3


def _row(name: str, kind: str, ms: float, per_s: float, float_layers=()) -> dict:
    return {"name": name, "kind": kind, "latency_ms_batch1": ms,
            "images_per_second_batch64": per_s, "settings": {"float_layers": list(float_layers)}}


def test_the_table_says_when_int8_is_slower_or_only_as_fast():
    from netstudio.core.deploy.measure import int8_speed_note

    base = _row("original", "float", 0.1, 1000)
    slower = int8_speed_note(_row("int8", "int8-static", 0.2, 500), base)
    assert slower.startswith("int8 is slower") and "2.00x" in slower and "0.50x" in slower
    same = int8_speed_note(_row("int8", "int8-dynamic", 0.101, 1010, ["conv1", "conv2"]), base)
    assert "about as fast" in same and "(conv1, conv2)" in same
    assert int8_speed_note(_row("int8", "int8-static", 0.05, 2000, ["conv1"]), base) is None
    assert int8_speed_note(_row("pruned-50", "pruned", 0.2, 500), base) is None


def test_a_convolution_merged_into_its_batch_norm_is_named_after_both():
    from pathlib import Path

    from netstudio.core.deploy.compress import with_merged_conv
    from netstudio.core.project import Project

    project = Project.load(Path(__file__).parents[2] / "samples" / "resnet_small.nsproj.json")
    assert [with_merged_conv(project, layer) for layer in ("b1_bn1", "stem_bn", "fc", "gone")] \
        == ["b1_conv1+b1_bn1", "stem+stem_bn", "fc", "gone"]
