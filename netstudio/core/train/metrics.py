"""Test-set metrics computed on whole tensors (bincount, no per-sample Python loop).

A TestReport holds plain values (floats, tuples, numpy arrays) so it can cross threads and be
written to JSON as it is (``to_dict``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch


@dataclass(frozen=True)
class ClassMetrics:
    name: str
    precision: float
    recall: float
    f1: float
    support: int  # how many test samples have this true label


@dataclass(frozen=True)
class Misclassified:
    index: int        # position in the test split (0-based)
    predicted: int
    true: int
    confidence: float  # the model's probability for its (wrong) prediction


@dataclass(frozen=True)
class TestReport:
    task: str                        # "classification" | "reconstruction"
    loss: float
    samples: int
    accuracy: float | None = None    # classification only
    per_class: tuple[ClassMetrics, ...] = ()
    macro_precision: float | None = None
    macro_recall: float | None = None
    macro_f1: float | None = None
    # rows: true label, columns: predicted label
    confusion: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.int64))
    misclassified: tuple[Misclassified, ...] = ()  # most confident mistakes first

    def to_dict(self, max_misclassified: int = 100) -> dict[str, Any]:
        out: dict[str, Any] = {"task": self.task, "loss": self.loss, "samples": self.samples}
        if self.task == "classification":
            out.update({
                "accuracy": self.accuracy,
                "macro_precision": self.macro_precision,
                "macro_recall": self.macro_recall,
                "macro_f1": self.macro_f1,
                "per_class": [vars(c) for c in self.per_class],
                "confusion_matrix": self.confusion.tolist(),
                "misclassified": [vars(m) for m in self.misclassified[:max_misclassified]],
                "misclassified_count": len(self.misclassified),
            })
        return out


class ConfusionAccumulator:
    """Sums a confusion matrix on the device, batch by batch; read once at the end."""

    def __init__(self, num_classes: int, device: torch.device) -> None:
        self.k = num_classes
        self.counts = torch.zeros(num_classes * num_classes, dtype=torch.int64, device=device)

    def update(self, pred: torch.Tensor, true: torch.Tensor) -> None:
        idx = true.reshape(-1).to(torch.int64) * self.k + pred.reshape(-1).to(torch.int64)
        self.counts += torch.bincount(idx, minlength=self.k * self.k)

    def matrix(self) -> np.ndarray:
        return self.counts.reshape(self.k, self.k).cpu().numpy()


def classification_report(confusion: np.ndarray, class_names: tuple[str, ...] | list[str],
                          loss: float, misclassified: tuple[Misclassified, ...] = ()
                          ) -> TestReport:
    """Accuracy, per-class precision/recall/F1 and macro averages from a confusion matrix.

    A class never predicted has precision 0 (and never present, recall 0), as in sklearn's
    zero_division=0, so a degenerate model is not flattered."""
    cm = confusion.astype(np.float64)
    tp = np.diag(cm)
    predicted = cm.sum(axis=0)
    actual = cm.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(actual > 0, tp / actual, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    total = int(cm.sum())
    names = list(class_names) + [str(i) for i in range(len(class_names), len(tp))]
    per_class = tuple(
        ClassMetrics(names[i], float(precision[i]), float(recall[i]), float(f1[i]),
                     int(actual[i]))
        for i in range(len(tp)))
    return TestReport(
        task="classification", loss=float(loss), samples=total,
        accuracy=float(tp.sum() / total) if total else 0.0,
        per_class=per_class,
        macro_precision=float(precision.mean()) if len(tp) else 0.0,
        macro_recall=float(recall.mean()) if len(tp) else 0.0,
        macro_f1=float(f1.mean()) if len(tp) else 0.0,
        confusion=confusion.astype(np.int64),
        misclassified=misclassified,
    )


def probabilities(output: torch.Tensor, loss_name: str) -> torch.Tensor:
    """Class probabilities from the network's output, given how the loss reads that output."""
    if loss_name == "NLLLoss":       # the network ends in LogSoftmax
        return output.exp()
    if loss_name == "BCELoss":       # the network ends in Sigmoid
        return output
    if loss_name == "BCEWithLogitsLoss":
        return torch.sigmoid(output)
    return torch.softmax(output.float(), dim=1)


def misclassified_from(preds: torch.Tensor, true: torch.Tensor, conf: torch.Tensor
                       ) -> tuple[Misclassified, ...]:
    """Wrong predictions, most confident first (whole-tensor ops, then one list conversion)."""
    wrong = (preds != true).nonzero().reshape(-1)
    order = torch.argsort(conf[wrong], descending=True)
    wrong = wrong[order]
    rows = zip(wrong.tolist(), preds[wrong].tolist(), true[wrong].tolist(),
               conf[wrong].tolist(), strict=True)
    return tuple(Misclassified(int(i), int(p), int(t), float(c)) for i, p, t, c in rows)
