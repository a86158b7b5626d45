"""What the views ask the training thread to capture never ends the run: an image the
network does not take (the views still held one of the dataset used before) leaves the run
finished, with its test result."""

from __future__ import annotations

import numpy as np
import pytest

from netstudio.gui.training import worker as training_worker
from tests.gui.test_explain_window import tiny_mlp

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("node", ["fc1", "relu1"])
def test_a_capture_the_network_cannot_take_leaves_the_run_finished(qtbot, monkeypatch, node):
    monkeypatch.setattr(training_worker, "MAPS_INTERVAL", 0.0)  # a capture after every batch
    project = tiny_mlp(lr=0.01, epochs=1)
    worker = training_worker.TrainingWorker(project.to_dict(), None, 1,
                                            training_worker.RunOptions(subset=64))
    wrong = np.random.default_rng(0).random((3, 32, 32), dtype=np.float32)  # not 1x28x28
    worker.request = training_worker.CaptureRequest(node_id=node, image=wrong)
    results, maps = [], []
    worker.run_finished.connect(results.append)
    worker.maps_captured.connect(maps.append)
    worker.run()  # in this thread: the signals arrive at once
    result = results[0]
    assert result.status.value == "finished", result.message
    assert result.test is not None and maps == []
    right = np.zeros((1, 28, 28), np.float32)  # an image it takes is captured as before
    worker = training_worker.TrainingWorker(project.to_dict(), None, 2,
                                            training_worker.RunOptions(subset=64))
    worker.request = training_worker.CaptureRequest(node_id=node, image=right)
    worker.maps_captured.connect(maps.append)
    worker.run()
    assert maps and maps[-1].node_id == node
