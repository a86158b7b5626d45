"""Sentences of this package as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

ONNX_EXPORT_NEEDS_ONNX = QT_TRANSLATE_NOOP(
    "Export",
    "ONNX export needs the onnx and onnxscript packages ({error}). "
    "Install them with: pip install onnx onnxscript"
)
ONNX_EXPORT_FAILED_FORMAT = QT_TRANSLATE_NOOP(
    "Export",
    "ONNX export failed ({first_line}). Try --format torch_export or "
    "python."
)
UNKNOWN_ARGUMENT = QT_TRANSLATE_NOOP("Export", "unknown argument {value!r}")
RUNS_YOUR_OWN_CODE = QT_TRANSLATE_NOOP(
    "Export",
    "{node_id} runs your own code ({resolved}), which netstudio cannot "
    "write into a standalone file; export it as ONNX or torch_export "
    "instead."
)
MESSAGE = QT_TRANSLATE_NOOP("Export", "{node_id}: {error}.")
FIX_ERRORS_FIRST_RUN = QT_TRANSLATE_NOOP(
    "Export",
    "fix the errors first ({listing}). Run 'netstudio check' to see them."
)
NETWORK_NEEDS_EXACTLY_ONE = QT_TRANSLATE_NOOP(
    "Export",
    "the network needs exactly one Input and one output to be exported."
)
LAYER_TYPE_PYTORCH_CODE = QT_TRANSLATE_NOOP(
    "Export",
    "{node_id}: layer type {kind!r} has no PyTorch code equivalent yet; "
    "export it as ONNX or torch_export instead."
)
WEIGHTS_BUT_TORCH_NN = QT_TRANSLATE_NOOP(
    "Export",
    "{node_id}: {type} has weights but no torch.nn layer to carry them "
    "in the generated code."
)
NEEDS_TRAINED_WEIGHTS_TRAIN = QT_TRANSLATE_NOOP(
    "Export",
    "{label} needs trained weights: train the network first, or give the "
    "weights to export."
)
HOLDS_STATE_DICT = QT_TRANSLATE_NOOP("Export", "{path}: holds no state_dict.")
FOLDER_FILE_NAME = QT_TRANSLATE_NOOP("Export", "{out} is a folder; give a file name.")
FOLDER_DOES_EXIST_CREATE = QT_TRANSLATE_NOOP(
    "Export",
    "folder {parent} does not exist; create it first."
)
NETWORK_ERRORS_NOTHING_EXPORTED = QT_TRANSLATE_NOOP(
    "Export",
    "the network has errors; nothing was exported."
)
SUCH_FILE_CHECK_WEIGHTS = QT_TRANSLATE_NOOP(
    "Export",
    "{path}: no such file. Check the weights' path."
)
READ_PYTORCH_WEIGHTS = QT_TRANSLATE_NOOP(
    "Export",
    "{path}: cannot be read as PyTorch weights ({error})."
)
THESE_WEIGHTS_DO_FIT = QT_TRANSLATE_NOOP(
    "Export",
    "{path}: these weights do not fit this project's network ({detail}). "
    "Were they trained from another version of the graph?"
)
UNKNOWN_EXPORT_FORMAT_ONE = QT_TRANSLATE_NOOP(
    "Export",
    "unknown export format {name!r}; use one of: {formats}."
)
ITSELF_ANOTHER_OUTPUT_FILE = QT_TRANSLATE_NOOP(
    "Export",
    "{out} is {what} itself; give another output file name."
)
ALSO_WRITES_BESIDE_OUT = QT_TRANSLATE_NOOP(
    "Export",
    "{out}: {label} also writes {name} beside it, so OUT needs another "
    "suffix, e.g. {stem}{suffix}."
)
GENERATED_CODE_WOULD_RUN = QT_TRANSLATE_NOOP(
    "Export",
    "the generated code would not run ({error}: {value}); nothing was "
    "written. Please report it with the project file."
)
EXPORTED_WEIGHTS_WOULD_WRITTEN = QT_TRANSLATE_NOOP(
    "Export",
    "the exported weights would be written to {side}, over {what} they "
    "are read from; give another name or folder."
)
TORCH_EXPORT_COULD_TRACE = QT_TRANSLATE_NOOP(
    "Export",
    "torch.export could not trace this network ({first_line}). Export it "
    "as Python code instead."
)
