"""Served throughput: the HTTP service against the onnxruntime session called directly.

    python bench/bench_serve.py [--seconds 30] [--clients 8] [--repeats 3] [--workers N]
                                [--load wrk|httpx] [RUN --variant int8]

Three measurements per round, back to back, each ``--clients`` concurrent batch-1 callers for
``--seconds`` seconds with the same 28x28 test image:

  direct   the service's own onnxruntime session (serve_app.Model: one thread, as served)
           called by ``--clients`` threads in this process: the physical limit here.
  served   ``netstudio serve RUN --variant NAME --workers N`` (default N: the CPU count) in a
           child process, loaded by a SEPARATE client process with ``--clients`` keep-alive
           connections POSTing the image as JSON pixels (the body encoded once).
  hello    a minimal uvicorn app (raw ASGI, same uvicorn settings and worker count) that reads
           the same body and answers a fixed JSON of the same size: what HTTP itself reaches
           on this machine, the ceiling for any Python service.

The load generator (``--load``): ``wrk`` (a C HTTP benchmarking tool, apt-get install wrk;
the default when it is installed), which spends ~0.02 ms of CPU per request, or this script
with httpx threads (``--load httpx``), which spends ~0.4 ms: on a 2-core machine the client
shares the cores with the server, so a Python client measures mostly itself.

Each round prints requests/s, p50/p99 latency, the 1-minute load average and, for the two
HTTP runs, the CPU time the server processes (all workers) and the client process spent per
request (Linux /proc; for the direct run, this process's CPU per call). The summary gives
medians over the rounds of served/direct, hello/direct and served/hello. Without RUN the
tutorial CNN is trained for one epoch on 2,000 images and its int8 variant made (about a minute).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


# ---- the load: N threads calling something for S seconds ---------------------------------
def hammer(call: Any, clients: int, seconds: float) -> dict[str, Any]:
    """``call()`` in ``clients`` threads for ``seconds``: rate, p50/p99 ms, CPU s of this
    process."""
    latencies: list[float] = []
    lock = threading.Lock()
    begin = threading.Barrier(clients + 1)
    stop = [0.0]

    def worker() -> None:
        mine = []
        begin.wait()
        while time.monotonic() < stop[0]:
            t = time.perf_counter()
            call()
            mine.append(time.perf_counter() - t)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    cpu = os.times()
    start = time.monotonic()
    stop[0] = start + seconds
    begin.wait()
    for t in threads:
        t.join()
    wall = time.monotonic() - start
    after = os.times()
    latencies.sort()
    n = len(latencies)
    return {"requests": n, "rate": n / wall, "wall": wall,
            "p50_ms": latencies[n // 2] * 1000 if n else float("nan"),
            "p99_ms": latencies[min(n - 1, int(0.99 * n))] * 1000 if n else float("nan"),
            "cpu_s": (after.user - cpu.user) + (after.system - cpu.system)}


def client_main(url: str, body_path: str, clients: int, seconds: float) -> int:
    """The load generator (a separate process, so it does not take the server's GIL)."""
    import httpx

    body = Path(body_path).read_bytes()
    headers = {"content-type": "application/json"}
    local = threading.local()

    def call() -> None:
        if not hasattr(local, "client"):
            local.client = httpx.Client(timeout=30)  # one keep-alive connection per thread
        local.client.post(url, content=body, headers=headers).raise_for_status()

    warm = hammer(call, clients, min(2.0, seconds))  # connections open, caches hot
    print(json.dumps({**hammer(call, clients, seconds), "warm_requests": warm["requests"]}),
          flush=True)
    return 0


# ---- the HTTP ceiling: uvicorn with nothing behind it --------------------------------------
def hello_app() -> Any:
    """An ASGI app that reads the body and answers a fixed JSON (size from the environment)."""
    size = int(os.environ.get("BENCH_ANSWER_BYTES", "160"))
    answer = json.dumps({"class": 0, "label": "0", "padding": "x" * max(0, size - 40)}).encode()

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        more = True
        while more:  # read the whole body, as the service does
            message = await receive()
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(answer)).encode())]})
        await send({"type": "http.response.body", "body": answer})

    return app


