"""A trained run folder of the tutorial CNN, made once per test session (about 10 s).

Laid out as the run store keeps runs: project.nsproj.json, model.pt, metrics.json.
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
TRAIN_SUBSET = 2000
TEST_LIMIT = 500


def make_run(folder: Path, sample: str = "mnist_cnn", subset: int = TRAIN_SUBSET) -> Path:
    """Train ``sample`` for one epoch on ``subset`` training images, tested on TEST_LIMIT
    test images, recorded into ``folder`` by the run store (as ``train --out`` does)."""
    import dataclasses

    from netstudio.core.data.loading import load_splits
    from netstudio.core.project import Project
    from netstudio.core.runs import RunRecorder
    from netstudio.core.runs.store import create_standalone
    from netstudio.core.train.run import prepare_run

    path = SAMPLES / f"{sample}.nsproj.json"
    project = Project.load(path)
    # the settings these tests were calibrated with: the sample's fast recipe is tuned for
    # full MNIST, and on a 2,000-image epoch leaves a network too unsettled to compare with
    training = {k: v for k, v in project.training.items() if k != "recipe"}
    project.training = {**training, "optimizer": "Adam", "lr": 0.001, "batch_size": 64}
    splits = load_splits(project.data, 0).subset(subset)
    splits = dataclasses.replace(splits, test_x=splits.test_x[:TEST_LIMIT],
                                 test_y=splits.test_y[:TEST_LIMIT])
    trainer = prepare_run(project, epochs=1, device="cpu", splits=splits)
    run = create_standalone(folder, project, source=path)
    RunRecorder(run, project_path=path, tensorboard=False).attach(trainer)
    result = trainer.fit()
    assert result.ok, result.message
    return folder


@pytest.fixture(scope="session")
def trained_run(tmp_path_factory) -> Path:
    """A pristine trained run; copy it (``run_copy``) before writing variants into it."""
    return make_run(tmp_path_factory.mktemp("deploy") / "run")


@pytest.fixture(scope="session")
def measured_run(trained_run, tmp_path_factory) -> Path:
    """The trained run with its original measured and an int8 variant made (shared; read
    only)."""
    from netstudio.core.deploy.compress import Request, Workbench
    from netstudio.core.deploy.source import open_run

    folder = tmp_path_factory.mktemp("measured") / "run"
    shutil.copytree(trained_run, folder)
    bench = Workbench(open_run(folder), quick=True)
    bench.make(Request(quantize="int8"))
    return folder


@pytest.fixture
def run_copy(measured_run, tmp_path) -> Path:
    """A writable copy of the measured run (its original is cached, so not measured again)."""
    folder = tmp_path / "run"
    shutil.copytree(measured_run, folder)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
