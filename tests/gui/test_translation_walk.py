"""A walk through the window in zh_CN: no English sentence on any widget of any tab or dock
(shown or not), menu, list or tooltip (technical names such as Conv2d, torch's argument names and settings keys
may stay). Fails when a new string is left untranslated or is shown without tr()."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.gui

# two English words in a row, once the names that stay English are taken out
ENGLISH = re.compile(r"\b[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}\b")
NAMES = re.compile(r"(Conv\w*|\w*Pool\w*|Batch\w+|Layer\w+|\w+Loss|torch[\w.]*|ONNX|TensorBoard|"
                   r"PyTorch|MNIST|Fashion-MNIST|CIFAR-10|KMNIST|ResNet|LeNet-5|Adam\w*|SGD|"
                   r"\w*ReLU\w*|GELU|Tanh|LSTM|(?:training|data|search)\.\w+|https?://\S+|"
                   r"\S+\.(?:json|py|onnx|pt2?|md)|netstudio|Ctrl\+\w+|Shift\+\w+|Grad-CAM|"
                   r"t-SNE|UMAP|PCA|CPU|GPU|\w*LR\b|\(\w+\)|x\b)")


def _english(text: object) -> str | None:
    plain = re.sub(r"<[^>]+>", " ", str(text or ""))
    found = ENGLISH.search(NAMES.sub(" ", plain))
    return plain if found else None


def _texts(window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabBar,
        QWidget,
    )

    for w in window.findChildren(QWidget):
        kind = type(w).__name__
        if isinstance(w, QLabel):
            if w.toolTip() and w.toolTip().replace("_", " ") == w.text():
                continue  # an optimizer's or schedule's argument: torch's name
            yield kind, w.text()
        yield f"{kind} tooltip", w.toolTip()
        if isinstance(w, QAbstractButton):
            yield kind, w.text()
        if isinstance(w, QTabBar):
            yield from ((kind, w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QDockWidget):
            yield kind, w.windowTitle()
        if isinstance(w, QGroupBox):
            yield kind, w.title()
        if isinstance(w, QComboBox):
            yield from ((kind, w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QLineEdit):
            yield kind, w.placeholderText()
        for action in QWidget.actions(w):  # (a panel may name an attribute "actions")
            yield f"{kind} action", action.text()


def test_the_window_in_chinese_shows_no_english_sentence(chinese, main_window):
    w = main_window(sample="mnist_cnn", extensions=True)
    found = {}
    for kind, text in _texts(w):  # every page, shown or not: no tab needs opening
        english = _english(text)
        if english:
            found.setdefault(english.strip()[:120], kind)
    assert not found, found


def test_plot_menus_samples_and_schedules_read_in_chinese(chinese, main_window):
    import pyqtgraph as pg

    w = main_window()
    samples = [a.text() for a in w.action_set.samples_menu.actions()]
    assert "卷积自编码器" in samples and "教程中的错误" in samples, samples
    menu = pg.PlotWidget().getViewBox().menu  # pyqtgraph's own words, in its contexts
    entries = [a.text() for a in menu.actions()]
    assert "显示全部" in entries and "鼠标模式" in entries, entries
    from netstudio.gui.training.settings_form import SettingsForm

    form = SettingsForm()
    titles = [form.schedule.itemText(i) for i in range(form.schedule.count())]
    assert "单周期" in titles, titles  # the torch class name is in the entry's tooltip
    one_cycle = form.schedule.findData("onecycle")
    assert form.schedule.itemData(one_cycle, 3).startswith("单周期（OneCycleLR）")
    assert not [t for t in titles if _english(t)], titles


def test_the_file_dialogs_words_read_in_chinese(chinese):
    from PySide6.QtCore import QCoreApplication

    from netstudio.gui.file_ops import FILE_FILTER

    assert QCoreApplication.translate("FileOps", FILE_FILTER).startswith("netstudio 项目")
    # Qt's own catalogue lacks these two labels of its file dialog; netstudio's has them
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"
