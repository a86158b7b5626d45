"""Hyperparameter search: what the search machinery costs per trial, and two workers on one
SQLite study.

  overhead  N trials of a grid search (a sample on the first S MNIST images, one epoch,
            run store recording without TensorBoard) against the very same N trainings run
            by hand the way `netstudio train` records a run (apply the values, prepare_run,
            RunStore.create, RunRecorder, fit), alternating, R rounds, in this process. CPU
            time (time.process_time, one torch thread) and wall time; the ratio is the median
            of per-round ratios search / by hand. Target: under 1.05.
  workers   `netstudio tune --jobs 2` on a grid of N points (two worker processes on the
            default SQLite storage): every point must be trialled exactly once, each trial a
            run of its own; wall time against `--jobs 1` on the same grid.

    OMP_NUM_THREADS=1 python bench/bench_tune.py overhead --trials 6 --subset 2000 --rounds 3
    OMP_NUM_THREADS=1 python bench/bench_tune.py overhead --sample mnist_cnn --trials 4 \
        --subset 1000 --rounds 3
    OMP_NUM_THREADS=1 python bench/bench_tune.py workers --trials 8 --subset 1000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netstudio.core.project import Project  # noqa: E402
from netstudio.core.runs import RunRecorder, RunStore  # noqa: E402
from netstudio.core.train.run import prepare_run  # noqa: E402
from netstudio.core.tune.search import Search  # noqa: E402
from netstudio.core.tune.space import apply_params  # noqa: E402

LRS = [0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.02, 0.03]
# sample -> (the layer parameter searched with the learning rate, its values)
SAMPLES = {"mlp": ("nodes.dropout.p", [0.0, 0.2, 0.4, 0.6]),
           "mnist_cnn": ("nodes.conv1.out_channels", [16, 32, 48, 64])}


def project_file(folder: Path, trials: int, subset: int, sample: str = "mlp") -> Path:
    """A sample with a grid search over learning rate x a layer parameter."""
    raw = json.loads((ROOT / "samples" / f"{sample}.nsproj.json").read_text())
    param, values = SAMPLES[sample]
    lrs = LRS[:max(1, min(len(LRS), trials // 2 or 1))]
    values = values[:max(1, -(-trials // len(lrs)))]
    raw["search"] = {"sampler": "grid", "trials": trials, "epochs_per_trial": 1,
                     "subset": subset, "pruner": "none",
                     "space": {"training.lr": {"type": "categorical", "choices": lrs},
                               param: {"type": "categorical", "choices": values}}}
    path = folder / "mlp.nsproj.json"
    path.write_text(json.dumps(raw))
    return path


def by_hand(path: Path, points: list[dict], subset: int) -> tuple[float, float]:
    project = Project.load(path)
    store = RunStore(path.parent / "by-hand.runs")
    cpu, wall = time.process_time(), time.perf_counter()
    for params in points:
        trial = apply_params(project, params)
        trainer = prepare_run(trial, epochs=1, subset=subset, device="cpu", reuse_data=True)
        run = store.create(trial, source=path)
        RunRecorder(run, project_path=path, tensorboard=False).attach(trainer)
        assert trainer.fit().status.value == "finished"
    return time.process_time() - cpu, time.perf_counter() - wall


def searched(path: Path) -> tuple[float, float, list[dict]]:
    cpu, wall = time.process_time(), time.perf_counter()
    search = Search(Project.load(path), tensorboard=False)
    search.open()
    state = search.run()
    took = (time.process_time() - cpu, time.perf_counter() - wall)
    assert all(r.state == "complete" for r in state.rows), [r.state for r in state.rows]
    return *took, [r.params_dict for r in state.rows]


def overhead(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-tune-"))
    try:
        path = project_file(folder, args.trials, args.subset, args.sample)
        _c, _w, points = searched(path)  # warm-up: loads MNIST, imports optuna and sklearn
        by_hand(path, points[:1], args.subset)
        cpu_ratios, wall_ratios, rows = [], [], []
        for k in range(args.rounds):
            shutil.rmtree(path.parent / "mlp.runs", ignore_errors=True)
            first = k % 2 == 0  # alternate which goes first
            if first:
                hc, hw = by_hand(path, points, args.subset)
                sc, sw, _ = searched(path)
            else:
                sc, sw, _ = searched(path)
                hc, hw = by_hand(path, points, args.subset)
            cpu_ratios.append(sc / hc)
            wall_ratios.append(sw / hw)
            rows.append((k + 1, hc, sc, hw, sw))
        print(f"{args.trials} trials of {args.sample}, {args.subset} images, 1 epoch; "
              f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '?')}")
        print("| round | by hand CPU s | search CPU s | by hand wall s | search wall s |")
        print("| --- | --- | --- | --- | --- |")
        for k, hc, sc, hw, sw in rows:
            print(f"| {k} | {hc:.2f} | {sc:.2f} | {hw:.2f} | {sw:.2f} |")
        print(f"median ratio search / by hand: CPU {statistics.median(cpu_ratios):.3f}, "
              f"wall {statistics.median(wall_ratios):.3f} "
              f"(per trial: CPU {_per_trial(rows, 1, 2, args.trials)})")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _per_trial(rows: list[tuple], hand: int, search: int, trials: int) -> str:
    extra = statistics.median((r[search] - r[hand]) / trials for r in rows)
    return f"{extra * 1000:+.0f} ms"


def workers(args: argparse.Namespace) -> None:
    import optuna

    folder = Path(tempfile.mkdtemp(prefix="bench-tune-workers-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        times = {}
        for jobs in (1, 2):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            path = project_file(folder, args.trials, args.subset)
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "netstudio", "tune", str(path),
                                   "--jobs", str(jobs), "--study", "bench", "--json",
                                   "--no-tensorboard", "--quiet"],
                                  env=env, capture_output=True, text=True, check=False)
            times[jobs] = time.perf_counter() - start
            assert done.returncode == 0, done.stderr
            report = json.loads(done.stdout)
            trials = report["trials"]
            points = {json.dumps(t["params"], sort_keys=True) for t in trials}
            runs = [t["run"] for t in trials]
            stored = [p for p in (folder / "mlp.runs").iterdir()
                      if p.is_dir() and not p.name.startswith(".")]
            study = optuna.load_study(study_name="bench", storage="sqlite:///" + str(
                folder / "mlp.runs" / "search.db"))
            slots = {t.user_attrs["worker"]["slot"] for t in study.trials}
            print(f"--jobs {jobs}: {len(trials)} trials, {len(points)} distinct points, "
                  f"{len(set(runs))} runs ({len(stored)} run folders), states "
                  f"{sorted({t['state'] for t in trials})}, worker slots {sorted(slots)}, "
                  f"{times[jobs]:.1f} s")
            assert len(trials) == len(points) == len(set(runs)) == len(stored) == args.trials
        print(f"wall time --jobs 2 / --jobs 1: {times[2] / times[1]:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="what", required=True)
    o = sub.add_parser("overhead")
    o.add_argument("--trials", type=int, default=6)
    o.add_argument("--subset", type=int, default=2000)
    o.add_argument("--rounds", type=int, default=3)
    o.add_argument("--sample", choices=sorted(SAMPLES), default="mlp")
    w = sub.add_parser("workers")
    w.add_argument("--trials", type=int, default=8)
    w.add_argument("--subset", type=int, default=1000)
    args = p.parse_args()
    overhead(args) if args.what == "overhead" else workers(args)


if __name__ == "__main__":
    main()
