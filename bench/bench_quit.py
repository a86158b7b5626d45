"""How long the process lives after the window closes (Quit): a plain interpreter exit versus
netstudio.gui.app.leave (exit handlers, then the end of the process).

Each run starts the app in a subprocess (offscreen) with the tutorial CNN and the training
panels, closes it from a timer, and times from the end of the event loop to the process's
exit, with a test-image loader started (as when a layer is selected) or not. Baseline: the same
run ending with a plain interpreter exit.

    QT_QPA_PLATFORM=offscreen python bench/bench_quit.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import sys
from PySide6.QtCore import QTimer
from netstudio.gui import app as app_module, resources
app = app_module.make_app()
from netstudio.gui.main_window import MainWindow
window = MainWindow(interactive=False)  # with the training and inspection panels
window.show()
window.files.open_sample(resources.default_sample(), check_unsaved=False)
window.scene.select_nodes(["conv1"])  # starts loading the test images, as a user does
QTimer.singleShot(200, window.close)
QTimer.singleShot(300, app.quit)
app.exec()
print("LOOP_ENDED", flush=True)
if sys.argv[1] == "leave":
    app_module.leave(0)
"""


def time_exit(mode: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if "LOOP_ENDED" in line:
            start = time.monotonic()
            break
    else:
        raise RuntimeError("the app did not start")
    child.wait()
    return time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    times: dict[str, list[float]] = {"plain": [], "leave": []}
    for _ in range(runs):  # interleaved: both see the same machine load
        for mode in times:
            times[mode].append(time_exit(mode))
    plain, leave = (statistics.median(times[m]) for m in ("plain", "leave"))
    print(f"exit after the event loop, median of {runs}: plain {plain:.2f} s, "
          f"leave() {leave:.2f} s, ratio {leave / plain:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
