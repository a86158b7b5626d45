"""The GUI thread's work for the projector's first picture of 10,000 points in a process.

The real main window (the app's start-up: torch imported for the training views) opens the
tutorial CNN; the Explain dock's projector runs PCA of the 10,000 test images in its worker,
and the picture is drawn in the GUI thread. Measured there, as the GUI thread's own CPU time
(time.thread_time): the drawing (show_projection), the longest gap between the ticks of a
5 ms timer from the click on Show until the points are on screen, the full garbage collections
that ran in the GUI thread meanwhile, and one gc.collect() afterwards. One process per round (only
the first drawing in a process can pay for a full garbage collection), alternating:

  shipped   the window as it is: showing a project ends with gc.freeze() (gui/canvas/bulk.py),
            which takes the objects alive then, torch's ~250,000 among them, out of the
            collector's full rounds
  unfrozen  the same after gc.unfreeze(): every full round walks torch's objects again, as
            before that freeze (the projector's figure of 150 ms was measured then)

    QT_QPA_PLATFORM=offscreen python bench/bench_projector_first_draw.py --rounds 5
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one(mode: str) -> dict:
    from PySide6.QtCore import QTimer

    from netstudio.gui.app import make_app
    from netstudio.gui.main_window import MainWindow

    app = make_app()
    w = MainWindow(interactive=False)
    w.resize(1280, 780)
    w.show()
    w.files.open_sample(ROOT / "samples" / "mnist_cnn.nsproj.json", check_unsaved=False)
    if mode == "unfrozen":
        gc.unfreeze()

    def wait(cond, timeout: float) -> None:
        t0 = time.time()
        while not cond():
            app.processEvents()
            time.sleep(0.002)
            if time.time() - t0 > timeout:
                raise SystemExit(f"timed out ({mode})")

    hub = w.training.explain
    view = hub.projector
    w.training.inspector.ensure_samples()
    wait(lambda: w.training.inspector.samples is not None, 300)
    hub.dock.show()
    hub.show_tab("Projector")
    wait(lambda: view.layer.count() > 0, 300)
    full: list[float] = []  # the GUI thread's full collections: their CPU time
    started = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if info["generation"] == 2:
            if phase == "start":
                started[0] = time.thread_time()
            else:
                full.append(time.thread_time() - started[0])

    gc.callbacks.append(on_gc)
    drawing: list[float] = []
    show = view.show_projection

    def timed_show(*args):  # the GUI thread's drawing, as the worker's result arrives
        t0 = time.thread_time()
        show(*args)
        drawing.append(time.thread_time() - t0)

    view.show_projection = timed_show
    gaps: list[float] = []
    last = [time.thread_time()]

    def tick() -> None:
        now = time.thread_time()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    view.method.setCurrentIndex(view.method.findData("pca"))
    view.run_button.click()
    wait(lambda: view.point_count() == 10_000, 300)
    app.processEvents()
    timer.stop()
    gc.callbacks.remove(on_gc)
    t0 = time.thread_time()
    gc.collect()
    collect = time.thread_time() - t0
    w.training.shutdown()
    hub.shutdown()
    return {"mode": mode, "draw_ms": drawing[0] * 1000, "longest_gap_ms": max(gaps) * 1000,
            "full_collections_ms": [round(x * 1000) for x in full],
            "gc_collect_ms": collect * 1000, "tracked_objects": len(gc.get_objects())}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--one", choices=("shipped", "unfrozen"))
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)), flush=True)
        os._exit(0)  # no teardown: only the figures matter
    results: dict[str, list[dict]] = {"shipped": [], "unfrozen": []}
    for _ in range(args.rounds):
        for mode in results:
            out = subprocess.run([sys.executable, __file__, "--one", mode], capture_output=True,
                                 text=True, check=True, cwd=ROOT)
            row = json.loads(out.stdout.strip().splitlines()[-1])
            results[mode].append(row)
            print(row, flush=True)
    for mode, rows in results.items():
        print(f"{mode:8s} median over {len(rows)} processes: drawing "
              f"{statistics.median(r['draw_ms'] for r in rows):.0f} ms, longest GUI-thread gap "
              f"{statistics.median(r['longest_gap_ms'] for r in rows):.0f} ms, one full "
              f"collection {statistics.median(r['gc_collect_ms'] for r in rows):.0f} ms "
              "(GUI-thread CPU)")


if __name__ == "__main__":
    main()
