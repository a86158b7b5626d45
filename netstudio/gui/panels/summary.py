"""The model summary: total parameters, FLOPs per sample, model size, layer count, problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from netstudio.gui.canvas.labels import shape_text
from netstudio.gui.i18n import plural


def human_count(n: int) -> str:
    """1234 -> "1,234"; 3274634 -> "3.27 M" (learners compare magnitudes at a glance)."""
    n = int(n)
    if n < 10_000:
        return f"{n:,}"
    for div, unit in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if n >= div:
            return f"{n / div:.3g} {unit}"
    return str(n)


def human_bytes(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


class SummaryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(10, 8, 10, 8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        rows = (("params", self.tr("Parameters")), ("flops", self.tr("FLOPs per sample")),
                ("size", self.tr("Model size")), ("layers", self.tr("Layers")),
                ("output", self.tr("Output")), ("status", self.tr("Check")))
        for key, title in rows:
            label = QLabel("–")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setObjectName("summaryValue")
            form.addRow(title, label)
            self.values[key] = label

    def set_analysis(self, analysis, layer_count: int) -> None:  # noqa: ANN001
        v = self.values
        v["params"].setText(f"{analysis.total_params:,}")
        v["params"].setToolTip(human_count(analysis.total_params))
        v["flops"].setText(human_count(analysis.total_flops))
        v["flops"].setToolTip(f"{analysis.total_flops:,}")
        v["size"].setText(self.tr("%1 (float32 weights)").replace(
            "%1", human_bytes(analysis.total_params * 4)))
        v["layers"].setText(str(layer_count))
        outs = [shape_text(analysis.nodes[o].shape) for o in analysis.outputs
                if o in analysis.nodes]
        v["output"].setText(", ".join(outs) if outs else "–")
        errors = sum(d.severity == "error" for d in analysis.diagnostics)
        warnings = sum(d.severity == "warning" for d in analysis.diagnostics)
        if errors:
            text = plural(errors, self.tr("1 error"), self.tr("%1 errors"))
            if warnings:
                text += ", " + plural(warnings, self.tr("1 warning"), self.tr("%1 warnings"))
            state = "error"
        elif warnings:
            text, state = plural(warnings, self.tr("1 warning"), self.tr("%1 warnings")), "warning"
        else:
            text, state = self.tr("No problems found"), "ok"
        v["status"].setText(text)
        v["status"].setProperty("severity", state)
        v["status"].style().unpolish(v["status"])
        v["status"].style().polish(v["status"])
