"""A start after a crash: the runs of an untitled project and the backup of its unsaved changes
are asked about in one question, over the opened network (not an empty canvas with an error),
and Restore, Discard and Later each do what the question says."""

from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from netstudio.core.project import Project  # noqa: E402
from netstudio.core.runs import ScratchSession, orphaned_stores  # noqa: E402
from tests.core.runs_helpers import tiny_raw  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def crashed():
    """What a crashed session with an untitled, trained and then edited project leaves: a
    scratch store holding one run, and the automatic backup of the edited network."""
    from netstudio.gui import autosave
    from netstudio.gui.app import make_app
    from netstudio.gui.training.run_stores import scratch_root

    make_app()  # QStandardPaths needs the app's names
    session = ScratchSession.new(scratch_root())
    run = session.store.create(Project.from_dict(tiny_raw(hidden=8)), name="lost")
    run.update(status="interrupted")
    run.release()
    session.release()  # the window that made it is gone
    os.utime(session.store.path, (0, 0))  # older than the grace for stores being made
    edited = tiny_raw(hidden=16)
    edited["name"] = "my digits"
    backup = autosave.autosave_path(None)
    backup.parent.mkdir(parents=True, exist_ok=True)
    backup.write_text(json.dumps(edited), encoding="utf-8")
    autosave._meta_path(None).write_text(json.dumps({"source": None, "name": "my digits"}))
    yield session.store.path, backup
    for store in orphaned_stores(scratch_root()):
        ScratchSession.adopt(store).discard()
    autosave.discard(None)


def _start(main_window, answer: str):  # noqa: ANN001, ANN202
    """The app's start (app.open_first_project) with the question answered ``answer``;
    returns the window and what the question showed, with the canvas behind it."""
    from netstudio.gui.app import open_first_project

    window = main_window(extensions=True)
    asked = []

    def ask(texts: list[str]) -> str:
        analysis = window.analysis
        errors = [d for d in analysis.diagnostics if d.severity == "error"] if analysis else []
        asked.append((texts, len(window.project.graph), len(errors)))
        return answer

    window.recovery.ask = ask
    open_first_project(window, None)
    return window, asked


def test_one_question_over_the_opened_network(main_window, crashed):
    window, asked = _start(main_window, "later")
    assert len(asked) == 1  # one question for both
    texts, layers, errors = asked[0]
    assert len(texts) == 2
    assert "my digits" in texts[0] and "backed up automatically" in texts[0]
    assert texts[1].startswith("1 training run of an untitled project")
    assert layers == 11 and errors == 0  # the tutorial CNN behind it, checked clean
    text, info = window.recovery.question(texts)
    assert text.startswith("netstudio did not close normally.") and "• 1 training run" in text
    assert all(word in info for word in ("Restore:", "Discard:", "Later:"))


def test_restore_opens_the_backup_with_its_runs(main_window, crashed):
    scratch, _backup = crashed
    window, asked = _start(main_window, "restore")
    assert len(asked) == 1
    assert window.project.name == "my digits" and "hidden" in window.project.graph.nodes
    assert window.project.graph.nodes["hidden"].params["out_features"] == 16  # the backup,
    assert window.project.path is None and window.isWindowModified()  # not the run's network
    dash = window.training
    assert [r.label for r in dash.runs] == ["lost"]
    assert dash.store.scratch.store.path == scratch


def test_discard_deletes_both_and_keeps_the_tutorial(main_window, crashed):
    scratch, backup = crashed
    window, _ = _start(main_window, "discard")
    assert not backup.exists() and not scratch.exists()
    assert len(window.project.graph) == 11 and not window.isWindowModified()
    assert window.training.runs == []


def test_later_keeps_both_for_the_next_start(main_window, crashed):
    scratch, backup = crashed
    _start(main_window, "later")
    assert backup.exists() and scratch.exists()
    window, asked = _start(main_window, "later")  # the next start asks again
    assert len(asked) == 1 and len(asked[0][0]) == 2


def test_nothing_left_asks_nothing(main_window):
    window, asked = _start(main_window, "restore")
    assert asked == [] and len(window.project.graph) == 11


def test_a_saved_files_backup_is_restored_and_untitled_runs_wait(main_window, crashed,
                                                                  samples_dir, tmp_path):
    """Runs of an untitled project do not replace a saved file's restored changes."""
    import shutil

    from netstudio.gui import autosave
    from netstudio.gui.app import open_first_project

    scratch, _ = crashed
    path = tmp_path / "cnn.nsproj.json"
    shutil.copy(samples_dir / "mnist_cnn.nsproj.json", path)
    edited = tiny_raw(hidden=24)
    backup = autosave.autosave_path(path)
    backup.write_text(json.dumps(edited), encoding="utf-8")
    window = main_window(extensions=True)
    asked = []
    window.recovery.ask = lambda texts: asked.append(texts) or "restore"
    open_first_project(window, str(path))
    assert len(asked) == 1 and str(path) in asked[0][0]
    assert window.project.path == path and "hidden" in window.project.graph.nodes
    assert window.training.runs == [] and scratch.exists()  # offered again next time
    assert "next start" in window.training.panel.banner.text()
    autosave.discard(path)
