"""A trained run folder of the tutorial CNN, made once per test session (about 10 s).

Laid out as the run store keeps runs: project.nsproj.json, model.pt, metrics.json.
"""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
TRAIN_SUBSET = 2000
TEST_LIMIT = 500


def make_run(folder: Path, sample: str = "mnist_cnn", subset: int = TRAIN_SUBSET) -> Path:
    from netstudio.core.project import Project
    from netstudio.core.train.checkpoint import save_state
    from netstudio.core.train.run import prepare_run

    project = Project.load(SAMPLES / f"{sample}.nsproj.json")
    trainer = prepare_run(project, epochs=1, subset=subset, device="cpu")
    result = trainer.fit()
    assert result.ok, result.message
    folder.mkdir(parents=True)
    shutil.copyfile(SAMPLES / f"{sample}.nsproj.json", folder / "project.nsproj.json")
    save_state(folder / "model.pt", trainer.model.state_dict())
    metrics = {"status": "finished", "test_accuracy": result.test.accuracy,
               "samples": {"train": subset, "val": subset, "test": TEST_LIMIT}}
    (folder / "metrics.json").write_text(json.dumps(metrics))
    (folder / "run.json").write_text(json.dumps({"id": f"test-{sample}", "status": "finished"}))
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
