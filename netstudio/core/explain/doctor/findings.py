"""Findings of the training doctor: stable codes, arguments, and their texts.

A Finding is data: a code (``"lr-too-high"``), plain arguments, the node and epoch it is
about, and the fixes that can be applied in one click (``Fix``: a kind and arguments, applied
by ``fixes.fix_edit``). Its sentence is a netstudio.core.text Text made from ``TEMPLATES``:
English for the command line and metrics.json, translated by the GUI (core_text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netstudio.core.text import QT_TRANSLATE_NOOP, Template, Text

SEVERITIES = ("error", "warning", "info")

# code -> English message: two sentences, what is seen and why it matters.
TEMPLATES: dict[str, Template] = {
    "lr-too-high": QT_TRANSLATE_NOOP(
        "Doctor",
        "The loss jumped from {start} to {peak} at epoch {epoch} instead of going down: with "
        "learning rate {lr} each step overshoots the minimum. A smaller learning rate takes "
        "smaller steps that settle into it."),
    "lr-diverged": QT_TRANSLATE_NOOP(
        "Doctor",
        "The loss became NaN or infinite at epoch {epoch} (step {step}): training diverged. "
        "The learning rate {lr} makes the steps so large that the weights blow up."),
    "lr-too-low": QT_TRANSLATE_NOOP(
        "Doctor",
        "After {steps} steps the loss has barely moved ({start} to {end}) and each step "
        "changes the weights by only {ratio} of their size. The learning rate {lr} is too "
        "small: training crawls."),
    "overfitting": QT_TRANSLATE_NOOP(
        "Doctor",
        "From epoch {epoch} the validation loss rises ({best} to {last}) while the training "
        "loss keeps falling: the network memorises its training images instead of learning "
        "what generalises. Regularisation or stopping earlier keeps the best model."),
    "underfitting": QT_TRANSLATE_NOOP(
        "Doctor",
        "After {epochs} epochs the network gets only {accuracy} of its own training images "
        "right and the loss has stopped improving. It is too small or too constrained for the"
        " task: give it more capacity."),
    "dead-relu": QT_TRANSLATE_NOOP(
        "Doctor",
        "{share} of the units of {node} output zero for every image, so they pass no gradient"
        " and have stopped learning (\"dead ReLUs\"). A too high learning rate often kills "
        "them; LeakyReLU keeps a small slope below zero."),
    "vanishing-gradients": QT_TRANSLATE_NOOP(
        "Doctor",
        "The gradients reaching {node} are {ratio} times smaller than those at {top}, so the "
        "early layers hardly learn. Stacked sigmoid/tanh layers shrink gradients at every "
        "layer; ReLU or BatchNorm keeps them alive."),
    "exploding-gradients": QT_TRANSLATE_NOOP(
        "Doctor",
        "The gradients of {node} grew {growth} times larger during training (up to {peak}), "
        "making the updates erratic. Clipping the gradient norm keeps each step bounded."),
    "saturated-activation": QT_TRANSLATE_NOOP(
        "Doctor",
        "{share} of the outputs of {node} ({kind}) sit at its limits, where its slope is "
        "almost zero and no gradient flows. Normalising its input with BatchNorm (or using "
        "ReLU) brings it back to its useful range."),
    "softmax-before-ce": QT_TRANSLATE_NOOP(
        "Doctor",
        "The network ends with a Softmax ({node}) but CrossEntropyLoss applies softmax "
        "itself, so the loss cannot go below {floor} (here {loss}) and learning slows. Remove"
        " the Softmax layer."),
    "unnormalised-input": QT_TRANSLATE_NOOP(
        "Doctor",
        "The inputs the network sees have mean {mean} and spread {std} instead of about 0 and"
        " 1. Standardised inputs let every layer start in its useful range and train faster."),
    "class-imbalance": QT_TRANSLATE_NOOP(
        "Doctor",
        "The training set is unbalanced: class {rare} has {rare_count} images and class "
        "{common} has {common_count}. The network can score well by favouring the common "
        "classes; watch the per-class recall."),
}

# fix kind -> English label of the one-click button.
FIX_TEMPLATES: dict[str, Template] = {
    "set-lr": QT_TRANSLATE_NOOP("DoctorFix", "Set the learning rate to {lr}"),
    "grad-clip": QT_TRANSLATE_NOOP("DoctorFix", "Clip gradients to norm {grad_clip}"),
    "early-stopping": QT_TRANSLATE_NOOP(
        "DoctorFix",
        "Turn on early stopping (patience {patience})"),
    "augment": QT_TRANSLATE_NOOP("DoctorFix", "Turn on data augmentation"),
    "standardize": QT_TRANSLATE_NOOP("DoctorFix", "Standardise the inputs"),
    "add-dropout": QT_TRANSLATE_NOOP("DoctorFix", "Add Dropout({p}) after {after}"),
    "add-batchnorm": QT_TRANSLATE_NOOP("DoctorFix", "Add BatchNorm after {after}"),
    "switch-activation": QT_TRANSLATE_NOOP("DoctorFix", "Replace {nodes} with {to}"),
    "remove-node": QT_TRANSLATE_NOOP("DoctorFix", "Remove {node}"),
    "widen-layer": QT_TRANSLATE_NOOP("DoctorFix", "Give {node} {out_features} units"),
}


def render(template: Template, args: dict[str, Any]) -> Text:
    """The sentence with ``args`` written as a learner reads them (fmt)."""
    return template(**{k: fmt(v) for k, v in args.items()})


def fmt(value: Any) -> str:
    """Numbers as a learner reads them: 0.0001, 3.2, 45%, 1.2e-06."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return str(value)
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value == 0:
        return "0"
    if abs(value) >= 1e5 or abs(value) < 1e-4:
        return f"{value:.2g}"
    return f"{value:.4g}" if abs(value) < 1 else f"{value:.3g}"


