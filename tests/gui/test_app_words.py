"""Problems in the app's words: the "auto" box instead of a key to remove, and where the number
comes from when a size after a Flatten is wrong (64×4×4 = 1024)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

WHY = "'flatten' turns its 64×4×4 input into 64 × 4 × 4 = 1024 features."


def test_tutorial_mistake_is_explained_where_it_is_shown(main_window):
    w = main_window(sample="tutorial_mistakes")
    rows = [w.diagnostics.item(i).text() for i in range(w.diagnostics.count())]
    fc1 = next(r for r in rows if r.startswith("fc1"))
    assert 'tick "auto" for in_features, or set it to 1024' in fc1 and WHY in fc1
    assert "remove in_features" not in fc1
    assert WHY in w.scene.nodes["fc1"].tooltip_text().replace("&#x27;", "'")
    w.scene.select_nodes(["fc1"])
    assert WHY in w.properties._problems.text().replace("&#x27;", "'")
    assert WHY in w.properties.fields["in_features"].editor.toolTip()
    # fixed as the app says: tick "auto", and the explanation goes with the problem
    w.properties.fields["in_features"].auto.setChecked(True)
    w.run_analysis()
    assert not any(WHY in w.diagnostics.item(i).text() for i in range(w.diagnostics.count()))


def test_other_core_fixes_use_the_app_words(main_window):
    from netstudio.core.checks import params as checks
    from netstudio.gui.i18n import core_text

    main_window()
    fix = checks.CHANGE_OR_DEFAULT(field="p", default="0.5")
    assert str(fix).startswith("change p, or remove it")  # the command line's words
    assert core_text(fix) == "set p in Properties (its default is 0.5)"


def test_why_is_said_only_after_a_flatten(main_window):
    from netstudio.core.analysis import analyze
    from netstudio.core.project import Project
    from netstudio.gui.panels.explain import why

    main_window()
    graph = {"nodes": [{"id": "input", "type": "Input", "params": {"shape": [20]}},
                       {"id": "fc", "type": "Linear", "params": {"in_features": 3,
                                                                 "out_features": 2}}],
             "edges": [{"from": "input", "to": "fc"}]}
    project = Project.from_dict({"format": "netstudio", "version": 1, "graph": graph})
    analysis = analyze(project)
    d = next(d for d in analysis.diagnostics if d.code == "inferred-mismatch")
    assert why(d, analysis, project.graph) is None  # no Flatten: nothing to explain