def hello_main(port: int, answer_bytes: int, workers: int) -> int:
    import uvicorn

    os.environ["BENCH_ANSWER_BYTES"] = str(answer_bytes)
    uvicorn.run("bench_serve:hello_app", factory=True, host="127.0.0.1", port=port,
                log_level="warning", access_log=False, workers=workers,
                app_dir=str(Path(__file__).parent))
    return 0


# ---- wrk: the load from a C client ---------------------------------------------------------
WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open(os.getenv("BENCH_BODY"), "rb")
wrk.body = f:read("*all")
f:close()
"""


def wrk_load(url: str, body: Path, clients: int, seconds: float) -> dict[str, Any]:
    """``clients`` keep-alive connections on 2 wrk threads; wrk's CPU from this process's
    reaped children."""
    script = body.with_suffix(".lua")
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    env = {**os.environ, "BENCH_BODY": str(body)}
    threads = str(max(1, min(2, clients)))
    warm = subprocess.run(["wrk", "-t", threads, "-c", str(clients), "-d", "2s", "-s",
                           str(script), url], env=env, capture_output=True, text=True,
                          check=True).stdout  # connections open, caches hot
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(["wrk", "-t", threads, "-c", str(clients), "-d", f"{seconds:g}s",
                          "--latency", "-s", str(script), url], env=env, capture_output=True,
                         text=True, check=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"{url}: {errors.group(1)} requests failed under load:\n{out}")
    wall = float(re.search(r"requests in ([\d.]+)s", out).group(1))

    def latency(percent: str) -> float:
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    return {"requests": requests, "rate": requests / wall, "wall": wall,
            "p50_ms": latency("50"), "p99_ms": latency("99"),
            "warm_requests": int(re.search(r"(\d+) requests in", warm).group(1)),
            "cpu_s": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)}


# ---- the bench ----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str, proc: subprocess.Popen) -> None:
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within 120 s")


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of a process and its children alive now (uvicorn's workers; Linux);
    None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                    for c in (task / "children").read_text().split()]
    except OSError:
        return None
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(c) or 0.0 for c in children)


def over_http(url: str, server: subprocess.Popen, body: Path, clients: int,
              seconds: float, load: str) -> dict[str, Any]:
    before = cpu_seconds(server.pid)
    if load == "wrk":
        result = wrk_load(url, body, clients, seconds)
    else:
        out = subprocess.run([sys.executable, __file__, "--client", url, "--body", str(body),
                              "--clients", str(clients), "--seconds", str(seconds)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        result = json.loads(out.stdout.strip().splitlines()[-1])
    after = cpu_seconds(server.pid)
    # the server's CPU includes the client's warm-up: per request it is counted over both
    total = result["requests"] + result["warm_requests"]
    result["server_cpu_ms"] = ((after - before) / total * 1000
                               if before is not None and after is not None else None)
    result["client_cpu_ms"] = result["cpu_s"] / max(1, result["requests"]) * 1000
    result["load"] = os.getloadavg()[0]
    return result


def prepare(tmp: Path) -> Path:
    subprocess.run([sys.executable, "-m", "netstudio", "train",
                    str(ROOT / "samples" / "mnist_cnn.nsproj.json"), "--epochs", "1",
                    "--subset", "2000", "--out", str(tmp / "cnn"), "--quiet",
                    "--no-tensorboard"], check=True, cwd=ROOT)
    subprocess.run([sys.executable, "-m", "netstudio", "compress", str(tmp / "cnn"),
                    "--quantize", "int8"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return tmp / "cnn"


def row(name: str, r: dict[str, Any]) -> str:
    server = r.get("server_cpu_ms")
    cpu = f"{'-' if server is None else f'{server:.3f}'} / {r['client_cpu_ms']:.3f}"
    return (f"| {name} | {r['rate']:,.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {cpu} | "
            f"{r['load']:.1f} |")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("run", nargs="?", help="a run folder (default: train one)")
    p.add_argument("--variant", default="int8")
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="server processes (default: the CPU count)")
    p.add_argument("--load", choices=("wrk", "httpx"),
                   default="wrk" if shutil.which("wrk") else "httpx",
                   help="load generator (default wrk when installed)")
    p.add_argument("--client", metavar="URL", help=argparse.SUPPRESS)
    p.add_argument("--body", help=argparse.SUPPRESS)
    p.add_argument("--hello", type=int, metavar="PORT", help=argparse.SUPPRESS)
    p.add_argument("--answer-bytes", type=int, default=160, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.client:
        return client_main(args.client, args.body, args.clients, args.seconds)
    if args.hello:
        return hello_main(args.hello, args.answer_bytes, args.workers)

    import numpy as np

    from netstudio.core.deploy.evaluation import load_eval_data
    from netstudio.core.deploy.serve_app import Model
    from netstudio.core.deploy.serving import resolve_served
    from netstudio.core.deploy.source import open_run

    tmp = Path(tempfile.mkdtemp(prefix="netstudio-bench-serve-"))
    run = Path(args.run) if args.run else prepare(tmp)
    served = resolve_served(run, args.variant)
    pixels = load_eval_data(open_run(run), test_limit=1).test_x[0, 0]
    body = tmp / "body.json"
    body.write_text(json.dumps({"pixels": pixels.round(4).tolist()}), encoding="utf-8")
    model = Model(served.model_path, served.metadata)  # the session exactly as served
    x = pixels[None, None].astype(np.float32)
    answer = json.dumps(model.predict(x)[0], separators=(",", ":"))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    port, hello_port = free_port(), free_port()
    server = subprocess.Popen([sys.executable, "-m", "netstudio", "serve", str(run),
                               "--variant", args.variant, "--port", str(port),
                               "--workers", str(args.workers)], cwd=ROOT,
                              env=env, stderr=subprocess.DEVNULL)
    hello = subprocess.Popen([sys.executable, __file__, "--hello", str(hello_port),
                              "--answer-bytes", str(len(answer)), "--workers",
                              str(args.workers)], cwd=ROOT, env=env)
    rounds = []
    try:
        wait_up(f"http://127.0.0.1:{port}/health", server)
        wait_up(f"http://127.0.0.1:{hello_port}/", hello)
        print(f"{args.clients} clients, batch 1, {args.seconds:g} s each, "
              f"{os.cpu_count()} CPUs, {args.workers} server worker(s), load from "
              f"{args.load}; CPU ms per request: server / client process\n")
        print("| round: what | requests/s | p50 ms | p99 ms | CPU ms/request | load |")
        print("|---|---|---|---|---|---|")
        for i in range(1, args.repeats + 1):
            d = hammer(lambda: model.session.run(None, {model.input_name: x}), args.clients,
                       args.seconds)
            d["load"] = os.getloadavg()[0]
            d["client_cpu_ms"] = d["cpu_s"] / max(1, d["requests"]) * 1000  # this process
            s = over_http(f"http://127.0.0.1:{port}/predict", server, body, args.clients,
                          args.seconds, args.load)
            h = over_http(f"http://127.0.0.1:{hello_port}/", hello, body, args.clients,
                          args.seconds, args.load)
            for name, r in (("direct session", d), ("netstudio serve", s),
                            ("uvicorn hello", h)):
                print(row(f"{i}: {name}", r), flush=True)
            rounds.append((d, s, h))
    finally:
        for proc in (server, hello):
            proc.terminate()
            proc.wait(10)

    def median(f: Any) -> float:
        return statistics.median(f(*r) for r in rounds)

    print(f"\nmedians of {len(rounds)} rounds: served/direct "
          f"{median(lambda d, s, h: s['rate'] / d['rate']):.1%}, hello/direct "
          f"{median(lambda d, s, h: h['rate'] / d['rate']):.1%}, served/hello "
          f"{median(lambda d, s, h: s['rate'] / h['rate']):.1%}; requests/s direct "
          f"{median(lambda d, s, h: d['rate']):,.0f}, served "
          f"{median(lambda d, s, h: s['rate']):,.0f}, hello "
          f"{median(lambda d, s, h: h['rate']):,.0f}; served p50 "
          f"{median(lambda d, s, h: s['p50_ms']):.2f} ms, p99 "
          f"{median(lambda d, s, h: s['p99_ms']):.2f} ms")
    shutil.rmtree(tmp, ignore_errors=True)  # the trained run too, when there was one
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
