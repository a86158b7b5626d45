"""Test-set metrics agree with torchmetrics and are plain values."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from torchmetrics.classification import (
    MulticlassConfusionMatrix,
    MulticlassF1Score,
    MulticlassPrecision,
    MulticlassRecall,
)

from netstudio.core.train.metrics import (
    ConfusionAccumulator,
    classification_report,
    misclassified_from,
    probabilities,
)

K = 5


@pytest.fixture
def preds_and_truth():
    g = torch.Generator().manual_seed(1)
    true = torch.randint(0, K, (500,), generator=g)
    pred = torch.where(torch.rand(500, generator=g) < 0.7, true,
                       torch.randint(0, K, (500,), generator=g))
    pred[pred == 4] = 3  # class 4 is never predicted: precision must be 0, not NaN
    return pred, true


def test_confusion_in_batches_matches_torchmetrics(preds_and_truth):
    pred, true = preds_and_truth
    acc = ConfusionAccumulator(K, torch.device("cpu"))
    for s in range(0, 500, 64):
        acc.update(pred[s:s + 64], true[s:s + 64])
    expected = MulticlassConfusionMatrix(num_classes=K)(pred, true).numpy()
    assert np.array_equal(acc.matrix(), expected)


def test_report_matches_torchmetrics(preds_and_truth):
    pred, true = preds_and_truth
    acc = ConfusionAccumulator(K, torch.device("cpu"))
    acc.update(pred, true)
    report = classification_report(acc.matrix(), tuple("abcde"), loss=0.5)
    kw = {"num_classes": K, "average": None, "zero_division": 0}
    for name, metric in (("precision", MulticlassPrecision(**kw)),
                         ("recall", MulticlassRecall(**kw)), ("f1", MulticlassF1Score(**kw))):
        expected = metric(pred, true).numpy()
        got = np.array([getattr(c, name) for c in report.per_class])
        assert np.allclose(got, expected, atol=1e-6), name
    assert report.per_class[4].precision == 0.0
    assert report.accuracy == pytest.approx(float((pred == true).float().mean()))
    assert report.macro_f1 == pytest.approx(float(np.mean([c.f1 for c in report.per_class])))
    assert [c.support for c in report.per_class] == torch.bincount(true, minlength=K).tolist()
    assert [c.name for c in report.per_class] == list("abcde")


def test_misclassified_most_confident_first():
    pred = torch.tensor([1, 2, 0, 3, 3])
    true = torch.tensor([1, 0, 0, 1, 2])
    conf = torch.tensor([0.9, 0.6, 0.8, 0.95, 0.7])
    wrong = misclassified_from(pred, true, conf)
    assert [m.index for m in wrong] == [3, 4, 1]
    assert (wrong[0].predicted, wrong[0].true) == (3, 1)
    assert wrong[0].confidence == pytest.approx(0.95)


def test_probabilities_follow_the_loss():
    logits = torch.tensor([[2.0, 0.0, -1.0]])
    soft = probabilities(logits, "CrossEntropyLoss")
    assert torch.allclose(soft.sum(1), torch.ones(1))
    assert torch.allclose(probabilities(torch.log_softmax(logits, 1), "NLLLoss"), soft)
    assert torch.allclose(probabilities(logits, "BCEWithLogitsLoss"), torch.sigmoid(logits))


def test_report_to_dict_is_json(preds_and_truth):
    pred, true = preds_and_truth
    acc = ConfusionAccumulator(K, torch.device("cpu"))
    acc.update(pred, true)
    wrong = misclassified_from(pred, true, torch.rand(500))
    d = classification_report(acc.matrix(), tuple("abcde"), 0.3, wrong).to_dict(10)
    text = json.dumps(d)
    assert len(d["misclassified"]) == 10 and d["misclassified_count"] == len(wrong)
    assert json.loads(text)["confusion_matrix"][0][0] == int(acc.matrix()[0, 0])
