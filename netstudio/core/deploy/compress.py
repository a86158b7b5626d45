"""Make and measure the variants of a run: what ``netstudio compress`` and the app call.

    bench = Workbench(open_run(run_dir), progress=print_progress)
    original = bench.original()                     # measured once, cached in variants/
    record = bench.make(Request(quantize="int8"))   # or Request(prune=0.5, structured=True,
                                                    #            finetune=1)
    points = bench.sweep([0.3, 0.5, 0.7, 0.9])      # accuracy vs sparsity (not stored)

Every step reports through ``progress(message, fraction)``; ``stop`` (a threading.Event)
cancels between steps and between fine-tuning batches. Raises DeployError.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg
from netstudio.core.deploy.evaluation import (
    EvalData,
    accuracy,
    agreement,
    load_eval_data,
    run_onnx,
    run_torch,
)
from netstudio.core.deploy.inputs import ServedNet, describe
from netstudio.core.deploy.measure import onnx_session, onnx_speed, torch_speed
from netstudio.core.deploy.prune import count_params
from netstudio.core.deploy.variants import (
    MODEL,
    ORIGINAL,
    Figures,
    VariantRecord,
    VariantStore,
    valid_name,
)
from netstudio.core.text import message_of

Progress = Callable[[str, float], None]
CONV_LAYER_TYPES = ("Conv2d", "Conv1d")
MEASURE_VERSION = 3  # bump when measuring changes: the cached original is measured again


@dataclass(frozen=True)
class Request:
    quantize: str | None = None  # "int8"
    method: str = "auto"  # int8: "static", "dynamic" or "auto" (per layer: quantize.plan_layers)
    prune: float | None = None  # share of weights (or channels, structured) to remove
    structured: bool = False
    finetune: int = 0  # epochs after pruning
    name: str | None = None

    def default_name(self) -> str:
        parts = []
        if self.prune is not None:
            pct = f"{self.prune * 100:g}".replace(".", "_")
            parts.append(f"{'channels' if self.structured else 'pruned'}-{pct}")
            if self.finetune:
                parts.append(f"ft{self.finetune}")
        if self.quantize:
            parts.append(self.quantize)
        return "-".join(parts)

    def check(self) -> str | None:
        """Why the request cannot be carried out, or None."""
        if self.prune is None and (self.structured or self.finetune):
            return "--structured and --finetune go with --prune SHARE (e.g. --prune 0.5)."
        if self.quantize is None and self.prune is None:
            return "ask for --quantize int8 and/or --prune SHARE."
        if self.quantize not in (None, "int8"):
            return f"--quantize {self.quantize}: only int8 is supported."
        if self.method not in ("auto", "static", "dynamic"):
            return f"--method {self.method}: use auto, static or dynamic."
        if self.prune is not None and not 0 < self.prune < 1:
            return f"--prune {self.prune}: give the share to remove, between 0 and 1 (e.g. 0.5)."
        if self.finetune < 0 or self.finetune > 100:
            return f"--finetune {self.finetune}: give 0 to 100 epochs."
        if self.name is not None:
            return valid_name(self.name)
        return None


@dataclass(frozen=True)
class SweepPoint:
    sparsity: float
    test_accuracy: float
    agreement: float
    nonzero_params: int


def slim_onnx(path: Path) -> None:
    """Drop the exporter's per-node debug records (stack traces, module names): a shipped
    model does not need them, and in a small int8 model they are a quarter of the file."""
    import onnx

    from netstudio.core.files import atomic_write

    model = onnx.load(str(path))
    for node in model.graph.node:
        del node.metadata_props[:]
        node.doc_string = ""
    atomic_write(path, model.SerializeToString())


def weights_stamp(run_dir: Path) -> str:
    """Identifies the run's weights and how they are measured: a cached original whose
    stamp differs is measured again."""
    st = (Path(run_dir) / "model.pt").stat()
    return f"{st.st_size}-{int(st.st_mtime_ns)}-m{MEASURE_VERSION}"


def with_merged_conv(project: Any, layer: str) -> str:
    """The exporter merges a convolution into the batch norm after it and names the result
    after the batch norm: ``b1_bn1`` -> ``b1_conv1+b1_bn1``."""
    graph = project.graph
    if layer not in graph or graph.node(layer).type not in ("BatchNorm2d", "BatchNorm1d"):
        return layer
    sources = [e.src for e in graph.inputs_of(layer)]
    if len(sources) == 1 and graph.node(sources[0]).type in CONV_LAYER_TYPES:
        return f"{sources[0]}+{layer}"
    return layer


def output_kind(project: Any) -> str:
    """What the network's last layer gives: "logits", "probabilities" or
    "log_probabilities" (a server turns each into probabilities)."""
    from netstudio.core.analysis import analyze

    outputs = analyze(project).outputs
    kind = project.graph.node(outputs[0]).type if len(outputs) == 1 else ""
    return {"Softmax": "probabilities", "LogSoftmax": "log_probabilities"}.get(kind, "logits")


class Workbench:
    """One run, its evaluation data and its original network's outputs, kept for all the
    variants made from it in this session."""

    def __init__(self, source: Any, test_limit: int | None = None,
                 progress: Progress | None = None, stop: threading.Event | None = None,
                 quick: bool = False) -> None:
        self.source = source
        self.store = VariantStore(source.run_dir)
        self.progress = progress or (lambda message, fraction: None)
        self.stop = stop or threading.Event()
        self.quick = quick  # fewer timing repetitions (tests)
        self.progress(msg.LOADING_DATA(), 0.0)
        self.data: EvalData = load_eval_data(source, test_limit)
        self._net = source.build()
        self.reference = run_torch(self._served(self._net), self.data.test_x)
        self._original: VariantRecord | None = None

    # ---- the original ----------------------------------------------------------------------
    def original(self) -> VariantRecord:
        """The run's float network as a variant (measured once; cached in variants/original
        while model.pt and the test set stay the same)."""
        if self._original is not None:
            return self._original
        stamp = weights_stamp(self.source.run_dir)
        cached = self.store.load(ORIGINAL)
        if (cached is not None and cached.settings.get("weights") == stamp
                and cached.figures.test_images == len(self.data.test_y)):
            self._original = cached
            return cached
        self._original = self._build(ORIGINAL, "float", {"weights": stamp},
                                     self._net, quantize=None)
        return self._original

    # ---- variants --------------------------------------------------------------------------
    def make(self, request: Request) -> VariantRecord:
        if problem := request.check():
            raise DeployError(problem, unusable=True)
        name = request.name or request.default_name()
        if name == ORIGINAL:
            raise DeployError(msg.ORIGINAL_NAMES_RUN_OWN(),
                              unusable=True)
        self.original()
        settings: dict[str, Any] = {}
        net, kind = self._net, "float"
        if request.prune is not None:
            net, kind, settings = self._pruned(request)
        method = None
        if request.quantize:
            from netstudio.core.deploy.quantize import choose_method

            method = (choose_method(self.source.project) if request.method == "auto"
                      else request.method)
            settings = {**settings, "quantize": "int8"}  # _build adds how
        return self._build(name, kind, settings, net, quantize=method,
                           pruned=request.prune is not None)

    def sweep(self, sparsities: list[float], structured: bool = False
              ) -> list[SweepPoint]:
        """Test accuracy after pruning at each sparsity (no fine-tune), in torch."""
        points = []
        for i, s in enumerate(sparsities):
            self._check_stop()
            self.progress(msg.PRUNING(share=s), i / max(1, len(sparsities)))
            net, _, _ = self._pruned(Request(prune=s, structured=structured))
            logits = run_torch(self._served(net), self.data.test_x)
            _, nonzero = count_params(net.state_dict())
            points.append(SweepPoint(s, accuracy(logits, self.data.test_y),
                                     agreement(logits, self.reference), nonzero))
        self.progress(msg.DONE(), 1.0)
        return points

    # ---- steps -----------------------------------------------------------------------------
    def _pruned(self, request: Request) -> tuple[Any, str, dict[str, Any]]:
        from netstudio.core.deploy import prune

        sparsity = float(request.prune or 0.0)
        settings: dict[str, Any] = {"prune": sparsity, "structured": request.structured,
                                    "finetune_epochs": request.finetune}
        self.progress((msg.PRUNING_CHANNELS if request.structured else msg.PRUNING_WEIGHTS)(
            share=sparsity), 0.1)
        if request.structured:
            try:
                project, state, changes = prune.prune_channels(
                    self.source.project, self._net.state_dict(), sparsity)
            except ValueError as e:  # nothing in this network can be pruned this way
                raise DeployError(message_of(e)) from None
            from netstudio.core.compiler import compile_project

            net = compile_project(project)
            net.load_state_dict(state)
            net.eval()
            net.pruned_project = project  # saved with the variant
            settings["channels"] = {k: list(v) for k, v in changes.items()}
            kind = "pruned-structured"
        else:
            net = self.source.build()
            try:
                prune.prune_unstructured(net, sparsity, keep_masks=request.finetune > 0)
            except ValueError as e:
                raise DeployError(message_of(e)) from None
            kind = "pruned"
        if request.finetune:
            from netstudio.core.deploy.finetune import finetune

            def on_epoch(epoch: int, epochs: int, val: float | None) -> None:
                self.progress(msg.FINETUNE_EPOCH(epoch=epoch, epochs=epochs), 0.2 + 0.4 * epoch /
                              epochs)

            self.progress(msg.FINETUNING(epochs=request.finetune), 0.2)
            net = finetune(net, self.source, self.data.splits, request.finetune, on_epoch,
                           self.stop)
        if kind == "pruned":
            prune.finish_unstructured(net)
            settings["weight_sparsity"] = round(prune.weight_sparsity(net), 6)
        self._check_stop()
        return net, kind, settings

    def _build(self, name: str, kind: str, settings: dict[str, Any], net: Any,
               quantize: str | None, pruned: bool = False) -> VariantRecord:
        from netstudio.core.export.onnx_export import export_onnx

        self._check_stop()
        tmp = self.store.begin(name)
        try:
            served = self._served(net)
            self.progress(msg.EXPORTING_ONNX(name=name), 0.6)
            if quantize:
                from netstudio.core.deploy.quantize import quantize_int8

                with tempfile.TemporaryDirectory(prefix="netstudio-float-") as float_dir:
                    float_path = export_onnx(served, Path(float_dir) / "float.onnx")
                    self._check_stop()
                    self.progress(msg.QUANTIZING(name=name, method=quantize), 0.7)
                    done = quantize_int8(float_path, tmp / MODEL, self.data.calibration_x,
                                         quantize)
                kind = f"int8-{done.plan.method}"
                settings = {**settings, **done.settings(len(self.data.calibration_x))}
                for key in ("int8_layers", "float_layers"):
                    settings[key] = [with_merged_conv(self.source.project, layer)
                                     for layer in settings[key]]
            else:
                export_onnx(served, tmp / MODEL)
            slim_onnx(tmp / MODEL)
            if pruned:
                self._save_torch(net, tmp)
            self._check_stop()
            self.progress(msg.MEASURING(name=name), 0.8)
            figures = self._measure(tmp / MODEL, net, torch_too=quantize is None)
            record = VariantRecord(name, kind, settings, figures, self._serving(name))
            record = self.store.commit(tmp, record)
        except BaseException:
            self.store.discard(tmp)
            raise
        self.progress(msg.NAME_DONE(name=name), 1.0)
        return record

    def _measure(self, model_path: Path, net: Any, torch_too: bool) -> Figures:
        logits = run_onnx(onnx_session(model_path, threads=None), self.data.test_x)
        session = onnx_session(model_path)
        speed = onnx_speed(session, self.data.test_x[:64], quick=self.quick)
        params, nonzero = count_params(net.state_dict())
        t_speed = torch_speed(self._served(net), self.data.test_x[:64],
                              quick=self.quick) if torch_too else None
        return Figures(
            test_accuracy=accuracy(logits, self.data.test_y), test_images=len(self.data.test_y),
            agreement=agreement(logits, self.reference), size_bytes=model_path.stat().st_size,
            params=params, nonzero_params=nonzero, latency_ms_batch1=speed.latency_ms_batch1,
            images_per_second_batch64=speed.images_per_second_batch64,
            torch_latency_ms_batch1=t_speed.latency_ms_batch1 if t_speed else None,
            torch_images_per_second_batch64=(t_speed.images_per_second_batch64 if t_speed
                                             else None))

    def _served(self, net: Any) -> ServedNet:
        return ServedNet(net, self.data.preprocessing).eval()

    def _serving(self, name: str) -> dict[str, Any]:
        """What a server of this variant tells its clients (GET /metadata)."""
        shape = list(getattr(self._net, "input_shape", ()))
        return {"run_id": self.source.run_id, "variant": name, "project": self.source.project.name,
                "input_shape": shape, "class_names": list(self.data.class_names),
                "scaling": describe(self.data.preprocessing), "dark_background": self._dark(),
                "output": output_kind(self.source.project)}

    def _dark(self) -> bool:
        """Whether the training images are light strokes on a dark background (MNIST)."""
        return bool(float(np.median(self.data.calibration_x.mean(axis=(1, 2, 3)))) < 0.5)

    def _save_torch(self, net: Any, folder: Path) -> None:
        from netstudio.core.train.checkpoint import save_state

        save_state(folder / "model.pt", {k: v.detach().cpu() for k, v in
                                         net.state_dict().items()})
        project = getattr(net, "pruned_project", None)
        if project is not None:
            from netstudio.core.files import atomic_write

            atomic_write(folder / "project.nsproj.json", project.dumps())

    def _check_stop(self) -> None:
        if self.stop.is_set():
            raise DeployError(msg.CANCELLED())