def percent(share: float) -> str:
    return f"{share:.0%}"


@dataclass(frozen=True)
class Fix:
    """A one-click fix: ``kind`` (FIX_TEMPLATES) and its arguments (plain values)."""

    kind: str
    args: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> Text:
        return render(FIX_TEMPLATES[self.kind], self.args)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "args": dict(self.args), "text": str(self.text)}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "error" | "warning" | "info"
    args: dict[str, Any] = field(default_factory=dict)
    node: str | None = None
    epoch: int | None = None
    step: int | None = None
    fixes: tuple[Fix, ...] = ()
    template: str = ""  # the TEMPLATES key when it differs from code (lr-diverged)

    @property
    def message_key(self) -> str:
        return self.template or self.code

    @property
    def message(self) -> Text:
        return render(TEMPLATES[self.message_key], self.args)

    @property
    def fix(self) -> Fix | None:
        return self.fixes[0] if self.fixes else None

    def to_dict(self) -> dict[str, Any]:
        """The metrics.json form (docs/explain.md): stable keys, English text."""
        return {"code": self.code, "severity": self.severity, "node": self.node,
                "epoch": self.epoch, "step": self.step, "message": str(self.message),
                "fix": str(self.fix.text) if self.fix else None,
                "fixes": [f.to_dict() for f in self.fixes],
                "message_id": self.message_key, "args": dict(self.args)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Finding | None:
        """Back from metrics.json (a stored run); None when the entry is not one we know."""
        key = d.get("message_id") or d.get("code")
        if not isinstance(d, dict) or key not in TEMPLATES or d.get("severity") not in SEVERITIES:
            return None
        fixes = tuple(Fix(str(f["kind"]), dict(f.get("args") or {}))
                      for f in d.get("fixes") or () if isinstance(f, dict)
                      and f.get("kind") in FIX_TEMPLATES)
        epoch, step = d.get("epoch"), d.get("step")
        return cls(str(d["code"]), str(d["severity"]), dict(d.get("args") or {}),
                   d.get("node") if isinstance(d.get("node"), str) else None,
                   epoch if isinstance(epoch, int) else None,
                   step if isinstance(step, int) else None, fixes,
                   "" if key == d.get("code") else str(key))

    def __str__(self) -> str:
        where = ", ".join(p for p in (f"node {self.node}" if self.node else "",
                                      f"epoch {self.epoch}" if self.epoch else "") if p)
        fix = f" Fix: {self.fix.text}." if self.fix else ""
        return f"{self.severity} {self.code}{f' ({where})' if where else ''}: {self.message}{fix}"
