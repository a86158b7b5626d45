"""The explain views' computations, run in a JobRunner's thread (never the GUI thread).

A ModelSource says which network to explain: a project snapshot, weights (numpy, from the
training thread's snapshots or a stored run) and the input scaling. ExplainEngine keeps its
own compiled copy per source (built in its thread, so the GUI's copy and the training thread's
model are never shared) and turns requests into small frozen results.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from netstudio.core.data.preprocess import Preprocessing
from netstudio.core.explain import attributions as attr
from netstudio.core.explain import projector
from netstudio.gui.training.inspector import InspectModel


@dataclass(frozen=True, eq=False)
class ModelSource:
    """Which network the explain views look at (read-only once made)."""

    key: str  # changes whenever the network or its weights change
    project: dict[str, Any]  # the project snapshot that built it
    weights: Mapping[str, np.ndarray] | None  # None: the initial (seeded) weights
    preprocessing: Preprocessing  # how images become the network's input (core policy)
    trained: bool
    label: str  # for the learner: "weights after step 120", "run 3"

    @property
    def task(self) -> str:
        return str(self.project.get("training", {}).get("task", "classification"))

    @property
    def loss(self) -> str:
        return str(self.project.get("training", {}).get("loss", "CrossEntropyLoss"))


@dataclass(frozen=True, eq=False)
class AttributionResult:
    source_key: str
    method: str
    target: int
    predicted: int
    probabilities: np.ndarray
    heatmap: np.ndarray  # [H, W] scaled to [-1, 1] or [0, 1]
    signed: bool
    layer: str | None
    image01: np.ndarray  # [C, H, W]


@dataclass(frozen=True, eq=False)
class ProjectionResult:
    source_key: str
    layer: str
    method: str
    xy: np.ndarray  # [N, 2] float32
    labels: np.ndarray  # [N] true classes
    predicted: np.ndarray | None  # [N], None for networks without classes


@dataclass(frozen=True, eq=False)
class NetworkInfo:
    """What the views offer for a network: methods (and why not), layers, defaults."""

    methods: dict[str, attr.Availability]
    convs: tuple[str, ...]
    layers: tuple[str, ...]
    default_layer: str | None
    error: str | None = None


class ExplainEngine:
    def __init__(self) -> None:
        self._key: str | None = None
        self._model = InspectModel()
        self._embeddings: dict[str, projector.Embeddings] = {}

    def model(self, source: ModelSource) -> InspectModel:
        if source.key != self._key:
            m = InspectModel()
            m.build(source.project)
            if m.ready and source.weights is not None:
                m.load(source.weights)
            m.set_preprocessing(source.preprocessing)
            self._model, self._key, self._embeddings = m, source.key, {}
        return self._model

    def info(self, source: ModelSource, image_shape: tuple[int, ...] | None) -> NetworkInfo:
        m = self.model(source)
        if not m.ready:
            return NetworkInfo(attr.available_methods(None), (), (), None, m.error)
        net = m.model
        methods = attr.available_methods(net, source.task, image_shape)
        sizes = None
        if source.task != "classification" and image_shape is not None:
            sizes = projector.layer_sizes(net, torch.zeros((1, *image_shape)))
        return NetworkInfo(methods, tuple(attr.conv_layers(net)),
                           tuple(projector.candidate_layers(net)),
                           projector.default_layer(net, source.task, sizes))

    def attribute(self, source: ModelSource, image01: np.ndarray, method: str,
                  target: int | None, layer: str | None) -> AttributionResult:
        m = self.model(source)
        if not m.ready:
            raise attr.ExplainError("not-built")
        x = m.prepare(image01)[0]
        baseline = m.prepare(np.zeros_like(image01))[0]  # a black image, scaled like x
        a = attr.explain(m.model, x, method, target=target, layer=layer, baseline=baseline,
                         loss=source.loss)
        return AttributionResult(source.key, method, a.target, a.predicted, a.probabilities,
                                 attr.normalised_map(a.heatmap, a.signed), a.signed, a.layer,
                                 np.asarray(image01, np.float32))

    def project(self, source: ModelSource, images: np.ndarray, labels: np.ndarray, layer: str,
                method: str, progress: Callable[..., None],
                should_stop: Callable[[], bool]) -> ProjectionResult:
        """images: uint8 [N, C, H, W] (the test split as loaded)."""
        m = self.model(source)
        if not m.ready:
            raise attr.ExplainError("not-built")
        emb = self._embeddings.get(layer)
        if emb is None:
            x = m.prepare(images.astype(np.float32) / 255.0)
            emb = projector.embeddings(m.model, x, layer, classify=source.task ==
                                       "classification", progress=progress,
                                       should_stop=should_stop)
            self._embeddings = {layer: emb}  # one layer's vectors at a time (memory)
        xy = projector.project(emb.vectors, method, progress=progress, should_stop=should_stop)
        return ProjectionResult(source.key, layer, method, xy, np.asarray(labels),
                                emb.predicted)
