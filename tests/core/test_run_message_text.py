"""A run's failure or stop message keeps its template in run.json ("message_text"), so that
the app shows it in the learner's language when the run is reopened; "message" stays the
English sentence (the command line, older netstudio, people reading the file)."""

from __future__ import annotations

import json

from netstudio.core.project import Project
from netstudio.core.runs import RunStore
from netstudio.core.runs.folder import Run
from netstudio.core.text import Text, text_from_dict, text_to_dict
from netstudio.core.train import messages as msg
from tests.core.runs_helpers import tiny_file

DIVERGED = msg.DIVERGED(step=12, epoch=1, lr="0.001")


def _stored(tmp_path, message):
    path = tiny_file(tmp_path)
    run = RunStore.for_project(path).create(Project.load(path), source=path)
    run.update(status="failed", message=message)
    run.release()
    return run.path


def test_the_message_comes_back_with_its_template(tmp_path):
    folder = _stored(tmp_path, msg.STOPPED_BECAUSE(reason=DIVERGED))
    raw = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    assert raw["message"] == f"Stopped. {DIVERGED}"
    assert raw["message_text"]["source"] == msg.STOPPED_BECAUSE.source
    message = Run.open(folder).record.message
    assert isinstance(message, Text) and message.template == msg.STOPPED_BECAUSE
    inner = message.args["reason"]
    assert isinstance(inner, Text) and inner.args == {"step": 12, "epoch": 1, "lr": "0.001"}
    # a rename rewrites run.json: the template stays
    Run.open(folder).update(name="renamed")
    assert isinstance(Run.open(folder).record.message, Text)


def test_old_runs_and_hand_edits_show_the_english(tmp_path):
    folder = _stored(tmp_path, DIVERGED)
    run_json = folder / "run.json"
    raw = json.loads(run_json.read_text(encoding="utf-8"))
    raw["message"] = "I stopped it myself."  # edited by hand: the file's sentence wins
    run_json.write_text(json.dumps(raw), encoding="utf-8")
    message = Run.open(folder).record.message
    assert message == "I stopped it myself." and not isinstance(message, Text)
    del raw["message_text"]  # a run from before the key
    raw["message"] = str(DIVERGED)
    run_json.write_text(json.dumps(raw), encoding="utf-8")
    assert type(Run.open(folder).record.message) is str


def test_damaged_templates_fall_back_to_the_english():
    english = str(DIVERGED)
    kept = text_to_dict(DIVERGED)
    assert text_from_dict(kept, english) == english
    assert isinstance(text_from_dict(kept, english), Text)
    for bad in (None, 3, {"context": "Trainer"}, {**kept, "args": {}},
                {**kept, "args": {"step": {"text": 5}}}, {**kept, "args": [1]}):
        back = text_from_dict(bad, english)
        assert back == english and not isinstance(back, Text), bad
    assert text_to_dict("plain words") is None


def test_a_trials_reason_comes_back_from_the_study_with_its_template():
    """The Tune tab reads a resumed study's trials from optuna's storage (JSON user attrs)."""
    from optuna.trial import TrialState, create_trial

    from netstudio.core.tune.results import row_of
    from netstudio.core.tune.trial import PRUNED, keep_reason

    attrs: dict = {}

    class Trial:
        def set_user_attr(self, key, value):
            attrs[key] = json.loads(json.dumps(value))  # what a storage keeps

    reason = PRUNED(epoch=2, metric="val_loss", value="0.41")
    keep_reason(Trial(), reason)
    row = row_of(create_trial(state=TrialState.PRUNED, user_attrs=attrs))
    assert row.reason == str(reason) and isinstance(row.reason, Text)
    del attrs["reason_text"]  # a study from before the key
    assert type(row_of(create_trial(state=TrialState.PRUNED, user_attrs=attrs)).reason) is str
