"""The Deploy tab: make int8 and pruned variants of a run, compare them, serve one.

Compression runs on DeployController's thread; the server is a child process (server.py).
The run comes from the run list (``set_run``) or "Open run folder...".
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.deploy.measure import int8_speed_note
from netstudio.gui.deploy.server import PredictClient, ServerProcess
from netstudio.gui.deploy.worker import DeployController, Job
from netstudio.gui.i18n import core_text
from netstudio.gui.inspect.plot_style import style_widget

SWEEP = (0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95)


# What a variant costs and gains first (accuracy, its change, size, speed): in the bottom
# panel of a 1280x720 window the table shows about five columns before it scrolls.
COLUMNS = (
    QT_TRANSLATE_NOOP("DeployPanel", "Variant"),
    QT_TRANSLATE_NOOP("DeployPanel", "Test accuracy"),
    QT_TRANSLATE_NOOP("DeployPanel", "Change"),
    QT_TRANSLATE_NOOP("DeployPanel", "Size"),
    QT_TRANSLATE_NOOP("DeployPanel", "ms / image"),
    QT_TRANSLATE_NOOP("DeployPanel", "Images/s (batch 64)"),
    QT_TRANSLATE_NOOP("DeployPanel", "Kind"),
    QT_TRANSLATE_NOOP("DeployPanel", "Parameters"),
    QT_TRANSLATE_NOOP("DeployPanel", "Non-zero"),
    QT_TRANSLATE_NOOP("DeployPanel", "torch ms / image"),
)
TEXT_COLUMNS = (0, 6)  # left-aligned; the figures are right-aligned


class _LowPlot(pg.PlotWidget):
    """A plot that asks for little room: the tab sits in a scroll area that sizes the panel
    by its preferred height (wrapped labels make it ask), and pyqtgraph asks for 480 pixels."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 120)


