"""Sentences from the core in the Chinese UI: checker diagnostics and fixes (in the app's own
words where they differ), trainer messages, layer names in the palette, dataset titles."""

from __future__ import annotations

import pytest

from netstudio.core.analysis import analyze
from netstudio.core.project import Project

pytestmark = pytest.mark.gui


def tutorial_mistakes(samples_dir):
    return analyze(Project.load(samples_dir / "tutorial_mistakes.nsproj.json"))


def test_without_a_translator_core_text_is_the_english_sentence(main_window, samples_dir):
    from netstudio.gui.i18n import core_text

    main_window()
    d = next(d for d in tutorial_mistakes(samples_dir).diagnostics if d.node == "fc1")
    assert core_text(d.message) == d.message == "fc1 receives 1024 features but in_features is 3136."
    # the app's own words: the properties panel has an "auto" box, not a key to remove
    assert core_text(d.fix) == 'tick "auto" for in_features, or set it to 1024'
    assert d.fix == "remove in_features or set it to 1024"  # what the command line says


def test_checker_and_trainer_sentences_are_translated(chinese, samples_dir):
    from netstudio.core.train import messages
    from netstudio.gui.i18n import core_text

    d = next(d for d in tutorial_mistakes(samples_dir).diagnostics if d.node == "fc1")
    assert core_text(d.message) == "fc1 收到 1024 个特征，但 in_features 是 3136。"
    assert core_text(d.fix) == "勾选 in_features 的“自动”，或把它设为 1024"
    assert core_text(messages.FINISHED(count=3)) == "完成 3 轮训练。"
    assert core_text(messages.STOPPED_BECAUSE(reason=messages.STOPPED_AFTER(epoch=2))) == (
        "已停止。在第 2 轮之后停止。")  # nested sentences are translated too
    assert core_text("plain text") == "plain text"


def test_problems_panel_palette_and_settings_speak_chinese(chinese, main_window):
    w = main_window(sample="tutorial_mistakes", extensions=True)
    texts = [w.diagnostics.item(i).text() for i in range(w.diagnostics.count())]
    assert any("收到 1024 个特征" in t and "修改方法：勾选" in t for t in texts), texts
    model = w.palette.model
    heads = [model.item(r).text() for r in range(model.rowCount())]
    assert "卷积" in heads and "Convolution" not in heads
    assert w.training.panel.form.dataset.itemText(0) == "MNIST 手写数字"
