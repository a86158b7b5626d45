"""Why a layer of an imported network cannot be imported, or is kept opaque; and the notes
an import adds. Translatable templates (see netstudio.core.text).

A reason becomes part of an ImportFailure's sentence (``{reason}``, ``{why}``) or is kept in
an opaque node's ``reason`` param, in English, in the project file; ``reason_text`` recognises
a kept reason again so that the app shows it in the user's language.
"""

from __future__ import annotations

from netstudio.core.text import QT_TRANSLATE_NOOP, Template, Text, recognise

# ---- torch layers and functions (torch_map.py, from_torch.py) -------------------------------
OUTSIDE_RANGE = QT_TRANSLATE_NOOP("Import", "its {name} {value} is outside what netstudio's "
                                  "{layer_type} takes ({problem})")
PADDING_MODE = QT_TRANSLATE_NOOP("Import", "its padding_mode is not zeros")
RETURNS_INDICES = QT_TRANSLATE_NOOP("Import", "it also returns the indices of the maxima")
KEEPS_DIMENSION = QT_TRANSLATE_NOOP("Import", "its output_size keeps a dimension as it is "
                                    "(None)")
ALIGN_CORNERS = QT_TRANSLATE_NOOP("Import", "it uses align_corners, recompute_scale_factor or "
                                  "antialias")
NO_MODE = QT_TRANSLATE_NOOP("Import", "its mode {mode} has no netstudio equivalent")
SCALES_UNEVENLY = QT_TRANSLATE_NOOP("Import", "it scales height and width differently")
NO_DIM = QT_TRANSLATE_NOOP("Import", "it has no dim (torch guesses one from the rank)")
NO_LAYER_CLASS = QT_TRANSLATE_NOOP("Import", "netstudio has no {name} layer")
NOT_NN_LAYER = QT_TRANSLATE_NOOP("Import", "{name} is not a torch.nn layer")
ARGUMENT_UNREADABLE = QT_TRANSLATE_NOOP("Import", "torch.nn.{cls}'s argument {name} cannot be "
                                        "read back")
ARGUMENT_NOT_PLAIN = QT_TRANSLATE_NOOP("Import", "torch.nn.{cls}'s argument {name} is not a "
                                       "plain value")
BATCH_NOT_FIRST = QT_TRANSLATE_NOOP("Import", "its result does not keep the batch as its first "
                                    "dimension (computed from the weights, or mixing samples)")
NO_TENSOR_IN = QT_TRANSLATE_NOOP("Import", "it receives no tensor from the network")
ONE_TENSOR = QT_TRANSLATE_NOOP("Import", "netstudio's layers return one tensor")
NOT_TRACEABLE = QT_TRANSLATE_NOOP("Import", "fx and torch.export cannot trace it")
BOTH = QT_TRANSLATE_NOOP("Import", "{first}, and {second}")
ACROSS_SAMPLES = QT_TRANSLATE_NOOP("Import", "it reshapes across samples")
UNRECORDABLE_ARGUMENT = QT_TRANSLATE_NOOP("Import", "{name} has an argument netstudio cannot "
                                          "record: {error}")
FUNCTION_NO_TENSOR_IN = QT_TRANSLATE_NOOP("Import", "{name} receives no tensor from the network")
NOT_PART_OF_NETWORK = QT_TRANSLATE_NOOP("Import", "a tensor that is not part of the network")
DEPENDS_ON_BATCH = QT_TRANSLATE_NOOP("Import", "a number that depends on the batch size")
NO_LAYER_FOR = QT_TRANSLATE_NOOP("Import", "netstudio has no layer for {name}")
RESULT_NOT_TENSOR = QT_TRANSLATE_NOOP("Import", "its result is not a tensor")
OUTPUT_USED_INSIDE = QT_TRANSLATE_NOOP("Import", "the network's output is also used inside it")
IN_SUBMODULE = QT_TRANSLATE_NOOP("Import", " in '{path}'")
WHERE_WHY = QT_TRANSLATE_NOOP("Import", "{name}{where}: {reason}")

