"""The embedding projector: a layer's activations for many images, drawn in 2-D.

    layer = default_layer(model)                         # the one before the classifier
    emb = embeddings(model, images, layer)               # Embeddings: vectors, predictions
    xy = project(emb.vectors, "pca")                     # [N, 2] float32
    xy = project(emb.vectors, "tsne", progress=cb, should_stop=flag)   # minutes, stoppable

PCA (torch.pca_lowrank) is instant. t-SNE (openTSNE) and UMAP (umap-learn) take seconds to
minutes: run them off the GUI thread. ``progress(done, total, phase)`` is called now and then;
``should_stop()`` is polled every 0.1 s and ends the run with ``Stopped``: both run in a child
process that Stop terminates (projection_child.py). Both work on at most 50 PCA components
of the vectors (the usual preprocessing, and much faster).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from netstudio.core.explain import explain_messages as msg

PROJECTIONS = ("pca", "tsne", "umap")
PRE_PCA = 50  # components kept before t-SNE/UMAP
Progress = Callable[[int, int, str], Any]  # done, total, phase ("import", "neighbours", ...)


class Stopped(Exception):
    """should_stop() asked to end the projection."""


@dataclass(frozen=True, eq=False)
class Embeddings:
    layer: str
    vectors: np.ndarray  # [N, D] float32: the layer's output, flattened per image
    predicted: np.ndarray | None  # [N] int64, the network's classes (None: no classes)


def candidate_layers(model: nn.Module) -> list[str]:
    """Every node whose output can be embedded (all but the Input), input first."""
    order = tuple(getattr(model, "order", ()))
    input_id = getattr(model, "input_id", None)
    return [n for n in order if n != input_id]


def default_layer(model: nn.Module, task: str = "classification",
                  sizes: dict[str, int] | None = None) -> str | None:
    """Classification: the input of the last layer with weights (what the classifier reads).
    Reconstruction: the narrowest layer (the bottleneck's code; ``sizes`` from layer_sizes,
    the later one when two are as narrow)."""
    layers = getattr(model, "layers", None)
    plan = tuple(getattr(model, "plan", ()))
    if not isinstance(layers, nn.ModuleDict) or not plan:
        return None
    if task != "classification" and sizes:
        order = [n for n, _ in plan]
        known = [n for n in order if n in sizes]
        if known:
            return min(known, key=lambda n: (sizes[n], -order.index(n)))
    weighted = [n for n, _ in plan if any(True for _ in layers[n].parameters())]
    if weighted:
        sources = dict(plan)[weighted[-1]]
        if sources and sources[0] != getattr(model, "input_id", None):
            return sources[0]
    candidates = candidate_layers(model)
    return candidates[-2] if len(candidates) > 1 else (candidates[0] if candidates else None)


def layer_sizes(model: nn.Module, sample: torch.Tensor) -> dict[str, int]:
    """Values per image at every candidate layer (one forward pass of one image)."""
    from netstudio.core.train.capture import eval_mode

    ids = candidate_layers(model)
    with eval_mode(model):
        _, acts = model.forward_capture(sample[:1], ids)
    return {k: int(v[0].numel()) for k, v in acts.items()}


def embeddings(model: nn.Module, images: torch.Tensor, layer: str, batch_size: int = 500,
               classify: bool = True, progress: Progress | None = None,
               should_stop: Callable[[], bool] | None = None) -> Embeddings:
    """Run ``images`` (scaled as the network reads them) through the model in batches and
    keep ``layer``'s output for each, flattened. Predictions come from the same pass."""
    from netstudio.core.train.capture import eval_mode, model_device

    device = model_device(model)
    chunks, preds = [], []
    n = len(images)
    with eval_mode(model):
        for start in range(0, n, batch_size):
            if should_stop is not None and should_stop():
                raise Stopped()
            x = images[start:start + batch_size].to(device, torch.float32)
            out, acts = model.forward_capture(x, [layer])
            if layer not in acts:
                raise ValueError(msg.NETWORK_PATH_OUTPUT(layer=layer))
            chunks.append(acts[layer].flatten(1).float().cpu())
            if classify and out.dim() == 2:
                preds.append(out.argmax(dim=1).cpu())
            if progress is not None:
                progress(min(n, start + batch_size), n, "activations")
    vectors = torch.cat(chunks).numpy() if chunks else np.zeros((0, 0), np.float32)
    predicted = torch.cat(preds).numpy().astype(np.int64) if preds else None
    return Embeddings(layer, np.ascontiguousarray(vectors, np.float32), predicted)


