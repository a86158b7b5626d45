"""The training thread: a real run on a tiny MNIST subset, reported through queued signals."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.project import Project  # noqa: E402
from netstudio.core.train.events import Status  # noqa: E402
from netstudio.gui.training.controller import IDLE, PAUSED, TrainingController  # noqa: E402
from netstudio.gui.training.worker import CaptureRequest, RunOptions  # noqa: E402

pytestmark = pytest.mark.gui


def tiny_cnn(**training) -> Project:
    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
             {"id": "conv1", "type": "Conv2d", "params": {"out_channels": 4, "kernel_size": 3}},
             {"id": "relu1", "type": "ReLU"},
             {"id": "pool1", "type": "MaxPool2d", "params": {"kernel_size": 2}},
             {"id": "flat", "type": "Flatten"},
             {"id": "fc", "type": "Linear", "params": {"out_features": 10}}]
    ids = [n["id"] for n in nodes]
    edges = [{"from": a, "to": b} for a, b in zip(ids, ids[1:], strict=False)]
    return Project.from_dict({
        "format": "netstudio", "version": 1, "name": "tiny",
        "graph": {"nodes": nodes, "edges": edges}, "data": {"dataset": "mnist"},
        "training": {"optimizer": "Adam", "lr": 0.01, "batch_size": 32, "epochs": 1,
                     "seed": 0, **training}})


@pytest.fixture
def controller(qtbot):
    c = TrainingController()
    yield c
    c.shutdown()


def test_run_reports_batches_epochs_maps_and_weights(qtbot, controller):
    batches, maps, weights, threads = [], [], [], []
    controller.batch_ended.connect(batches.append)
    controller.maps_captured.connect(maps.append)
    controller.weights_captured.connect(weights.append)
    controller.batch_ended.connect(lambda e: threads.append(threading.current_thread()))
    controller.set_request(CaptureRequest("conv1", np.zeros((1, 28, 28), np.float32)))
    with qtbot.waitSignal(controller.run_finished, timeout=30_000) as done:
        assert controller.start(tiny_cnn(), RunOptions(subset=400, epochs=2))
    result = done.args[0]
    assert result.status == Status.FINISHED, result.message
    assert len(result.history) == 2 and result.test is not None
    assert batches and batches[-1].epoch == 2
    assert all(t is threading.main_thread() for t in threads)  # delivered in the GUI thread
    assert maps and maps[-1].node_id == "conv1" and maps[-1].maps.shape == (4, 26, 26)
    assert maps[-1].weight.shape == (4, 1, 3, 3)
    assert [w.reason for w in weights] == ["epoch", "epoch", "end"]
    assert isinstance(weights[-1].weights["layers.fc.weight"], np.ndarray)
    qtbot.waitUntil(lambda: controller.state == IDLE, timeout=5000)


def test_stop_ends_the_run_within_a_second(qtbot, controller):
    # Slow the loop down (tiny batches, many epochs) so the run is surely still going.
    with qtbot.waitSignal(controller.batch_ended, timeout=30_000):
        controller.start(tiny_cnn(batch_size=2, epochs=50), RunOptions(subset=300))
    t0 = time.monotonic()
    with qtbot.waitSignal(controller.run_finished, timeout=5000) as done:
        controller.stop()
    assert time.monotonic() - t0 < 1.0
    assert done.args[0].status == Status.STOPPED
    qtbot.waitUntil(lambda: controller.state == IDLE, timeout=2000)
    assert controller.start(tiny_cnn(), RunOptions(subset=64))  # usable again
    qtbot.waitSignal(controller.run_finished, timeout=30_000).wait()


def test_pause_snapshots_weights_and_step_trains_exactly_one_batch(qtbot, controller):
    steps = []
    controller.batch_ended.connect(lambda e: steps.append(e.step))
    with qtbot.waitSignal(controller.batch_ended, timeout=30_000):
        controller.start(tiny_cnn(batch_size=2, epochs=50), RunOptions(subset=300))
    with qtbot.waitSignal(controller.weights_captured, timeout=5000,
                          check_params_cb=lambda w: w.reason == "paused") as paused:
        controller.pause()
    assert controller.state == PAUSED
    qtbot.wait(300)
    before = list(steps)
    with qtbot.waitSignal(controller.weights_captured, timeout=5000,
                          check_params_cb=lambda w: w.reason == "step") as stepped:
        controller.step()
    qtbot.wait(300)
    assert stepped.args[0].step == paused.args[0].step + 1  # exactly one batch trained
    assert steps[len(before):] == [stepped.args[0].step]  # ... and reported once
    assert not np.array_equal(stepped.args[0].weights["layers.fc.weight"],
                              paused.args[0].weights["layers.fc.weight"])
    controller.stop()
    qtbot.waitUntil(lambda: controller.state == IDLE, timeout=5000)


def test_diverging_run_says_so(qtbot, controller):
    with qtbot.waitSignal(controller.run_finished, timeout=30_000) as done:
        controller.start(tiny_cnn(lr=1e12, optimizer="SGD"), RunOptions(subset=300))
    result = done.args[0]
    assert result.status == Status.DIVERGED and "lr" in result.message


def test_setup_error_is_a_message(qtbot, controller):
    bad = tiny_cnn()
    bad.graph.node("fc").params["out_features"] = 7
    with qtbot.waitSignal(controller.setup_failed, timeout=30_000) as sig:
        controller.start(bad, RunOptions(subset=64))
    message, diagnostics = sig.args
    assert "fix" in message
    assert any(node == "fc" and "10" in text for node, text in diagnostics), diagnostics
    qtbot.waitUntil(lambda: controller.state == IDLE, timeout=5000)
