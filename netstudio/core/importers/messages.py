"""Sentences of this package as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

SUCH_FILE_CHECK_PATH = QT_TRANSLATE_NOOP("Import", "{path}: no such file. Check the path.")
FILE_EMPTY_ONNX_MODEL = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: the file is empty, not an ONNX model."
)
GB_MORE_THAN_NETSTUDIO = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: {value:.1f} GB is more than netstudio imports."
)
READABLE_ONNX_MODEL_OPERATORS = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: not a readable ONNX model (it has no operators); the file "
    "may be truncated or not ONNX."
)
IMPORT_ONNX_OPERATOR_NETSTUDIO = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: cannot import ONNX operator {op_type} ('{reason}'): {why}. "
    "netstudio imports the standard operators it can write as torch "
    "layers or functions; replace this one in the source model, or "
    "export without it."
)
IMPORTING_ONNX_NEEDS_ONNX = QT_TRANSLATE_NOOP(
    "Import",
    "importing ONNX needs the onnx package: pip install "
    "'netstudio[export]'"
)
READABLE_ONNX_MODEL_FILE = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: not a readable ONNX model ({first_line}); the file may be "
    "truncated or not ONNX. Export it again."
)
ONNX_CHECKER_REFUSES = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: the ONNX checker refuses it ({first_line})."
)
INPUTS_NETSTUDIO_IMPORTS_NETWORKS = QT_TRANSLATE_NOOP(
    "Import",
    "{path} has {count} inputs; netstudio imports networks with one "
    "input."
)
INPUT_SHAPE_DOES_FIT = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: --input-shape {list} does not fit its input '{name}' of "
    "rank {count} (batch first)."
)
OUTPUT_DOES_DEPEND_INPUT = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: its output '{out}' does not depend on its input."
)
SHAPE_INFERRED_NETSTUDIO_NEEDS = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: the shape of '{name}' cannot be inferred; netstudio needs "
    "static shapes (check --input-shape)."
)
USES_ONNX_OPSET_NEWER = QT_TRANSLATE_NOOP(
    "Import",
    "{path} uses ONNX opset {version}, newer than the onnx package here "
    "reads (up to {known}). Export it with opset {known} or lower, or "
    "update onnx."
)
USES_ONNX_OPSET_NETSTUDIO = QT_TRANSLATE_NOOP(
    "Import",
    "{path} uses ONNX opset {version}; netstudio imports opset "
    "{min_opset} or newer. Convert it with onnx.version_converter."
)
INPUT_FIXED_SIZE_INPUT = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: its input '{name}' has no fixed size ({dims}); give it with "
    "--input-shape C,H,W."
)
ONNX_SHAPE_INFERENCE_FAILS = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: ONNX shape inference fails for input {value} "
    "({first_line}); check --input-shape."
)
INTERNAL_ERROR_SHAPE = QT_TRANSLATE_NOOP(
    "Import",
    "{label}: internal error (no shape for {node_id})"
)
IMPORT_WHAT_DO_WRITE = QT_TRANSLATE_NOOP(
    "Import",
    "{label}: cannot import {name}{where} ({name2}): {reason}. What to "
    "do: write it with torch.nn layers or plain tensor functions, or "
    "move it into a submodule of its own."
)
RETURNS_TENSOR_NETSTUDIO_IMPORTS = QT_TRANSLATE_NOOP(
    "Import",
    "{label} returns no tensor; netstudio imports networks that return "
    "one tensor (the scores)."
)
TAKES_SEVERAL_INPUTS_NETSTUDIO = QT_TRANSLATE_NOOP(
    "Import",
    "{label} takes several inputs; netstudio imports networks with one "
    "input tensor."
)
INPUT_BATCH_TENSORS = QT_TRANSLATE_NOOP("Import", "{label}: its input is not a batch of tensors.")
INTERNAL_ERROR_UNKNOWN_VALUE = QT_TRANSLATE_NOOP(
    "Import",
    "{label}: internal error (unknown value {name})"
)
NETSTUDIO_GUESS_INPUT_SHAPE = QT_TRANSLATE_NOOP(
    "Import",
    "{label}: netstudio cannot guess the input shape; give it with "
    "--input-shape, e.g. --input-shape 1,28,28 (channels, height, width)."
)
TOO_MANY_PARTS_IMPORTED = QT_TRANSLATE_NOOP(
    "Import",
    "{label}: too many parts cannot be imported."
)
ONNX_FILE_CARRIES_OWN = QT_TRANSLATE_NOOP(
    "Import",
    "an ONNX file carries its own weights; --weights is for torchvision "
    "and Python sources."
)
IMPORT_WHAT_DO_WRITE_2 = QT_TRANSLATE_NOOP(
    "Import",
    "{label}: cannot import {reason}. What to do: write it with torch.nn "
    "layers or plain tensor functions."
)
SOURCE_NETSTUDIO_IMPORT = QT_TRANSLATE_NOOP(
    "Import",
    "'{text}' is not a source netstudio can import; {forms}."
)
NAMES_PYTHON_FILE_BUT = QT_TRANSLATE_NOOP(
    "Import",
    "'{text}' names a Python file but no class; write it as {text}:CLASS "
    "(the nn.Module class to import)."
)
TORCHVISION_CLASSIFICATION_MODEL = QT_TRANSLATE_NOOP(
    "Import",
    "torchvision has no classification model '{name}'.{hint}"
)
WEIGHTS_FILE_SUCH_FILE = QT_TRANSLATE_NOOP("Import", "weights file {path}: no such file.")
WEIGHTS_FILE_HOLDS_STATE = QT_TRANSLATE_NOOP(
    "Import",
    "weights file {path} holds no state_dict (a dict of tensors)."
)
PYTHON_FILE_PYTHON_IMPORT = QT_TRANSLATE_NOOP(
    "Import",
    "{path}: not a Python file Python can import."
)
MESSAGE = QT_TRANSLATE_NOOP("Import", "{path} has no '{name}'.{listing}")
CLASS_FUNCTION = QT_TRANSLATE_NOOP("Import", "{path}:{name} is not a class or function.")
RETURNED_TORCH_NN_MODULE = QT_TRANSLATE_NOOP(
    "Import",
    "{path}:{name}() returned a {error}, not a torch.nn.Module."
)
NAMES_TORCHVISION_MODEL = QT_TRANSLATE_NOOP(
    "Import",
    "'{text}' names no torchvision model; {forms}."
)
TORCHVISION_COULD_BUILD = QT_TRANSLATE_NOOP(
    "Import",
    "torchvision could not build '{name}': {first_line}"
)
WEIGHTS_FILE_READ_PYTORCH = QT_TRANSLATE_NOOP(
    "Import",
    "weights file {path} cannot be read as PyTorch weights "
    "({first_line}). It must be a state_dict saved with torch.save."
)
WEIGHTS_FILE_DOES_FIT = QT_TRANSLATE_NOOP(
    "Import",
    "weights file {path} does not fit {what}: {text}"
)
LINE_SYNTAX_ERROR_FIX = QT_TRANSLATE_NOOP(
    "Import",
    "{path} line {lineno}: syntax error ({reason}). Fix the file and "
    "import it again."
)
FAILED_WHILE_BEING_IMPORTED = QT_TRANSLATE_NOOP(
    "Import",
    "{path} failed while being imported: {user_frame}{error}: "
    "{first_line}. Fix the file (it must import on its own with python) "
    "and try again."
)
COULD_CREATED_WITHOUT_ARGUMENTS = QT_TRANSLATE_NOOP(
    "Import",
    "{path}:{name} could not be created without arguments ({signature}: "
    "{first_line}). Give its arguments defaults, or add a function that "
    "returns the model and import that."
)
FAILED = QT_TRANSLATE_NOOP("Import", "{path}:{name}() failed: {user_frame}{error}: {first_line}.")
TORCH_EXPORT_SPLIT_LAYER = QT_TRANSLATE_NOOP(
    "Import",
    "torch.export split the layer '{path}' in a way netstudio cannot "
    "follow; try importing the model without it"
)
FAILS_INPUT_SHAPE_PER = QT_TRANSLATE_NOOP(
    "Import",
    "{label} fails on an input of shape {list} (per sample {list2}): "
    "{user_frame}{error}: {first_line}. Give the shape the network "
    "expects with --input-shape C,H,W."
)
TRACED_GRAPH_DOES_RUN = QT_TRANSLATE_NOOP(
    "Import",
    "{label}: the traced graph does not run ({error}: {first_line})."
)
IMPORT_STOPPED_UNEXPECTEDLY = QT_TRANSLATE_NOOP(
    "Import",
    "importing {source} stopped unexpectedly (exit code {code}): its code may have "
    "crashed or ended the process. Nothing was written."
)
IMPORT_DID_NOT_FINISH = QT_TRANSLATE_NOOP(
    "Import",
    "importing {source} did not finish within {seconds:g} s and was stopped. Does its code "
    "loop forever or wait for input? Nothing was written."
)
CANNOT_WRITE_IMPORT = QT_TRANSLATE_NOOP(
    "Import",
    "cannot write {path} ({error}). Nothing was written."
)
IMPORT_NEEDS_MORE_MEMORY = QT_TRANSLATE_NOOP(
    "Import",
    "{source} needs more memory than this computer has. Nothing was written."
)
INTERNAL_ERROR_IMPORTING = QT_TRANSLATE_NOOP(
    "Import",
    "internal error while importing {source} ({kind}: {error}). Please report it. Nothing "
    "was written."
)
STOPPED = QT_TRANSLATE_NOOP(
    "Import",
    "{label} did not finish within {seconds:g} s and was stopped. Does it loop forever or wait "
    "for input when imported? Make it import and build quickly (put slow work under `if "
    "__name__ == '__main__':`)."
)
STOPPED_AT = QT_TRANSLATE_NOOP(
    "Import",
    "{label} did not finish within {seconds:g} s and was stopped at {where}. Does it loop "
    "forever or wait for input when imported? Make it import and build quickly (put slow work "
    "under `if __name__ == '__main__':`)."
)
