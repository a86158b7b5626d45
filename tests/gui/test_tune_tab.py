"""The Tune tab: add values by right-click, run a 3-trial search on a tiny subset, the table
and plots fill, apply best is one undo step, a trial opens as its stored run."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtGui import QContextMenuEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from netstudio.gui.tune.worker import IDLE  # noqa: E402
from tests.core.tune_helpers import tune_file  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def window(main_window, tmp_path):
    path = tune_file(tmp_path, {"space": {}})
    raw = json.loads(path.read_text())
    del raw["search"]  # a project that does not search yet
    path.write_text(json.dumps(raw))
    w = main_window(path=path, extensions=True, show=True)
    yield w
    w.training.tune.shutdown()


def _right_click(widget, on):
    """A context-menu event on ``on`` (a label), delivered like a real right-click: to the
    label first, then, ignored there, to its parents."""
    pos = on.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, on.mapToGlobal(pos))
    QApplication.sendEvent(on, event)


def _label(parent, text):
    return next(lab for lab in parent.findChildren(QLabel) if lab.text() == text)


def test_right_click_adds_values_then_a_search_runs_and_apply_best_is_one_undo_step(
        qtbot, window):
    glue = window.training.tune
    menus = glue._menus
    # a layer parameter in Properties: select the dropout, right-click "p"
    window.scene.select_nodes(["drop"])
    qtbot.waitUntil(lambda: window.properties.node_id == "drop")
    _right_click(window.properties, _label(window.properties.widget(), "p"))
    menu = menus.last_menu
    assert menu is not None
    action = menu.actions()[0]
    assert action.data() == "nodes.drop.p" and action.isEnabled()
    action.trigger()
    # a training setting: the learning rate's row in the Training panel
    form = window.training.panel.form
    _right_click(form, _label(form, form.tr("Learning rate")))
    action = menus.last_menu.actions()[0]
    assert action.data() == "training.lr"
    action.trigger()
    space = window.project.search["space"]
    assert space["nodes.drop.p"] == {"type": "float", "low": 0.0, "high": 0.5}
    assert space["training.lr"]["log"] is True
    assert glue.panel.space.paths == ["nodes.drop.p", "training.lr"]
    # the card menu on the canvas offers the layer's parameters too
    from PySide6.QtWidgets import QMenu

    card = QMenu()
    menus.node_entries(card, "hidden")
    sub = card.actions()[0].menu()
    assert "nodes.hidden.out_features" in [a.data() for a in sub.actions()]

    # 3 quick trials
    panel = glue.panel
    panel.trials.setValue(3)
    panel.sampler.setCurrentIndex(panel.sampler.findData("random"))
    assert window.project.search["trials"] == 3
    assert "random" in panel.explain.text().lower()
    before = (window.project.training["lr"], window.project.graph.node("drop").params["p"])
    assert glue.start()
    qtbot.waitUntil(lambda: glue.controller.state == IDLE, timeout=180_000)
    state = panel.state
    assert state is not None and [r.state for r in state.rows].count("complete") == 3
    assert panel.model.rowCount() == 3
    assert len(panel.parallel.lines) == 3
    assert len(panel.progress.dots.data) == 3
    assert {p for p, _ in panel.importance.shares} == {"nodes.drop.p", "training.lr"}
    assert panel.apply.isEnabled()

    # apply best: one undo step that changes both values; undo restores them
    best = state.best
    depth = window.undo_stack.count()
    assert glue.apply_best()
    assert window.undo_stack.count() == depth + 1
    assert window.project.training["lr"] == best.params_dict["training.lr"]
    assert window.project.graph.node("drop").params["p"] == best.params_dict["nodes.drop.p"]
    window.undo_stack.undo()
    assert (window.project.training["lr"], window.project.graph.node("drop").params["p"]) \
        == before

    # a trial opens as its stored run; two trials compare in the diff view
    assert glue.open_trial(best)
    assert [r.id for r in window.training.runs_panel.selected_rows()] == [best.run]
    dialog = glue.compare_trials(state.rows[0], state.rows[1])
    assert dialog is not None


def test_the_table_shows_the_checkers_problem_and_edits_are_undoable(qtbot, window):
    glue = window.training.tune
    glue.search_value("training.lr")
    table = glue.panel.space
    table.item(0, 2).setText("0.5")  # low above high
    qtbot.waitUntil(lambda: "greater than high" in table.item(0, 0).toolTip())
    assert window.project.search["space"]["training.lr"]["low"] == 0.5
    assert not glue.start()
    assert "cannot start" in glue.panel.status.text()
    window.undo_stack.undo()
    assert window.project.search["space"]["training.lr"]["low"] == 0.001  # lr 0.01 / 10
    assert table.item(0, 2).text() == "0.001"


def test_untitled_projects_are_asked_to_save_first(main_window):
    w = main_window(extensions=True)
    w.training.tune.search_value("training.lr")
    assert not w.training.tune.start()
    assert "Save the project" in w.training.tune.panel.status.text()


@pytest.mark.slow
def test_stopped_in_the_app_resumed_elsewhere_the_tab_shows_it_read_off_the_gui_thread(
        qtbot, main_window, tmp_path, monkeypatch):
    """Start in the app, Stop during the second trial, the command line resumes the study:
    the tab shows the trials the other process ran when the app comes back to the front,
    and the best of them applies as one undo step. The study's storage is never opened in
    the GUI thread (that takes a fraction of a second, seconds at the first import)."""
    import threading

    from PySide6.QtCore import Qt

    from netstudio.core.project import Project
    from netstudio.core.tune import storage
    from netstudio.core.tune.search import Search

    path = tune_file(tmp_path, {"sampler": "random", "trials": 2, "seed": 0, "space": {
        "training.lr": {"type": "float", "low": 1e-3, "high": 1e-1, "log": True}}})
    opened_in: list[bool] = []
    watching = [True]  # not while this test plays the command line
    real_open = storage.open_storage

    def watched(*args, **kwargs):
        if watching[0]:
            opened_in.append(threading.current_thread() is threading.main_thread())
        return real_open(*args, **kwargs)

    monkeypatch.setattr(storage, "open_storage", watched)
    w = main_window(path=path, extensions=True, show=True)
    glue = w.training.tune
    glue.dock.show()
    glue.dock.raise_()
    qtbot.waitUntil(lambda: glue.controller.state == IDLE, timeout=30_000)

    def stop_in_the_second_trial(event):
        if event.number == 1:
            glue.panel.stop.click()

    glue.controller.trial_started.connect(stop_in_the_second_trial)
    assert glue.start()
    # The button's click arrives through the event loop, maybe after a quick trial ended:
    # the stop also reaches the search thread as the second trial starts (at any speed).
    worker = glue.controller.worker
    worker.trial_started.connect(lambda e: worker.stop() if e.number == 1 else None,
                                 Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: glue.controller.state == IDLE, timeout=180_000)
    name = glue.study
    assert [r.state for r in glue.panel.state.rows if r.counted] == ["complete"]
    # the command line resumes it: `netstudio tune FILE --resume`
    watching[0] = False
    more = Search(Project.load(path), tensorboard=False, resume=True)
    assert more.open() == name
    rows = more.run().rows
    assert [r.state for r in rows if r.counted] == ["complete"] * 2
    watching[0] = True
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: glue.panel.state is not None and sum(
        r.counted for r in glue.panel.state.rows) == 2, timeout=60_000)
    qtbot.waitUntil(lambda: glue.controller.state == IDLE, timeout=30_000)
    assert opened_in and not any(opened_in)
    best = glue.panel.state.best
    assert best.value == max(r.value for r in rows if r.counted)
    depth = w.undo_stack.count()
    assert glue.apply_best()
    assert w.undo_stack.count() == depth + 1
    assert w.project.training["lr"] == best.params_dict["training.lr"]
    glue.shutdown()


@pytest.mark.slow
def test_resuming_a_study_that_trained_otherwise_is_refused_then_start_begins_a_new_one(
        qtbot, main_window, tmp_path):
    """The one check in core (tune.trained): the tab shows the stored and the given values
    and does not resume; the next Start makes a new study instead of mixing trials."""
    from netstudio.core.project import Project
    from netstudio.core.tune.search import Search

    path = tune_file(tmp_path, {"sampler": "random", "trials": 3, "subset": 200, "space": {
        "training.lr": {"type": "float", "low": 1e-3, "high": 1e-1, "log": True}}})
    name = Search(Project.load(path), tensorboard=False).open()  # started elsewhere
    raw = json.loads(path.read_text())
    raw["search"]["subset"] = 100
    path.write_text(json.dumps(raw))
    w = main_window(path=path, extensions=True, show=True)
    glue = w.training.tune
    glue.dock.show()
    glue.dock.raise_()
    qtbot.waitUntil(lambda: glue.study == name and glue.controller.state == IDLE,
                    timeout=30_000)  # the study is shown (reading it is always allowed)
    started = []
    glue.controller.trial_started.connect(started.append)
    assert glue.start()
    qtbot.waitUntil(lambda: glue.controller.state == IDLE, timeout=30_000)
    status = glue.panel.status.text()
    assert name in status and "subset: 200 in the study, 100 now" in status, status
    assert glue.study is None and not started
    assert glue.start()  # again: a new study with the new settings
    qtbot.waitUntil(lambda: glue.study not in (None, name), timeout=30_000)
    glue.shutdown()