class _LowTable(QTableWidget):
    """The variants table, asking for a few rows' height only (see _LowPlot)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 120)


def _columns() -> list[str]:
    return [QCoreApplication.translate("DeployPanel", c) for c in COLUMNS]


class DeployPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, interactive: bool = True) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self.run_dir: Path | None = None
        self.rows: list[dict[str, Any]] = []
        self.unusable = False
        self._job_kind = ""  # the last job asked for ("make", "sweep", ...)
        self.sweep_points = SWEEP
        self.quick_measure = False  # tests: fewer timing repetitions
        self.controller = DeployController(self)
        self.server = ServerProcess(self)
        self.client = PredictClient(self)

        self.run_label = QLabel()
        self.run_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open run folder..."))
        self.open_button.clicked.connect(self._on_open_clicked)

        self.int8_button = QPushButton(self.tr("Make int8"))
        self.int8_button.setToolTip(self.tr("Quantize to 8-bit integers with onnxruntime, "
                                            "calibrated on 256 training images."))
        self.int8_button.clicked.connect(self._on_int8_clicked)
        self.share = QDoubleSpinBox()
        self.share.setRange(5, 95)
        self.share.setSingleStep(5)
        self.share.setValue(50)
        self.share.setSuffix(" %")
        self.structured = QCheckBox(self.tr("Whole channels (smaller layers)"))
        self.structured.setToolTip(self.tr("Remove that share of the output channels of every "
                                           "layer that can lose them: the layers really get "
                                           "smaller. Unticked: zero that share of the "
                                           "smallest weights (same size, fewer non-zeros)."))
        self.finetune = QSpinBox()
        self.finetune.setRange(0, 20)
        self.finetune.setPrefix(self.tr("fine-tune "))
        self.finetune.setSuffix(self.tr(" epoch(s)"))
        self.prune_button = QPushButton(self.tr("Make pruned"))
        self.prune_button.clicked.connect(self._on_prune_clicked)
        self.sweep_button = QPushButton(self.tr("Accuracy vs sparsity"))
        self.sweep_button.setToolTip(self.tr("Prune at 10% ... 95% and plot the test accuracy "
                                             "(no fine-tune; nothing is stored)."))
        self.sweep_button.clicked.connect(self._on_sweep_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.table = _LowTable(0, len(_columns()))
        self.table.setHorizontalHeaderLabels(_columns())
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(80)

        self.plot = _LowPlot()
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("bottom", self.tr("weights removed (%)"))
        self.plot.setLabel("left", self.tr("test accuracy (%)"))
        self.plot.setMinimumSize(240, 110)
        self.curve = self.plot.plot([], [], pen=pg.mkPen("#2563eb", width=2), symbol="o",
                                    symbolSize=6, symbolBrush="#2563eb")
        self.baseline = pg.InfiniteLine(angle=0, pen=pg.mkPen("#9ca3af", style=Qt.PenStyle.DashLine))
        self.baseline.setVisible(False)
        self.plot.addItem(self.baseline)
        style_widget(self.plot)

        self.variant_box = QComboBox()
        self.serve_button = QPushButton(self.tr("Start server"))
        self.serve_button.clicked.connect(self._on_serve_clicked)
        self.url_label = QLabel(self.tr("Not serving."))
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.url_label.setOpenExternalLinks(True)
        self.url_label.setWordWrap(True)  # a long URL or reason must not widen the pane
        self.send_drawings = QCheckBox(self.tr("Send drawings (Inspect > Draw)"))
        self.send_drawings.setToolTip(self.tr("Each drawing on Inspect > Draw is sent to the "
                                              "running server; its answer shows under the pad "
                                              "and here."))
        self.send_drawings.setChecked(True)
        self.served_answer = QLabel()
        self.served_answer.setWordWrap(True)

        self._layout()
        self.controller.worker.progress.connect(self._on_progress)
        self.controller.worker.listed.connect(self._on_listed)
        self.controller.worker.swept.connect(self._on_swept)
        self.controller.worker.errored.connect(self._on_errored)
        self.controller.worker.skipped.connect(self._on_skipped)
        self.controller.worker.exported.connect(self._on_exported)
        self.controller.worker.bundled.connect(self._on_bundled)
        self.controller.busy_changed.connect(self._on_busy_changed)
        self.server.started.connect(self._on_server_started)
        self.server.stopped.connect(self._on_server_stopped)
        self.server.failed.connect(self._on_server_failed)
        self.client.worker.answered.connect(self._on_served_answer)
        self.client.worker.errored.connect(self._on_served_error)
        self.set_run(None)

    def _layout(self) -> None:
        """Low and wide, to be read without scrolling in the bottom panel of a 1280x720 window
        (about 700x250): what to do on the left (Compress | Serve as tabs), the results on
        the right (the variants table | the accuracy-vs-sparsity plot as tabs), progress and
        the last message under both."""
        top = QHBoxLayout()
        top.addWidget(self.run_label, 1)
        top.addWidget(self.open_button)

        make = QWidget()
        grid = QGridLayout(make)  # narrow: the results get the width
        grid.setContentsMargins(6, 6, 6, 2)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.int8_button, 0, 0)
        grid.addWidget(self.sweep_button, 0, 1)
        grid.addWidget(QLabel(self.tr("Prune")), 1, 0)
        grid.addWidget(self.share, 1, 1)
        grid.addWidget(self.finetune, 2, 1)
        grid.addWidget(self.structured, 3, 0, 1, 2)
        grid.addWidget(self.prune_button, 4, 0)
        grid.setRowStretch(5, 1)
        serve = QWidget()
        sgrid = QGridLayout(serve)
        sgrid.setContentsMargins(6, 6, 6, 2)
        sgrid.setVerticalSpacing(4)
        sgrid.addWidget(QLabel(self.tr("Variant")), 0, 0)
        sgrid.addWidget(self.variant_box, 0, 1)
        sgrid.addWidget(self.serve_button, 0, 2)
        sgrid.addWidget(self.url_label, 1, 0, 1, 3)
        sgrid.addWidget(self.send_drawings, 2, 0, 1, 3)
        sgrid.addWidget(self.served_answer, 3, 0, 1, 3)
        sgrid.setColumnStretch(1, 1)
        sgrid.setRowStretch(4, 1)
        self.actions = QTabWidget()
        self.actions.setDocumentMode(True)
        self.actions.addTab(make, self.tr("Compress"))
        self.actions.addTab(serve, self.tr("Serve"))

        self.results = QTabWidget()
        self.results.setDocumentMode(True)
        self.results.addTab(self.table, self.tr("Variants"))
        self.results.addTab(self.plot, self.tr("Accuracy vs sparsity"))

        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.actions)
        split.addWidget(self.results)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.status, 1)
        self.progress.setMaximumWidth(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    # ---- the run ----------------------------------------------------------------------------
    def set_run(self, run_dir: Path | None) -> None:
        """Show this run (a run folder) and its variants; None: no run selected."""
        run_dir = Path(run_dir) if run_dir is not None else None
        if run_dir == self.run_dir and run_dir is not None:
            return  # shown already (every reload of the run list selects it again)
        if self.server.running:
            self.server.stop()
        self.run_dir = run_dir
        self.rows = []
        self.unusable = False  # the run could not be opened or measured: nothing to make
        self._fill_table()
        self.curve.setData([], [])
        self.baseline.setVisible(False)
        if run_dir is None:
            self.run_label.setText(self.tr("Select a finished run in the run list (or open a "
                                           "run folder) to compress and serve it."))
        else:
            self.run_label.setText(self.tr("Run: <b>{0}</b>").format(_run_title(run_dir)))
            self.run_label.setToolTip(str(run_dir))
            self._submit(Job(run_dir, "list"),
                         self.tr("Measuring the run's network (first time only)..."))
        self._update_enabled()

    @Slot()
    def _on_open_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a run folder"))
        if folder:
            self.set_run(Path(folder))

    # ---- compress ---------------------------------------------------------------------------
    @Slot()
    def _on_int8_clicked(self) -> None:
        from netstudio.core.deploy.compress import Request

        self._submit(Job(self.run_dir, "make", Request(quantize="int8")),
                     self.tr("Quantizing to int8..."))

    @Slot()
    def _on_prune_clicked(self) -> None:
        from netstudio.core.deploy.compress import Request

        request = Request(prune=round(self.share.value() / 100.0, 4),
                          structured=self.structured.isChecked(),
                          finetune=self.finetune.value())
        self._submit(Job(self.run_dir, "make", request), self.tr("Pruning..."))

    @Slot()
    def _on_sweep_clicked(self) -> None:
        self._submit(Job(self.run_dir, "sweep", sparsities=tuple(self.sweep_points),
                         structured=self.structured.isChecked()),
                     self.tr("Pruning at several sparsities..."))

    def _submit(self, job: Job, text: str) -> None:
        if job.run_dir is None:
            return
        job = dataclasses.replace(job, quick=self.quick_measure)
        if self.controller.submit(job):
            self._job_kind = job.kind
            self.status.setText(text)
            self.progress.setValue(0)

    @Slot(str, float)
    def _on_progress(self, message: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))
        self.status.setText(message)

    @Slot(object)
    def _on_listed(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self._fill_table()
        if self._job_kind == "make":  # a new variant: show it (a sweep keeps its plot)
            self.results.setCurrentWidget(self.table)
        self.status.setText(self.tr("{0} variant(s). Accuracy on {1} test images; speed: CPU "
                                    "time on one core of this CPU (median of repeated "
                                    "runs).").format(
            max(0, len(rows) - 1), rows[0]["test_images"] if rows else 0))
        self.progress.setValue(100)

    @Slot(object)
    def _on_swept(self, result: Any) -> None:
        base, points = result
        xs = np.array([p.sparsity * 100 for p in points])
        ys = np.array([p.test_accuracy * 100 for p in points])
        self.curve.setData(xs, ys)
        self.results.setCurrentWidget(self.plot)
        self.baseline.setValue(base * 100)
        self.baseline.setVisible(True)
        self.plot.setTitle(self.tr("Accuracy after pruning"))
        self.plot.setToolTip(self.tr("Test accuracy after pruning that share of the weights, "
                                     "without fine-tuning. Dashed: the original network."))

    def export_run(self, fmt: str, target: Path) -> bool:
        """Write the run's network as ONNX ("onnx") or a torch.export program
        ("torch_export") in the background; False when no run is shown or a job runs."""
        if self.run_dir is None or self.controller.busy:
            return False
        self._submit(Job(self.run_dir, "export", (fmt, Path(target))),
                     self.tr("Exporting {0}...").format(Path(target).name))
        return True

    def export_bundle(self, target: Path) -> bool:
        """Write the bundle folder (the int8 variant when there is one) in the background;
        False when no run is shown or a job runs."""
        if self.run_dir is None or self.controller.busy:
            return False
        self._submit(Job(self.run_dir, "bundle", Path(target)),
                     self.tr("Writing the bundle {0}...").format(Path(target).name))
        return True

    @Slot(str)
    def _on_exported(self, path: str) -> None:
        self.progress.setValue(100)
        self.status.setText(self.tr("Exported the run's network to {0}.").format(path))

    @Slot(str, str)
    def _on_bundled(self, path: str, variant: str) -> None:
        self.progress.setValue(100)
        self.status.setText(self.tr("Wrote the bundle ({0}) to {1}. To serve it: cd there, "
                                    "pip install -r requirements.txt, python serve.py (its "
                                    "README.md has curl commands to try).").format(variant, path))

    @Slot(str)
    def _on_errored(self, message: str) -> None:
        self.status.setText(self.tr("Could not finish: {0}").format(message))
        cancelled = self.controller.worker.stop_event.is_set()
        if self._job_kind == "list" and not self.rows and cancelled:
            self.status.setText(self.tr("Measuring was cancelled. Make a variant to measure "
                                        "the run, or select it again in the run list."))
        if self._job_kind == "list" and not self.rows and not cancelled:
            # the same error would answer every button: say what to do instead
            self.unusable = True
            self.status.setText(self.tr("This run cannot be compressed or served: {0} Select "
                                        "another run in the run list, or open another run "
                                        "folder.").format(message))
            self._update_enabled()

    @Slot(object)
    def _on_skipped(self, problems: list[str]) -> None:
        """Damaged variant folders the table leaves out, named after the listing."""
        self.status.setText(self.status.text() + " " + " ".join(problems))

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = self.run_dir is not None and not self.controller.busy and not self.unusable
        for w in (self.int8_button, self.prune_button, self.sweep_button):
            w.setEnabled(ready)
        self.cancel_button.setEnabled(self.controller.busy)
        self.serve_button.setEnabled(self.run_dir is not None and bool(self.rows)
                                     or self.server.running)
        # the running server keeps the variant it started with: stop it to serve another
        self.variant_box.setEnabled(not self.server.running)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            torch_ms = row.get("torch_latency_ms_batch1")
            cells = [row["name"], f"{row['test_accuracy']:.2%}",
                     "-" if row["accuracy_change"] is None else
                     self.tr("{0} pt").format(f"{row['accuracy_change'] * 100:+.2f}"),
                     _size(row["size_bytes"]), f"{row['latency_ms_batch1']:.3f}",
                     f"{row['images_per_second_batch64']:,.0f}", row["kind"],
                     f"{row['params']:,}", f"{row['nonzero_params']:,}",
                     "-" if torch_ms is None else f"{torch_ms:.3f}"]
            tip = self._row_tip(row)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c not in TEXT_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(tip)
                self.table.setItem(r, c, item)
        current = self.variant_box.currentText()
        self.variant_box.clear()
        self.variant_box.addItems([row["name"] for row in self.rows])
        if current:
            self.variant_box.setCurrentText(current)
        self._update_enabled()

    def _row_tip(self, row: dict[str, Any]) -> str:
        """An int8 row's note: which layers are int8 and which stayed float, and how its
        speed compares with the float network's (core: measure.int8_speed_note)."""
        settings = row.get("settings") or {}
        if "int8_layers" not in settings:
            return ""
        lines = [self.tr("int8 layers: {0}").format(", ".join(settings["int8_layers"]) or "-"),
                 self.tr("Kept in float: {0}").format(", ".join(settings["float_layers"]) or "-")]
        base = self.rows[0] if self.rows and self.rows[0]["name"] == "original" else None
        if base is not None and (note := int8_speed_note(row, base)):
            lines.append(core_text(note))
        return "\n".join(lines)

    # ---- serve ------------------------------------------------------------------------------
    @Slot()
    def _on_serve_clicked(self) -> None:
        if self.server.running:
            self.server.stop()
            return
        if self.run_dir is None:
            return
        variant = self.variant_box.currentText() or None
        self.server.start(self.run_dir, variant)
        self.serve_button.setText(self.tr("Stop server"))
        self.url_label.setText(self.tr("Starting..."))
        self._update_enabled()

    @Slot(str)
    def _on_server_started(self, url: str) -> None:
        self.url_label.setText(self.tr('Serving at <a href="{0}/docs">{0}</a> '
                                       "(POST /predict)").format(url))

    @Slot()
    def _on_server_stopped(self) -> None:
        self.serve_button.setText(self.tr("Start server"))
        self.url_label.setText(self.tr("Not serving."))
        self.served_answer.setText("")
        self._update_enabled()

    @Slot(str)
    def _on_server_failed(self, message: str) -> None:
        self.serve_button.setText(self.tr("Start server"))
        self.url_label.setText(self.tr("The server stopped: {0}").format(message))
        self._update_enabled()

    @Slot(object)
    def send_drawing(self, digit: np.ndarray) -> None:
        """The Draw tab's 28x28 drawing (0..1): ask the running server about it."""
        if (self.server.url is None or self.server.process is None or
                not self.send_drawings.isChecked() or not np.asarray(digit).any()):
            return
        self.client.ask(self.server.url, np.asarray(digit, np.float32))

    @Slot(object)
    def _on_served_answer(self, body: dict[str, Any]) -> None:
        probs = body.get("probabilities") or [0.0]
        text = self.tr("The served model ({0}) says <b>{1}</b> ({2} sure).").format(
            body.get("variant", ""), body.get("label", "?"), f"{max(probs):.0%}")
        self.served_answer.setText(text)
        self.served_answer_changed(text)

    def served_answer_changed(self, text: str) -> None:
        """Hook: the install code mirrors the answer onto the Draw tab."""

    @Slot(str)
    def _on_served_error(self, message: str) -> None:
        self.served_answer.setText(message)  # a whole sentence, translated (PredictWorker)

    def shutdown(self) -> None:
        """Stop the server and the threads (on quit)."""
        self.server.stop()
        self.controller.shutdown()
        self.client.shutdown()


def _run_title(run_dir: Path) -> str:
    """'run 1 (20261129-...)': the name the run list shows, with the folder's id."""
    import html

    from netstudio.core.runs import Run, RunError

    try:
        run = Run.open(run_dir)
    except (RunError, OSError, ValueError):
        return html.escape(run_dir.name)
    name, number = run.name, run.record.number
    if number is not None and name == f"run {number}":  # the store's default, as the run list
        name = QCoreApplication.translate("RunsPanel", "run {0}").format(number)
    return html.escape(f"{name} ({run_dir.name})" if name != run_dir.name else name)


def _size(n: int) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e5 else f"{n / 1e3:.1f} kB"
