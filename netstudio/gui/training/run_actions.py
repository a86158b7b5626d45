"""What the run table's buttons do: show a stored run in the views, continue it, put its network
on the canvas, compare it, rename it, write notes, delete it. Everything goes through the core
run store (netstudio.core.runs); a run that cannot be read is a message, never a crash.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox

from netstudio.core.runs import RunError, RunStore, report_from_metrics
from netstudio.gui.i18n import error_text
from netstudio.gui.training.runs import RunRow

DEFAULT_MORE_EPOCHS = 2


class RunActions(QObject):
    def __init__(self, dash: Any) -> None:
        super().__init__(dash)
        self.dash = dash
        self.host = dash.host
        self.diff_dialog: Any = None
        p = dash.runs_panel
        p.continue_requested.connect(self._on_continue_requested)
        p.open_requested.connect(self._on_open_requested)
        p.compare_requested.connect(self._on_compare_requested)
        p.rename_requested.connect(self._on_rename_requested)
        p.notes_requested.connect(self._on_notes_requested)
        p.delete_requested.connect(self._on_delete_requested)

    @property
    def interactive(self) -> bool:
        return self.host.interactive

    def _fail(self, text: str) -> None:
        self.dash.panel.show_banner(text, "error")
        self.dash._status(text)

    # ---- show a stored run ------------------------------------------------------------------
    def _weights(self, row: RunRow) -> dict[str, Any] | None:
        try:
            state = row.run.state_dict()
        except RunError as e:
            self._fail(self.tr("Run '{0}' cannot be shown: {1}").format(row.label, error_text(e)))
            return None
        return {k: v.detach().cpu().numpy() for k, v in state.items()
                if hasattr(v, "detach")}

    def show_in_views(self, row: RunRow) -> bool:
        """Load the run's trained network into every Inspect view (no training)."""
        weights = self._weights(row)
        if weights is None:
            return False
        try:
            metrics = row.run.metrics()
        except RunError:
            metrics = {}
        normalization = metrics.get("normalization")
        shown = self.dash.inspector.show_run(
            row.label, row.run.project_dict(), weights,
            normalization if isinstance(normalization, dict) else {},
            report_from_metrics(metrics))
        if not shown:
            self._fail(self.tr("Run '{0}' cannot be shown: its weights do not fit its "
                               "network.").format(row.label))
            return False
        self.dash._status(self.tr("Showing the trained network of run '{0}'.").format(
            row.label))
        return True

    def load_weights_into_inspector(self, row: RunRow) -> None:
        weights = self._weights(row)
        if weights is not None:
            self.dash.inspector.model.load(weights, 0)

    # ---- continue ---------------------------------------------------------------------------
    @Slot(object)
    def _on_continue_requested(self, row: RunRow) -> None:
        self.continue_run(row)

    def continue_run(self, row: RunRow, more_epochs: int | None = None) -> bool:
        """Train the run ``more_epochs`` more epochs from its checkpoint, as a new run whose
        parent it is (its own network and settings, whatever the canvas holds)."""
        if not row.can_continue or self.dash.busy:
            return False
        done = int(row.summary.get("epochs") or len(row.run.metrics().get("history") or []))
        if more_epochs is None:
            if not self.interactive:
                more_epochs = DEFAULT_MORE_EPOCHS
            else:
                more_epochs, ok = QInputDialog.getInt(
                    self.host.as_widget(), self.tr("Continue training"),
                    self.tr("Train run '{0}' ({1} epoch(s) so far) for how many more "
                            "epochs?").format(row.label, done), DEFAULT_MORE_EPOCHS, 1, 10000)
                if not ok:
                    return False
        try:
            project = row.run.project()
        except RunError as e:
            self._fail(error_text(e))
            return False
        project.path = self.host.project.path  # its store, its data folder
        options = self.dash.controller.options
        subset = row.run.record.extra.get("subset")  # the same data as the run it continues
        if options.subset is None and isinstance(subset, int) and subset > 0:
            options = dataclasses.replace(options, subset=subset)
        options = dataclasses.replace(options, epochs=done + more_epochs)
        return self.dash.start_run(project, options, parent=row)

    # ---- open the run's network -------------------------------------------------------------
    @Slot(object)
    def _on_open_requested(self, row: RunRow) -> None:
        self.open_network(row)

    def open_network(self, row: RunRow) -> bool:
        """Put the run's network and settings on the canvas: one undoable step."""
        from netstudio.core.graph.commands import AddEdge, AddNode, Macro, RemoveNodes
        from netstudio.gui.training.dashboard import SettingsCommand
        from netstudio.gui.training.run_diff import place_missing

        editor, stack = self.host.editor, self.host.undo_stack
        if self.host.read_only:
            return False
        try:
            source = row.run.project()
        except RunError as e:
            self._fail(error_text(e))
            return False
        graph = place_missing(source.graph)
        current = self.host.project
        label = self.tr("Open the network of run '{0}'").format(row.label)
        stack.beginMacro(label)
        editor.push(Macro(label, [RemoveNodes(list(current.graph.nodes)),
                                  *[AddNode(n.copy()) for n in graph.nodes.values()],
                                  *[AddEdge(e) for e in graph.edges]]))
        stack.push(SettingsCommand(current, source.data, source.training))
        stack.endMacro()
        self.host.view.request_fit()
        self.dash._status(label)
        return True

    # ---- compare ----------------------------------------------------------------------------
    @Slot(object, object)
    def _on_compare_requested(self, row: RunRow, other: RunRow | None) -> None:
        self.compare(row, other)

    def compare(self, row: RunRow, other: RunRow | None = None) -> Any:
        """The diff view: ``row``'s network and settings against ``other`` run's, or against
        the canvas (whose changed layers are then highlighted)."""
        from netstudio.gui.training.run_diff import RunDiffDialog

        if self.diff_dialog is None:
            self.diff_dialog = RunDiffDialog(self.host)
        try:
            self.diff_dialog.compare(row, other)
        except RunError as e:
            self._fail(error_text(e))
            return None
        if self.interactive:
            self.diff_dialog.show()
            self.diff_dialog.raise_()
        return self.diff_dialog

    # ---- rename, notes, delete --------------------------------------------------------------
    @Slot(object)
    def _on_rename_requested(self, row: RunRow) -> None:
        self.rename(row)

    def rename(self, row: RunRow, name: str | None = None) -> bool:
        if row.run is None:
            return False
        if name is None:
            if not self.interactive:
                return False
            name, ok = QInputDialog.getText(self.host.as_widget(), self.tr("Rename run"),
                                            self.tr("Name of run {0}:").format(row.run.id),
                                            text=row.run.name)
            if not ok:
                return False
        name = " ".join(name.split())[:200]  # one line: the table and the legend show it
        if not name:
            return False
        try:  # names are unique in a store: another run's name gets " (2)"
            given = RunStore(row.run.path.parent).rename(row.run, name)
        except (RunError, OSError) as e:
            self._fail(self.tr("Run '{0}' could not be changed: {1}").format(row.label,
                                                                             error_text(e)))
            return False
        self.dash.runs_panel.row_changed(row)
        self.dash.runs_panel.select_rows(self.dash.runs_panel.selected_rows())
        if given != name:
            self.dash._status(self.tr("Another run is named '{0}': this one is now '{1}'.")
                              .format(name, given))
        return True

    @Slot(object)
    def _on_notes_requested(self, row: RunRow) -> None:
        self.edit_notes(row)

    def edit_notes(self, row: RunRow, notes: str | None = None) -> bool:
        if row.run is None:
            return False
        if notes is None:
            if not self.interactive:
                return False
            notes, ok = QInputDialog.getMultiLineText(
                self.host.as_widget(), self.tr("Notes"),
                self.tr("Notes on run '{0}':").format(row.label),
                row.run.record.notes)
            if not ok:
                return False
        return self._update(row, notes=notes[:20000])

    def _update(self, row: RunRow, **changes: Any) -> bool:
        try:
            row.run.update(**changes)
        except (RunError, OSError) as e:
            self._fail(self.tr("Run '{0}' could not be changed: {1}").format(row.label, error_text(e)))
            return False
        self.dash.runs_panel.row_changed(row)
        self.dash.runs_panel.select_rows(self.dash.runs_panel.selected_rows())
        return True

    @Slot(list)
    def _on_delete_requested(self, rows: list[RunRow]) -> None:
        self.delete(rows)

    def delete(self, rows: list[RunRow], confirm: bool = True) -> int:
        """Move the runs to the store's trash (after asking, in the app); returns how many."""
        rows = [r for r in rows if r.run is not None and not r.live]
        store = self.dash.store.current
        if not rows or store is None:
            return 0
        if confirm and self.interactive:
            names = ", ".join(r.label for r in rows[:5]) + (", ..." if len(rows) > 5 else "")
            answer = QMessageBox.question(
                self.host.as_widget(), self.tr("Delete runs"),
                self.tr("Delete {0} run(s) ({1})? They are moved to {2}, from where they can "
                        "still be recovered by hand.").format(len(rows), names, store.trash))
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        deleted = 0
        for row in rows:
            try:
                store.delete(row.run)
                deleted += 1
            except (RunError, OSError) as e:
                self._fail(self.tr("Run '{0}' could not be deleted: {1}").format(row.label, error_text(e)))
        self.dash.reload_runs()
        self.dash._status(self.tr("{0} run(s) moved to the trash.").format(deleted))
        return deleted
