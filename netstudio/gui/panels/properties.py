"""The properties panel: a form generated from the selected layer's parameter schema.

Every edit pushes SetParams with ``field_name``, so typing into one field is one undo step.
Sizes inferred from the incoming shape (in_features, in_channels, ...) show the inferred value
with an "auto" box; a value given by hand that disagrees is outlined in red with the fix.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.layers.registry import get_layer
from netstudio.gui.canvas.editor import GraphEditor
from netstudio.gui.canvas.labels import shape_text
from netstudio.gui.i18n import core_text, plural
from netstudio.gui.panels.explain import why
from netstudio.gui.panels.param_fields import ParamField, make_field
from netstudio.gui.panels.summary import human_count


class PropertiesPanel(QScrollArea):
    def __init__(self, editor: GraphEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.node_id: str | None = None
        self._type: str | None = None
        self.fields: dict[str, ParamField] = {}
        self._analysis = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._placeholder = QLabel(self.tr("Select a layer on the canvas to see and edit its "
                                           "settings."))
        self._placeholder.setWordWrap(True)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setObjectName("placeholder")
        self.show_node(None)

    # ---- what is shown -------------------------------------------------------------------
    def show_selection(self, node_ids: list[str]) -> None:
        if len(node_ids) == 1:
            self.show_node(node_ids[0])
        else:
            self.show_node(None, len(node_ids))

    def show_node(self, node_id: str | None, count: int = 0) -> None:
        graph = self.editor.graph
        if node_id is None or node_id not in graph:
            self.node_id, self._type = None, None
            self.fields = {}
            text = (plural(count, self.tr("1 layer selected."), self.tr("%1 layers selected.")) if count > 1 else
                    self.tr("Select a layer on the canvas to see and edit its settings."))
            self._placeholder = QLabel(text)
            self._placeholder.setWordWrap(True)
            self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._placeholder.setObjectName("placeholder")
            self.setWidget(self._placeholder)
            return
        node = graph.node(node_id)
        if node_id != self.node_id or node.type != self._type:
            self._build(node_id)
        self.refresh()

    def _build(self, node_id: str) -> None:
        node = self.editor.graph.node(node_id)
        spec = get_layer(node.type)
        self.node_id, self._type = node_id, node.type
        self.fields = {}
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.setSpacing(8)
        title = QLabel(f"<b style='font-size:13pt'>{html.escape(node.type)}</b>"
                       + (f" <span style='color:gray'>· {html.escape(core_text(spec.category))}</span>"
                          if spec else ""))
        outer.addWidget(title)
        desc = QLabel(core_text(spec.description) if spec else
                      self.tr("Unknown layer type: netstudio cannot build it."))
        desc.setWordWrap(True)
        desc.setObjectName("muted")
        outer.addWidget(desc)
        self._problems = QLabel()
        self._problems.setWordWrap(True)
        self._problems.setObjectName("problems")
        self._problems.setTextFormat(Qt.TextFormat.RichText)
        self._problems.hide()
        outer.addWidget(self._problems)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        id_edit = QLineEdit(node_id)
        id_edit.setReadOnly(True)
        form.addRow(self.tr("Id"), id_edit)
        self._shape = QLabel()
        self._shape.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Output"), self._shape)
        self._counts = QLabel()
        form.addRow(self.tr("Weights"), self._counts)
        self._flops = QLabel()
        form.addRow(self.tr("FLOPs"), self._flops)
        for param in spec.params if spec else ():
            field = make_field(param, page)
            field.edited.connect(lambda value, name=param.name: self._on_field_edited(name, value))
            label = QLabel(param.name)
            label.setToolTip(core_text(param.help or param.requirement()))
            form.addRow(label, field.widget)
            self.fields[param.name] = field
        outer.addLayout(form)
        outer.addStretch(1)
        page.setEnabled(not self.editor.read_only)
        self.setWidget(page)

    def refresh(self) -> None:
        """Load the node's values and the latest analysis into the form (no rebuild)."""
        if self.node_id is None or self.node_id not in self.editor.graph:
            return
        node = self.editor.graph.node(self.node_id)
        info = self._analysis.nodes.get(self.node_id) if self._analysis else None
        resolved: dict[str, Any] = dict(info.resolved) if info is not None else {}
        for name, field in self.fields.items():
            p = field.param
            given = node.params.get(name)
            if p.inferred:
                field.set_value(given, shown_when_auto=resolved.get(name))
            elif p.optional:
                field.set_value(given if name in node.params else p.default)
            else:
                field.set_value(given if name in node.params else
                                resolved.get(name, p.default))
        diags = self._analysis.for_node(self.node_id) if self._analysis else []
        by_field: dict[str, str] = {}
        for d in diags:
            if d.field and d.field in self.fields:
                fix = self.tr("Fix: %1").replace("%1", core_text(d.fix)) if d.fix else ""
                reason = why(d, self._analysis, self.editor.graph)
                by_field[d.field] = "\n".join(t for t in (core_text(d.message), fix, reason) if t)
        for name, field in self.fields.items():
            field.set_problem(by_field.get(name))
        self._show_problems(diags)
        if info is not None and info.shape is not None:
            self._shape.setText(shape_text(info.shape))
            self._counts.setText(f"{info.params:,}")
            self._flops.setText(self.tr("%1 per sample").replace("%1", human_count(info.flops)))
        else:  # not inferable (an error here or upstream): say so instead of zeros
            self._shape.setText("?")
            self._counts.setText(self.tr("unknown (fix the problem first)"))
            self._flops.setText("?")

    def _show_problems(self, diags: list) -> None:
        if not diags:
            self._problems.hide()
            return
        rows = []
        for d in diags:
            label = {"error": self.tr("Error"), "warning": self.tr("Warning")}.get(
                d.severity, self.tr("Note"))
            row = f"<b>{label}:</b> {html.escape(core_text(d.message))}"
            if d.fix:
                row += "<br>" + self.tr("<b>Fix:</b> %1").replace("%1",
                                                                   html.escape(core_text(d.fix)))
            reason = why(d, self._analysis, self.editor.graph)
            if reason:
                row += "<br>" + html.escape(reason)
            rows.append(row)
        worst = "error" if any(d.severity == "error" for d in diags) else "warning"
        self._problems.setProperty("severity", worst)
        self._problems.style().unpolish(self._problems)
        self._problems.style().polish(self._problems)
        self._problems.setText("<br><br>".join(rows))
        self._problems.show()

    def set_analysis(self, analysis) -> None:  # noqa: ANN001
        self._analysis = analysis
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        if self.widget() is not None:
            self.widget().setEnabled(not read_only or self.node_id is None)

    # ---- edits ---------------------------------------------------------------------------
    def _on_field_edited(self, name: str, value: Any) -> None:
        if self.node_id is None or self.node_id not in self.editor.graph:
            return
        params = dict(self.editor.graph.node(self.node_id).params)
        field = self.fields[name]
        if value is None and (field.param.inferred or field.param.default is None):
            params.pop(name, None)  # "auto" / unset: leave it out of the file
        else:
            params[name] = value
        self.editor.set_params(self.node_id, params, name)
