"""The project's training settings as a form (stored in project.data / project.training).

Every edit goes through ``apply`` (install wires it to an undoable command); the form refills
itself from the project when the settings change from elsewhere (undo, open, a file).
"""

from __future__ import annotations

from typing import Any

import torch
from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from netstudio.core.data.catalog import DATASETS
from netstudio.core.settings.training import LOSSES, OPTIMIZERS, SCHEDULES, TASKS
from netstudio.gui.i18n import core_text

AUGMENT_ON = {"shift": 0.1, "rotate": 10}


def gpu_text() -> str:
    if torch.cuda.is_available():
        return QCoreApplication.translate("SettingsForm", "GPU found: {0}").format(
            torch.cuda.get_device_name(0))
    return QCoreApplication.translate("SettingsForm", "No GPU found: training runs on the CPU.")


class SettingsForm(QWidget):
    """Emits ``edited(data, training)``: the whole new sections after one field changed."""

    edited = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: dict[str, Any] = {}
        self._training: dict[str, Any] = {}
        self._file: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
        self._shown: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
        self._filling = False
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.dataset = QComboBox()
        for name, info in DATASETS.items():
            title = core_text(info.title)
            title = title if info.bundled else self.tr("{0} (download)").format(title)
            self.dataset.addItem(title, name)
        self.task = QComboBox()
        for t in TASKS:
            self.task.addItem({"classification": self.tr("Classification (labels)"),
                               "reconstruction": self.tr("Reconstruction (autoencoder)")}[t], t)
        self.epochs = _spin(1, 1000)
        self.batch_size = _spin(1, 65536)
        self.optimizer = _combo(OPTIMIZERS)
        self.lr = QDoubleSpinBox()
        self.lr.setDecimals(6)
        self.lr.setRange(1e-6, 100.0)
        self.lr.setSingleStep(0.0005)
        self.momentum = QDoubleSpinBox()
        self.momentum.setRange(0.0, 0.999)
        self.momentum.setSingleStep(0.05)
        self.schedule = QComboBox()
        self.schedule.addItem(self.tr("constant"), None)
        for s in SCHEDULES:
            self.schedule.addItem(s, s)
        self.loss = _combo(LOSSES)
        self.weight_decay = _small()
        self.l1 = _small()
        self.augment = QCheckBox(self.tr("shift ±10%, rotate ±10°"))
        self.device = QComboBox()
        for d in ("auto", "cpu", "cuda"):
            self.device.addItem(self.tr("auto") if d == "auto" else d, d)
        self.device_note = QLabel(gpu_text())
        self.device_note.setWordWrap(True)
        dropout = QLabel(self.tr("Dropout is a layer: add a Dropout node to the graph."))
        dropout.setWordWrap(True)

        tips = {
            self.epochs: self.tr("How many times the network sees the whole training set."),
            self.batch_size: self.tr("Images per update step. Larger: faster but coarser "
                                     "steps."),
            self.lr: self.tr("How big each update step is. Too large and the loss explodes."),
            self.momentum: self.tr("SGD and RMSprop only: keep some of the previous step's "
                                   "direction."),
            self.weight_decay: self.tr("L2 regularization: pulls weights towards 0 to reduce "
                                       "overfitting."),
            self.l1: self.tr("L1 penalty: adds this factor x the sum of |weights| to the loss."),
            self.augment: self.tr("Randomly shift and rotate training images so the network "
                                  "generalizes better."),
        }
        for w, tip in tips.items():
            w.setToolTip(tip)
        rows = [(self.tr("Dataset"), self.dataset), (self.tr("Task"), self.task),
                (self.tr("Epochs"), self.epochs), (self.tr("Batch size"), self.batch_size),
                (self.tr("Optimizer"), self.optimizer), (self.tr("Learning rate"), self.lr),
                (self.tr("Momentum"), self.momentum), (self.tr("LR schedule"), self.schedule),
                (self.tr("Loss"), self.loss), (self.tr("Weight decay (L2)"), self.weight_decay),
                (self.tr("L1 penalty"), self.l1), (self.tr("Dropout"), dropout),
                (self.tr("Augmentation"), self.augment), (self.tr("Device"), self.device),
                ("", self.device_note)]
        for label, w in rows:
            form.addRow(label, w)
        for combo in (self.dataset, self.task, self.optimizer, self.schedule, self.loss,
                      self.device):
            combo.currentIndexChanged.connect(self._on_field_changed)
            # Long entries ("Reconstruction (autoencoder)") may be elided, never make the
            # dock scroll sideways.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for spin in (self.epochs, self.batch_size, self.lr, self.momentum, self.weight_decay,
                     self.l1):
            spin.valueChanged.connect(self._on_field_changed)
        self.augment.toggled.connect(self._on_field_changed)

    # ---- project -> form --------------------------------------------------------------------
    def load(self, data: dict[str, Any], training: dict[str, Any]) -> None:
        self._data, self._training = dict(data), dict(training)
        self._filling = True
        try:
            t = self._training
            _select(self.dataset, data.get("dataset", "mnist"))
            _select(self.task, t.get("task", "classification"))
            self.epochs.setValue(int(_num(t.get("epochs"), 3)))
            self.batch_size.setValue(int(_num(t.get("batch_size"), 64)))
            _select(self.optimizer, t.get("optimizer", "Adam"))
            self.lr.setValue(_num(t.get("lr"), 0.001))
            self.momentum.setValue(_num(t.get("momentum"), 0.0))
            schedule = t.get("schedule")
            _select(self.schedule, schedule.get("type") if isinstance(schedule, dict)
                    else schedule)
            _select(self.loss, t.get("loss", "CrossEntropyLoss"))
            self.weight_decay.setValue(_num(t.get("weight_decay"), 0.0))
            self.l1.setValue(_num(t.get("l1"), 0.0))
            self.augment.setChecked(bool(data.get("augment")))
            _select(self.device, t.get("device", "auto"))
            self.momentum.setEnabled(self.optimizer.currentData() in ("SGD", "RMSprop"))
        finally:
            self._filling = False
        self._file = (dict(data), dict(training))
        self._shown = self._raw_values()

    # ---- form -> new sections ---------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The new sections. A key the project did not have is added only once its field
        shows something else than it showed on load: defaults do not creep into files."""
        data, t = self._raw_values()
        for new, file, shown in ((data, self._file[0], self._shown[0]),
                                 (t, self._file[1], self._shown[1])):
            for key in [k for k in new if k not in file]:
                if new[key] == shown.get(key):
                    del new[key]
        return data, t

    def _raw_values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        data, t = dict(self._data), dict(self._training)
        data["dataset"] = self.dataset.currentData()
        if self.augment.isChecked():
            data["augment"] = data.get("augment") or dict(AUGMENT_ON)
        else:
            data.pop("augment", None)
        t.update(task=self.task.currentData(), epochs=self.epochs.value(),
                 batch_size=self.batch_size.value(), optimizer=self.optimizer.currentData(),
                 lr=round(self.lr.value(), 8), loss=self.loss.currentData(),
                 device=self.device.currentData())
        _set_or_drop(t, "momentum", round(self.momentum.value(), 4))
        _set_or_drop(t, "weight_decay", round(self.weight_decay.value(), 8))
        _set_or_drop(t, "l1", round(self.l1.value(), 8))
        kind = self.schedule.currentData()
        old = t.get("schedule")
        if kind is None:
            t.pop("schedule", None)
        elif not (isinstance(old, dict) and old.get("type") == kind):
            t["schedule"] = {"type": kind}
        if t["device"] == "auto" and "device" not in self._training:
            del t["device"]  # the default: keep files free of it
        return data, t

    @Slot()
    def _on_field_changed(self) -> None:
        self.momentum.setEnabled(self.optimizer.currentData() in ("SGD", "RMSprop"))
        if self._filling:
            return
        data, training = self.values()
        if data != self._data or training != self._training:
            self._data, self._training = data, training
            self.edited.emit(data, training)


def _spin(lo: int, hi: int) -> QSpinBox:
    s = QSpinBox()
    s.setRange(lo, hi)
    return s


def _small() -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setDecimals(6)
    s.setRange(0.0, 10.0)
    s.setSingleStep(0.0001)
    return s


def _combo(items: tuple[str, ...]) -> QComboBox:
    c = QComboBox()
    for i in items:
        c.addItem(i, i)
    return c


def _select(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    if i < 0 and value is not None:  # a value the form does not list: show it, keep it
        combo.addItem(QCoreApplication.translate("SettingsForm", "{0} (from file)").format(value),
                      value)
        i = combo.count() - 1
    combo.setCurrentIndex(max(i, 0))


def _num(v: Any, default: float) -> float:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else default


def _set_or_drop(d: dict[str, Any], key: str, value: float) -> None:
    if value:
        d[key] = value
    else:
        d.pop(key, None)
