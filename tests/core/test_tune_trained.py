"""A study keeps how its trials train: a resume or a joining worker that would train them
otherwise is refused, naming the stored and the given values (no trial needs to run)."""

from __future__ import annotations

import json

import pytest

from netstudio.core.project import Project
from netstudio.core.tune.search import Search
from netstudio.core.tune.storage import StudySettingsChanged
from netstudio.core.tune.trained import TRAINED
from tests.core.tune_helpers import tune_file

SEARCH = {"sampler": "random", "trials": 3, "subset": 200, "space": {
    "training.lr": {"type": "float", "low": 1e-3, "high": 1e-1, "log": True}}}


def _open(path, overrides=None, for_trials=True, **kw):
    s = Search(Project.load(path), tensorboard=False, resume=True, overrides=overrides, **kw)
    return s.open(for_trials=for_trials)


@pytest.fixture
def started(tmp_path):
    """A study made by a first run (no trial trained: opening is enough to fix it)."""
    path = tune_file(tmp_path, SEARCH)
    s = Search(Project.load(path), tensorboard=False)
    return path, s.open()


def test_the_first_run_stores_how_trials_train(started):
    import optuna

    path, name = started
    storage = f"sqlite:///{path.parent / 'tiny.runs' / 'search.db'}"
    stored = optuna.load_study(study_name=name, storage=storage).user_attrs[TRAINED]
    assert stored["epochs_per_trial"] == 1 and stored["subset"] == 200
    assert stored["training"]["batch_size"] == 32 and "lr" not in stored["training"]
    assert stored["data"]["dataset"] == "idx" and len(stored["network"]) == 16


@pytest.mark.parametrize(("overrides", "named"), [
    ({"subset": 100}, "subset: 200 in the study, 100 now"),
    ({"epochs_per_trial": 2}, "epochs_per_trial: 1 in the study, 2 now"),
])
def test_a_resume_with_other_run_settings_is_refused(started, overrides, named):
    path, name = started
    with pytest.raises(StudySettingsChanged) as e:
        _open(path, overrides)
    text = str(e.value)
    assert named in text and repr(name) in text
    assert "drop --subset and --epochs-per-trial" in text and "start a new study" in text
    assert e.value.study == name and named in e.value.changes
    assert _open(path) == name  # the same settings resume
    assert _open(path, {"trials": 5, "sampler": "tpe"}) == name  # these do not train


def _edit(path, change):
    raw = json.loads(path.read_text())
    change(raw)
    path.write_text(json.dumps(raw))


def test_a_changed_project_is_refused_but_layout_and_searched_values_are_not(started):
    path, name = started

    def move_and_retune(raw):
        for i, node in enumerate(raw["graph"]["nodes"]):
            node["pos"] = [i * 40, 7]  # cards moved on the canvas
        raw["training"]["lr"] = 0.5  # the searched value (Apply best)
        raw["training"]["epochs"] = 9  # trials train epochs_per_trial instead
        raw["name"] = "renamed"

    _edit(path, move_and_retune)
    assert _open(path) == name
    _edit(path, lambda raw: raw["training"].update(batch_size=64))
    with pytest.raises(StudySettingsChanged, match="training.batch_size: 32 in the study, "
                                                   "64 now"):
        _open(path)
    assert _open(path, for_trials=False) == name  # reading the study is always allowed
    _edit(path, lambda raw: raw["training"].update(batch_size=32))
    _edit(path, lambda raw: raw["graph"]["nodes"][2]["params"].update(out_features=24))
    with pytest.raises(StudySettingsChanged, match="the network changed"):
        _open(path)


def test_a_study_made_before_the_record_is_checked_on_what_it_described(tmp_path):
    path = tune_file(tmp_path, SEARCH)
    name = Search(Project.load(path), tensorboard=False).open(for_trials=False)
    with pytest.raises(StudySettingsChanged, match="subset: 200 in the study, 50 now"):
        _open(path, {"subset": 50})
    assert _open(path) == name  # and from now on it keeps the full record
