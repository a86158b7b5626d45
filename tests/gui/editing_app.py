"""A netstudio window that keeps editing until it is killed (tests/gui/test_autosave.py).

    python tests/gui/editing_app.py PROJECT DELAY_MS MAX_WAIT_MS EVERY_MS

Opens PROJECT offscreen, adds a ReLU every EVERY_MS milliseconds and prints
"edit N T" (N nodes added, T = time.time()) after each, never saving.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QPointF, QTimer

from netstudio.gui.app import make_app
from netstudio.gui.main_window import MainWindow


def main() -> None:
    path, delay_ms, max_wait_ms, every_ms = sys.argv[1], *map(int, sys.argv[2:5])
    app = make_app()
    window = MainWindow(interactive=False, extensions=False)
    window.autosaver.delay_ms, window.autosaver.max_wait_ms = delay_ms, max_wait_ms
    assert window.open_path(path)
    count = [0]

    def edit() -> None:
        window.add_layer_at("ReLU", QPointF(600, 100 * count[0]))
        count[0] += 1
        print(f"edit {count[0]} {time.time():.3f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(edit)
    timer.start(every_ms)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
