"""The diff view: how a run's network and settings differ from the canvas or another run.

Left, the changes (netstudio.core.graph.diff): layers added, removed and changed with the
parameters that changed, connections, data and training settings. Right, both networks side
by side, read-only, with the layers outlined: green added, red removed, amber changed.
Comparing with the canvas also outlines the canvas itself, until the view is closed.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.analysis import analyze
from netstudio.core.graph.diff import ProjectDiff, diff_projects
from netstudio.core.project import Project, ProjectError
from netstudio.core.runs import RunError
from netstudio.core.text import message_of
from netstudio.gui.bridge import GraphBridge
from netstudio.gui.canvas.editor import GraphEditor
from netstudio.gui.canvas.layout import auto_layout
from netstudio.gui.canvas.scene import GraphScene
from netstudio.gui.canvas.view import GraphView
from netstudio.gui.host import Host


def place_missing(graph: Any) -> Any:
    """Lay out the nodes a file gave no position (a stored run written by hand)."""
    missing = [n for n in graph.nodes.values() if n.pos is None]
    if missing:
        placed = auto_layout(graph)
        for node in missing:
            node.pos = placed[node.id]
    return graph


class _FittingView(GraphView):
    """Keeps the whole network in view, however small (a preview, not a workplace)."""

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.fit(0.2)


class NetworkPreview(QWidget):
    """A read-only canvas of one project's network (its own scene; edits are impossible)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = GraphEditor(QUndoStack(self), self)
        self.editor.read_only = True
        self.bridge = GraphBridge(self)
        self.scene = GraphScene(self.bridge, self.editor, self)
        self.view = _FittingView(self.scene)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def show_project(self, title: str, project: Project, marks: dict[str, str]) -> None:
        graph = place_missing(project.graph)
        self.title.setText(title)
        self.editor.project = project
        self.bridge.attach(graph)
        self.scene.load(graph)
        self.scene.apply_analysis(analyze(project))
        self.scene.set_read_only(True)
        self.scene.set_marks(marks)
        self.view.fit(0.2)


class RunDiffDialog(QDialog):
    def __init__(self, host: Host) -> None:
        super().__init__(host.as_widget())
        self.host = host
        self.setWindowTitle(self.tr("Compare runs"))
        self.resize(1100, 640)
        self.diff: ProjectDiff | None = None
        self.against_canvas = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Before"), self.tr("After")])
        self.tree.setColumnWidth(0, 230)
        self.before = NetworkPreview()
        self.after = NetworkPreview()
        previews = QSplitter(Qt.Orientation.Horizontal)
        previews.addWidget(self.before)
        previews.addWidget(self.after)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(previews)
        split.setSizes([420, 680])
        key = QLabel(self.tr("Outlines: green added, red removed, amber changed."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(key)

    # ---- content ----------------------------------------------------------------------------
    def compare(self, row: Any, other: Any = None) -> ProjectDiff:
        """``row``'s run against ``other``'s (a RunRow) or, with None, against the canvas."""
        try:
            before = row.run.project()
            after = other.run.project() if other is not None else Project.from_dict(
                self.host.project.to_dict())
        except ProjectError as e:
            raise RunError(message_of(e)) from None
        after_name = (self.tr("run '{0}'").format(other.label) if other is not None
                      else self.tr("the canvas"))
        d = diff_projects(before, after)
        self.diff, self.against_canvas = d, other is None
        self.heading.setText(self._summary(row.label, after_name, d))
        self._fill_tree(d)
        self._add_results(row, other)
        removed = {n.id: "removed" for n in d.removed}
        added = {n.id: "added" for n in d.added}
        changed = {c.id: "changed" for c in d.changed}
        self.before.show_project(self.tr("Before: run '{0}'").format(row.label), before,
                                 {**removed, **changed})
        self.after.show_project(self.tr("After: {0}").format(after_name), after,
                                {**added, **changed})
        self.host.scene.set_marks({**added, **changed} if other is None else {})
        return d

    def _summary(self, before: str, after: str, d: ProjectDiff) -> str:
        if d.same:
            return self.tr("Run '{0}' and {1} have the same network and settings.").format(
                before, after)
        return self.tr("From run '{0}' to {1}: {2} layer(s) added, {3} removed, {4} changed; "
                       "{5} connection(s) added, {6} removed; {7} setting(s) changed.").format(
            before, after, len(d.added), len(d.removed), len(d.changed), len(d.edges_added),
            len(d.edges_removed), len(d.settings))

    def _fill_tree(self, d: ProjectDiff) -> None:
        self.tree.clear()

        def section(title: str, rows: list[tuple[str, str, str]]) -> None:
            if not rows:
                return
            top = QTreeWidgetItem([f"{title} ({len(rows)})", "", ""])
            for what, old, new in rows:
                top.addChild(QTreeWidgetItem([what, old, new]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)

        section(self.tr("Layers added"), [(n.id, "", n.type) for n in d.added])
        section(self.tr("Layers removed"), [(n.id, n.type, "") for n in d.removed])
        changed = []
        for c in d.changed:
            if c.type_changed:
                changed.append((c.id, c.old_type, c.new_type))
            changed += [(f"{c.id}.{p.key}", _value(p.old, p.old_set), _value(p.new, p.new_set))
                        for p in c.params]
        section(self.tr("Layers changed"), changed)
        section(self.tr("Connections added"), [(e.text(), "", "") for e in d.edges_added])
        section(self.tr("Connections removed"), [(e.text(), "", "") for e in d.edges_removed])
        section(self.tr("Settings changed"), [(s.key, _value(s.old, s.old_set),
                                               _value(s.new, s.new_set)) for s in d.settings])
        if d.same:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No differences"), "", ""]))

    def _add_results(self, row: Any, other: Any) -> None:
        """Both runs' results, first: what the changes did."""
        def text(run_row: Any, key: str, fmt: str) -> str:
            value = run_row.summary.get(key) if run_row is not None else None
            return fmt.format(value) if isinstance(value, int | float) else ""

        top = QTreeWidgetItem([self.tr("Results"), "", ""])
        for key, label, fmt in (("test_accuracy", self.tr("test accuracy"), "{:.2%}"),
                                ("test_loss", self.tr("test loss"), "{:.4f}"),
                                ("params", self.tr("parameters"), "{:,}"),
                                ("epochs", self.tr("epochs"), "{}")):
            top.addChild(QTreeWidgetItem([label, text(row, key, fmt), text(other, key, fmt)]))
        self.tree.insertTopLevelItem(0, top)
        top.setExpanded(True)

    def lines(self) -> list[str]:
        """Every row of the change list, "what: before -> after" (what the tests read)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                c = top.child(j)
                out.append(f"{c.text(0)}: {c.text(1)} -> {c.text(2)}")
        return out

    def done(self, result: int) -> None:
        if self.against_canvas:
            self.host.scene.set_marks({})
        super().done(result)


def _value(v: Any, given: bool) -> str:
    if not given:
        return QCoreApplication.translate("RunDiffDialog", "(default)")
    return json.dumps(v, ensure_ascii=False)
