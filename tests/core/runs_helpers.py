"""Tiny projects and a one-call recorded run for the run-store tests."""

from __future__ import annotations

import json
from pathlib import Path

from netstudio.core.project import Project


def tiny_raw(hidden: int | None = None, conv: bool = False, **training) -> dict:
    """Input -> Flatten -> (Linear hidden -> ReLU ->) Linear 10 on MNIST; ``conv`` puts a
    small Conv2d + ReLU in front (an image-shaped layer for feature maps)."""
    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}}]
    edges = []
    last = "input"
    if conv:
        nodes += [{"id": "conv", "type": "Conv2d", "params": {"out_channels": 4,
                                                              "kernel_size": 5, "stride": 3}},
                  {"id": "crelu", "type": "ReLU"}]
        edges += [{"from": "input", "to": "conv"}, {"from": "conv", "to": "crelu"}]
        last = "crelu"
    nodes.append({"id": "flat", "type": "Flatten"})
    edges.append({"from": last, "to": "flat"})
    last = "flat"
    if hidden:
        nodes += [{"id": "hidden", "type": "Linear", "params": {"out_features": hidden}},
                  {"id": "relu", "type": "ReLU"}]
        edges += [{"from": "flat", "to": "hidden"}, {"from": "hidden", "to": "relu"}]
        last = "relu"
    nodes.append({"id": "fc", "type": "Linear", "params": {"out_features": 10}})
    edges.append({"from": last, "to": "fc"})
    return {"format": "netstudio", "version": 1, "name": "tiny",
            "graph": {"nodes": nodes, "edges": edges}, "data": {"dataset": "mnist"},
            "training": {"task": "classification", "loss": "CrossEntropyLoss",
                         "optimizer": "Adam", "lr": 0.01, "batch_size": 32, "epochs": 1,
                         "seed": 0, **training}}


def tiny_file(folder: Path, name: str = "tiny.nsproj.json", **kwargs) -> Path:
    path = folder / name
    path.write_text(json.dumps(tiny_raw(**kwargs)), encoding="utf-8")
    return path


def record(store_or_run, project: Project | Path, *, subset: int = 200, epochs: int = 1,
           tensorboard: bool = False, resume_from=None, parent=None, **kw):
    """Train ``project`` into a new run of ``store_or_run`` (a RunStore); returns
    (run, result, recorder)."""
    from netstudio.core.runs import RunRecorder
    from netstudio.core.train.run import prepare_run

    if isinstance(project, Path):
        path = project
        project = Project.load(project)
    else:
        path = project.path
    trainer = prepare_run(project, epochs=epochs, subset=subset, device="cpu",
                          resume_from=resume_from)
    run = store_or_run.create(project, source=path, parent=parent, **kw)
    recorder = RunRecorder(run, project_path=path, tensorboard=tensorboard).attach(trainer)
    result = trainer.fit()
    return run, result, recorder


def fake_finished_run(store, project: Project, *, weights: dict | None = None, **kw):
    """A "finished" run made without training: the snapshot's own freshly built weights
    (or ``weights``) as model.pt, a small metrics.json. Fast: for listing and copying tests."""
    import torch

    from netstudio.core.compiler import compile_project
    from netstudio.core.runs import files

    run = store.create(project, **kw)
    state = weights if weights is not None else compile_project(project).state_dict()
    torch.save(state, run.model_file)
    files.write_json(run.metrics_file, {"epochs": 1, "history": [
        {"epoch": 1, "train_loss": 0.5, "val_accuracy": 0.9}]})
    run.update(status="finished", summary={"epochs": 1, "test_accuracy": 0.9,
                                           "test_loss": 0.3})
    run.release()
    return run
