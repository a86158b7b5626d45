"""The training settings form: its optimizer/schedule lists and argument fields come from the
optimizer library, and the "fast" recipe preset."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.optim.registry import (  # noqa: E402
    list_optimizers,
    list_schedules,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def form(qtbot):
    from netstudio.gui.app import make_app
    from netstudio.gui.training.settings_form import SettingsForm

    make_app()
    f = SettingsForm()
    qtbot.addWidget(f)
    edits = []

    def apply(data, training):  # what install does: store, then the project refills the form
        edits.append(training)
        f.load(data, training)

    f.edited.connect(apply)
    f.edits = edits
    return f


def test_lists_and_fields_come_from_the_library(form):
    form.load({"dataset": "mnist"}, {"optimizer": "Adam"})
    assert [form.optimizer.itemData(i) for i in range(form.optimizer.count())] == [
        s.name for s in list_optimizers()]
    assert [form.schedule.itemData(i) for i in range(1, form.schedule.count())] == [
        s.name for s in list_schedules()]
    assert "betas" in form.optimizer_options.fields
    form.optimizer.setCurrentIndex(form.optimizer.findData("Adadelta"))
    t = form.edits[-1]
    assert t["optimizer"] == "Adadelta" and t["lr"] == 1.0  # an untouched lr follows
    assert set(form.optimizer_options.fields) == {"rho", "eps", "weight_decay", "maximize"}
    form.optimizer_options.fields["rho"].editor.setValue(0.95)
    assert form.edits[-1]["optimizer"] == {"type": "Adadelta", "rho": 0.95}
    form.optimizer_options.fields["rho"].editor.setValue(0.9)  # back to torch's default
    assert form.edits[-1]["optimizer"] == "Adadelta"


def test_shorthand_arguments_stay_where_v1_files_keep_them(form):
    form.load({"dataset": "mnist"}, {"optimizer": "SGD"})
    form.optimizer_options.fields["momentum"].editor.setValue(0.9)
    form.optimizer_options.fields["nesterov"].editor.setChecked(True)
    assert form.edits[-1]["momentum"] == 0.9 and form.edits[-1]["nesterov"] is True
    assert form.edits[-1]["optimizer"] == "SGD"
    form.optimizer.setCurrentIndex(form.optimizer.findData("Adam"))  # Adam has no momentum
    assert "momentum" not in form.edits[-1] and "nesterov" not in form.edits[-1]


def test_a_pair_argument_is_typed_as_two_numbers_and_checked(form):
    form.load({"dataset": "mnist"}, {"optimizer": "Adam"})
    betas = form.optimizer_options.fields["betas"]
    betas.editor.setText("0.9, 1.5")
    betas._commit()
    assert not form.edits and betas.editor.property("problem")  # refused, outlined
    betas.editor.setText("0.8, 0.99")
    betas._commit()
    assert form.edits[-1]["optimizer"] == {"type": "Adam", "betas": [0.8, 0.99]}


def test_schedule_arguments(form):
    form.load({"dataset": "mnist"}, {})
    form.schedule.setCurrentIndex(form.schedule.findData("warmup_cosine"))
    assert form.edits[-1]["schedule"] == {"type": "warmup_cosine"}
    form.schedule_options.fields["warmup"].editor.setValue(0.2)
    assert form.edits[-1]["schedule"] == {"type": "warmup_cosine", "warmup": 0.2}
    form.schedule.setCurrentIndex(0)
    assert "schedule" not in form.edits[-1]


def test_fast_recipe_preset_shows_its_values_and_yields_to_edits(form):
    form.load({"dataset": "mnist"}, {"optimizer": "SGD", "lr": 0.1, "epochs": 5})
    form.recipe.setCurrentIndex(form.recipe.findData("fast"))
    assert form.edits[-1] == {"recipe": "fast"}  # the recipe decides the rest
    assert form.schedule.currentData() == "onecycle" and form.epochs.value() == 2
    assert form.optimizer.currentData() == "Adam" and form.batch_size.value() == 128
    form.epochs.setValue(3)
    assert form.edits[-1] == {"recipe": "fast", "epochs": 3}
    form.recipe.setCurrentIndex(form.recipe.findData(None))  # custom: keep training the same
    t = form.edits[-1]
    assert "recipe" not in t and t["epochs"] == 3 and t["schedule"]["type"] == "onecycle"


def test_precision_and_compile(form):
    form.load({"dataset": "mnist"}, {})
    assert form.amp.currentData() == "auto"
    form.amp.setCurrentIndex(form.amp.findData(False))
    assert form.edits[-1]["amp"] is False
    form.compile.setChecked(True)
    assert form.edits[-1]["compile"] is True


def test_every_optimizer_and_schedule_argument_has_a_translatable_label(qtbot):
    """The form labels torch's arguments in the UI language, the raw name in the tooltip."""
    from netstudio.core.optim.registry import list_optimizers, list_schedules
    from netstudio.gui.app import make_app
    from netstudio.gui.training.option_labels import LABELS
    from netstudio.gui.training.settings_form import SettingsForm

    make_app()
    names = {o.name for spec in (*list_optimizers(), *list_schedules()) for o in spec.params}
    assert names - set(LABELS) == set()
    form = SettingsForm()
    qtbot.addWidget(form)
    form.load({"dataset": "mnist"}, {"optimizer": "AdamW"})
    label = form.optimizer_options._layout.labelForField(
        form.optimizer_options.fields["weight_decay"].widget)
    assert label.text() == "weight decay" and label.toolTip() == "weight_decay"


def test_optimizer_arguments_read_in_chinese(chinese, qtbot):
    from netstudio.gui.training.settings_form import SettingsForm

    form = SettingsForm()
    qtbot.addWidget(form)
    form.load({"dataset": "mnist"}, {"optimizer": "SGD"})
    options = form.optimizer_options
    labels = {name: options._layout.labelForField(f.widget) for name, f in options.fields.items()}
    assert labels["momentum"].text() == "动量" and labels["momentum"].toolTip() == "momentum"
    assert labels["weight_decay"].text() == "权重衰减"