def project(vectors: np.ndarray, method: str = "pca", seed: int = 0,
            progress: Progress | None = None,
            should_stop: Callable[[], bool] | None = None) -> np.ndarray:
    """[N, D] -> [N, 2] float32 with PCA, t-SNE or UMAP."""
    v = np.nan_to_num(np.asarray(vectors, np.float32))
    if v.ndim != 2 or len(v) == 0:
        return np.zeros((0, 2), np.float32)
    if method == "pca":
        return pca(v, 2)
    if method not in PROJECTIONS:
        raise ValueError(msg.UNKNOWN_PROJECTION_ONE(method=method, projections=PROJECTIONS))
    if len(v) < 5:
        raise ValueError(msg.NEEDS_LEAST_POINTS_GOT(method=method, count=len(v)))
    stop = should_stop or (lambda: False)
    report = progress or (lambda done, total, phase: None)
    reduced = pca(v, min(PRE_PCA, v.shape[1], len(v)))
    if stop():
        raise Stopped()
    return _in_child(method, reduced, seed, report, stop)


def pca(v: np.ndarray, k: int) -> np.ndarray:
    """The first k principal components (torch.pca_lowrank: randomized, fast), with a fixed
    sign per component so the picture does not flip between runs."""
    t = torch.from_numpy(np.ascontiguousarray(v, np.float32))
    n, d = t.shape
    wanted, k = k, max(1, min(k, d))
    centred = t - t.mean(dim=0, keepdim=True)
    if d <= k:
        out = centred
    else:
        gen_state = torch.random.get_rng_state()
        torch.manual_seed(0)  # pca_lowrank is randomized: the same input, the same picture
        try:
            # a few spare directions and two power iterations: plenty for a picture, and
            # 10,000 x 1,024 takes about 0.1 s of one core (q=10, niter=4: 0.9 s)
            spare = 2 if k <= 3 else 8
            _, _, vmat = torch.pca_lowrank(centred, q=min(k + spare, d, n), center=False,
                                           niter=2)
        finally:
            torch.random.set_rng_state(gen_state)
        out = centred @ vmat[:, :k]
    signs = torch.sign(out[out.abs().argmax(dim=0), torch.arange(out.shape[1])])
    out = out * torch.where(signs == 0, torch.ones_like(signs), signs)
    if out.shape[1] < wanted:  # fewer dimensions than asked: pad (a 1-D layer still plots)
        out = torch.cat([out, torch.zeros(n, wanted - out.shape[1])], dim=1)
    return out.numpy().astype(np.float32)


def _in_child(method: str, v: np.ndarray, seed: int, report: Progress,
              stop: Callable[[], bool]) -> np.ndarray:
    """t-SNE or UMAP in a child process (projection_child.py says why); Stop terminates it.
    The vectors go to the child as a .npy file, not as an argument: "spawn" writes its
    arguments into a pipe that the child reads only once Python has started and imported
    the module, and start() would wait for that (seconds on a busy machine) before the first
    look at Stop."""
    import multiprocessing
    import tempfile
    from pathlib import Path

    from netstudio.core.explain import projection_child

    ctx = multiprocessing.get_context("spawn")  # never fork a process with Qt and torch threads
    with tempfile.TemporaryDirectory(prefix="netstudio-projection-") as folder:
        data = Path(folder) / "vectors.npy"
        np.save(data, np.ascontiguousarray(v, np.float32))
        here, there = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=projection_child.run, args=(there, method, str(data), seed),
                           daemon=True, name=f"netstudio-{method}")
        proc.start()
        there.close()
        try:
            while True:
                if stop():
                    raise Stopped()
                if here.poll(0.1):
                    try:
                        message = here.recv()
                    except EOFError:
                        message = ("error", f"the {method} process ended (exit code "
                                            f"{proc.exitcode})")
                    if message[0] == "progress":
                        report(*message[1:])
                    elif message[0] == "done":
                        return message[1]
                    else:
                        raise RuntimeError(message[1])
                elif not proc.is_alive() and not here.poll(0):
                    raise RuntimeError(f"the {method} process ended (exit code "
                                       f"{proc.exitcode})")
        finally:
            if proc.is_alive():
                proc.terminate()
                proc.join(2)
                if proc.is_alive():
                    proc.kill()
            here.close()
