"""The Tune tab: the search space and settings, Start/Stop, the live trial table, the plots,
which setting mattered, and "Apply best". It only shows and asks: the glue
(netstudio.gui.tune.install) edits the project and runs the search."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.tune.results import StudyState, TrialRow
from netstudio.core.tune.space import DEFAULTS, METRICS, PRUNERS, SAMPLERS, Dimension
from netstudio.gui.i18n import core_text
from netstudio.gui.tune.plots import ImportanceBars, ParallelPlot, ProgressPlot
from netstudio.gui.tune.space_table import SpaceTable
from netstudio.gui.tune.trials_model import TrialTableModel


class TunePanel(QWidget):
    search_edited = Signal(object, str)  # the new search section, a merge key ("" = none)
    start_requested = Signal()
    stop_requested = Signal()
    apply_requested = Signal(object)  # TrialRow
    open_requested = Signal(object)  # TrialRow
    compare_requested = Signal(object, object)  # TrialRow, TrialRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search: dict[str, Any] = {}
        self.state: StudyState | None = None
        self._filling = False
        self._problem = ""  # what the checker says against the section (shown in red)
        self._status = ""  # what the search is doing

        # ---- the space and the settings ----------------------------------------------------
        self.hint = QLabel(self.tr("Right-click a setting in the Training panel or a layer "
                                   "parameter in Properties and choose <b>Search this…</b> "
                                   "to add it here."))
        self.hint.setWordWrap(True)
        self.space = SpaceTable()
        self.space.entry_edited.connect(self._on_entry_edited)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Stop searching the selected settings"))
        self.remove.clicked.connect(self._on_remove_clicked)
        self.sampler = QComboBox()
        for name, label in (("grid", self.tr("Grid")), ("random", self.tr("Random")),
                            ("tpe", self.tr("TPE (Bayesian)"))):
            self.sampler.addItem(label, name)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("muted")
        self.trials = _spin(1, 10000)
        self.epochs = _spin(1, 1000)
        self.subset = _spin(0, 10_000_000)
        self.subset.setSpecialValueText(self.tr("all data"))
        self.subset.setSingleStep(500)
        self.subset.setToolTip(self.tr("Train each trial on the first N samples of each "
                                       "split: a quick search, then train the best fully."))
        self.pruner = QComboBox()
        for name, label in (("none", self.tr("none")), ("median", self.tr("median")),
                            ("hyperband", self.tr("hyperband"))):
            self.pruner.addItem(label, name)
        self.pruner.setToolTip(self.tr("Stop a trial early when, after an epoch, it is worse "
                                       "than the other trials were at that epoch."))
        self.metric_box = QComboBox()
        for name in METRICS:
            self.metric_box.addItem(name, name)
        form = QGridLayout()  # two columns of settings where there is room (see _reflow)
        self._form = form
        self._form_fields = [(QLabel(label), widget) for label, widget in (
                (self.tr("Sampler"), self.sampler), (self.tr("Trials"), self.trials),
                (self.tr("Epochs per trial"), self.epochs), (self.tr("Subset"), self.subset),
                (self.tr("Pruner"), self.pruner), (self.tr("Metric"), self.metric_box))]
        self._form_columns = 0
        self.set_form_columns(2)
        for combo in (self.sampler, self.pruner, self.metric_box):
            combo.currentIndexChanged.connect(self._on_settings_changed)
            # sized by a short text, not the longest choice: the settings column must fit
            # beside the trials at 1280x720 (the full text shows when the list opens)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        for spin in (self.trials, self.epochs, self.subset):
            spin.valueChanged.connect(self._on_settings_changed)
        self.start = QPushButton(self.tr("Start"))
        self.start.clicked.connect(self.start_requested)
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.clicked.connect(self.stop_requested)
        self.stop.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addWidget(self.stop)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.hint)
        left.addWidget(self.space, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        left.addLayout(row)
        left.addLayout(form)
        left.addWidget(self.explain)
        inner = QWidget()
        inner.setLayout(left)
        setup = QScrollArea()  # a short dock scrolls the settings rather than squeezing them
        setup.setWidgetResizable(True)
        setup.setFrameShape(QFrame.Shape.NoFrame)
        setup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        setup.setWidget(inner)
        self.setup_area = setup
        self.space.setMinimumHeight(120)
        # Start, Stop and what the search is doing stay under the settings, outside their
        # scroll area: in a 1280x720 window the settings scroll and Start was below the fold.
        setup_box = QWidget()
        box = QVBoxLayout(setup_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(setup, 1)
        box.addLayout(buttons)
        box.addWidget(self.status)

        # ---- the trials ------------------------------------------------------------------
        self.model = TrialTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.apply = QPushButton(self.tr("Apply best to the project"))
        self.apply.setToolTip(self.tr("Write the best trial's values into the project (one "
                                      "step: Ctrl+Z takes them back)"))
        self.apply.clicked.connect(self._on_apply_clicked)
        self.open_run = QPushButton(self.tr("Open run"))
        self.open_run.setToolTip(self.tr("Show the selected trial's stored run (its network "
                                         "in every view)"))
        self.open_run.clicked.connect(self._on_open_clicked)
        self.compare = QPushButton(self.tr("Compare"))
        self.compare.setToolTip(self.tr("What differs between the two selected trials"))
        self.compare.clicked.connect(self._on_compare_clicked)
        self.best = QLabel()
        self.best.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.apply)
        row.addWidget(self.open_run)
        row.addWidget(self.compare)
        row.addStretch(1)
        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)  # with the plots under it, in ~270 px (1280x720)
        self.table.setMinimumHeight(56)  # the header and two trials; it scrolls
        middle.addWidget(self.best)
        middle.addWidget(self.table, 1)
        middle.addLayout(row)
        trials = QWidget()
        trials.setLayout(middle)

        # ---- the plots -------------------------------------------------------------------
        self.parallel = ParallelPlot()
        self.progress = ProgressPlot()
        self.importance = ImportanceBars()
        self.importance_note = QLabel()
        self.importance_note.setWordWrap(True)
        self.importance_note.setObjectName("muted")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.importance, 1)
        side_layout.addWidget(self.importance_note)
        # One plot at a time, each as wide as the results: three side by side in the
        # ~340 px a 1280x720 window leaves them drew their axes over each other.
        plots = QTabWidget()
        plots.setDocumentMode(True)
        plots.setElideMode(Qt.TextElideMode.ElideRight)  # never a title cut mid-letter
        # Short titles on the tabs, the whole name in their tooltips; the plots drop their
        # own titles, which took a fifth of a low panel's height.
        for widget, name, whole in (
                (self.parallel, self.tr("Parallel coordinates"),
                 QCoreApplication.translate("TunePlots", "Parallel coordinates")),
                (self.progress, self.tr("Per trial"),
                 QCoreApplication.translate("TunePlots", "Metric per trial")),
                (side, self.tr("Importance"),
                 QCoreApplication.translate("TunePlots", "Which setting mattered"))):
            plots.setTabToolTip(plots.addTab(widget, name), whole)
        for plot in (self.parallel, self.progress):
            plot.setTitle(None)
        plots.setMinimumHeight(150)  # axes readable, and under the trials at 1280x720
        self.plot_tabs = plots
        results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(trials)
        results.addWidget(plots)
        results.setSizes([200, 260])

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(setup_box)
        split.addWidget(results)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([420, 900])
        setup_box.setMinimumWidth(280)
        setup.installEventFilter(self)  # its width decides one or two columns of settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.splitter = split
        self.show_search(None, ())
        self._update_buttons()

    # ---- layout ----------------------------------------------------------------------------
    def set_form_columns(self, columns: int) -> None:
        """Lay the search settings out in one or two columns of label + field."""
        if columns == self._form_columns:
            return
        self._form_columns = columns
        form = self._form
        for label, widget in self._form_fields:
            form.removeWidget(label)
            form.removeWidget(widget)
        for i, (label, widget) in enumerate(self._form_fields):
            row, col = divmod(i, columns)
            form.addWidget(label, row, col * 2)
            form.addWidget(widget, row, col * 2 + 1)
        for col in range(4):
            form.setColumnStretch(col, 1 if col in (1, 3) and col < 2 * columns else 0)

    def _reflow(self) -> None:
        """Two columns only where they fit: in a narrow settings column (1280x720) the
        second one was cut off, with the hint above it."""
        setup = self.setup_area
        width = setup.width()  # its viewport is resized after this: leave the scroll bar room
        width -= setup.verticalScrollBar().sizeHint().width() + 2 * setup.frameWidth()
        self.set_form_columns(2 if width >= self._two_columns_width() else 1)

    def _two_columns_width(self) -> int:
        """The width two columns of label + field need (in the interface's language)."""
        fields = self._form_fields
        need = 0
        for col in (0, 1):
            pairs = fields[col::2]
            need += max(label.sizeHint().width() for label, _ in pairs)
            need += max(widget.minimumSizeHint().width() for _, widget in pairs)
        spacing = max(0, self._form.horizontalSpacing())
        return need + 3 * spacing + 24  # the page's margins

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        split = getattr(self, "splitter", None)
        if event.type() == QEvent.Type.Resize and split is not None and obj is self.setup_area:
            self._reflow()
        return False

    # ---- the project's search section -> the form ------------------------------------------
    def show_search(self, search: Any, diagnostics: Any) -> None:
        self._filling = True
        try:
            self.search = copy.deepcopy(search) if isinstance(search, dict) else {}
            s = {**DEFAULTS, **self.search}
            _select(self.sampler, s.get("sampler"))
            _select(self.pruner, s.get("pruner"))
            _select(self.metric_box, s.get("metric"))
            self.trials.setValue(_whole(s.get("trials"), 20))
            self.epochs.setValue(_whole(s.get("epochs_per_trial"), 1))
            self.subset.setValue(_whole(s.get("subset"), 0))
            space = self.search.get("space")
            space = space if isinstance(space, dict) else {}
            self.space.set_space(space, {})
            self.space.set_space(space, self.space.problems_of(diagnostics))
            self.hint.setVisible(not space)
            self.explain.setText(sampler_text(self.sampler.currentData()))
            others = [d for d in diagnostics if d.is_search and d.severity == "error"
                      and not (d.field or "").startswith("search.space.")]
            self.set_problem(core_text(others[0].message) if others else "")
        finally:
            self._filling = False

    def set_problem(self, text: str) -> None:
        self._problem = text
        self._show_status()

    def _show_status(self, text: str | None = None) -> None:
        if text is not None:
            self._status = text
        shown = [f"<span style='color:#c0392b'>{_html(self._problem)}</span>"] \
            if self._problem else []
        shown += [self._status] if self._status else []
        self.status.setText("<br>".join(shown))

    def set_status(self, text: str) -> None:
        self._show_status(text)

    def set_running(self, running: bool, stopping: bool = False) -> None:
        self.start.setEnabled(not running)
        self.stop.setEnabled(running and not stopping)
        for w in (self.space, self.remove, self.sampler, self.trials, self.epochs, self.subset,
                  self.pruner, self.metric_box):
            w.setEnabled(not running)

    def set_dimensions(self, dims: tuple[Dimension, ...], metric: str, direction: str) -> None:
        self.parallel.set_space(dims, metric, direction)

    # ---- the study -> the views ------------------------------------------------------------
    def show_state(self, state: StudyState) -> None:
        self.state = state
        paths = tuple(dict.fromkeys(p for r in state.rows for p, _ in r.params))
        best = state.best.number if state.best is not None else None
        self.model.set_rows(state.rows, paths, best)
        self.parallel.set_rows(state.rows)
        self.progress.set_rows(state.rows, state.metric, state.direction)
        self.importance.set_importance(state.importance)
        self.importance_note.setText(core_text(state.importance_note))
        self.table.resizeColumnsToContents()
        if state.best is not None:
            self.best.setText(self.tr("Best: trial {0}, {1} {2:.4f}").format(
                state.best.number, state.metric, state.best.value))
        else:
            self.best.setText(self.tr("No trial has completed yet."))
        self._update_buttons()

    def trial_started(self, number: int, params: Any) -> None:
        self.model.running(number, params)
        self.table.resizeColumnsToContents()

    def trial_epoch(self, number: int, epoch: int, value: float | None) -> None:
        self.model.epoch(number, epoch, value)

    def trial_ended(self, row: TrialRow) -> None:
        self.model.upsert(row)

    # ---- selection and buttons -------------------------------------------------------------
    def selected_rows(self) -> list[TrialRow]:
        rows = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(self.proxy.mapToSource(index))
            if row is not None:
                rows.append(row)
        return rows

    @Slot()
    def _update_buttons(self, *_args: Any) -> None:
        chosen = self.selected_rows()
        self.apply.setEnabled(self.state is not None and self.state.best is not None)
        self.open_run.setEnabled(len(chosen) == 1 and bool(chosen[0].run))
        self.compare.setEnabled(len(chosen) == 2 and all(r.run for r in chosen))

    @Slot()
    def _on_apply_clicked(self) -> None:
        if self.state is not None and self.state.best is not None:
            self.apply_requested.emit(self.state.best)

    @Slot()
    def _on_open_clicked(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) == 1:
            self.open_requested.emit(chosen[0])

    @Slot()
    def _on_compare_clicked(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) == 2:
            self.compare_requested.emit(chosen[0], chosen[1])

    @Slot()
    def _on_double_clicked(self, index: Any) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index))
        if row is not None and row.run:
            self.open_requested.emit(row)

    # ---- form -> a new search section ------------------------------------------------------
    @Slot()
    def _on_settings_changed(self) -> None:
        self.explain.setText(sampler_text(self.sampler.currentData()))
        if self._filling:
            return
        new = dict(self.search)
        new.update(sampler=self.sampler.currentData(), trials=self.trials.value(),
                   epochs_per_trial=self.epochs.value(), pruner=self.pruner.currentData(),
                   metric=self.metric_box.currentData(),
                   subset=self.subset.value() or None)
        if new.get("direction") is not None and new["metric"] != self.search.get("metric"):
            new.pop("direction")  # the new metric's own direction
        new.setdefault("space", {})
        if new != self.search:
            self.search_edited.emit(new, "settings")

    @Slot(str, object)
    def _on_entry_edited(self, path: str, entry: Any) -> None:
        new = copy.deepcopy(self.search)
        space = new.get("space") if isinstance(new.get("space"), dict) else {}
        space[path] = entry
        new["space"] = space
        self.search_edited.emit(new, f"space:{path}")

    @Slot()
    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.space.selectedIndexes()})
        paths = [self.space.paths[r] for r in rows if 0 <= r < len(self.space.paths)]
        if not paths:
            return
        new = copy.deepcopy(self.search)
        space = new.get("space") if isinstance(new.get("space"), dict) else {}
        for path in paths:
            space.pop(path, None)
        new["space"] = space
        self.search_edited.emit(new, "")


def sampler_text(sampler: str | None) -> str:
    """What the sampler does, for a learner: two sentences."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "grid": QCoreApplication.translate(
            "TunePanel", "Grid tries every combination of the values listed, one after "
            "another. It is thorough and easy to compare, but the trials multiply with every "
            "setting you add."),
        "random": QCoreApplication.translate(
            "TunePanel", "Random draws each trial's values at random from the ranges. For the "
            "same number of trials it tries more different values of each setting than a "
            "grid does."),
        "tpe": QCoreApplication.translate(
            "TunePanel", "TPE (a Bayesian method) starts at random, then models which values "
            "gave good results and which gave bad ones. It draws the next values where good "
            "results are likely, so it usually needs fewer trials."),
    }
    return texts.get(sampler or "", "")


def _spin(low: int, high: int) -> QSpinBox:
    s = QSpinBox()
    s.setRange(low, high)
    return s


def _select(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)


def _whole(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else default


def _html(text: str) -> str:
    import html

    return html.escape(text)


__all__ = ["PRUNERS", "SAMPLERS", "TunePanel", "sampler_text"]
