"""``netstudio serve RUN_OR_MODEL [--host 127.0.0.1] [--port 8000] [--variant NAME]``.

Serves a run's network (its float model, or one of its variants) over HTTP with the service
in netstudio/core/deploy/serve_app.py. RUN_OR_MODEL: a run folder, a variant folder, or a
bundle folder (netstudio export RUN --bundle DIR). Binds to 127.0.0.1 unless --host says
otherwise. Exit codes: 0 stopped normally, 1 the server failed, 2 unusable input.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve", help="serve a trained run (or one of its variants) over HTTP",
        description="An HTTP inference service (FastAPI + uvicorn + onnxruntime): POST /predict "
        "(an image as the multipart field 'file', or JSON {\"pixels\": [...]}), POST "
        "/predict/batch, GET /health, GET /metadata, OpenAPI page at /docs. Exit status: 0 "
        "stopped, 1 the server failed, 2 unusable input.")
    p.add_argument("run", metavar="RUN_OR_MODEL",
                   help="a run folder, a variant folder (RUN/variants/NAME) or a bundle "
                   "folder; or the project file with --run ID")
    p.add_argument("--run", dest="run_id", metavar="ID",
                   help="with a project file: the id (or folder) of one of its runs")
    p.add_argument("--variant", metavar="NAME",
                   help="serve this variant of the run (default: the float network)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; "
                   "0.0.0.0 makes it reachable from the network)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--max-mb", type=float, default=10.0,
                   help="largest request accepted, in MB (default 10)")
    p.add_argument("--threads", type=int, default=1,
                   help="onnxruntime threads per request (default 1; more for big batches)")
    p.add_argument("--workers", type=int, default=1,
                   help="processes answering requests (default 1; one per CPU core serves "
                   "the most requests per second)")
    return p


def run(args: argparse.Namespace) -> int:
    import math

    from netstudio.core.deploy import DeployError
    from netstudio.core.deploy import messages as msg
    from netstudio.core.deploy.serving import check_address, resolve_served

    if not 1 <= args.port <= 65535:
        print(f"netstudio: --port {args.port}: give a port from 1 to 65535.", file=sys.stderr)
        return 2
    if not math.isfinite(args.max_mb) or args.max_mb <= 0:
        print("netstudio: --max-mb must be a positive number.", file=sys.stderr)
        return 2
    if not 1 <= args.workers <= 64:
        print(f"netstudio: --workers {args.workers}: give a whole number from 1 to 64.",
              file=sys.stderr)
        return 2
    if not 1 <= args.threads <= 64:
        print(f"netstudio: {msg.THREADS_RANGE(threads=args.threads)}", file=sys.stderr)
        return 2
    try:
        from netstudio.cli.variants import open_source

        served = resolve_served(args.run, args.variant,
                                open_source=lambda: open_source(args) if args.run_id else None,
                                progress=lambda m, f: print(f"[{f:4.0%}] {m}", file=sys.stderr))
    except DeployError as e:
        print(f"netstudio: {e.message}", file=sys.stderr)
        return 2 if e.unusable else 1
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401

        from netstudio.core.deploy.serve_app import Unservable, run_server
    except ImportError as e:
        print(f"netstudio: serving needs fastapi and uvicorn ({e}). Install them with: "
              "pip install 'netstudio[deploy]'", file=sys.stderr)
        return 2
    shown = "localhost" if args.host in ("127.0.0.1", "::1") else args.host
    announce = (f"serving {served.metadata.get('run_id')} ({served.metadata.get('variant')}) "
                f"on http://{shown}:{args.port}  (docs: /docs; Ctrl-C stops)")

    def before_listening() -> None:  # the model is loaded: a damaged one was refused first
        check_address(args.host, args.port)
        print(announce, file=sys.stderr, flush=True)

    try:
        started = run_server(served.model_path, served.metadata, args.host, args.port,
                             int(args.max_mb * 1024 * 1024), args.threads,
                             args.workers, before_listening=before_listening)
    except DeployError as e:  # the address: a bad host (2), a port in use (1)
        print(f"netstudio: {e.message}", file=sys.stderr)
        return 2 if e.unusable else 1
    except Unservable as e:  # the input is damaged: make the variant or bundle again
        print(f"netstudio: {e} Make the variant again with 'netstudio compress' (or the "
              "bundle with 'netstudio export RUN --bundle DIR').", file=sys.stderr)
        return 2
    except (OSError, SystemExit) as e:  # uvicorn exits after logging why (the line above)
        why = "see the line above" if isinstance(e, SystemExit) else e
        print(f"netstudio: the server could not run on {args.host}:{args.port} ({why}).",
              file=sys.stderr)
        return 1
    except Exception as e:
        print(f"netstudio: the model cannot be served ({type(e).__name__}: {e}).",
              file=sys.stderr)
        return 1
    return 0 if started else 1