# ---- ONNX operators (from_onnx_ops.py) -------------------------------------------------------
ONNX_NO_LAYER = QT_TRANSLATE_NOOP("Import", "netstudio has no layer or torch function for it")
ONNX_OPAQUE = QT_TRANSLATE_NOOP("Import", "ONNX {op_type} has no netstudio layer")
INPUT_NOT_COMPUTED = QT_TRANSLATE_NOOP("Import", "its input {number} is not a tensor computed "
                                       "by the network")
SECOND_OUTPUT_USED = QT_TRANSLATE_NOOP("Import", "its second output is used, which netstudio's "
                                       "layers do not produce")
UNEVEN_PADDING = QT_TRANSLATE_NOOP("Import", "its padding {pads} differs between the start and "
                                   "the end")
COMPUTED_WEIGHTS = QT_TRANSLATE_NOOP("Import", "its weights are computed, not stored in the "
                                     "file")
ONLY_2D_TRANSPOSED = QT_TRANSLATE_NOOP("Import", "netstudio has 2-d transposed convolutions "
                                       "only")
ONLY_1D_2D = QT_TRANSLATE_NOOP("Import", "netstudio has 1-d and 2-d convolutions only")
AUTO_PAD_STRIDES = QT_TRANSLATE_NOOP("Import", "auto_pad {auto} with these strides has no torch "
                                     "equivalent")
OUTPUT_SHAPE_SET = QT_TRANSLATE_NOOP("Import", "it sets output_shape")
GEMM_OPTIONS = QT_TRANSLATE_NOOP("Import", "it uses transA, alpha or beta")
BIAS_SIZE = QT_TRANSLATE_NOOP("Import", "its bias has {size} values for {outputs} outputs")
SECOND_INPUT_UNKNOWN = QT_TRANSLATE_NOOP("Import", "its second input is neither stored nor "
                                         "computed by the network")
MATRIX_STACK = QT_TRANSLATE_NOOP("Import", "it multiplies by a stack of matrices")
TRAINING_MODE = QT_TRANSLATE_NOOP("Import", "it is in training mode")
COMPUTED_STATISTICS = QT_TRANSLATE_NOOP("Import", "its statistics are computed, not stored in "
                                        "the file")
NORM_RANK = QT_TRANSLATE_NOOP("Import", "netstudio normalises 2-d to 4-d tensors, not rank "
                              "{rank}")
HARDSIGMOID = QT_TRANSLATE_NOOP("Import", "only alpha 1/6 and beta 0.5 (torch's Hardsigmoid) "
                                "are supported")
OLD_SOFTMAX = QT_TRANSLATE_NOOP("Import", "before opset 13 it normalises over flattened "
                                "dimensions")
NORMALISES_BATCH = QT_TRANSLATE_NOOP("Import", "it normalises over the batch")
POOL_RANK = QT_TRANSLATE_NOOP("Import", "netstudio pools 2-d images (and 1-d sequences for "
                              "MaxPool) only")
AUTO_PAD_SAME = QT_TRANSLATE_NOOP("Import", "it uses auto_pad SAME")
POOL_2D = QT_TRANSLATE_NOOP("Import", "netstudio pools 2-d images only")
RESHAPES_BATCH = QT_TRANSLATE_NOOP("Import", "it reshapes across the batch dimension")
INPUT_UNKNOWN = QT_TRANSLATE_NOOP("Import", "one of its inputs is neither stored nor computed by "
                                  "the network")
JOINS_STORED = QT_TRANSLATE_NOOP("Import", "it joins stored tensors with computed ones")
JOINS_BATCH = QT_TRANSLATE_NOOP("Import", "it joins along the batch")
CONVERTS_TYPE = QT_TRANSLATE_NOOP("Import", "it converts to a type other than float32")
MOVES_BATCH = QT_TRANSLATE_NOOP("Import", "it moves the batch dimension")
REDUCES_ALL = QT_TRANSLATE_NOOP("Import", "it reduces over every dimension, the batch included")
REDUCES_BATCH = QT_TRANSLATE_NOOP("Import", "it reduces over the batch")
COMPUTED_PADDING = QT_TRANSLATE_NOOP("Import", "its padding is computed or applies to chosen "
                                     "axes only")
PADS_BATCH = QT_TRANSLATE_NOOP("Import", "it pads the batch")
RESIZE_IMAGES = QT_TRANSLATE_NOOP("Import", "netstudio resizes the height and width of images "
                                  "only")
