"""Sentences of this package as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

FOLDER_DOES_EXIST_CREATE = QT_TRANSLATE_NOOP(
    "Deploy",
    "folder {parent} does not exist; create it first."
)
FILE_BUNDLE_NEW_FOLDER = QT_TRANSLATE_NOOP(
    "Deploy",
    "{target} is a file; give --bundle a new folder."
)
ALREADY_HOLDS_OTHER_FILES = QT_TRANSLATE_NOOP(
    "Deploy",
    "{target} already holds other files ({names}); give --bundle a new "
    "or empty folder."
)
WRITE_BUNDLE = QT_TRANSLATE_NOOP("Deploy", "cannot write the bundle to {target} ({reason}).")
ORIGINAL_NAMES_RUN_OWN = QT_TRANSLATE_NOOP(
    "Deploy",
    "'original' names the run's own network; choose another name."
)
ONLY_CLASSIFICATION_NETWORKS_COMPRESSED = QT_TRANSLATE_NOOP(
    "Deploy",
    "only classification networks can be compressed and served (this "
    "run's task is {task!r})."
)
RUN_DATA_TEST_IMAGES = QT_TRANSLATE_NOOP(
    "Deploy",
    "the run's data has no test images to measure accuracy on."
)
RUN_DATA_LOADED = QT_TRANSLATE_NOOP(
    "Deploy",
    "the run's data cannot be loaded: {error} Compressing and measuring need the images the "
    "run was trained and tested on: put them back where the run found them. (Serving and "
    "bundling a variant made earlier do not need them.)"
)
FINE_TUNING_FAILED = QT_TRANSLATE_NOOP("Deploy", "fine-tuning failed: {message}")
RUN_TRAINING_SETTINGS_USED = QT_TRANSLATE_NOOP(
    "Deploy",
    "the run's training settings cannot be used to fine-tune ({error})."
)
INT_QUANTIZATION_NEEDS_ONNXRUNTIME = QT_TRANSLATE_NOOP(
    "Deploy",
    "int8 quantization needs onnxruntime ({error}). Install it with: pip "
    "install 'netstudio[deploy]'"
)
ONNX_RUNTIME_COULD_QUANTIZE = QT_TRANSLATE_NOOP(
    "Deploy",
    "ONNX Runtime could not quantize this network ({error}: {value})."
)
UNKNOWN_QUANTIZATION_METHOD_STATIC = QT_TRANSLATE_NOOP(
    "Deploy",
    "unknown quantization method {method!r}; use static or dynamic."
)
VARIANT_VARIANTS_MAKE_NETSTUDIO = QT_TRANSLATE_NOOP(
    "Deploy",
    "{run_dir}: no variant {name!r} (variants: {names}). Make it with "
    "netstudio compress."
)
JSON_OBJECT = QT_TRANSLATE_NOOP("Deploy", "{path}: not a JSON object.")
SUCH_RUN_VARIANT_BUNDLE = QT_TRANSLATE_NOOP(
    "Deploy",
    "{folder}: no such run, variant or bundle folder."
)
READ = QT_TRANSLATE_NOOP("Deploy", "{path}: cannot be read ({error}).")
BESIDE_NAMES_CLASSES_INPUT = QT_TRANSLATE_NOOP(
    "Deploy",
    "{folder}: no {metadata} beside it (it names the classes and input); "
    "serve its run or bundle folder instead."
)
DAMAGED_VARIANT_UNREADABLE_MAKE = QT_TRANSLATE_NOOP(
    "Deploy",
    "{folder}: a damaged variant ({record} unreadable, or {model} missing or "
    "changed since it was made); make it again with netstudio compress."
)
RUN_ONLY_FINISHED_STOPPED = QT_TRANSLATE_NOOP(
    "Deploy",
    "{path}: the run is {status}; only a finished (or stopped) run has "
    "trained weights to ship."
)
RUN_FOLDER_HOLDS_RUN = QT_TRANSLATE_NOOP(
    "Deploy",
    "{error} Give a run folder (it holds run.json, project.nsproj.json "
    "and model.pt) or FILE --run ID."
)
RUN_NETWORK_BUILT = QT_TRANSLATE_NOOP(
    "Deploy",
    "{run_dir}: the run's network cannot be built ({error})."
)
WEIGHTS_DO_FIT_RUN = QT_TRANSLATE_NOOP(
    "Deploy",
    "{run_dir}: the weights do not fit the run's network ({strip})."
)
WRITE = QT_TRANSLATE_NOOP(
    "Deploy",
    "cannot write in {root} ({reason}): variants, and the measured original, are kept in "
    "the run's folder. Copy the run folder to a place you can write and give the copy."
)
NETWORK_CONV_LINEAR_WEIGHTS = QT_TRANSLATE_NOOP(
    "Deploy",
    "the network has no Conv or Linear weights to prune."
)
SHARE_CHANNELS_REMOVE_BETWEEN = QT_TRANSLATE_NOOP(
    "Deploy",
    "the share of channels to remove must be between 0 and 1."
)
LAYER_NETWORK_LOSE_CHANNELS = QT_TRANSLATE_NOOP(
    "Deploy",
    "no layer of this network can lose channels: structured pruning "
    "needs a Conv or Linear layer followed (through activations, pooling "
    "or batch norm only) by another Conv or Linear."
)
CANCELLED = QT_TRANSLATE_NOOP("Deploy", "cancelled.")
LOADING_DATA = QT_TRANSLATE_NOOP("Deploy", "loading the run's data")
PRUNING = QT_TRANSLATE_NOOP("Deploy", "pruning {share:.0%}")
PRUNING_CHANNELS = QT_TRANSLATE_NOOP("Deploy", "pruning {share:.0%} of the channels")
PRUNING_WEIGHTS = QT_TRANSLATE_NOOP("Deploy", "pruning {share:.0%} of the weights")
DONE = QT_TRANSLATE_NOOP("Deploy", "done")
FINETUNE_EPOCH = QT_TRANSLATE_NOOP("Deploy", "fine-tuning: epoch {epoch}/{epochs} done")
FINETUNING = QT_TRANSLATE_NOOP("Deploy", "fine-tuning for {epochs} epoch(s)")
EXPORTING_ONNX = QT_TRANSLATE_NOOP("Deploy", "{name}: exporting to ONNX")
QUANTIZING = QT_TRANSLATE_NOOP("Deploy", "{name}: quantizing to int8 ({method})")
MEASURING = QT_TRANSLATE_NOOP("Deploy", "{name}: measuring")
NAME_DONE = QT_TRANSLATE_NOOP("Deploy", "{name}: done")
INT8_SLOWER = QT_TRANSLATE_NOOP(
    "Deploy",
    "{name} is slower than the float network on this CPU ({latency}x its time per image at "
    "batch 1, {throughput}x its images/s at batch 64): in a small network, converting "
    "activations to and from int8 can cost more than the int8 arithmetic saves."
)
INT8_AS_FAST = QT_TRANSLATE_NOOP(
    "Deploy",
    "{name} is about as fast as the float network on this CPU ({latency}x its time per image "
    "at batch 1, {throughput}x its images/s at batch 64): most of the work is in the layers "
    "it keeps in float ({layers}), which would be slower in int8; its gain is the smaller file."
)
MODEL_CANNOT_BE_SERVED = QT_TRANSLATE_NOOP(
    "Deploy",
    "{error} Make the variant again with netstudio compress."
)
HOST_NOT_RESOLVED = QT_TRANSLATE_NOOP(
    "Deploy",
    "--host {host}: not an address or a known host name; give an address of this "
    "machine such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network)."
)
HOST_NOT_THIS_MACHINE = QT_TRANSLATE_NOOP(
    "Deploy",
    "--host {host}: not an address of this machine; give 127.0.0.1 (this machine only), "
    "0.0.0.0 (every network) or one of this machine's addresses."
)
PORT_IN_USE = QT_TRANSLATE_NOOP(
    "Deploy",
    "port {port} on {host} is in use by another program (perhaps a server started "
    "earlier); stop it or choose another port with --port."
)
CANNOT_LISTEN = QT_TRANSLATE_NOOP(
    "Deploy",
    "the server cannot listen on {host}:{port} ({reason}); choose another --port (ports "
    "below 1024 need administrator rights)."
)
THREADS_RANGE = QT_TRANSLATE_NOOP(
    "Deploy",
    "--threads {threads}: give a whole number from 1 to 64."
)
PROJECT_FILE_NEEDS_RUN = QT_TRANSLATE_NOOP(
    "Deploy",
    "{file} is a project file: name one of its runs with --run ID (netstudio runs {file} "
    "lists them), or give a run folder."
)
RUN_ID_NEEDS_PROJECT_FILE = QT_TRANSLATE_NOOP(
    "Deploy",
    "--run {run}: {folder} is a folder; --run goes with the project file (FILE.nsproj.json). "
    "Give the run folder alone, without --run."
)
