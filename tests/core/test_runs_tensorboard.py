"""TensorBoard event files of a recorded run, read back with tensorboard's own reader."""

from __future__ import annotations

import pytest

from netstudio.core.runs import RunStore
from netstudio.core.runs.tensorboard import tensorboard_missing
from tests.core.runs_helpers import record, tiny_file

pytest.importorskip("tensorboard")


def test_event_files_hold_scalars_histograms_images_and_hparams(tmp_path):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    path = tiny_file(tmp_path, conv=True)
    run, result, _ = record(RunStore.for_project(path), path, epochs=2, subset=96,
                            tensorboard=True)
    assert result.status.value == "finished"
    acc = EventAccumulator(str(run.tb_dir), size_guidance={"scalars": 0, "histograms": 0,
                                                           "images": 0, "tensors": 0})
    acc.Reload()
    tags = acc.Tags()
    for tag in ("batch/loss", "batch/accuracy", "batch/lr", "epoch/train_loss",
                "epoch/val_accuracy", "epoch/lr", "hparam/test_accuracy"):
        assert tag in tags["scalars"], tag
    assert [e.step for e in acc.Scalars("epoch/train_loss")] == [1, 2]
    val = [e.value for e in acc.Scalars("epoch/val_loss")]
    assert val == pytest.approx([h.val_loss for h in result.history], rel=1e-5)
    assert acc.Scalars("hparam/test_accuracy")[0].value == pytest.approx(result.test.accuracy)
    assert {"weights/conv.weight", "gradients/fc.weight"} <= set(tags["histograms"])
    assert "feature_maps/conv" in tags["images"] and "feature_maps/crelu" in tags["images"]
    assert len(acc.Images("feature_maps/conv")) == 2  # one per epoch
    hparams = acc.PluginTagToContent("hparams")
    assert "_hparams_/experiment" in hparams and "_hparams_/session_start_info" in hparams


def test_without_tensorboard_the_run_is_recorded_and_says_so(tmp_path, monkeypatch):
    import netstudio.core.runs.tensorboard as tb

    monkeypatch.setattr(tb.importlib.util, "find_spec", lambda name: None)
    assert "pip install 'netstudio[tensorboard]'" in tensorboard_missing()
    from netstudio.core.project import Project
    from netstudio.core.runs import RunRecorder

    path = tiny_file(tmp_path)
    notices = []
    run = RunStore.for_project(path).create(Project.load(path))
    recorder = RunRecorder(run, tensorboard=True, notice=notices.append)
    assert recorder.tensorboard is None and notices == [tb.tensorboard_missing()]
    recorder.abandon("test")
    assert not run.tb_dir.exists() and RunStore.for_project(path).get(run.id).status == "failed"
