"""The network against its data and task: the Input's shape, one output, the output's size for
the classes or the reconstruction, and the loss that goes with the last layer."""

from __future__ import annotations

from typing import Any

from netstudio.core.checks.context import Context
from netstudio.core.diagnostics import ERROR, WARNING
from netstudio.core.text import QT_TRANSLATE_NOOP
from netstudio.core.text import shape_text as fmt

INPUT_SHAPE = QT_TRANSLATE_NOOP("Checks", "{node} has shape {shape}, but {dataset} images are "
                                "{expected}.")
SET_SHAPE = QT_TRANSLATE_NOOP("Checks", "set shape to {expected}")
INPUT_ALONE = QT_TRANSLATE_NOOP("Checks", "{node} is not connected to any layer.")
ONLY_LAYER = QT_TRANSLATE_NOOP("Checks", "{node} is the only layer: there is nothing to train.")
ADD_LAYERS_AFTER = QT_TRANSLATE_NOOP("Checks", "add layers after it and connect them")
MANY_OUTPUTS = QT_TRANSLATE_NOOP("Checks", "The network has {count} outputs ({outputs}); {node} "
                                 "is one of them. Every layer except the last must feed another "
                                 "layer.")
CONNECT_EXTRA_OUTPUTS = QT_TRANSLATE_NOOP("Checks", "connect the extra outputs onward (e.g. into "
                                          "an Add) or delete them")
OUTPUT_CLASSES = QT_TRANSLATE_NOOP("Checks", "{node} outputs {shape}, but {dataset} has {classes} "
                                   "classes, so the output must be [{classes}] (one score per "
                                   "class).")
SET_OUT_FEATURES = QT_TRANSLATE_NOOP("Checks", "set {node}'s out_features to {classes}")
END_WITH_LINEAR = QT_TRANSLATE_NOOP("Checks", "end the network with a Linear layer with "
                                    "out_features {classes}")
ADD_FLATTEN_LINEAR = QT_TRANSLATE_NOOP("Checks", "add a Flatten layer and a Linear layer with "
                                       "out_features {classes}")
OUTPUT_SHAPE = QT_TRANSLATE_NOOP("Checks", "{node} outputs {shape}, but a reconstruction must "
                                 "give back the input's shape {expected}.")
MATCH_DECODER = QT_TRANSLATE_NOOP("Checks", "change the decoder layers so the output matches the "
                                  "input")
LOSS_UNUSUAL = QT_TRANSLATE_NOOP("Checks", "{loss} is unusual for classification: the targets "
                                 "are class labels.")
USE_CROSS_ENTROPY = QT_TRANSLATE_NOOP("Checks", "use CrossEntropyLoss")
SOFTMAX_BEFORE_CE = QT_TRANSLATE_NOOP("Checks", "The network ends with {last} ({node}), but "
                                      "CrossEntropyLoss applies log-softmax itself; remove the "
                                      "Softmax.")
DELETE_SOFTMAX = QT_TRANSLATE_NOOP("Checks", "delete {node} (or use NLLLoss after LogSoftmax)")
SIGMOID_BEFORE_BCE = QT_TRANSLATE_NOOP("Checks", "The network ends with Sigmoid ({node}), but "
                                       "BCEWithLogitsLoss applies the sigmoid itself.")
DELETE_SIGMOID = QT_TRANSLATE_NOOP("Checks", "delete {node}, or keep it and use BCELoss")
BCE_NEEDS_SIGMOID = QT_TRANSLATE_NOOP("Checks", "BCELoss needs outputs between 0 and 1, but the "
                                      "network ends with {last} ({node}).")
ADD_SIGMOID = QT_TRANSLATE_NOOP("Checks", "add a Sigmoid at the end, or use BCEWithLogitsLoss")
NLL_NEEDS_LOGSOFTMAX = QT_TRANSLATE_NOOP("Checks", "NLLLoss expects log-probabilities, but the "
                                         "network ends with {last} ({node}), not LogSoftmax.")
ADD_LOGSOFTMAX = QT_TRANSLATE_NOOP("Checks", "add a LogSoftmax layer at the end, or use "
                                   "CrossEntropyLoss")
