"""The project's training settings as a form (stored in project.data / project.training).

The optimizer and schedule lists and their argument fields come from the optimizer library
(core/train/optim_library): picking another optimizer shows its own arguments. The recipe row
offers the "fast" preset (training.recipe): the settings it controls show the recipe's values
and editing one of them sets it explicitly (the file's keys win over the recipe).

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
from netstudio.core.optim.recipes import RECIPE_KEYS
from netstudio.core.optim.registry import (
    OPTIMIZER_SHORTHANDS,
    Option,
    check_optimizer,
    check_schedule,
    get_optimizer,
    get_schedule,
    list_optimizers,
    list_schedules,
)
from netstudio.core.settings.training import LOSSES, TASKS, with_recipe
from netstudio.gui.combo_items import add_item, tip_follows_entry, without_class_name
from netstudio.gui.i18n import core_text
from netstudio.gui.panels.param_fields import ParamField, make_field
from netstudio.gui.training.option_labels import option_label

AUGMENT_ON = {"shift": 0.1, "rotate": 10}


def gpu_text() -> str:
    if torch.cuda.is_available():
        return QCoreApplication.translate("SettingsForm", "GPU found: {0}").format(
            torch.cuda.get_device_name(0))
    return QCoreApplication.translate("SettingsForm", "No GPU found: training runs on the CPU.")


def device_type() -> str:
    """Where a run from the app trains with device "auto" (a recipe's batch size depends on it)."""
    return "cuda" if torch.cuda.is_available() else "cpu"


class OptionsForm(QWidget):
    """The argument fields of one optimizer or schedule, made from its declaration; emits
    ``edited(name, value)`` with a value the declaration accepts."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(16, 0, 0, 0)
        self.fields: dict[str, ParamField] = {}
        self._owner: str | None = None

    def show_options(self, owner: str | None, options: tuple[Option, ...],
                     values: dict[str, Any]) -> None:
        """Fields for ``options`` (rebuilt only when ``owner`` changes), showing ``values``."""
        if owner != self._owner:
            while self._layout.rowCount():
                self._layout.removeRow(0)
            self.fields = {}
            for option in options:
                f = make_field(option, self)
                f.edited.connect(self._on_field_edited)
                f.widget.setToolTip(core_text(option.help) + "\n"
                                    + core_text(option.requirement()))
                label = QLabel(option_label(option.name))  # wrappable
                label.setWordWrap(True)
                label.setToolTip(option.name)  # torch's and the project file's name
                self._layout.addRow(label, f.widget)
                self.fields[option.name] = f
            self._owner = owner
        for name, f in self.fields.items():
            v = values.get(name)
            f.set_value(v, shown_when_auto=None)
        self.setVisible(bool(self.fields))

    @Slot(object)
    def _on_field_edited(self, value: Any) -> None:
        for name, f in self.fields.items():
            if f is self.sender():
                self.edited.emit(name, value)
                return


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
        self.recipe = QComboBox()
        add_item(self.recipe, self.tr("Custom"), None, self.tr("Custom: the settings below."))
        add_item(self.recipe, self.tr("Fast"), "fast",
                 self.tr("Fast (one-cycle, batch size for the device)"))
        self.epochs = _spin(1, 1000)
        self.batch_size = _spin(1, 65536)
        self.optimizer = QComboBox()
        for spec in list_optimizers():
            add_item(self.optimizer, spec.name, spec.name,
                     " ".join(core_text(t) for t in (spec.description, spec.tip) if t))
        self.lr = QDoubleSpinBox()
        self.lr.setDecimals(6)
        self.lr.setRange(1e-6, 100.0)
        self.lr.setSingleStep(0.0005)
        self.optimizer_options = OptionsForm()
        self.schedule = QComboBox()
        self.schedule.addItem(self.tr("constant"), None)
        for spec in list_schedules():  # the torch class shows in the tooltip
            title = core_text(spec.title)
            add_item(self.schedule, without_class_name(title), spec.name,
                     f"{title}: {core_text(spec.description)}")
        self.schedule_options = OptionsForm()
        self.loss = _combo(LOSSES)
        self.l1 = _small()
        self.augment = QCheckBox(self.tr("shift ±10%, rotate ±10°"))
        self.device = QComboBox()
        for d in ("auto", "cpu", "cuda"):
            self.device.addItem(self.tr("auto") if d == "auto" else d, d)
        self.amp = QComboBox()
        for label, value, tip in (
                (self.tr("auto"), "auto", self.tr("auto: bfloat16 where the hardware has it")),
                (self.tr("bfloat16"), True, self.tr("bfloat16 always")),
                (self.tr("off (float32)"), False, self.tr("off: float32 everywhere"))):
            add_item(self.amp, label, value, tip)
        self.compile = QCheckBox(self.tr("torch.compile"))
        self.device_note = QLabel(gpu_text())
        self.device_note.setWordWrap(True)
        dropout = QLabel(self.tr("Dropout is a layer: add a Dropout node to the graph."))
        dropout.setWordWrap(True)

        tips = {
            self.recipe: self.tr("Fast: a one-cycle learning-rate schedule and a batch size "
                                 "chosen for the device, 2 epochs. It does not change the "
                                 "network. Settings you change yourself win."),
            self.epochs: self.tr("How many times the network sees the whole training set."),
            self.batch_size: self.tr("Images per update step. Larger: faster but coarser "
                                     "steps."),
            self.lr: self.tr("How big each update step is. Too large and the loss explodes."),
            self.l1: self.tr("L1 penalty: adds this factor x the sum of |weights| to the loss."),
            self.augment: self.tr("Randomly shift and rotate training images so the network "
                                  "generalizes better."),
            self.amp: self.tr("Mixed precision: compute in bfloat16 where the CPU or GPU has "
                              "units for it (about 2x faster, same accuracy)."),
            self.compile: self.tr("Compile the network with torch.compile: faster steps after "
                                  "a first step that takes from seconds to a minute."),
        }
        for w, tip in tips.items():
            if isinstance(w, QComboBox):  # the chosen entry's long form first
                tip_follows_entry(w, tip)
            else:
                w.setToolTip(tip)
        tip_follows_entry(self.schedule)
        tip_follows_entry(self.optimizer)
        rows = [(self.tr("Dataset"), self.dataset), (self.tr("Task"), self.task),
                (self.tr("Recipe"), self.recipe),
                (self.tr("Epochs"), self.epochs), (self.tr("Batch size"), self.batch_size),
                (self.tr("Optimizer"), self.optimizer), (self.tr("Learning rate"), self.lr),
                ("", self.optimizer_options),
                (self.tr("LR schedule"), self.schedule), ("", self.schedule_options),
                (self.tr("Loss"), self.loss),
                (self.tr("L1 penalty"), self.l1), (self.tr("Dropout"), dropout),
                (self.tr("Augmentation"), self.augment), (self.tr("Device"), self.device),
                ("", self.device_note), (self.tr("Precision"), self.amp),
                (self.tr("Compile"), self.compile)]
        for label, w in rows:
            if isinstance(w, OptionsForm):  # the arguments span the form, indented
                form.addRow(w)
            else:
                form.addRow(label, w)
        for combo in (self.dataset, self.task, self.recipe, self.optimizer, self.schedule,
                      self.loss, self.device, self.amp):
            combo.currentIndexChanged.connect(self._on_field_changed)
            # Long entries ("Reconstruction (autoencoder)") may be elided, never make the
            # dock scroll sideways.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        for spin in (self.epochs, self.batch_size, self.lr, self.l1):
            spin.valueChanged.connect(self._on_field_changed)
        for box in (self.augment, self.compile):
            box.toggled.connect(self._on_field_changed)
        self.optimizer_options.edited.connect(self._on_optimizer_option_edited)
        self.schedule_options.edited.connect(self._on_schedule_option_edited)

    # ---- project -> form --------------------------------------------------------------------
    def load(self, data: dict[str, Any], training: dict[str, Any]) -> None:
        self._data, self._training = dict(data), dict(training)
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False
        self._file = (dict(data), dict(training))
        self._shown = self._raw_values()

    def _fill(self) -> None:
        data = self._data
        t = with_recipe(self._training, device_type())  # what a run here would use
        _select(self.dataset, data.get("dataset", "mnist"))
        _select(self.task, t.get("task", "classification"))
        _select(self.recipe, t.get("recipe"))
        self.epochs.setValue(int(_num(t.get("epochs"), 3)))
        self.batch_size.setValue(int(_num(t.get("batch_size"), 64)))
        optimizer = check_optimizer(t)
        _select(self.optimizer, optimizer.name or _name_of(t.get("optimizer", "Adam")))
        self.lr.setValue(_num(t.get("lr"), 0.001))
        spec = get_optimizer(optimizer.name)
        self.optimizer_options.show_options(optimizer.name, spec.params if spec else (),
                                            optimizer.values)
        schedule = check_schedule(t)
        raw = t.get("schedule")
        _select(self.schedule, schedule.name or (raw.get("type") if isinstance(raw, dict)
                                                 else raw))
        sspec = get_schedule(schedule.name)
        self.schedule_options.show_options(schedule.name, sspec.params if sspec else (),
                                           schedule.values)
        _select(self.loss, t.get("loss", "CrossEntropyLoss"))
        self.l1.setValue(_num(t.get("l1"), 0.0))
        self.augment.setChecked(bool(data.get("augment")))
        _select(self.device, t.get("device", "auto"))
        _select(self.amp, t.get("amp", "auto"))
        self.compile.setChecked(t.get("compile") is True)

    # ---- form -> new sections ---------------------------------------------------------------
    def values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The new sections. A key the project did not have is added only once its field
        shows something else than it showed on load: defaults do not creep into files (nor
        a recipe's values into a file that uses the recipe)."""
        data, t = self._raw_values()
        for new, file, shown in ((data, self._file[0], self._shown[0]),
                                 (t, self._file[1], self._shown[1])):
            for key in [k for k in new if k not in file]:
                if new[key] == shown.get(key):
                    del new[key]
        return data, t

    def _raw_values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        data, t = dict(self._data), dict(self._training)
        effective = with_recipe(t, device_type())
        data["dataset"] = self.dataset.currentData()
        if self.augment.isChecked():
            data["augment"] = data.get("augment") or dict(AUGMENT_ON)
        else:
            data.pop("augment", None)
        t.update(task=self.task.currentData(), epochs=self.epochs.value(),
                 batch_size=self.batch_size.value(), lr=round(self.lr.value(), 8),
                 loss=self.loss.currentData(), device=self.device.currentData())
        name = self.optimizer.currentData()
        if _name_of(t.get("optimizer")) != name:  # another optimizer: its own arguments
            t["optimizer"] = name
            for short in OPTIMIZER_SHORTHANDS:
                if get_optimizer(name) is None or get_optimizer(name).option(short) is None:
                    t.pop(short, None)
        else:
            t.setdefault("optimizer", name)
        kind = self.schedule.currentData()
        old = effective.get("schedule")
        if isinstance(old, dict | str):
            t["schedule"] = old
        if kind is None:
            t.pop("schedule", None)
        elif not (isinstance(old, dict) and old.get("type") == kind) and old != kind:
            t["schedule"] = {"type": kind}
        _set_or_drop(t, "l1", round(self.l1.value(), 8))
        amp = self.amp.currentData()
        if amp == "auto":
            t.pop("amp", None)
        else:
            t["amp"] = amp
        if self.compile.isChecked():
            t["compile"] = True
        else:
            t.pop("compile", None)
        if t["device"] == "auto" and "device" not in self._training:
            del t["device"]  # the default: keep files free of it
        recipe = self.recipe.currentData()
        if recipe is not None:
            t["recipe"] = recipe
            # the recipe's values stay the recipe's until a field shows another value
            fill = with_recipe({"recipe": recipe}, device_type())
            for key in RECIPE_KEYS:
                if key not in self._training and _same(t.get(key), fill.get(key)):
                    t.pop(key, None)
        else:
            t.pop("recipe", None)
        return data, t

    @Slot()
    def _on_field_changed(self) -> None:
        if self._filling:
            return
        sender = self.sender()
        if sender is self.recipe:
            self._on_recipe_changed()
            return
        if sender is self.optimizer:
            self._on_optimizer_changed()
            return
        self._emit(*self.values())

    def _on_recipe_changed(self) -> None:
        t = dict(self._training)
        if self.recipe.currentData() is not None:  # the recipe decides these now
            t["recipe"] = self.recipe.currentData()
            for key in RECIPE_KEYS:
                t.pop(key, None)
        else:  # keep training as it did: the recipe's values become the file's own
            t = {**with_recipe(t, device_type()), **t}
            t.pop("recipe", None)
        self._emit(dict(self._data), t)

    def _on_optimizer_changed(self) -> None:
        data, t = self.values()
        old = get_optimizer(_name_of(self._training.get("optimizer", "Adam")))
        new = get_optimizer(self.optimizer.currentData())
        if old is not None and new is not None and abs(self.lr.value() - old.default_lr) < 1e-12:
            t["lr"] = new.default_lr  # an untouched lr follows the optimizer (Adadelta: 1.0)
        self._emit(data, t)

    @Slot(str, object)
    def _on_optimizer_option_edited(self, key: str, value: Any) -> None:
        if self._filling:
            return
        data, t = self.values()
        spec = get_optimizer(self.optimizer.currentData())
        if spec is None:
            return
        obj = dict(t["optimizer"]) if isinstance(t.get("optimizer"), dict) else {
            "type": spec.name}
        default = spec.option(key).default if spec.option(key) else None
        if key in OPTIMIZER_SHORTHANDS and key not in obj:  # written where v1 files have it
            if _same(value, default) and key in t:
                t.pop(key)
            elif not _same(value, default):
                t[key] = value
        elif _same(value, default):
            obj.pop(key, None)
        else:
            obj[key] = value
        t["optimizer"] = obj if len(obj) > 1 else spec.name
        self._emit(data, t)

    @Slot(str, object)
    def _on_schedule_option_edited(self, key: str, value: Any) -> None:
        if self._filling:
            return
        data, t = self.values()
        spec = get_schedule(self.schedule.currentData())
        if spec is None:
            return
        old = t.get("schedule") if "schedule" in t else with_recipe(t, device_type()).get(
            "schedule")
        obj = dict(old) if isinstance(old, dict) else {"type": spec.name}
        option = spec.option(key)
        if option is not None and _same(value, option.default) and key in obj:
            obj.pop(key)
        elif option is not None and not _same(value, option.default):
            obj[key] = value
        t["schedule"] = obj
        self._emit(data, t)

    def _emit(self, data: dict[str, Any], training: dict[str, Any]) -> None:
        if data != self._data or training != self._training:
            self._data, self._training = data, training
            self.edited.emit(data, training)
        self._filling = True  # show what the file now means (recipe, arguments)
        try:
            self._fill()
        finally:
            self._filling = False


def _name_of(optimizer: Any) -> Any:
    return optimizer.get("type") if isinstance(optimizer, dict) else optimizer


def _same(a: Any, b: Any) -> bool:
    """Equal as settings: [0.9, 0.99] is (0.9, 0.99), but True is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


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
    i = next((k for k in range(combo.count()) if _same(combo.itemData(k), value)), -1)
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
