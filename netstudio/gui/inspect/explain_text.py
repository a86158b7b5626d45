"""Words and colours shared by the explain views (attributions, projector, doctor).

Method names and descriptions are translated here; sentences from the core (the doctor's
findings, why a method does not apply) are netstudio.core.text Texts shown with ``core_tr``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

METHOD_NAMES = {
    "saliency": QT_TRANSLATE_NOOP("ExplainText", "Saliency"),
    "integrated_gradients": QT_TRANSLATE_NOOP("ExplainText", "Integrated Gradients"),
    "grad_cam": QT_TRANSLATE_NOOP("ExplainText", "Grad-CAM"),
    "occlusion": QT_TRANSLATE_NOOP("ExplainText", "Occlusion"),
}
METHOD_SHORT = {  # where a narrow column (beside the drawing pad) cuts the whole name
    "integrated_gradients": QT_TRANSLATE_NOOP("ExplainText", "Int. Gradients"),
}
METHOD_HELP = {
    "saliency": QT_TRANSLATE_NOOP(
        "ExplainText", "How strongly each pixel changes the class score: bright pixels matter "
        "most. Quick, but noisy."),
    "integrated_gradients": QT_TRANSLATE_NOOP(
        "ExplainText", "Each pixel's share of the class score, gathered on the way from a black "
        "image to this one. Red pixels speak for the class, blue ones against it."),
    "grad_cam": QT_TRANSLATE_NOOP(
        "ExplainText", "Which regions of a convolution's feature maps the class relies on, "
        "scaled up to the image. Coarse, but shows where the network looks."),
    "occlusion": QT_TRANSLATE_NOOP(
        "ExplainText", "How much the class score drops when a small square of the image is "
        "covered. Red: covering it hurts the class; blue: it helps."),
}
PROJECTION_NAMES = {
    "pca": QT_TRANSLATE_NOOP("ExplainText", "PCA (instant)"),
    "tsne": QT_TRANSLATE_NOOP("ExplainText", "t-SNE"),
    "umap": QT_TRANSLATE_NOOP("ExplainText", "UMAP"),
}
PHASES = {
    "activations": QT_TRANSLATE_NOOP("ExplainText", "running the test images through the "
                                     "network"),
    "import": QT_TRANSLATE_NOOP("ExplainText", "loading UMAP (takes a few seconds the first "
                                "time)"),
    "neighbours": QT_TRANSLATE_NOOP("ExplainText", "finding each image's nearest neighbours"),
    "layout": QT_TRANSLATE_NOOP("ExplainText", "arranging the points"),
}
FINDING_TITLES = {
    "lr-too-high": QT_TRANSLATE_NOOP("ExplainText", "Learning rate too high"),
    "lr-too-low": QT_TRANSLATE_NOOP("ExplainText", "Learning rate too low"),
    "overfitting": QT_TRANSLATE_NOOP("ExplainText", "Overfitting"),
    "underfitting": QT_TRANSLATE_NOOP("ExplainText", "Underfitting"),
    "dead-relu": QT_TRANSLATE_NOOP("ExplainText", "Dead ReLUs"),
    "vanishing-gradients": QT_TRANSLATE_NOOP("ExplainText", "Vanishing gradients"),
    "exploding-gradients": QT_TRANSLATE_NOOP("ExplainText", "Exploding gradients"),
    "saturated-activation": QT_TRANSLATE_NOOP("ExplainText", "Saturated activation"),
    "softmax-before-ce": QT_TRANSLATE_NOOP("ExplainText", "Softmax before CrossEntropyLoss"),
    "unnormalised-input": QT_TRANSLATE_NOOP("ExplainText", "Unnormalised input"),
    "class-imbalance": QT_TRANSLATE_NOOP("ExplainText", "Class imbalance"),
}
SEVERITY_COLOURS = {"error": "#dc2626", "warning": "#d97706", "info": "#2563eb"}


def tr(text: str) -> str:
    return QCoreApplication.translate("ExplainText", text)


def core_tr(value: Any) -> str:
    """A sentence from the core (a core.text Text) in the user's language; thread-safe."""
    try:  # the app-wide helper, where it exists
        from netstudio.gui.i18n import core_text  # type: ignore[attr-defined]
    except ImportError:
        core_text = None
    if core_text is not None:
        return core_text(value)
    render = getattr(value, "render", None)
    if render is None:
        return "" if value is None else str(value)
    return render(lambda t: QCoreApplication.translate(t.context, t.source))


# ---- colours --------------------------------------------------------------------------------
def heat_rgba(heat: np.ndarray, signed: bool, alpha: float = 0.8) -> np.ndarray:
    """[H, W] map in [-1, 1] (signed) or [0, 1] -> [H, W, 4] uint8: red for the class, blue
    against it, transparent where nothing matters (so the image shows through)."""
    h = np.nan_to_num(np.asarray(heat, np.float32))
    rgba = np.zeros((*h.shape, 4), np.float32)
    pos = np.clip(h, 0.0, 1.0)
    neg = np.clip(-h, 0.0, 1.0) if signed else np.zeros_like(h)
    rgba[..., 0] = 255 * (0.3 + 0.7 * pos) * (pos > 0)
    rgba[..., 1] = 255 * 0.25 * np.maximum(pos, neg)
    rgba[..., 2] = 255 * (0.35 + 0.65 * neg) * (neg > 0)
    rgba[..., 3] = 255 * alpha * np.sqrt(np.maximum(pos, neg))
    return rgba.astype(np.uint8)


CLASS_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                 "#7f7f7f", "#bcbd22", "#17becf")  # matplotlib's tab10: tells 10 classes apart


def class_colour(i: int) -> str:
    return CLASS_COLOURS[i % len(CLASS_COLOURS)]
