"""Variants of a trained run, checked against its float network on the test set."""

from __future__ import annotations

import json

import onnx
import pytest

from netstudio.core.deploy.compress import Request, Workbench
from netstudio.core.deploy.evaluation import load_eval_data, run_onnx
from netstudio.core.deploy.measure import onnx_session
from netstudio.core.deploy.source import open_run
from netstudio.core.deploy.variants import VariantStore

pytestmark = pytest.mark.slow  # uses the trained run (one ~10 s training per session)


def test_int8_is_small_and_agrees_with_the_float_network(measured_run):
    records, problems = VariantStore(measured_run).list()
    assert problems == []
    original, int8 = records[0], next(r for r in records if r.name == "int8")
    assert original.name == "original" and original.kind == "float"
    assert int8.kind == "int8-static"
    assert abs(int8.figures.test_accuracy - original.figures.test_accuracy) <= 0.005
    assert int8.figures.agreement >= 0.99
    assert int8.figures.size_bytes <= original.figures.size_bytes / 3
    ops = {n.op_type for n in onnx.load(str(int8.path)).graph.node}
    assert {"QuantizeLinear", "DequantizeLinear"} <= ops  # really quantized (QDQ)
    # the stored figures are what the stored file gives
    data = load_eval_data(open_run(measured_run))
    logits = run_onnx(onnx_session(int8.path), data.test_x)
    labels = data.test_y
    assert (logits.argmax(1) == labels).mean() == pytest.approx(int8.figures.test_accuracy)


def test_pruning_reaches_its_sparsity_and_stays_close(run_copy):
    bench = Workbench(open_run(run_copy), quick=True)
    light = bench.make(Request(prune=0.2))
    assert light.settings["weight_sparsity"] == pytest.approx(0.2, abs=1e-3)
    assert light.figures.agreement >= 0.99
    assert abs(light.figures.test_accuracy - bench.original().figures.test_accuracy) <= 0.01
    half = bench.make(Request(prune=0.5))
    assert half.settings["weight_sparsity"] == pytest.approx(0.5, abs=1e-3)
    assert half.figures.nonzero_params < 0.55 * half.figures.params
    assert abs(half.figures.test_accuracy - bench.original().figures.test_accuracy) <= 0.03


def test_structured_pruning_really_shrinks_and_fine_tuning_recovers(run_copy):
    bench = Workbench(open_run(run_copy), quick=True)
    original = bench.original()
    small = bench.make(Request(prune=0.5, structured=True, finetune=1))
    assert small.name == "channels-50-ft1" and small.kind == "pruned-structured"
    assert small.figures.params < original.figures.params / 3
    assert small.figures.size_bytes < original.figures.size_bytes / 3
    assert small.figures.test_accuracy >= original.figures.test_accuracy - 0.02
    # the smaller project is stored and rebuilds with the stored weights
    project = json.loads((small.folder / "project.nsproj.json").read_text())
    conv1 = next(n for n in project["graph"]["nodes"] if n["id"] == "conv1")
    assert conv1["params"]["out_channels"] == 16
    assert (small.folder / "model.pt").is_file()


def test_original_is_cached_and_sweep_loses_accuracy_with_sparsity(run_copy):
    bench = Workbench(open_run(run_copy), quick=True)
    stored = VariantStore(run_copy).load("original")
    assert bench.original().created == stored.created  # read back, not measured again
    points = bench.sweep([0.1, 0.95])
    assert points[0].agreement > points[1].agreement
    assert points[1].nonzero_params < points[0].nonzero_params


def test_bad_requests_are_refused_before_any_work():
    for request, text in ((Request(), "--quantize int8"), (Request(prune=1.5), "between 0"),
                          (Request(quantize="int8", name="../x"), "variant name"),
                          (Request(finetune=2, quantize="int8"), "go with --prune"),
                          (Request(quantize="int4"), "only int8")):
        assert text in (request.check() or "")
    assert Request(prune=0.5, structured=True, finetune=1).check() is None
