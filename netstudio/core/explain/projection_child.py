"""t-SNE and UMAP in a child process, so that Stop (or closing the app) ends them at once.

Neither library can be interrupted everywhere: openTSNE's nearest-neighbour search and
umap-learn's whole fit run without a way out (UMAP's only hook is the tqdm bar of its layout
epochs, and raising from inside tqdm would leave tqdm's process-wide lock held, hanging every
later progress bar in the app, e.g. torch.fx's). A child process is simply terminated. It
imports only numpy and the library (UMAP: about 10 s the first time, numba), sends
("progress", done, total, phase) messages, then ("done", embedding) or ("error", text).
"""

from __future__ import annotations

from typing import Any

import numpy as np

TSNE_ITERATIONS = 750  # openTSNE: early exaggeration (250) + optimisation (500)


class _PipeSink:
    """A file for tqdm (bar_format "{n}/{total}") that forwards the progress; never raises."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def write(self, text: str) -> int:
        for part in text.replace("\r", "\n").split("\n"):
            done, _, total = part.strip().partition("/")
            if done.isdigit() and total.isdigit():
                self.conn.send(("progress", int(done), int(total), "layout"))
        return len(text)

    def flush(self) -> None:
        pass


def _tsne(conn: Any, vectors: np.ndarray, seed: int) -> np.ndarray:
    from openTSNE import TSNE

    done = [0]

    def callback(iteration: int, error: float, embedding: Any) -> bool:
        done[0] += 25
        conn.send(("progress", min(done[0], TSNE_ITERATIONS), TSNE_ITERATIONS, "layout"))
        return False

    conn.send(("progress", 0, TSNE_ITERATIONS, "neighbours"))
    perplexity = float(min(30.0, max(2.0, (len(vectors) - 1) / 3.0)))
    tsne = TSNE(n_components=2, perplexity=perplexity, random_state=seed, n_jobs=1,
                callbacks=callback, callbacks_every_iters=25, verbose=False)
    return np.asarray(tsne.fit(vectors), np.float32)


def _umap(conn: Any, vectors: np.ndarray, seed: int) -> np.ndarray:
    import warnings

    conn.send(("progress", 0, 1, "import"))
    import umap

    conn.send(("progress", 0, 1, "neighbours"))
    reducer = umap.UMAP(n_components=2, random_state=seed,
                        n_neighbors=min(15, len(vectors) - 1),
                        tqdm_kwds={"file": _PipeSink(conn), "disable": False,
                                   "bar_format": "{n}/{total}", "mininterval": 0.2,
                                   "desc": ""})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "n_jobs overridden by random_state", numba notes
        return np.asarray(reducer.fit_transform(vectors), np.float32)


def run(conn: Any, method: str, vectors_file: str, seed: int) -> None:
    """The child's entry point (multiprocessing "spawn"); the vectors are in a .npy file."""
    try:
        vectors = np.load(vectors_file, allow_pickle=False)
        embedding = _tsne(conn, vectors, seed) if method == "tsne" else \
            _umap(conn, vectors, seed)
        conn.send(("done", embedding))
    except BaseException as e:  # noqa: BLE001 - the parent shows it as a sentence
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()
