"""The projector: activations of a layer, and 2-D projections that keep a known clustering."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from netstudio.core.compiler import compile_project
from netstudio.core.explain.projector import (
    Stopped,
    candidate_layers,
    default_layer,
    embeddings,
    layer_sizes,
    pca,
    project,
)
from netstudio.core.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def blobs(n: int = 300, k: int = 4, dim: int = 40, seed: int = 0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, dim)) * 6
    labels = rng.integers(0, k, n)
    return (centres[labels] + rng.normal(size=(n, dim))).astype(np.float32), labels


def purity(xy: np.ndarray, labels: np.ndarray, k: int = 5) -> float:
    """Share of points whose k nearest neighbours in 2-D share their cluster."""
    d = ((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1)
    np.fill_diagonal(d, np.inf)
    nearest = np.argsort(d, axis=1)[:, :k]
    return float((labels[nearest] == labels[:, None]).mean())


@pytest.mark.parametrize("method", ["pca", "tsne"])
def test_projection_keeps_a_known_clustering(method):
    v, labels = blobs()
    xy = project(v, method)
    assert xy.shape == (300, 2) and xy.dtype == np.float32
    assert purity(xy, labels) > 0.95
    shuffled = labels.copy()
    np.random.default_rng(1).shuffle(shuffled)
    assert purity(xy, shuffled) < 0.5  # the measure can fail


@pytest.mark.slow
def test_umap_keeps_a_known_clustering_and_stops_on_request():
    v, labels = blobs()
    steps = []
    xy = project(v, "umap", progress=lambda d, t, phase: steps.append(phase))
    assert purity(xy, labels) > 0.95 and "layout" in steps
    calls = []
    with pytest.raises(Stopped):
        project(v, "umap", should_stop=lambda: calls.append(1) or len(calls) > 3)
    from tqdm import tqdm  # stopping leaves no lock held in this process (torch.fx uses tqdm)

    for lock in tqdm.get_lock().locks:
        assert lock.acquire(timeout=1)
        lock.release()


def test_tsne_reports_progress_and_stops_on_request():
    v, _ = blobs(120)
    seen = []
    with pytest.raises(Stopped):
        project(v, "tsne", progress=lambda d, t, p: seen.append((d, t, p)),
                should_stop=lambda: len(seen) > 3)
    assert seen[0][2] == "neighbours" and seen[-1][2] == "layout"


def test_pca_matches_scikit_learn_and_is_deterministic():
    from sklearn.decomposition import PCA

    v, _ = blobs(500, dim=60)
    ours = pca(v, 2)
    theirs = PCA(2).fit_transform(v)
    for i in range(2):  # the same components up to sign
        c = np.corrcoef(ours[:, i], theirs[:, i])[0, 1]
        assert abs(c) > 0.999
    np.testing.assert_array_equal(ours, pca(v, 2))
    assert pca(np.ones((3, 1), np.float32), 2).shape == (3, 2)  # 1-D layers still plot


def test_embeddings_of_a_layer_and_the_predictions_of_the_same_pass():
    p = Project.load(SAMPLES / "mnist_cnn.nsproj.json")
    model = compile_project(p, seed=0)
    x = torch.randn(70, 1, 28, 28, generator=torch.Generator().manual_seed(0))
    assert default_layer(model) == "relu3"  # the input of the classifier fc2
    done = []
    emb = embeddings(model, x, "relu3", batch_size=32, progress=lambda d, t, _: done.append(d))
    assert emb.vectors.shape == (70, 1024) and done == [32, 64, 70]
    with torch.no_grad():
        model.eval()
        np.testing.assert_array_equal(emb.predicted, model(x).argmax(1).numpy())
    pooled = embeddings(model, x, "pool1")
    assert pooled.vectors.shape == (70, 32 * 12 * 12)
    with pytest.raises(Stopped):
        embeddings(model, x, "relu3", should_stop=lambda: True)
    assert candidate_layers(model)[0] == "conv1"


def test_autoencoder_default_is_its_bottleneck():
    p = Project.load(SAMPLES / "conv_autoencoder.nsproj.json")
    model = compile_project(p, seed=0)
    sizes = layer_sizes(model, torch.zeros(1, 1, 28, 28))
    layer = default_layer(model, "reconstruction", sizes)
    assert sizes[layer] == min(sizes.values())
    emb = embeddings(model, torch.zeros(4, 1, 28, 28), layer, classify=False)
    assert emb.predicted is None and emb.vectors.shape == (4, sizes[layer])


def test_mlp_and_lstm_defaults():
    for name, want in (("mlp", "relu2"), ("lstm_rows", "lstm")):
        p = Project.load(SAMPLES / f"{name}.nsproj.json")
        model = compile_project(p, seed=0)
        layer = default_layer(model)
        assert layer is not None and (want in layer), (name, layer)


def test_stop_is_looked_at_before_the_child_has_started(monkeypatch):
    """The child's arguments are small (the vectors go in a file): "spawn" writes them into a
    pipe the child reads only after Python has started, and start() blocks until then when
    they do not fit the pipe's buffer (10,000 x 50 floats: 2 MB), so Stop went unseen."""
    import multiprocessing
    import pickle

    ctx = multiprocessing.get_context("spawn")
    started = []

    class NeverStarts:
        def __init__(self, target, args, **_kwargs):
            self.args, self.exitcode = args, None

        def start(self):
            started.append(len(pickle.dumps(self.args[1:])))

        def is_alive(self):
            return False

    monkeypatch.setattr(ctx, "Process", NeverStarts)
    v = np.zeros((10_000, 50), np.float32)
    with pytest.raises(Stopped):
        project(v, "umap", should_stop=lambda: bool(started))
    assert started and started[0] < 4096  # far below a pipe's 64 KiB