REGRESSION_LOSSES = ("MSELoss", "L1Loss", "BCELoss", "BCEWithLogitsLoss")


def dataset_info(ctx: Context) -> Any:
    """The dataset's DatasetInfo when the data section describes one (cheap: at most a folder
    listing or an IDX header), else None."""
    if not ctx.data_ok:
        return None
    from netstudio.core.data import catalog

    path = getattr(ctx.project, "path", None)
    try:
        return catalog.data_info(ctx.data, str(path.parent) if path else None)
    except Exception:  # noqa: BLE001  (the data settings check reports unreadable data)
        return None


def check_outputs(ctx: Context) -> None:
    if not ctx.inputs:
        return
    info = dataset_info(ctx)
    first = ctx.inputs[0]
    in_info = ctx.infos.get(first)
    if (info is not None and in_info is not None and in_info.shape is not None
            and in_info.shape != info.input_shape):
        ctx.report(ERROR, "input-shape", INPUT_SHAPE, SET_SHAPE, node=first, field="shape",
                   shape=fmt(in_info.shape), dataset=info.title,
                   expected=fmt(info.input_shape))
    outputs = ctx.outputs
    if len(ctx.inputs) == 1 and not outputs and not ctx.in_cycle:
        ctx.report(ERROR, "no-output", INPUT_ALONE if len(ctx.graph.nodes) > 1 else ONLY_LAYER,
                   ADD_LAYERS_AFTER, node=first)
        return
    if len(outputs) > 1:
        for out in outputs:
            ctx.report(ERROR, "many-outputs", MANY_OUTPUTS, CONNECT_EXTRA_OUTPUTS, node=out,
                       count=len(outputs), outputs=", ".join(outputs))
        return
    if len(outputs) == 1:
        check_task(ctx, outputs[0], first, info)


def check_task(ctx: Context, out: str, first: str, info: Any) -> None:
    tr = ctx.training
    task = tr.get("task", "classification")
    loss = tr.get("loss", "CrossEntropyLoss" if task == "classification" else "MSELoss")
    shape = ctx.infos[out].shape if out in ctx.infos else None
    last = ctx.graph.nodes[out].type
    if task == "classification" and info is not None and shape is not None:
        k = info.num_classes
        if shape != (k,):
            fix = (SET_OUT_FEATURES if len(shape) == 1 and last == "Linear" else
                   END_WITH_LINEAR if len(shape) == 1 else ADD_FLATTEN_LINEAR)
            ctx.report(ERROR, "output-classes", OUTPUT_CLASSES, fix, node=out, shape=fmt(shape),
                       dataset=info.title, classes=k)
    if task == "reconstruction" and shape is not None:
        in_info = ctx.infos.get(first)
        if in_info is not None and in_info.shape is not None and shape != in_info.shape:
            ctx.report(ERROR, "output-shape", OUTPUT_SHAPE, MATCH_DECODER, node=out,
                       shape=fmt(shape), expected=fmt(in_info.shape))
    if task == "classification" and loss in REGRESSION_LOSSES:
        ctx.report(WARNING, "loss-task", LOSS_UNUSUAL, USE_CROSS_ENTROPY, field="training.loss",
                   loss=loss)
    if loss == "CrossEntropyLoss" and last in ("Softmax", "LogSoftmax"):
        ctx.report(WARNING, "softmax-before-ce", SOFTMAX_BEFORE_CE, DELETE_SOFTMAX, node=out,
                   last=last)
    if loss == "BCEWithLogitsLoss" and last == "Sigmoid":
        ctx.report(WARNING, "sigmoid-before-bcelogits", SIGMOID_BEFORE_BCE, DELETE_SIGMOID,
                   node=out)
    if loss == "BCELoss" and last != "Sigmoid":
        ctx.report(WARNING, "bce-needs-sigmoid", BCE_NEEDS_SIGMOID, ADD_SIGMOID, node=out,
                   last=last)
    if loss == "NLLLoss" and last != "LogSoftmax":
        ctx.report(WARNING, "nll-needs-logsoftmax", NLL_NEEDS_LOGSOFTMAX, ADD_LOGSOFTMAX,
                   node=out, last=last)
