"""The Simplified Chinese translation: the training and inspection UI use it, and every
string the sources mark (the GUI's tr()/translate(), the core's QT_TRANSLATE_NOOP templates)
has a finished translation in the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "netstudio_zh_CN.ts"
QM = TS.with_suffix(".qm")
SOURCES = ROOT / "netstudio"  # the GUI's strings and the core's templates
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|<b>|</b>")  # {0}, {node}, {params:,}


def test_training_and_inspect_ui_speak_chinese(chinese, main_window):
    from netstudio.gui.training.controller import PAUSED

    w = main_window(extensions=True)
    dash = w.training
    panel = dash.panel
    assert panel.train_button.text() == "训练"
    assert panel.step_button.text() == "单步"
    panel.set_state(PAUSED)
    assert panel.pause_button.text() == "继续"
    assert panel.status.text().endswith("（已暂停）")
    tabs = dash.inspector.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["特征图", "卷积核", "直方图", "结果", "手写"]
    dash.inspector.show_tab("Histograms")  # the English keys still work
    assert tabs.tabText(tabs.currentIndex()) == "直方图"
    assert dash.docks["inspect"].windowTitle() == "观察网络"
    assert "训练(&T)" in [a.text() for a in w.menuBar().actions()]
    assert dash.inspector.per_class.table.horizontalHeaderItem(1).text() == "精确率"


def test_without_translator_the_ui_stays_english(main_window):
    dash = main_window(extensions=True).training
    assert dash.panel.train_button.text() == "Train"
    assert dash.inspector.tabs.tabText(0) == "Feature maps"


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name", ""), m) for c in root.iter("context") for m in c.iter("message")]


def test_every_message_in_the_ts_is_translated():
    problems = []
    messages = _messages(TS)
    assert len(messages) > 600  # builder, training, inspection and the core's sentences
    for context, m in messages:
        source = m.findtext("source", "")
        t = m.find("translation")
        kind = "" if t is None else t.get("type", "")
        text = "" if t is None else (t.text or "")
        if kind or not text.strip():
            problems.append(f"{context}: {source!r} is {kind or 'untranslated'}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
        elif source.count("&") != text.count("&"):
            problems.append(f"{context}: {source!r} -> {text!r} loses the & shortcut")
    assert not problems, "\n".join(problems)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def test_ts_holds_every_string_of_the_sources(tmp_path):
    """lupdate over the sources adds nothing: a new tr() string without a translation (or
    lupdate not run after adding it) fails here. See resources/translations/README.md."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    done = subprocess.run([_tool("lupdate"), "-extensions", "py", str(SOURCES), "-ts",
                           str(copy)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    missing = [f"{c}: {m.findtext('source')!r}" for c, m in _messages(copy)
               if (m.find("translation") is not None
                   and m.find("translation").get("type") == "unfinished")]
    assert not missing, "run lupdate and translate:\n" + "\n".join(missing)


def test_qm_is_compiled_from_the_ts(tmp_path):
    out = tmp_path / QM.name
    done = subprocess.run([_tool("lrelease"), str(TS), "-qm", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (README) and commit the .qm"
