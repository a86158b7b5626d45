"""Run store speed: listing a big store, and what recording a run (and TensorBoard) costs.

  list    a store of N runs (copies of one real recorded run of the tutorial CNN, each with
          its own id, record and metrics.json; model.pt a hard link of the real one), listed
          as the app and `netstudio runs` do: RunStore.list(), then weights_problem() of every
          run (the fingerprint check: two stat calls each); median of R listings (the first,
          colder one reported too). Target: 200 runs in under a second.
  record  the tutorial CNN trained for one epoch on N images three ways, alternating, R rounds,
          in this process: plain (prepare_run + fit, no recorder), store (RunRecorder without
          TensorBoard) and tensorboard (RunRecorder with event files). CPU time of this process
          (time.process_time, one torch thread; the event-file writer's own thread included)
          and wall time; ratios are medians of per-round ratios against plain.

    OMP_NUM_THREADS=1 python bench/bench_runs.py list --runs 200 --rounds 7
    OMP_NUM_THREADS=1 python bench/bench_runs.py record --subset 2000 --rounds 5
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netstudio.core.project import Project  # noqa: E402
from netstudio.core.runs import RunRecorder, RunStore, weights_problem  # noqa: E402
from netstudio.core.runs.layout import new_run_id  # noqa: E402
from netstudio.core.train.run import prepare_run  # noqa: E402

SAMPLE = ROOT / "samples" / "mnist_cnn.nsproj.json"


def record_once(project: Project, store: RunStore | None, subset: int, tensorboard: bool
                ) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of prepare_run + fit (+ recording when ``store``)."""
    cpu, wall = time.process_time(), time.perf_counter()
    trainer = prepare_run(project, epochs=1, subset=subset, device="cpu")
    if store is not None:
        run = store.create(project, source=SAMPLE)
        RunRecorder(run, project_path=SAMPLE, tensorboard=tensorboard).attach(trainer)
    result = trainer.fit()
    assert result.status.value == "finished", result.message
    return time.process_time() - cpu, time.perf_counter() - wall


def bench_record(args: argparse.Namespace) -> None:
    project = Project.load(SAMPLE)
    with tempfile.TemporaryDirectory() as tmp:
        store = RunStore(Path(tmp) / "bench.runs")
        record_once(project, store, min(args.subset, 256), True)  # warm-up (imports, data)
        ways = {"plain": (None, False), "store": (store, False), "tensorboard": (store, True)}
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in ways}
        names = list(ways)
        for r in range(args.rounds):
            for name in names[r % 3:] + names[:r % 3]:
                times[name].append(record_once(project, *ways[name][:1], args.subset,
                                               ways[name][1]))
    print(f"tutorial CNN, 1 epoch on {args.subset} images, {args.rounds} rounds (medians)")
    print("| way | CPU s | wall s | CPU vs plain | wall vs plain |")
    print("|---|---|---|---|---|")
    for name in names:
        cpu = statistics.median(t[0] for t in times[name])
        wall = statistics.median(t[1] for t in times[name])
        rc = statistics.median(a[0] / b[0] for a, b in zip(times[name], times["plain"],
                                                            strict=True))
        rw = statistics.median(a[1] / b[1] for a, b in zip(times[name], times["plain"],
                                                            strict=True))
        print(f"| {name} | {cpu:.2f} | {wall:.2f} | {rc:.3f} | {rw:.3f} |")


def bench_list(args: argparse.Namespace) -> None:
    project = Project.load(SAMPLE)
    with tempfile.TemporaryDirectory() as tmp:
        store = RunStore(Path(tmp) / "big.runs")
        trainer = prepare_run(project, epochs=1, subset=64, device="cpu")
        seed = store.create(project, source=SAMPLE)
        RunRecorder(seed, project_path=SAMPLE, tensorboard=False).attach(trainer)
        trainer.fit()
        record = json.loads(seed.run_json.read_text())
        for i in range(args.runs - 1):
            run_id = new_run_id()
            while (store.path / run_id).exists():
                run_id = new_run_id()
            target = store.path / run_id
            shutil.copytree(seed.path, target, ignore=shutil.ignore_patterns("*.pt", "tb"))
            os.link(seed.model_file, target / "model.pt")  # as Save As copies weights
            (target / "run.json").write_text(json.dumps(
                {**record, "id": run_id, "number": i + 2, "name": f"run {i + 2}"}))
        sizes = sum(p.stat().st_size for p in store.path.rglob("*.json"))
        timings, plain = [], []
        for _ in range(args.rounds):
            start = time.perf_counter()
            listing = store.list()
            problems = [weights_problem(r) for r in listing.runs]
            timings.append(time.perf_counter() - start)
            assert len(listing.runs) == args.runs and not listing.skipped
            assert not any(problems), problems[:1]
            start = time.perf_counter()  # the same listing without the weights check
            store.list()
            plain.append(time.perf_counter() - start)
    print(f"{args.runs} runs ({sizes / 1e6:.1f} MB of JSON): list() + weights check first "
          f"{timings[0]:.3f} s, median {statistics.median(timings):.3f} s, max "
          f"{max(timings):.3f} s over {args.rounds}; list() alone median "
          f"{statistics.median(plain):.3f} s (with/without: "
          f"{statistics.median(a / b for a, b in zip(timings, plain, strict=True)):.2f})")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="what", required=True)
    lp = sub.add_parser("list")
    lp.add_argument("--runs", type=int, default=200)
    lp.add_argument("--rounds", type=int, default=7)
    rp = sub.add_parser("record")
    rp.add_argument("--subset", type=int, default=2000)
    rp.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()
    bench_list(args) if args.what == "list" else bench_record(args)


if __name__ == "__main__":
    main()
