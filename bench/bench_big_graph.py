"""A 5,000-node graph on the canvas: pan and zoom frame rate at several zoom levels.

Each frame (CPU time) scrolls the view by 40 pixels (or zooms by 10%) and repaints the viewport
synchronously, as a drag or wheel event does; the median frame time gives frames per second.
Baseline (same process): repainting the empty canvas (background only) at the same size.
Opening and editing the same graph are measured by bench_canvas.py --nodes 5000.

    QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 python bench/bench_big_graph.py [--nodes 5000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    from bench_canvas import residual_graph

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--frames", type=int, default=30)
    args = parser.parse_args()

    from netstudio.gui.app import make_app
    from netstudio.gui.main_window import MainWindow

    app = make_app()
    path = Path(tempfile.mkdtemp(prefix="bench-big-")) / "big.nsproj.json"
    path.write_text(json.dumps(residual_graph(args.nodes)), encoding="utf-8")
    window = MainWindow(interactive=False, extensions=False)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    t0 = time.perf_counter()
    assert window.open_path(path)
    app.processEvents()
    window.view.viewport().repaint()
    opened = time.perf_counter() - t0
    view = window.view
    centre = window.scene.itemsBoundingRect().center()

    def frames(zoom: float, action: str) -> float:
        view.resetTransform()
        view.scale(zoom, zoom)
        view.centerOn(centre)
        view.viewport().repaint()
        times = []
        for i in range(args.frames):
            t = time.process_time()  # CPU time: the machine is shared, wall time is noisy
            if action == "pan":
                bar = view.verticalScrollBar()
                bar.setValue(bar.value() + (40 if i % 2 == 0 else -40))
            else:
                view.zoom_by(1.1 if i % 2 == 0 else 1 / 1.1)
            view.viewport().repaint()
            times.append(time.process_time() - t)
        return statistics.median(times)

    rows = [(f"{action} at zoom {zoom}", frames(zoom, action))
            for zoom in (1.0, 0.5, 0.25, 0.1) for action in ("pan", "zoom")]
    window.scene.clear()  # baseline: the same view with nothing on it
    window.scene.nodes.clear()
    window.scene.edges.clear()
    base = frames(1.0, "pan")
    print(f"{args.nodes} nodes; opened in {opened:.2f} s; median of {args.frames} frames; "
          f"viewport {view.viewport().width()}x{view.viewport().height()}")
    print(f"{'':22s} {'frame':>9s} {'fps':>7s}")
    for name, t in rows:
        print(f"{name:22s} {t * 1000:7.1f} ms {1 / t:7.0f}")
    print(f"{'empty canvas (base)':22s} {base * 1000:7.1f} ms {1 / base:7.0f}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
