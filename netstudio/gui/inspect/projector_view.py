"""The embedding projector: every test image as a point, placed by what a layer makes of it.

One pyqtgraph ScatterPlotItem draws all points (pxMode: symbols are cached pixmaps, so 10,000
points pan and zoom smoothly); a second one rings the misclassified ones. Hover and click find
the nearest point with numpy on the plotted coordinates (no per-point items). The hub
(explain_hub.py) computes projections off the GUI thread and calls ``show_projection``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.explain.projector import PROJECTIONS
from netstudio.gui.combo_items import add_item, tip_follows_entry
from netstudio.gui.inspect.explain_text import PHASES, PROJECTION_NAMES, class_colour
from netstudio.gui.inspect.explain_text import tr as text_tr
from netstudio.gui.inspect.images import image_item, image_view_box
from netstudio.gui.inspect.plot_style import style_widget

HOVER_PIXELS = 8  # how near (screen pixels) the mouse must be to a point


class ProjectorView(QWidget):
    run_requested = Signal(str, str)  # layer, method
    stop_requested = Signal()
    point_clicked = Signal(int)  # index into the test images

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: np.ndarray | None = None  # uint8 [N, C, H, W]
        self.labels: np.ndarray | None = None
        self.predicted: np.ndarray | None = None
        self.class_names: list[str] = []
        self.xy = np.zeros((0, 2), np.float32)
        self.hovered: int | None = None
        self.layer = QComboBox()
        tip_follows_entry(self.layer)
        self.method = QComboBox()
        for m in PROJECTIONS:
            self.method.addItem(text_tr(PROJECTION_NAMES[m]), m)
        self.run_button = QPushButton(self.tr("Show"))
        self.run_button.setToolTip(self.tr("Run the test images through the network and place "
                                           "each one by what the chosen layer makes of it."))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.phase = QLabel("")
        self.phase.setVisible(False)  # only while there is something to say (room is short)
        self.note = QLabel(self.tr("Each dot is a test image, coloured by its true class. "
                                   "Images the network gets wrong are ringed in red."))
        self.note.setWordWrap(True)
        self.legend = QWidget()
        self.legend_layout = QGridLayout(self.legend)
        self.legend_layout.setContentsMargins(0, 0, 0, 0)
        self.legend_layout.setSpacing(2)
        self.class_buttons: list[QPushButton] = []
        self.legend_hint = QLabel(self.tr("Click a class to fade or show it: None, then 4 and "
                                          "9, shows how those two mix."))
        self.legend_hint.setWordWrap(True)
        self.all_button = QPushButton(self.tr("All"))
        self.none_button = QPushButton(self.tr("None"))
        self.all_button.clicked.connect(self._on_all_clicked)
        self.none_button.clicked.connect(self._on_none_clicked)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)  # no blank line before the first projection

        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(False)
        self.plot.getPlotItem().hideAxis("left")
        self.plot.getPlotItem().hideAxis("bottom")
        self.scatter = pg.ScatterPlotItem(pxMode=True, size=5, pen=None)
        self.mistakes = pg.ScatterPlotItem(pxMode=True, size=10, brush=None,
                                           pen=pg.mkPen("#dc2626", width=1.5))
        self.marker = pg.ScatterPlotItem(pxMode=True, size=16, brush=None,
                                         pen=pg.mkPen("#111111", width=2))
        for item, z in ((self.scatter, 0), (self.mistakes, 1), (self.marker, 2)):
            item.setZValue(z)
            self.plot.addItem(item)
        style_widget(self.plot)
        self.preview_item = image_item()
        self.preview = image_view_box(self.preview_item)
        self.preview.setFixedSize(84, 84)  # 3x a 28-px digit
        self.preview_label = QLabel(self.tr("Hover a dot to see its image; click it to see "
                                            "why the network answered as it did."))
        self.preview_label.setWordWrap(True)
        self._proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)

        # Two short columns beside the plot, not one tall one: the Explain dock of a
        # 1280x720 window is ~230 px high. The long explanations are tooltips there.
        controls = QGridLayout()
        controls.addWidget(QLabel(self.tr("Layer")), 0, 0)
        controls.addWidget(self.layer, 0, 1)
        controls.addWidget(QLabel(self.tr("Projection")), 1, 0)
        controls.addWidget(self.method, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.stop_button)
        run = QVBoxLayout()
        run.addLayout(controls)
        run.addLayout(buttons)
        run.addWidget(self.progress)
        run.addWidget(self.phase)
        run.addWidget(self.summary)
        run.addWidget(self.note)
        run.addStretch(1)
        preview = QHBoxLayout()
        preview.addWidget(self.preview)
        preview.addWidget(self.preview_label, 1)
        read = QVBoxLayout()
        read.addLayout(preview)
        read.addWidget(self.legend)
        pick = QHBoxLayout()
        pick.addWidget(self.all_button)
        pick.addWidget(self.none_button)
        pick.addStretch(1)
        read.addLayout(pick)
        read.addWidget(self.legend_hint)
        read.addStretch(1)
        side = QHBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(run, 1)
        side.addLayout(read, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        scroll = QScrollArea()  # only a dock lower than 1280x720's scrolls the columns
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(side_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(380)
        scroll.setMaximumWidth(460)
        layout = QHBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addWidget(scroll)
        self.run_button.clicked.connect(self._on_run_clicked)
        self.stop_button.clicked.connect(self.stop_requested)

    # ---- inputs ---------------------------------------------------------------------------------
    def set_layers(self, layers: Sequence[str], default: str | None) -> None:
        current = self.layer.currentData()
        self.layer.blockSignals(True)
        self.layer.clear()
        for node in layers:  # the usual choice is chosen first; its tooltip says why
            add_item(self.layer, node, node,
                     self.tr("{0}: the layer before the classifier, the usual choice.")
                     .format(node) if node == default else "")
        keep = current if current in layers else default
        self.layer.setCurrentIndex(max(0, self.layer.findData(keep)))
        self.layer.blockSignals(False)

    def set_data(self, images: np.ndarray, labels: np.ndarray, class_names: Sequence[str]) -> None:
        self.images, self.labels = images, np.asarray(labels)
        if list(class_names) != self.class_names or not self.class_buttons:
            self.class_names = list(class_names)
            for b in self.class_buttons:
                b.setParent(None)
                b.deleteLater()
            self.class_buttons = []
            for i, name in enumerate(self.class_names):
                b = QPushButton(name)
                b.setCheckable(True)
                b.setChecked(True)
                b.setToolTip(self.tr("Show or fade the images of class {0}.").format(name))
                b.setStyleSheet(f"QPushButton {{ color: #9ca3af; padding: 1px 4px; }} "
                                f"QPushButton:checked {{ color: {class_colour(i)}; "
                                "font-weight: bold; }")
                b.toggled.connect(self._on_class_toggled)
                self.legend_layout.addWidget(b, i // 5, i % 5)
                self.class_buttons.append(b)

    def set_busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        if not busy:
            self.show_message("")

    def show_progress(self, done: int, total: int, phase: str) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)
        self.show_message(text_tr(PHASES[phase]) if phase in PHASES else phase)

    def show_message(self, text: str) -> None:
        self.phase.setText(text)
        self.phase.setVisible(bool(text))

    # ---- the picture ------------------------------------------------------------------------------
    def show_projection(self, xy: np.ndarray, labels: np.ndarray,
                        predicted: np.ndarray | None) -> None:
        self.xy = np.asarray(xy, np.float32)
        self.labels = np.asarray(labels)
        self.predicted = predicted
        self._draw()
        wrong = self.wrong_indices()
        self.marker.setData([], [])
        self.plot.autoRange()
        self.progress.setValue(1000)
        if predicted is not None:
            self.summary.setText(self.tr("{0} images, {1} of them misclassified (ringed).")
                                 .format(len(self.xy), len(wrong)))
        else:
            self.summary.setText(self.tr("{0} images.").format(len(self.xy)))
        self.summary.setVisible(True)

    def shown_classes(self) -> set[int]:
        return {i for i, b in enumerate(self.class_buttons) if b.isChecked()} \
            if self.class_buttons else set(range(len(self.class_names)))

    def show_classes(self, classes: set[int] | None) -> None:
        """Only these classes in colour (None: all); the others fade to grey."""
        for i, b in enumerate(self.class_buttons):
            b.blockSignals(True)
            b.setChecked(classes is None or i in classes)
            b.blockSignals(False)
        self._draw()

    @Slot(bool)
    def _on_class_toggled(self, _checked: bool) -> None:
        self._draw()

    @Slot()
    def _on_all_clicked(self) -> None:
        self.show_classes(None)

    @Slot()
    def _on_none_clicked(self) -> None:
        self.show_classes(set())

    def _draw(self) -> None:
        """All points in one setData; faded classes first so the chosen ones sit on top."""
        if self.labels is None or len(self.xy) != len(self.labels):
            return
        shown = self.shown_classes()
        n = max(1, len(self.class_names), int(self.labels.max()) + 1 if len(self.labels) else 1)
        faded = pg.mkBrush(200, 200, 200, 60)
        brushes = [pg.mkBrush(class_colour(i)) if i in shown else faded for i in range(n)]
        on = np.isin(self.labels, list(shown))
        order = np.concatenate([np.flatnonzero(~on), np.flatnonzero(on)])
        self.scatter.setData(x=self.xy[order, 0], y=self.xy[order, 1],
                             brush=[brushes[int(c)] for c in self.labels[order]],
                             data=order)
        wrong = self.wrong_indices()
        wrong = wrong[np.isin(self.labels[wrong], list(shown))]
        self.mistakes.setData(x=self.xy[wrong, 0], y=self.xy[wrong, 1])

    def wrong_indices(self) -> np.ndarray:
        if self.predicted is None or self.labels is None:
            return np.zeros(0, np.int64)
        return np.flatnonzero(self.predicted != self.labels)

    def point_count(self) -> int:
        return len(self.scatter.data)

    def nearest(self, scene_pos: QPointF) -> int | None:
        """The point under the mouse (within HOVER_PIXELS), by screen distance."""
        if len(self.xy) == 0:
            return None
        vb = self.plot.getPlotItem().vb
        p = vb.mapSceneToView(scene_pos)
        px = vb.viewPixelSize()  # data units per screen pixel (x, y)
        dx = (self.xy[:, 0] - p.x()) / max(px[0], 1e-12)
        dy = (self.xy[:, 1] - p.y()) / max(px[1], 1e-12)
        d2 = dx * dx + dy * dy
        i = int(np.argmin(d2))
        return i if d2[i] <= HOVER_PIXELS ** 2 else None

    def hover(self, index: int | None) -> None:
        self.hovered = index
        if index is None or self.images is None or index >= len(self.images):
            return
        img = self.images[index].astype(np.float32) / 255.0
        shown = img[0] if img.shape[0] == 1 else np.transpose(img, (1, 2, 0))
        self.preview_item.setImage(shown, autoLevels=False, levels=(0.0, 1.0))
        self.preview.view_box.autoRange(padding=0)
        self.marker.setData([self.xy[index, 0]], [self.xy[index, 1]])
        self.preview_label.setText(self._describe(index))

    def _describe(self, i: int) -> str:
        def name(c: int) -> str:
            return self.class_names[c] if 0 <= c < len(self.class_names) else str(c)

        true = int(self.labels[i]) if self.labels is not None else -1
        if self.predicted is None:
            return self.tr("test image #{0}: a {1}").format(i, name(true))
        pred = int(self.predicted[i])
        if pred == true:
            return self.tr("test image #{0}: a {1}, recognised").format(i, name(true))
        return self.tr("test image #{0}: a {1}, taken for a {2}").format(i, name(true),
                                                                        name(pred))

    @Slot(object)
    def _on_mouse_moved(self, args: Any) -> None:
        i = self.nearest(args[0])
        if i is not None and i != self.hovered:
            self.hover(i)

    @Slot(object)
    def _on_mouse_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        i = self.nearest(event.scenePos())
        if i is not None:
            self.hover(i)
            self.point_clicked.emit(i)

    @Slot()
    def _on_run_clicked(self) -> None:
        layer = self.layer.currentData()
        if layer:
            self.run_requested.emit(str(layer), str(self.method.currentData()))
