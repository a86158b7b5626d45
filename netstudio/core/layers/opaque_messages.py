"""Sentences of this package as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

NETSTUDIO_LIST_TENSOR_OPERATIONS = QT_TRANSLATE_NOOP(
    "Layers",
    "'{name}' is not on netstudio's list of tensor operations it runs"
)
UNKNOWN_ARGUMENT_ONE = QT_TRANSLATE_NOOP(
    "Layers",
    "unknown argument {dumps}: use one of {argument_kinds}"
)
ARGUMENT_TYPE_WRITTEN_PROJECT = QT_TRANSLATE_NOOP(
    "Layers",
    "an argument of type {error} cannot be written to a project file"
)
FUNCTION_NETSTUDIO_RUNS_RUNS = QT_TRANSLATE_NOOP(
    "Layers",
    "'{name}' is not a function netstudio runs (it runs torch, "
    "torch.nn.functional, Tensor, operator and aten tensor operations)"
)
ARGUMENT_ONE_KEY_OBJECT = QT_TRANSLATE_NOOP(
    "Layers",
    "argument {dumps} must be a one-key object ({argument_kinds})"
)
TORCH_NN_LAYER_CLASS = QT_TRANSLATE_NOOP("Layers", "'{name}' is not a torch.nn layer class")
CODE_FILE_PY_NAME = QT_TRANSLATE_NOOP("Layers", "code {code!r} must be FILE.py:NAME")
RUNS_PYTHON_CODE_WHICH = QT_TRANSLATE_NOOP(
    "Layers",
    "it runs Python code from {file}, which netstudio runs only when you "
    "allow it. Allow it in the app (File > Allow Code From…) or set "
    "NETSTUDIO_TRUST_CODE={file}"
)
INPUT_NAMES_INPUT_NODE = QT_TRANSLATE_NOOP(
    "Layers",
    "{{\"input\": {v}}} names an input the node does not have (it has "
    "{count})"
)
TENSOR_ONE_NODE_TENSORS = QT_TRANSLATE_NOOP(
    "Layers",
    "{{\"tensor\": {dumps}}} is not one of the node's tensors"
)
ARGUMENT_WRITTEN_PROJECT_FILE = QT_TRANSLATE_NOOP(
    "Layers",
    "the argument {value} cannot be written to a project file"
)
DTYPE_SUPPORTED = QT_TRANSLATE_NOOP("Layers", "dtype {name} is not supported")
SUBMODULE_ANY_MORE_IMPORT = QT_TRANSLATE_NOOP(
    "Layers",
    "{name}:{name2} has no submodule '{path}' any more; import the "
    "network again"
)
