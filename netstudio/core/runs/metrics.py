"""metrics.json: the one builder (the command line and the app both write it through here)
and the way back (a TestReport and the run table's numbers from a stored dict).

The schema is the one ``netstudio train`` has always written (docs/training.md); keys are only
ever added: ``normalization`` (how inputs were scaled, so a stored network can be fed a
drawing), ``params`` (trainable parameters) and ``weights`` (Trainer.weights_info: the epoch
and step of the weights that were tested and saved, ``mid_epoch`` after a stop inside one).
"""

from __future__ import annotations

from typing import Any

SUMMARY_KEYS = ("epochs", "test_accuracy", "test_loss", "val_loss", "val_accuracy", "seconds",
                "params")


def metrics_dict(result: Any, trainer: Any, project_path: str | None) -> dict[str, Any]:
    """metrics.json for a RunResult of ``trainer`` (also a provisional one mid-run)."""
    history = [h.to_dict() for h in result.history]
    last = result.history[-1] if result.history else None
    data = trainer.data
    out: dict[str, Any] = {
        "project": project_path,
        "dataset": data.info.name,
        "task": trainer.config.task,
        "status": getattr(result.status, "value", result.status),
        "message": result.message,
        "device": result.device,
        "epochs": len(result.history),
        "best_epoch": result.best_epoch,
        "seconds": round(result.seconds, 3),
        "train_samples_per_second": round(result.train_samples_per_second, 1),
        "samples": data.sizes,
        "val_loss": last.val_loss if last else None,
        "val_accuracy": last.val_accuracy if last else None,
        "history": history,
        "config": trainer.config.to_dict(),
        "params": sum(p.numel() for p in trainer.model.parameters() if p.requires_grad),
        "normalization": {**trainer.preprocessing.to_dict(),  # core/data/preprocess.py
                          "class_names": [str(c) for c in data.info.class_names]},
    }
    weights = getattr(trainer, "weights_info", None)
    if weights is not None:  # which weights model.pt holds and the test report is about
        out["weights"] = weights()
    speed = getattr(trainer, "speed", None)
    if speed is not None:  # how it trained: precision, memory layout, compile (and its cost)
        out["engine"] = speed.to_dict()
    if getattr(trainer, "notes", None):
        out["notes"] = list(trainer.notes)
    if trainer.config.task != "classification":
        del out["val_accuracy"]  # a reconstruction has no accuracy (docs/training.md)
    dist = getattr(trainer, "dist", None)
    if dist is not None:  # torchrun: how the work was split
        out["distributed"] = {
            "world_size": dist.world_size, "backend": dist.backend,
            "batch_size_per_process": trainer.config.batch_size,
            "train_samples_per_process": data.sizes["train"] // dist.world_size}
    test = result.test
    if test is not None:
        out["test_loss"] = test.loss
        if test.task == "classification":
            d = test.to_dict()
            out.update({"test_accuracy": test.accuracy, "macro_precision": test.macro_precision,
                        "macro_recall": test.macro_recall, "macro_f1": test.macro_f1,
                        "per_class": d["per_class"], "confusion_matrix": d["confusion_matrix"],
                        "misclassified": d["misclassified"],
                        "misclassified_count": d["misclassified_count"]})
    for callback in getattr(getattr(trainer, "callbacks", None), "callbacks", ()):
        extra = getattr(callback, "metrics_extra", None)  # e.g. the training doctor's findings
        if callable(extra):
            out.update(extra())
    return out


def summary_of(metrics: dict[str, Any]) -> dict[str, Any]:
    """The few numbers run.json keeps for the run table (SUMMARY_KEYS that are present)."""
    return {k: metrics[k] for k in SUMMARY_KEYS if metrics.get(k) is not None}


def report_from_metrics(metrics: dict[str, Any]) -> Any:
    """The TestReport stored in metrics.json (None if the run was not tested), for the
    confusion matrix, per-class table and misclassified gallery of a stored run. Only the
    misclassified images stored (the 100 most confident) come back."""
    import numpy as np

    from netstudio.core.train.metrics import ClassMetrics, Misclassified, TestReport

    loss = metrics.get("test_loss")
    if not isinstance(loss, int | float):
        return None
    task = metrics.get("task", "classification")
    samples = int((metrics.get("samples") or {}).get("test", 0) or 0)
    if task != "classification" or metrics.get("test_accuracy") is None:
        return TestReport(task="reconstruction", loss=float(loss), samples=samples)
    try:
        per_class = tuple(ClassMetrics(str(c["name"]), float(c["precision"]),
                                       float(c["recall"]), float(c["f1"]), int(c["support"]))
                          for c in metrics.get("per_class") or ())
        wrong = tuple(Misclassified(int(m["index"]), int(m["predicted"]), int(m["true"]),
                                    float(m["confidence"]))
                      for m in metrics.get("misclassified") or ())
        confusion = np.asarray(metrics.get("confusion_matrix") or [], dtype=np.int64)
        if confusion.ndim != 2:
            confusion = np.zeros((0, 0), dtype=np.int64)
        return TestReport(
            task="classification", loss=float(loss),
            samples=int(confusion.sum()) if confusion.size else samples,
            accuracy=float(metrics["test_accuracy"]), per_class=per_class,
            macro_precision=_float(metrics.get("macro_precision")),
            macro_recall=_float(metrics.get("macro_recall")),
            macro_f1=_float(metrics.get("macro_f1")), confusion=confusion, misclassified=wrong)
    except (KeyError, TypeError, ValueError):
        return TestReport(task="classification", loss=float(loss), samples=samples,
                          accuracy=_float(metrics.get("test_accuracy")))


def _float(v: Any) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None
