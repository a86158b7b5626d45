"""Real tiny training runs for the doctor's tests: each shows one problem (or none).

Every run trains a small network on a few hundred bundled MNIST images (seconds on a CPU) with
the Doctor attached, once per test session (``run(name)`` caches it). So that the signals do
not depend on the machine's speed, every batch is reported (``report_hz``) and the doctor
samples the layers every 5 steps without a time budget: a two-second run then gets about as
many samples as a real run of a minute gets at the default 1% budget.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from netstudio.core.explain.doctor import Doctor
from netstudio.core.project import Project
from netstudio.core.train.callbacks import Callback
from netstudio.core.train.run import prepare_run

BUDGET = 1.0  # no time limit: sample every min_interval steps
EPOCH_ONLY = 1e-6  # report_hz: one report per epoch, on its last batch, however fast


def chain(layers: list[tuple[str, dict | None]], training: dict | None = None,
          data: dict | None = None) -> Project:
    """Input [1, 28, 28] -> the layers in a row (ids: type + position, e.g. linear1)."""
    nodes = [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}}]
    edges, prev = [], "input"
    for i, (kind, params) in enumerate(layers):
        node_id = f"{kind.lower()}{i}"
        nodes.append({"id": node_id, "type": kind, "params": params or {}})
        edges.append({"from": prev, "to": node_id})
        prev = node_id
    tr = {"task": "classification", "loss": "CrossEntropyLoss", "optimizer": "Adam",
          "lr": 1e-3, "batch_size": 32, "epochs": 3, "seed": 0, "report_hz": 1e6,
          **(training or {})}
    return Project.from_dict({"format": "netstudio", "version": 1, "name": "doctor test",
                              "graph": {"nodes": nodes, "edges": edges},
                              "data": data or {"dataset": "mnist"}, "training": tr})


def stack(activation: str, depth: int = 6, width: int = 64) -> list[tuple[str, dict | None]]:
    layers: list[tuple[str, dict | None]] = [("Flatten", None)]
    for _ in range(depth):
        layers += [("Linear", {"out_features": width}), (activation, None)]
    return layers + [("Linear", {"out_features": 10})]


MLP = [("Flatten", None), ("Linear", {"out_features": 128}), ("ReLU", None),
       ("Linear", {"out_features": 10})]
SIGMOID_MLP = [("Flatten", None), ("Linear", {"out_features": 128}), ("Sigmoid", None),
               ("Linear", {"out_features": 10})]
RNN = [("Reshape", {"shape": [28, 28]}), ("RNN", {"hidden_size": 128}),
       ("Linear", {"out_features": 10})]

# name -> (project, subset)
SCENARIOS: dict[str, tuple[Any, int]] = {
    "healthy": (lambda: chain(MLP), 500),
    "lr-10": (lambda: chain(MLP, {"optimizer": "SGD", "lr": 10}), 500),
    "lr-tiny": (lambda: chain(MLP, {"optimizer": "SGD", "lr": 1e-5}), 500),
    # too high for Adam (the loss leaps from 2.3 to 20 in the first epoch) on a tiny subset,
    # reported once per epoch (what a fast machine does at report_hz 20): the epoch's mean
    # (4.7) hides the leap
    "adam-high-epoch-reports": (lambda: chain(MLP, {"lr": 0.03, "report_hz": EPOCH_ONLY}), 300),
    "healthy-epoch-reports": (lambda: chain(MLP, {"report_hz": EPOCH_ONLY}), 300),
    # one image per step: a single image's loss leaps now and then (to 8 here, over 3 times
    # where it started), noise of a healthy run, not a too-high rate
    "healthy-batch-1": (lambda: chain(MLP, {"batch_size": 1, "epochs": 1,
                                            "report_hz": EPOCH_ONLY}), 600),
    "small-data-long": (lambda: chain([("Flatten", None), ("Linear", {"out_features": 256}),
                                       ("ReLU", None), ("Linear", {"out_features": 10})],
                                      {"epochs": 15, "batch_size": 16}), 100),
    "sigmoid-stack": (lambda: chain(stack("Sigmoid")), 500),
    "relu-stack": (lambda: chain(stack("ReLU")), 500),
    "sigmoid-high-lr": (lambda: chain(SIGMOID_MLP, {"lr": 0.05}), 500),
    "sigmoid-ok": (lambda: chain(SIGMOID_MLP), 500),
    "softmax-end": (lambda: chain([*MLP, ("Softmax", None)]), 500),
    "unit-input": (lambda: chain(MLP, data={"dataset": "mnist", "normalize": "unit"}), 500),
    "bottleneck": (lambda: chain([("Flatten", None), ("Linear", {"out_features": 1}),
                                  ("Linear", {"out_features": 10})],
                                 {"epochs": 8, "lr": 0.01, "batch_size": 16}), 300),
    "rnn-sgd-momentum": (lambda: chain(RNN, {"optimizer": "SGD", "lr": 0.3, "momentum": 0.9,
                                             "epochs": 2}), 320),
    "rnn-clipped": (lambda: chain(RNN, {"optimizer": "SGD", "lr": 0.3, "momentum": 0.9,
                                        "epochs": 2, "grad_clip": 1.0}), 320),
    "cnn": (lambda: _epochs(Project.load(_sample("mnist_cnn")), 2), 400),
    "imbalanced": (lambda: chain(MLP), -1),  # subset from imbalanced_splits()
}


def _epochs(project: Project, epochs: int) -> Project:
    project.training = {**project.training, "epochs": epochs, "report_hz": 1e6}
    return project


def _sample(name: str) -> str:
    from pathlib import Path

    return str(Path(__file__).resolve().parents[2] / "samples" / f"{name}.nsproj.json")


def imbalanced_splits(project: Project) -> Any:
    """MNIST with most of the 0s and few of every other digit in the training split."""
    import torch

    from netstudio.core.data.loading import load_splits

    s = load_splits(project.data, 0)
    y = s.train_y[:3000]
    keep = torch.cat([torch.nonzero(y == 0).flatten()[:240]]
                     + [torch.nonzero(y == c).flatten()[:20] for c in range(1, 10)])
    keep = keep.sort().values
    return replace(s, train_x=s.train_x[keep], train_y=s.train_y[keep],
                   val_x=s.val_x[:200], val_y=s.val_y[:200],
                   test_x=s.test_x[:200], test_y=s.test_y[:200])


@cache
def run(name: str) -> tuple[Doctor, Any]:
    """The scenario's Doctor after its run, and the RunResult (cached per session)."""
    make, subset = SCENARIOS[name]
    return train(make(), subset if subset > 0 else None,
                 imbalanced_splits(make()) if name == "imbalanced" else None)


def train(project: Project, subset: int | None, splits: Any = None) -> tuple[Doctor, Any]:
    doctor = Doctor(budget=BUDGET)
    doctor.batch_losses = BatchLosses()  # every batch's own loss, for the tests to compare
    result = prepare_run(project, callbacks=[doctor, doctor.batch_losses], subset=subset,
                         splits=splits).fit()
    return doctor, result


class BatchLosses(Callback):
    """Every training batch's loss, read one by one (a sync per batch: tests only)."""

    def __init__(self) -> None:
        self.losses: list[float] = []

    def on_fit_start(self, trainer: Any) -> None:
        def record(module: Any, args: Any, output: Any) -> None:
            if trainer.model.training:
                self.losses.append(float(output.detach()))

        trainer.loss_fn.register_forward_hook(record)


def codes(doctor: Doctor) -> set[str]:
    return {f.code for f in doctor.findings}
