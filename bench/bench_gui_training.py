"""Training in the app vs the engine alone, and how responsive the GUI stays meanwhile.

    OMP_NUM_THREADS=1 python bench/bench_gui_training.py [--subset 6000] [--repeats 2]

Same process, same network (the tutorial CNN, samples/mnist_cnn.nsproj.json), same data:
  plain    a hand-written PyTorch loop (the baseline the engine is compared with)
  engine   the core Trainer.fit() called directly, no Qt
  app      the MainWindow: Train through the controller (QThread worker), live plots,
           feature maps of conv1 captured in the training thread, histograms off
All three use the same torch thread count (the worker's: cores - 1, at least 1) so the
ratios measure overhead, not threading. Runs alternate (plain, engine, app, ...) and the
median of each is reported.

The machine is shared, so wall-clock samples/s swing by +-30% from run to run. The overhead
is therefore also measured as CPU time, which other processes barely disturb:
  - the CPU time of the thread that runs a whole engine run (data prep, training, validation,
    test), in the app (the worker thread: callbacks, feature-map capture, weight snapshots
    included) vs the engine alone (the main thread);
  - the GUI thread's CPU time during an app run, as a share of the training thread's.
During the app runs a 20 ms QTimer measures how late the GUI event loop is (p50 / p99 / max).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from netstudio.core.project import Project  # noqa: E402

SAMPLE = ROOT / "samples" / "mnist_cnn.nsproj.json"


def plain_loop(project: Project, subset: int) -> float:
    """A hand-written loop: same model, optimizer, batch size, data on the device."""
    from netstudio.core.compiler import compile_project
    from netstudio.core.data.loading import load_splits

    t = project.training
    splits = load_splits(project.data, t.get("seed", 0))
    x = splits.train_x[:subset].float().div(255).sub(0.1307).div(0.3081)
    y = splits.train_y[:subset]
    model = compile_project(project, seed=0)
    opt = torch.optim.Adam(model.parameters(), lr=t["lr"])
    loss_fn = torch.nn.CrossEntropyLoss()
    bs = t["batch_size"]
    perm = torch.randperm(len(x))
    start = time.perf_counter()
    for i in range(0, len(x), bs):
        idx = perm[i:i + bs]
        out = model(x[idx])
        loss = loss_fn(out, y[idx])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
    loss.item()
    return len(x) / (time.perf_counter() - start)


def engine(project: Project, subset: int) -> tuple[float, float]:
    """(samples/s, CPU seconds of this thread for prepare + fit)."""
    from netstudio.core.train.run import prepare_run

    cpu = time.thread_time()
    trainer = prepare_run(project, epochs=1, subset=subset)
    result = trainer.fit()
    cpu = time.thread_time() - cpu
    assert result.ok, result.message
    return result.train_samples_per_second, cpu


WORKER_CPU: list[float] = []


def _measure_worker_cpu() -> None:
    """Wrap TrainingWorker.run to record the CPU time of the training thread."""
    from netstudio.gui.training.worker import TrainingWorker

    original = TrainingWorker.run

    def run(self) -> None:  # noqa: ANN001
        cpu = time.thread_time()
        original(self)
        WORKER_CPU.append(time.thread_time() - cpu)

    TrainingWorker.run = run


class Probe:
    """Event-loop lateness: how much later than asked a 20 ms timer fires."""

    def __init__(self, interval_ms: int = 20) -> None:
        from PySide6.QtCore import QTimer

        self.interval = interval_ms / 1000
        self.late: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.late.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, now - self.last - self.interval) * 1000)
        self.last = now


def app_run(window, probe: Probe, subset: int  # noqa: ANN001
            ) -> tuple[float, list[float], int, float, float]:
    from PySide6.QtWidgets import QApplication

    from netstudio.gui.training.worker import RunOptions

    dash = window.training
    app = QApplication.instance()
    results = []
    dash.controller.run_finished.connect(results.append)
    frames = []
    dash.controller.maps_captured.connect(frames.append)
    probe.start()
    gui_cpu = time.thread_time()
    assert dash.train(RunOptions(subset=subset, epochs=1))
    while not results or dash.controller.busy:
        app.processEvents()
        time.sleep(0.001)
    gui_cpu = time.thread_time() - gui_cpu
    probe.stop()
    dash.controller.run_finished.disconnect(results.append)
    dash.controller.maps_captured.disconnect(frames.append)
    result = results[0]
    assert result.ok, result.message
    return (result.train_samples_per_second, list(probe.late), len(frames), WORKER_CPU[-1],
            gui_cpu)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--subset", type=int, default=6000)
    ap.add_argument("--repeats", type=int, default=2)
    args = ap.parse_args()

    from netstudio.gui.app import make_app
    from netstudio.gui.main_window import MainWindow
    from netstudio.gui.training.worker import training_threads

    app = make_app()
    _measure_worker_cpu()
    threads = training_threads()
    torch.set_num_threads(threads)
    project = Project.load(SAMPLE)
    window = MainWindow(interactive=False)
    window.resize(1440, 900)
    window.show()
    shown = Project.load(SAMPLE)
    shown.path = None  # untitled, as File > Samples opens it: no run history file is written
    window.set_project(shown)
    hub = window.training.inspector
    while hub.samples is None:
        app.processEvents()
        time.sleep(0.01)
    window.scene.select_nodes(["conv1"])
    app.processEvents()
    probe = Probe()

    engine(project, 512)  # warm up (data cache, kernels)
    plain, eng, gui, late, frames = [], [], [], [], []
    eng_cpu, app_cpu, gui_cpu = [], [], []
    for _ in range(args.repeats):
        plain.append(plain_loop(project, args.subset))
        sps, cpu = engine(project, args.subset)
        eng.append(sps)
        eng_cpu.append(cpu)
        sps, lat, n, cpu, gcpu = app_run(window, probe, args.subset)
        gui.append(sps)
        app_cpu.append(cpu)
        gui_cpu.append(gcpu)
        late += lat
        frames.append(n)
    med = {k: statistics.median(v) for k, v in (("plain", plain), ("engine", eng),
                                                 ("app", gui))}
    lat = np.array(late)
    print(f"machine: {os.cpu_count()} cores, torch threads {threads}, "
          f"torch {torch.__version__}, Qt platform {app.platformName()}")
    print(f"tutorial CNN, {args.subset} training images, batch 64, 1 epoch, "
          f"{args.repeats} repeats (medians)")
    print(f"plain PyTorch loop : {med['plain']:8.0f} samples/s")
    print(f"engine (Trainer)   : {med['engine']:8.0f} samples/s   "
          f"{med['engine'] / med['plain']:.3f} x plain")
    print(f"app (GUI + worker) : {med['app']:8.0f} samples/s   "
          f"{med['app'] / med['engine']:.3f} x engine")
    print(f"all runs, samples/s: plain {[round(v) for v in plain]}, engine "
          f"{[round(v) for v in eng]}, app {[round(v) for v in gui]}")
    e_cpu, a_cpu = statistics.median(eng_cpu), statistics.median(app_cpu)
    share = statistics.median(g / a for g, a in zip(gui_cpu, app_cpu, strict=True))
    print(f"CPU time of the training thread per run: engine {e_cpu:.1f} s, app {a_cpu:.1f} s "
          f"({a_cpu / e_cpu:.3f} x engine)")
    print(f"GUI thread CPU during an app run: {share:.1%} of the training thread's")
    print(f"feature-map frames per run: {frames}")
    print(f"event-loop lateness during app runs ({len(lat)} ticks of 20 ms): "
          f"p50 {np.percentile(lat, 50):.1f} ms, p99 {np.percentile(lat, 99):.1f} ms, "
          f"max {lat.max():.1f} ms")
    window.training.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
