"""int8 vs float, and the HTTP service vs onnxruntime called directly.

    python bench/bench_deploy.py [--seconds 30] [--clients 8] [--subset 5000]

1. Trains the tutorial CNN and LeNet-5 for one epoch (``--subset`` images of each split) into
   run folders, makes their int8 variants (netstudio.core.deploy) and prints the float and int8
   figures side by side: file size, test accuracy on the run's test images, latency at batch 1
   and throughput at batch 64 in onnxruntime, medians of repeated runs in this process.
2. Serves the tutorial CNN's int8 model (``netstudio serve`` in a child process) and runs
   ``--clients`` concurrent clients for ``--seconds`` seconds sending batch-1 JSON requests
   (httpx, keep-alive); then calls the same onnxruntime session directly in this process, one
   image per call, with the same number of threads. Prints requests/s, p50/p99 latency and
   the ratio served/direct. The machine load (1-minute load average) is printed with each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def train_run(sample: str, folder: Path, subset: int) -> Path:
    """``netstudio train --out``: a run folder in the run store's layout."""
    subprocess.run([sys.executable, "-m", "netstudio", "train",
                    str(ROOT / "samples" / f"{sample}.nsproj.json"), "--epochs", "1",
                    "--subset", str(subset), "--out", str(folder), "--quiet",
                    "--no-tensorboard"], check=True, cwd=ROOT)
    return folder


def int8_table(runs: dict[str, Path]) -> None:
    from netstudio.core.deploy.compress import Request, Workbench
    from netstudio.core.deploy.source import open_run

    print("\n| network | variant | file | test accuracy | change | ms/image (b1) | "
          "images/s (b64) | load |")
    print("|---|---|---|---|---|---|---|---|")
    for name, folder in runs.items():
        bench = Workbench(open_run(folder))
        original = bench.original()
        int8 = bench.make(Request(quantize="int8"))
        for r in (original, int8):
            f = r.figures
            print(f"| {name} | {r.name} | {f.size_bytes / 1e6:.3f} MB | "
                  f"{f.test_accuracy:.2%} | "
                  f"{(f.test_accuracy - original.figures.test_accuracy) * 100:+.2f} pt | "
                  f"{f.latency_ms_batch1:.3f} | {f.images_per_second_batch64:,.0f} | "
                  f"{os.getloadavg()[0]:.1f} |")
        o, q = original.figures, int8.figures
        print(f"| {name} | int8/float | {q.size_bytes / o.size_bytes:.2f}x | | | "
              f"{q.latency_ms_batch1 / o.latency_ms_batch1:.2f}x | "
              f"{q.images_per_second_batch64 / o.images_per_second_batch64:.2f}x | |")


def hammer(call, clients: int, seconds: float) -> tuple[float, list]:
    """Run ``call()`` in ``clients`` threads for ``seconds``: (calls per second, latencies)."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        mine = []
        while time.monotonic() < stop:
            t = time.perf_counter()
            call()
            mine.append(time.perf_counter() - t)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(latencies) / (time.monotonic() - start), latencies


def load_test(url: str, pixels: list, clients: int, seconds: float) -> tuple[float, list]:
    import httpx

    local = threading.local()

    def call() -> None:
        if not hasattr(local, "client"):
            local.client = httpx.Client()  # one keep-alive connection per client thread
        local.client.post(url + "/predict", json={"pixels": pixels}).raise_for_status()

    return hammer(call, clients, seconds)


def direct(model: Path, pixels, clients: int, seconds: float) -> tuple[float, list]:
    import numpy as np

    from netstudio.core.deploy.measure import onnx_session

    session = onnx_session(model)
    x = np.asarray(pixels, np.float32)[None, None]
    return hammer(lambda: session.run(None, {"input": x}), clients, seconds)


def pct(values: list, q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] * 1000


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--subset", type=int, default=5000)
    args = p.parse_args()
    import httpx

    tmp = Path(tempfile.mkdtemp(prefix="netstudio-bench-"))
    runs = {"tutorial CNN": train_run("mnist_cnn", tmp / "cnn", args.subset),
            "LeNet-5": train_run("lenet5", tmp / "lenet", args.subset)}
    int8_table(runs)

    from netstudio.core.deploy.evaluation import load_eval_data
    from netstudio.core.deploy.source import open_run

    pixels = load_eval_data(open_run(runs["tutorial CNN"]), test_limit=1).test_x[0, 0].tolist()
    model = runs["tutorial CNN"] / "variants" / "int8" / "model.onnx"
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "netstudio", "serve",
                               str(runs["tutorial CNN"]), "--variant", "int8", "--port",
                               str(port)], cwd=ROOT, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        load_test(url, pixels, args.clients, 2)  # warm-up
        served, s_lat = load_test(url, pixels, args.clients, args.seconds)
        served_load = os.getloadavg()[0]
    finally:
        server.terminate()
        server.wait(10)
    direct_rate, d_lat = direct(model, pixels, args.clients, args.seconds)
    print(f"\n| int8 tutorial CNN, batch 1, {args.clients} clients, {args.seconds:g} s | "
          "requests/s | p50 ms | p99 ms | load |")
    print("|---|---|---|---|---|")
    print(f"| HTTP service (netstudio serve) | {served:,.0f} | {pct(s_lat, 0.5):.2f} | "
          f"{pct(s_lat, 0.99):.2f} | {served_load:.1f} |")
    print(f"| onnxruntime session, direct | {direct_rate:,.0f} | {pct(d_lat, 0.5):.3f} | "
          f"{pct(d_lat, 0.99):.3f} | {os.getloadavg()[0]:.1f} |")
    print(f"| served / direct | {served / direct_rate:.1%} | | | |")
    print(f"median client latency {statistics.median(s_lat) * 1000:.2f} ms")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
