"""An attribution heatmap over an image: method, class and (Grad-CAM) layer to choose.

The view only shows things: the hub (explain_hub.py) computes results off the GUI thread and
hands them to ``show_result``. ``request_changed`` fires when the learner picks another
method, class or layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netstudio.core.explain.attributions import METHODS
from netstudio.gui.combo_items import add_item, tip_follows_entry
from netstudio.gui.inspect.explain_text import (
    METHOD_HELP,
    METHOD_NAMES,
    METHOD_SHORT,
    core_tr,
    heat_rgba,
)
from netstudio.gui.inspect.explain_text import tr as text_tr
from netstudio.gui.inspect.images import image_item, image_view_box

PREDICTED = -1  # the class combo's "predicted class" entry


class AttributionView(QWidget):
    request_changed = Signal()

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.class_names: list[str] = []
        self.image01: np.ndarray | None = None
        self.true_class: int | None = None
        self.result: Any = None
        self.method = QComboBox()
        # a narrow column shows "Int. Gradients"; the entry's tooltip has the whole name
        names = {**METHOD_NAMES, **METHOD_SHORT} if compact else METHOD_NAMES
        for m in METHODS:
            add_item(self.method, text_tr(names[m]), m, text_tr(METHOD_NAMES[m]))
        self.method.setCurrentIndex(METHODS.index("integrated_gradients"))
        tip_follows_entry(self.method)
        self.target = QComboBox()
        self.target.addItem(self._predicted_text(), PREDICTED)
        self.layer = QComboBox()
        self.layer_label = QLabel(self.tr("Layer"))
        self.image_item = image_item()
        self.heat_item = image_item()
        self.view = image_view_box(self.image_item)
        self.view.view_box.addItem(self.heat_item)
        self.heat_item.setZValue(1)
        self.show_image = QCheckBox(self.tr("image under the map"))
        self.show_image.setChecked(True)
        self.show_image.toggled.connect(self._on_show_image_toggled)
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        self.answer = QLabel("")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.help = QLabel("")
        self.help.setWordWrap(True)
        self.reason = QLabel("")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color:#9b1c1c;")
        self.reason.setVisible(False)
        self.status = QLabel("")

        pairs = ((QLabel(self.tr("Method")), self.method),
                 (QLabel(self.tr("Explain")), self.target), (self.layer_label, self.layer))
        if compact:  # beside the drawing pad, under Clear: a narrow column
            self.view.setMinimumSize(84, 84)  # shrinks with a low panel (1280x720)
            self.view.setMaximumSize(124, 124)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel(self.tr("Where it looks:"))
            layout.addWidget(title)
            layout.addWidget(self.view)
            for label, widget in pairs:
                label.setVisible(False)  # the combos say enough in a narrow column
                widget.setMaximumWidth(124)
                if isinstance(widget, QComboBox):
                    widget.setSizeAdjustPolicy(
                        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                    widget.setMinimumContentsLength(8)
                layout.addWidget(widget)
            self.reason.setMaximumWidth(124)
            layout.addWidget(self.reason)
            layout.addWidget(self.status)
            self.setMaximumWidth(128)
            self.help.setVisible(False)
            self.show_image.setVisible(False)
        else:  # the map beside its choices and what it says: low enough for 1280x720
            self.view.setMinimumSize(120, 120)
            choices = QGridLayout()
            for r, (label, widget) in enumerate(pairs):
                choices.addWidget(label, r, 0)
                choices.addWidget(widget, r, 1)
            choices.addWidget(self.show_image, len(pairs), 0, 1, 2)
            choices.setColumnStretch(2, 1)
            side = QVBoxLayout()
            side.setContentsMargins(0, 0, 0, 0)
            side.addLayout(choices)
            side.addWidget(self.caption)
            side.addWidget(self.answer)
            side.addWidget(self.reason)
            side.addWidget(self.status)
            side.addWidget(self.help)
            side.addStretch(1)
            self.side = side
            side_widget = QWidget()
            side_widget.setLayout(side)
            scroll = QScrollArea()  # a short dock scrolls the text instead of squeezing it
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(side_widget)
            layout = QHBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.view, 2)
            layout.addWidget(scroll, 3)
        self.method.currentIndexChanged.connect(self._on_choice_changed)
        self.target.currentIndexChanged.connect(self._on_choice_changed)
        self.layer.currentIndexChanged.connect(self._on_choice_changed)
        self._update_controls()

    # ---- what can be explained ----------------------------------------------------------------
    def set_info(self, info: Any, class_names: Sequence[str]) -> None:
        """info: explain_engine.NetworkInfo for the current network."""
        self.blockSignals(True)
        try:
            model = self.method.model()
            assert isinstance(model, QStandardItemModel)
            for i, m in enumerate(METHODS):
                a = info.methods.get(m)
                item = model.item(i)
                item.setEnabled(bool(a and a.ok))
                why = (core_tr(a.text) if a is not None and not a.ok
                       else text_tr(METHOD_HELP[m]))
                item.setToolTip(f"{text_tr(METHOD_NAMES[m])}: {why}")
            if not model.item(self.method.currentIndex()).isEnabled():
                ok = [i for i, m in enumerate(METHODS) if model.item(i).isEnabled()]
                if ok:
                    self.method.setCurrentIndex(ok[0])
            self.set_class_names(class_names)
            current = self.layer.currentData()
            self.layer.clear()
            for node in info.convs:
                self.layer.addItem(node, node)
            if info.convs:
                self.layer.setCurrentIndex(max(0, self.layer.findData(current))
                                           if current in info.convs else len(info.convs) - 1)
            self.info = info
        finally:
            self.blockSignals(False)
        self._update_controls()

    def set_class_names(self, names: Sequence[str]) -> None:
        names = list(names)
        if names == self.class_names:
            return
        self.class_names = names
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self._predicted_text(), PREDICTED)
        for i, n in enumerate(names):
            self.target.addItem(self.tr("class {0}").format(n), i)
        self.target.setCurrentIndex(max(0, self.target.findData(current)))
        self.target.blockSignals(False)

    def _predicted_text(self) -> str:
        return self.tr("predicted class") if self.compact else self.tr("the predicted class")

    def request(self) -> tuple[str, int | None, str | None]:
        """(method, class or None for the predicted one, Grad-CAM layer or None)."""
        t = self.target.currentData()
        return (str(self.method.currentData()), None if t in (None, PREDICTED) else int(t),
                self.layer.currentData())

    def available(self) -> bool:
        model = self.method.model()
        item = model.item(self.method.currentIndex()) if isinstance(model, QStandardItemModel) \
            else None
        return item is not None and item.isEnabled()

    def select(self, method: str | None = None, target: int | None = None,
               layer: str | None = None) -> None:
        """Choose programmatically (tests, the projector's "explain this point")."""
        if method is not None:
            self.method.setCurrentIndex(METHODS.index(method))
        if target is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(target)))
        if layer is not None:
            self.layer.setCurrentIndex(max(0, self.layer.findData(layer)))

    # ---- showing ------------------------------------------------------------------------------
    def set_image(self, image01: np.ndarray, caption: str = "",
                  true_class: int | None = None) -> None:
        self.image01 = np.asarray(image01, np.float32)
        self.true_class = true_class
        self.caption.setText(caption)
        self.image_item.setImage(_display(self.image01), autoLevels=False, levels=(0.0, 1.0))
        self.heat_item.clear()
        self.result = None
        self.answer.setText("")
        self.view.view_box.autoRange(padding=0)
        self.request_changed.emit()

    def show_result(self, result: Any) -> None:
        self.result = result
        # the image dimmed to half brightness under the map, so red and blue stand out
        self.image_item.setLevels((0.0, 2.0))
        self.heat_item.setImage(heat_rgba(result.heatmap, result.signed), autoLevels=False,
                                levels=(0, 255))
        self.status.setText("")
        self.answer.setText(self._answer_text(result))

    def show_message(self, text: str) -> None:
        self.heat_item.clear()
        self.image_item.setLevels((0.0, 1.0))
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("computing..."))
        elif self.status.text() == self.tr("computing..."):
            self.status.setText("")

    def _answer_text(self, r: Any) -> str:
        def name(i: int) -> str:
            return self.class_names[i] if 0 <= i < len(self.class_names) else str(i)

        p = float(r.probabilities[r.predicted]) if len(r.probabilities) > r.predicted else 0.0
        text = self.tr("The network says <b>{0}</b> ({1} sure).").format(
            name(r.predicted), f"{p:.0%}")
        if self.true_class is not None:
            text += " " + self.tr("It is a {0}.").format(name(self.true_class))
        if r.target != r.predicted:
            q = float(r.probabilities[r.target]) if len(r.probabilities) > r.target else 0.0
            text += "<br>" + self.tr("Map for class <b>{0}</b> ({1}): what speaks for it.")\
                .format(name(r.target), f"{q:.0%}")
        else:
            text += "<br>" + self.tr("Map for the predicted class: what made it say {0}.")\
                .format(name(r.predicted))
        if r.layer:
            text += "<br>" + self.tr("Grad-CAM on {0}.").format(r.layer)
        return text

    @Slot()
    def _on_choice_changed(self) -> None:
        self._update_controls()
        if not self.signalsBlocked():
            self.request_changed.emit()

    @Slot(bool)
    def _on_show_image_toggled(self, shown: bool) -> None:
        self.image_item.setVisible(shown)

    def _update_controls(self) -> None:
        method = self.method.currentData()
        is_cam = method == "grad_cam"
        self.layer.setVisible(is_cam)
        self.layer_label.setVisible(is_cam and not self.compact)
        self.help.setText(text_tr(METHOD_HELP[method]) if method in METHOD_HELP else "")
        if not self.available():
            a = getattr(self, "info", None)
            reason = a.methods.get(method) if a is not None else None
            self.reason.setText(core_tr(reason.text) if reason is not None else "")
            self.reason.setVisible(bool(self.reason.text()))
        else:
            self.reason.setVisible(False)


def _display(image01: np.ndarray) -> np.ndarray:
    """[C, H, W] -> what an ImageItem shows: [H, W] grey or [H, W, 3] colour."""
    a = np.asarray(image01, np.float32)
    if a.ndim == 3 and a.shape[0] == 3:
        return np.transpose(a, (1, 2, 0))
    return a[0] if a.ndim == 3 else a
