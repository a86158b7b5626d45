"""Sentences of this package as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

EMPTY = QT_TRANSLATE_NOOP("Runs", "{path}: {what} is empty.")
MISSING = QT_TRANSLATE_NOOP("Runs", "{parent}: {what} is missing ({name}).")
UTF_TEXT = QT_TRANSLATE_NOOP("Runs", "{path}: {what} is not UTF-8 text.")
READ = QT_TRANSLATE_NOOP("Runs", "{path}: {what} cannot be read ({reason}).")
VALID_JSON_TRUNCATED_DAMAGED = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: {what} is not valid JSON (truncated or damaged? line "
    "{lineno}, column {colno}: {reason})."
)
NETSTUDIO_PROJECT = QT_TRANSLATE_NOOP("Runs", "{path}: {project_json} is not a netstudio project.")
RUN_BUT_WEIGHTS_MISSING = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: the run {status} but its weights ({model_pt}) are missing."
)
RUN_WEIGHTS_YET_ENDED = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: this run has no weights yet (no {model_pt} or "
    "{checkpoint_pt}): it ended before its first epoch."
)
HOLDS_STATE_DICT = QT_TRANSLATE_NOOP("Runs", "{path}: holds no state_dict.")
METRICS_JSON_HOLD_JSON = QT_TRANSLATE_NOOP("Runs", "{path}: metrics.json must hold a JSON object.")
READ_PYTORCH_WEIGHTS_FILE = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: cannot be read as PyTorch weights ({error}); the file is "
    "damaged."
)
RUN_NETWORK_BUILT = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: the run's network cannot be built ({error})."
)
WEIGHTS_BELONG_ANOTHER_NETWORK = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: its weights belong to another network than its project "
    "snapshot ({detail})."
)
RUN_JSON_HOLD_JSON = QT_TRANSLATE_NOOP("Runs", "{where}: run.json must hold a JSON object.")
RUN_JSON_NETSTUDIO_RUN = QT_TRANSLATE_NOOP(
    "Runs",
    "{where}: run.json is not a netstudio run record (\"format\" is "
    "{format!r}, expected {run_format!r})."
)
RUN_JSON_VALID_VERSION = QT_TRANSLATE_NOOP(
    "Runs",
    "{where}: run.json has no valid \"version\" (got {version!r})."
)
WRITTEN_NEWER_NETSTUDIO_RUN = QT_TRANSLATE_NOOP(
    "Runs",
    "{where}: written by a newer netstudio (run version {version}; this "
    "one reads up to {run_version}). Update netstudio to use it."
)
RUN_JSON_ID = QT_TRANSLATE_NOOP("Runs", '{where}: run.json has no "id".')
RUN_JSON_UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "Runs",
    "{where}: run.json has an unknown status {status!r} (expected one of "
    "{statuses})."
)
ANOTHER_NETSTUDIO_WINDOW_USING = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: another netstudio window is using these runs."
)
CREATE_FOLDER_RUNS_UNTITLED = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: cannot create a folder for the runs of the untitled project "
    "({reason})."
)
RUN_LIST_THEM_NETSTUDIO = QT_TRANSLATE_NOOP(
    "Runs",
    "no run {text!r} in {path} (list them with: netstudio runs FILE)."
)
COULD_FIND_FREE_RUN = QT_TRANSLATE_NOOP("Runs", "{path}: could not find a free run id.")
FILE_FOLDER_NEW_EXISTING = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: is a file; give a folder (new or existing)."
)
ANOTHER_RUN_BEING_WRITTEN = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: another run is being written there right now; give --out "
    "another folder."
)
FILE_RUNS_KEPT_THERE = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: is a file, so runs cannot be kept there; move it away or "
    "rename the project."
)
MATCHES_RUNS_MORE_ID = QT_TRANSLATE_NOOP(
    "Runs",
    "{text!r} matches {count} runs ({items}...); give more of the id."
)
RUN_STILL_TRAINING_STOP = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: this run is still training; stop it first."
)
CREATE_FOLDER = QT_TRANSLATE_NOOP("Runs", "{path}: cannot create the folder ({reason}).")
CREATE_RUN_FOLDER = QT_TRANSLATE_NOOP("Runs", "{path}: cannot create the run folder ({reason}).")
RUN_RECORD = QT_TRANSLATE_NOOP("Runs", "run record")
PROJECT_SNAPSHOT = QT_TRANSLATE_NOOP("Runs", "the project snapshot")
NO_RUN_FOLDER = QT_TRANSLATE_NOOP("Runs", "{path}: no such run folder.")
FILE_NOT_RUN_FOLDER = QT_TRANSLATE_NOOP("Runs", "{path}: is a file, not a run folder.")
IS_A_RUN_STORE = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: is a project's run store (its runs are folders inside it); give a folder of its "
    "own, or leave --out out to record into the store."
)
HOLDS_A_STORED_RUN = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: holds a run of the store {store}, which this run would replace; give a new folder."
)
TENSORBOARD_SKIPPED = QT_TRANSLATE_NOOP("Runs", "TensorBoard event files skipped ({error}: {reason}).")
TENSORBOARD_STOPPED = QT_TRANSLATE_NOOP("Runs", "TensorBoard logging stopped ({error}: {reason}).")
TENSORBOARD_MISSING = QT_TRANSLATE_NOOP(
    "Runs",
    "TensorBoard event files skipped: the tensorboard package is not installed "
    "(pip install 'netstudio[tensorboard]')."
)
COPY_RUN_FAILED = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: the run cannot be copied into {target} ({reason}); it stays where it is."
)
COPY_STUDIES_FAILED = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: the searches' studies cannot be copied into {target} ({reason}); they stay "
    "where they are."
)
COPY_BUSY = QT_TRANSLATE_NOOP(
    "Runs",
    "{path}: another netstudio is copying runs into this store; try again when it is done."
)
NOT_WRITTEN = QT_TRANSLATE_NOOP("Runs", "could not write the run to {path} ({reason}).")
