"""How long the GUI thread is busy while the Tune tab and the Explain dock work.

The real main window is driven through a whole session while a 5 ms QTimer ticks in the GUI
thread; every gap between two ticks is recorded as wall time and as the GUI thread's own CPU
time (time.thread_time). On a loaded machine the wall gaps also hold the time the process waits
for a core (or for the GIL held by a worker thread), so the CPU figure is the one that says how
much work the GUI thread itself did. Target: no single stretch of GUI-thread work over 50 ms.

Phases (each prints its ticks and its five longest gaps):
  tune        a 3-trial TPE search of the tutorial CNN (subset 300) started from the Tune tab,
              apply best, the project opened again (the tab reads the study back)
  doctor      the tutorial CNN with lr 0.1 and unscaled inputs trained one epoch on N images,
              every fix the doctor offers applied, trained again
  projector   the 10,000 test images in the projector with PCA, t-SNE and UMAP; after each,
              fade all classes but 4 and 9, zoom and pan; then UMAP stopped after 3 s

    QT_QPA_PLATFORM=offscreen python bench/bench_gui_thread_explain.py --phases tune,doctor,projector
    (with DISPLAY set and QT_QPA_PLATFORM=xcb, --shots DIR saves a screenshot after each step)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Ticks:
    """Gaps between ticks of a 5 ms timer in the GUI thread, per phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.phase = "start"
        self.gaps: dict[str, list[tuple[float, float]]] = {}
        self.last = (time.perf_counter(), time.thread_time())
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = (time.perf_counter(), time.thread_time())
        self.gaps.setdefault(self.phase, []).append((now[0] - self.last[0],
                                                     now[1] - self.last[1]))
        self.last = now

    def report(self) -> None:
        for phase, gaps in self.gaps.items():
            wall = sorted((w for w, _ in gaps), reverse=True)[:5]
            cpu = sorted((c for _, c in gaps), reverse=True)[:5]
            print(f"{phase:16s} ticks {len(gaps):6d}  longest gaps, wall ms "
                  f"{[round(x * 1000) for x in wall]}  GUI-thread CPU ms "
                  f"{[round(x * 1000) for x in cpu]}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phases", default="tune,doctor,projector")
    parser.add_argument("--subset", type=int, default=1500)
    parser.add_argument("--shots", default=None)
    args = parser.parse_args()
    phases = args.phases.split(",")

    from netstudio.gui.app import make_app
    from netstudio.gui.main_window import MainWindow
    from netstudio.gui.training.controller import IDLE
    from netstudio.gui.training.worker import RunOptions

    app = make_app()
    w = MainWindow(interactive=False)
    w.resize(1280, 780)
    w.show()
    ticks = Ticks()
    work = Path(tempfile.mkdtemp(prefix="bench-gui-thread-"))

    def wait(cond, timeout: float) -> bool:
        t0 = time.time()
        while not cond():
            app.processEvents()
            time.sleep(0.002)
            if time.time() - t0 > timeout:
                return False
        return True

    def pause(seconds: float) -> None:
        wait(lambda: False, seconds)

    def shot(name: str) -> None:
        if args.shots and os.environ.get("DISPLAY") and shutil.which("import"):
            subprocess.run(["import", "-window", "root", "-display", os.environ["DISPLAY"],
                            str(Path(args.shots) / f"{name}.png")], check=False)

    def project_file(name: str, edit) -> Path:
        raw = json.loads((ROOT / "samples" / "mnist_cnn.nsproj.json").read_text())
        edit(raw)
        path = work / name
        path.write_text(json.dumps(raw))
        return path

    dash = w.training
    try:
        if "tune" in phases:
            def searched(raw):
                raw["search"] = {"sampler": "tpe", "trials": 3, "epochs_per_trial": 1,
                                 "subset": 300, "space": {
                                     "training.lr": {"type": "float", "low": 1e-4,
                                                     "high": 1e-2, "log": True},
                                     "nodes.conv1.out_channels": {"type": "int", "low": 8,
                                                                  "high": 64, "step": 8}}}
            path = project_file("tune.nsproj.json", searched)
            ticks.phase = "tune-open"
            assert w.open_path(str(path))
            dash.tune.dock.show()
            dash.tune.dock.raise_()
            pause(1)
            ticks.phase = "tune-run"
            assert dash.tune.start()
            wait(lambda: not dash.tune.controller.busy, 900)
            shot("tune")
            ticks.phase = "tune-apply"
            dash.tune.apply_best()
            pause(0.5)
            ticks.phase = "tune-reopen"
            assert w.open_path(str(path))
            dash.tune.dock.show()
            dash.tune.dock.raise_()
            wait(lambda: dash.tune.panel.model.rowCount() == 3, 60)
            wait(lambda: not dash.tune.controller.busy, 60)
        if "doctor" in phases or "projector" in phases:
            def broken(raw):
                raw["training"].update(lr=0.1, epochs=1)
                raw["data"]["normalize"] = "unit"
            assert w.open_path(str(project_file("broken.nsproj.json", broken)))
            dash.controller.options = RunOptions(subset=args.subset)
            hub = dash.explain
            hub.dock.show()
            hub.dock.raise_()
            for step in ("doctor-train", "doctor-retrain"):
                ticks.phase = step
                dash.panel.train_button.click()
                wait(lambda: dash.controller.state != IDLE, 60)
                wait(lambda: dash.controller.state == IDLE, 1800)
                pause(2)
                print(step, "findings:", [(f.code, f.node) for f in hub.doctor.findings],
                      flush=True)
                shot(step)
                if step == "doctor-train":
                    ticks.phase = "doctor-fix"
                    for card in list(hub.doctor.cards):
                        if card.buttons:
                            card.buttons[0].click()
                            pause(0.2)
        if "projector" in phases:
            hub = dash.explain
            hub.show_tab("Projector")
            view = hub.projector
            wait(lambda: view.layer.count() > 0, 120)
            vb = view.plot.getPlotItem().vb
            for method in ("pca", "tsne", "umap"):
                ticks.phase = f"proj-{method}"
                view.method.setCurrentIndex(view.method.findData(method))
                t0 = time.time()
                view.run_button.click()
                wait(lambda: view.stop_button.isEnabled(), 60)
                wait(lambda: not view.stop_button.isEnabled(), 1800)
                print(method, f"{time.time() - t0:.1f} s,", view.point_count(), "points",
                      flush=True)
                ticks.phase = f"proj-{method}-use"
                view.none_button.click()
                view.class_buttons[4].click()
                view.class_buttons[9].click()
                pause(0.3)
                shot(f"proj-{method}")
                view.all_button.click()
                for _ in range(10):
                    vb.scaleBy((0.8, 0.8))
                    pause(0.03)
                for _ in range(10):
                    vb.translateBy((0.5, 0.3))
                    pause(0.03)
            ticks.phase = "proj-stop"
            view.method.setCurrentIndex(view.method.findData("umap"))
            view.run_button.click()
            wait(lambda: view.stop_button.isEnabled(), 60)
            pause(3)
            t0 = time.time()
            view.stop_button.click()
            stopped = wait(lambda: not view.stop_button.isEnabled(), 60)
            print(f"UMAP stopped: {stopped}, after {time.time() - t0:.2f} s "
                  f"({view.phase.text()!r})", flush=True)
    finally:
        ticks.report()
        dash.shutdown()
        dash.explain.shutdown()
        dash.tune.shutdown()
        w.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
