"""Ship a trained run: compress it (int8, pruning), measure it, serve it, bundle it.

Qt-free. The parts, each in its own module:

    source.open_run(path) -> RunSource          a stored run: project snapshot + weights + metrics
    evaluation.load_eval_data(source) -> EvalData  test images in 0..1, labels, calibration images
    inputs.ServedNet(net, policy)               the network with the run's input policy built in
    quantize.quantize_int8(onnx_in, onnx_out, calibration, method) -> Quantized (its Plan:
        which layers went to int8, statically or dynamically, and which stayed float)
    prune.prune_unstructured(net, sparsity) / prune.prune_channels(project, state, sparsity)
    measure.measure(onnx_path, data, torch_net=None) -> Figures
    variants.VariantStore(run_dir): list(), save(...), original()
    compress.compress(source, Request, progress) -> VariantRecord   (what CLI and app call)
    compress.sweep(source, sparsities, ...) -> list[SweepPoint]
    serve_app (standalone: FastAPI + onnxruntime only) / bundle.write_bundle(...)

Every served or measured model takes images as float32 [N, C, H, W] in 0..1 and scales them
itself the way the run's training did (inputs.py), so a client never needs the run's mean/std.
"""

from __future__ import annotations


class DeployError(Exception):
    """The run cannot be compressed, measured or served; the message says why and what to do.

    ``unusable`` is True when the input itself is at fault (CLI exit 2), False when the
    operation failed on a usable input (exit 1).
    """

    def __init__(self, message: str, unusable: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.unusable = unusable
