"""The run list's hint stands above an empty table only: with runs listed it is the table's
tooltip, so the run buttons stay in view on a 1280x720 screen."""

from __future__ import annotations

import pytest

from netstudio.gui.training.runs import RunRow, RunsPanel

pytestmark = pytest.mark.gui


def test_the_hint_shows_while_no_run_is_listed(qtbot):
    panel = RunsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.hint.isVisible()
    empty_height = panel.minimumSizeHint().height()
    panel.set_rows([RunRow(live=True, name="run 1")])
    assert not panel.hint.isVisible() and panel.table.toolTip() == panel.hint.text()
    assert panel.minimumSizeHint().height() < empty_height  # the room goes to the buttons
    panel.set_rows([])
    assert panel.hint.isVisible()