RESIZE_MODE = QT_TRANSLATE_NOOP("Import", "mode {mode} with {coordinates} coordinates has no "
                                "torch equivalent")

# ---- tracing (trace.py) ----------------------------------------------------------------------
PLACE_SUBMODULE = QT_TRANSLATE_NOOP("Import", "submodule '{path}'")
PLACE_FORWARD = QT_TRANSLATE_NOOP("Import", "its forward()")
UNKNOWN_REASON = QT_TRANSLATE_NOOP("Import", "unknown reason")
BRANCHES_ON_VALUES = QT_TRANSLATE_NOOP(
    "Import", "{label} branches on the values of a tensor in {place}{line}: no tracer can "
    "record that as a graph (data-dependent control flow). What to do: make the branch depend "
    "on shapes or settings only, or move it into a submodule of its own (netstudio then keeps "
    "that submodule whole).")
AT_LINE = QT_TRANSLATE_NOOP("Import", ", {line}")
NOT_TRACEABLE_AT = QT_TRANSLATE_NOOP(
    "Import", "{label} cannot be traced by torch.fx or torch.export in {place}: {line}{text}. "
    "What to do: simplify that code (plain tensor operations and torch.nn layers trace best).")

# ---- notes: what an import did that the user should know -------------------------------------
USED_TWICE = QT_TRANSLATE_NOOP("Import", "'{path}' is used more than once; each use is imported "
                               "as its own layer with a copy of its weights (they train "
                               "separately)")
SEVERAL_RETURNED = QT_TRANSLATE_NOOP("Import", "the model returns {count} tensors; netstudio "
                                     "networks have one output, so the first is imported")
LEFT_OUT = QT_TRANSLATE_NOOP("Import", "{count} operation(s) the output does not use were left "
                             "out ({names})")
KEPT_WHOLE_ONE = QT_TRANSLATE_NOOP("Import", "{names} could not be traced, so it is kept whole "
                                   "as an opaque Module node that runs your code")
KEPT_WHOLE = QT_TRANSLATE_NOOP("Import", "{names} could not be traced, so they are kept whole "
                               "as opaque Module nodes that run your code")
SHAPE_GUESSED = QT_TRANSLATE_NOOP("Import", "input shape {shape} was guessed from the first "
                                  "layer; give --input-shape to choose another")
SEVERAL_OUTPUTS = QT_TRANSLATE_NOOP("Import", "the model has {count} outputs; the first is "
                                    "imported")
NOT_COMPARED = QT_TRANSLATE_NOOP("Import", "onnxruntime cannot run the file ({error}), so the "
                                 "outputs were not compared")

# ---- the self-check: the imported network against the source --------------------------------
DOES_NOT_BUILD = QT_TRANSLATE_NOOP("Import", "the imported network does not build: {error}")
WEIGHTS_DO_NOT_FIT = QT_TRANSLATE_NOOP("Import", "the weights of {node} do not fit ({why})")
OTHER_OUTPUT = QT_TRANSLATE_NOOP("Import", "the imported network's output is {shape}, the "
                                 "source's {source}")
OUTPUTS_DIFFER = QT_TRANSLATE_NOOP("Import", "the imported network's outputs differ from the "
                                   "source's by up to {difference:.3g}")

# the reasons an opaque node keeps, for reason_text (the others end an import)
KEPT: tuple[Template, ...] = (
    NOT_TRACEABLE, NO_LAYER_FOR, ONNX_OPAQUE, OUTPUT_USED_INSIDE, ONE_TENSOR, OUTSIDE_RANGE,
    PADDING_MODE, RETURNS_INDICES, KEEPS_DIMENSION, ALIGN_CORNERS, NO_MODE, SCALES_UNEVENLY,
    NO_DIM, NO_LAYER_CLASS, NOT_NN_LAYER, ARGUMENT_UNREADABLE, ARGUMENT_NOT_PLAIN,
)


def reason_text(reason: str) -> Text | str:
    """An opaque node's kept ``reason`` (English, from the project file) as a translatable
    Text when netstudio wrote it; a reason written by hand is returned as it is."""
    if isinstance(reason, Text | Template):
        return reason
    return recognise(reason, KEPT) or reason
