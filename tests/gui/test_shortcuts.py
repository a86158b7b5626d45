"""Every shortcut is bound once and the F1 dialog lists them all by their real names.

Qt's standard keys depend on the platform: on X11 "Delete" also means Ctrl+D and "Undo" also
F14. The uniqueness check therefore runs the window on the xcb platform (under Xvfb, started
here when there is no display), in a subprocess, since this process's Qt is offscreen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QTextBrowser

pytestmark = pytest.mark.gui

_PROBE = """
import json
from netstudio.gui.app import make_app
app = make_app()
from netstudio.gui.main_window import MainWindow
from netstudio.gui.shortcuts import duplicate_shortcuts, shortcut_rows
w = MainWindow(interactive=False, extensions=True)
print("RESULT" + json.dumps({"platform": app.platformName(),
                             "clashes": duplicate_shortcuts(w),
                             "rows": shortcut_rows(w)}))
w.training.shutdown()
"""


@pytest.fixture(scope="module")
def x11_display():
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None:
        pytest.skip("no X display and no Xvfb: the X11 key bindings cannot be checked here")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


@pytest.mark.slow
def test_every_shortcut_is_bound_once_on_x11(x11_display):
    env = dict(os.environ, DISPLAY=x11_display, QT_QPA_PLATFORM="xcb")
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                          text=True, timeout=240)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT")), None)
    assert line is not None, done.stderr[-2000:]
    result = json.loads(line[len("RESULT"):])
    assert result["platform"] == "xcb"
    assert result["clashes"] == {}
    keys = {name: keys for _section, name, keys in result["rows"]}
    assert keys["Duplicate"] == "Ctrl+D" and "Ctrl+D" not in keys["Delete"]


def test_shortcuts_dialog_is_made_from_the_actions(main_window):
    from netstudio.gui.shortcuts import duplicate_shortcuts, shortcut_rows, show_shortcuts

    w = main_window(extensions=True)
    w.undo_stack.push(QUndoCommand("Add ReLU 'relu_1'"))
    rows = shortcut_rows(w)
    names = {name: keys for _section, name, keys in rows}
    assert names["Undo"].startswith("Ctrl+Z") and not any("Add ReLU" in n for n in names)
    assert names["Train"] == "F5" and names["Stop"] == "Shift+F5"
    assert names["Pause / Resume"] == "F6" and names["Step one batch"] == "F7"
    assert names["Add Layer"] == "/, Tab" and names["Keyboard Shortcuts"] == "F1"
    assert not any(f"F{n}" in keys.split(", ") for keys in names.values() for n in range(13, 36))
    assert duplicate_shortcuts(w) == {}
    dialog = show_shortcuts(w)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Shift+F5" in text and "F14" not in text
    dialog.close()
    # the check can fail: a second action on Ctrl+D (what Key.Delete adds on X11) is caught
    extra = QAction("Delete again", w)
    extra.setShortcuts([QKeySequence("Del"), QKeySequence("Ctrl+D")])
    w.addAction(extra)
    assert set(duplicate_shortcuts(w)) == {"Del", "Ctrl+D"}
    w.training.shutdown()
