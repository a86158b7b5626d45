"""Explain and coach speed: attributions for one image, PCA of 10,000 embeddings, and what the
training doctor adds to a run.

  attributions  each method on the tutorial CNN (samples/mnist_cnn.nsproj.json, trained for
                one epoch on the first 2,000 images so the maps are real) for one test image:
                median wall and CPU seconds of R repetitions after a warm-up. Target: IG with
                the default 50 steps under 0.5 s.
  pca           netstudio.core.explain.projector.project(vectors, "pca") on the 10,000 test
                images' activations of relu3 (1,024 values each). Target: under 1 s.
  doctor        the tutorial CNN trained for one epoch on N images with and without the Doctor
                callback, in this process, alternating (the order flips every round): the ratio
                of the training loops' times (the Trainer measures them), median of per-round
                ratios. Target: under 1.02.

  projector     10,000 points in the projector view: one pan/zoom frame rendered offscreen.

    OMP_NUM_THREADS=1 python bench/bench_explain.py --rounds 3 --subset 12000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netstudio.core.data.loading import load_splits  # noqa: E402
from netstudio.core.explain.attributions import METHODS, explain  # noqa: E402
from netstudio.core.explain.doctor import Doctor  # noqa: E402
from netstudio.core.explain.projector import embeddings, project  # noqa: E402
from netstudio.core.project import Project  # noqa: E402
from netstudio.core.train.run import prepare_run  # noqa: E402

SAMPLE = ROOT / "samples" / "mnist_cnn.nsproj.json"


def timed(fn, reps: int) -> tuple[float, float]:
    fn()  # warm-up
    wall, cpu = [], []
    for _ in range(reps):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def trained_cnn(splits) -> tuple[torch.nn.Module, object]:
    p = Project.load(SAMPLE)
    p.training = {**p.training, "epochs": 1, "device": "cpu"}
    trainer = prepare_run(p, subset=2000, splits=splits)
    trainer.fit()
    return trainer.model.eval(), trainer


def bench_attributions(model, splits, reps: int) -> None:
    x = splits.test_x[0].float() / 255.0
    x = (x - splits.mean[0]) / splits.std[0]
    base = torch.full_like(x, -splits.mean[0] / splits.std[0])
    print(f"attributions, one 28x28 test image, tutorial CNN (median of {reps}):")
    for method in METHODS:
        wall, cpu = timed(lambda m=method: explain(model, x, m, baseline=base), reps)
        print(f"  {method:22s} {wall * 1000:7.1f} ms wall  {cpu * 1000:7.1f} ms CPU")


def bench_pca(model, splits, reps: int) -> None:
    x = (splits.test_x.float() / 255.0 - splits.mean[0]) / splits.std[0]
    emb = embeddings(model, x[:10000], "relu3")
    wall, cpu = timed(lambda: project(emb.vectors, "pca"), reps)
    print(f"PCA of {emb.vectors.shape[0]:,} x {emb.vectors.shape[1]} embeddings: "
          f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU (median of {reps})")


def bench_projector_frames(reps: int) -> None:
    """Pan and zoom the projector's 10,000 points: the time to render one frame (offscreen
    Qt, the whole plot widget grabbed), the baseline an empty plot."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from netstudio.gui.app import make_app
    from netstudio.gui.inspect.projector_view import ProjectorView

    app = make_app()
    rng = np.random.default_rng(0)
    n = 10_000
    labels = rng.integers(0, 10, n)
    view = ProjectorView()
    view.resize(900, 600)
    view.show()
    view.set_data(np.zeros((n, 1, 28, 28), np.uint8), labels, [str(i) for i in range(10)])

    def frames(k: int) -> float:
        vb = view.plot.getPlotItem().vb
        times = []
        for i in range(k):
            vb.translateBy(x=0.05 * (1 if i % 2 else -1))
            vb.scaleBy((1.05, 1.05) if i % 4 < 2 else (1 / 1.05, 1 / 1.05))
            c = time.perf_counter()
            view.plot.grab()
            times.append(time.perf_counter() - c)
        return statistics.median(times)

    app.processEvents()
    empty = frames(reps)
    t = time.perf_counter()
    view.show_projection(rng.normal(size=(n, 2)).astype(np.float32), labels,
                         np.where(rng.random(n) < 0.03, (labels + 1) % 10, labels))
    shown = time.perf_counter() - t
    app.processEvents()
    full = frames(reps)
    print(f"projector, {n:,} points: first drawing {shown * 1000:.0f} ms; a pan/zoom frame "
          f"{full * 1000:.1f} ms ({1 / full:.0f} frames/s; empty plot {empty * 1000:.1f} ms)")


def loop_seconds(splits, n: int, doctor: bool) -> tuple[float, float, float]:
    p = Project.load(SAMPLE)
    p.training = {**p.training, "epochs": 1, "device": "cpu"}
    callbacks = [Doctor()] if doctor else []
    trainer = prepare_run(p, callbacks=callbacks, subset=n, splits=splits)
    c = time.process_time()
    result = trainer.fit()
    cpu = time.process_time() - c
    loop = trainer._train_seconds  # noqa: SLF001 - the Trainer's own measure of its loop
    spent = callbacks[0].signals.seconds_spent if doctor else 0.0
    assert result.status.value == "finished", result.message
    return loop, cpu, spent


def bench_doctor(splits, n: int, rounds: int) -> None:
    loop_seconds(splits, min(n, 500), True)  # warm-up
    ratios, cpu_ratios, plain, with_doc, spent = [], [], [], [], []
    for r in range(rounds):
        order = (False, True) if r % 2 == 0 else (True, False)
        got = {d: loop_seconds(splits, n, d) for d in order}
        plain.append(got[False][0])
        with_doc.append(got[True][0])
        spent.append(got[True][2])
        ratios.append(got[True][0] / got[False][0])
        cpu_ratios.append(got[True][1] / got[False][1])
    print(f"doctor, tutorial CNN, 1 epoch on {n:,} images, {rounds} rounds (medians):")
    share = statistics.median(x / y for x, y in zip(spent, with_doc, strict=True))
    print(f"  training loop without {statistics.median(plain):.2f} s, with "
          f"{statistics.median(with_doc):.2f} s; the doctor's own time "
          f"{statistics.median(spent):.3f} s ({share:.2%} of the loop, measured inside it)")
    print(f"  ratio with/without: loop wall {statistics.median(ratios):.3f} "
          f"(per round {', '.join(f'{x:.3f}' for x in ratios)}); whole fit CPU "
          f"{statistics.median(cpu_ratios):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--subset", type=int, default=6000)
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--only", choices=("attributions", "pca", "projector", "doctor"))
    args = ap.parse_args()
    splits = load_splits({"dataset": "mnist"}, 0)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s)")
    if args.only in (None, "attributions", "pca"):
        model, _ = trained_cnn(splits)
        if args.only in (None, "attributions"):
            bench_attributions(model, splits, args.reps)
        if args.only in (None, "pca"):
            bench_pca(model, splits, args.reps)
    if args.only in (None, "projector"):
        bench_projector_frames(max(20, args.reps))
    if args.only in (None, "doctor"):
        bench_doctor(splits, args.subset, args.rounds)
    np.random.seed(0)


if __name__ == "__main__":
    main()
