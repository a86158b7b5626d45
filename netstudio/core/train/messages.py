"""What the trainer tells the learner (RunResult.message and errors), declared once as
translatable templates (netstudio.core.text); the GUI shows them in the user's language."""

from __future__ import annotations

from netstudio.core.text import QT_TRANSLATE_NOOP

ALREADY_RAN = QT_TRANSLATE_NOOP("Trainer", "This trainer has already run; create a new one.")
FINISHED_ONE = QT_TRANSLATE_NOOP("Trainer", "Finished 1 epoch.")
FINISHED = QT_TRANSLATE_NOOP("Trainer", "Finished {count} epochs.")
STOPPED = QT_TRANSLATE_NOOP("Trainer", "Stopped.")
INTERRUPTED = QT_TRANSLATE_NOOP("Trainer", "Stopped (interrupted).")
STOPPED_BECAUSE = QT_TRANSLATE_NOOP("Trainer", "Stopped. {reason}")
STOPPED_IN_EPOCH = QT_TRANSLATE_NOOP("Trainer", "Stopped in epoch {epoch} (step {step}); {done} "
                                     "whole epochs done.")
STOPPED_AFTER = QT_TRANSLATE_NOOP("Trainer", "Stopped after epoch {epoch}.")
EARLY_STOPPING = QT_TRANSLATE_NOOP("Trainer", "Early stopping after epoch {epoch}: the validation "
                                   "loss has not improved for {epochs} epochs; the model keeps "
                                   "the weights of epoch {best}.")
DIVERGED = QT_TRANSLATE_NOOP("Trainer", "The loss became NaN or infinite (by step {step}, epoch "
                             "{epoch}): training diverged. Lower training.lr (try {lr}), set "
                             "training.grad_clip (e.g. 1.0), or check that the loss fits the "
                             "last layer.")
OUT_OF_MEMORY = QT_TRANSLATE_NOOP("Trainer", "Out of memory with batch size {batch}. Use a "
                                  "smaller training.batch_size (e.g. half), a smaller network, "
                                  "or the CPU.")
SINGLE_SAMPLE_BATCH = QT_TRANSLATE_NOOP("Trainer", "A batch normalization layer got a batch of a "
                                        "single sample, from which it cannot compute "
                                        "statistics. Train on more samples (a larger --subset) "
                                        "or use a training.batch_size that does not leave one "
                                        "sample over.")
BCE_RANGE = QT_TRANSLATE_NOOP("Trainer", "BCELoss needs outputs between 0 and 1, but the network "
                              "gave values outside them. Add a Sigmoid layer at the end, or set "
                              "training.loss to BCEWithLogitsLoss (it applies the sigmoid "
                              "itself).")
CANNOT_PROCESS = QT_TRANSLATE_NOOP("Trainer", "The network could not process the data ({error}). "
                                   "Check that the Input node's shape matches the dataset's "
                                   "{shape} and that the last layer has one output per class "
                                   "(run: netstudio check FILE).")
FAILED = QT_TRANSLATE_NOOP("Trainer", "Training failed: {error}")
CHECKPOINT_NOT_WRITTEN = QT_TRANSLATE_NOOP("Trainer", "Could not save the checkpoint: {error} "
                                           "Training stopped; the last checkpoint written is "
                                           "intact.")
FILE_ERROR = QT_TRANSLATE_NOOP("Trainer", "Training stopped: could not read or write {file} "
                               "({reason}).")
NO_CUDA = QT_TRANSLATE_NOOP("Trainer", "training.device is \"cuda\" but no CUDA GPU is available "
                            "here; use \"auto\" or \"cpu\".")
EMPTY_SPLIT = QT_TRANSLATE_NOOP("Trainer", "the training split is empty: there is nothing to "
                                "train on.")
FEWER_THAN_PROCESSES = QT_TRANSLATE_NOOP("Trainer", "the training split has {samples} samples, "
                                         "fewer than the {processes} processes: each needs at "
                                         "least one. Use more data or fewer processes "
                                         "(--nproc_per_node).")
SUBSET_TOO_SMALL = QT_TRANSLATE_NOOP("Trainer", "--subset must be at least 1.")
NOT_IN_CHECKPOINT = QT_TRANSLATE_NOOP("Trainer", "not in the checkpoint: {ids}")
ONLY_IN_CHECKPOINT = QT_TRANSLATE_NOOP("Trainer", "only in the checkpoint: {ids}")
OTHER_SIZES = QT_TRANSLATE_NOOP("Trainer", "other sizes: {ids}")
AND_ALSO = QT_TRANSLATE_NOOP("Trainer", "{first}; {then}")
OTHER_NETWORK = QT_TRANSLATE_NOOP("Trainer", "{path}: this checkpoint was saved from a different "
                                  "network ({differences}); resume with the project that made "
                                  "it, or train without --resume.")
OTHER_SETTING = QT_TRANSLATE_NOOP("Trainer", "{path}: this checkpoint was trained with {field} "
                                  "{then}, but the project now has {now}; their saved state does "
                                  "not carry over. Set {field} back to {then} to resume, or train "
                                  "without --resume.")
SETTING_ADDED = QT_TRANSLATE_NOOP("Trainer", "{path}: this checkpoint was trained without {field}, "
                                  "but the project now has {now}; their saved state does not "
                                  "carry over. Remove {field} to resume, or train without "
                                  "--resume.")
OTHER_LR = QT_TRANSLATE_NOOP("Trainer", "{path}: this checkpoint was trained with training.lr "
                             "{then} and a schedule that continues from it, but the project now "
                             "has {now}. Set training.lr back to {then} to resume, or train "
                             "without --resume.")
NO_EPOCHS_LEFT = QT_TRANSLATE_NOOP("Trainer", "{path}: this checkpoint already holds {done} "
                                   "epoch(s) and the run asks for {epochs} in all (the epochs of "
                                   "a resumed run count from the start); ask for more, e.g. "
                                   "--epochs {more}.")
INPUT_DOES_NOT_FIT = QT_TRANSLATE_NOOP("Trainer", "node '{node}': the Input shape is {shape} but "
                                       "the {dataset} images are {expected}; set the Input "
                                       "node's shape to {expected}.")
OUTPUT_NOT_CLASSES = QT_TRANSLATE_NOOP("Trainer", "node '{node}': the network outputs {shape} "
                                       "values per sample but {dataset} has {classes} classes; "
                                       "make the last layer output {classes} values (e.g. Linear "
                                       "with out_features {classes}).")
OUTPUT_NOT_INPUT = QT_TRANSLATE_NOOP("Trainer", "node '{node}': a reconstruction network must "
                                     "output as many values as the input has ({expected}, "
                                     "{inputs}); it outputs {shape} ({outputs}).")
SETTINGS_ERRORS = QT_TRANSLATE_NOOP("Trainer", "the data or training settings have errors; fix "
                                    "them before training.")
GRAPH_ERRORS = QT_TRANSLATE_NOOP("Trainer", "the network has errors; fix them before training.")
SUCH_CHECKPOINT_FILE_CHECK = QT_TRANSLATE_NOOP(
    "Trainer",
    "{path}: no such checkpoint file. Check the path."
)
HOLDS_ONLY_WEIGHTS_LIKE = QT_TRANSLATE_NOOP(
    "Trainer",
    "{path}: holds only weights (like model.pt), not a checkpoint; "
    "resume from the checkpoint.pt next to it (it also holds the "
    "optimizer and the history)."
)
NETSTUDIO_CHECKPOINT_MADE_ANOTHER = QT_TRANSLATE_NOOP(
    "Trainer",
    "{path}: not a netstudio checkpoint (made by another program?)."
)
WRITTEN_NEWER_NETSTUDIO_UPDATE = QT_TRANSLATE_NOOP(
    "Trainer",
    "{path}: written by a newer netstudio; update netstudio to use it."
)
READABLE_NETSTUDIO_CHECKPOINT = QT_TRANSLATE_NOOP(
    "Trainer",
    "{path}: not a readable netstudio checkpoint ({error})."
)
INITIAL_WEIGHTS_FILE_MISSING = QT_TRANSLATE_NOOP(
    "Trainer",
    "the initial weights file {path} is missing. Put it back next to the "
    "project, or remove 'initial_weights' from the project to start from "
    "random weights."
)
INITIAL_WEIGHTS_FILE_HOLDS = QT_TRANSLATE_NOOP(
    "Trainer",
    "the initial weights file {path} holds no weights (a dict of "
    "tensors). Import the network again to rewrite it."
)
INITIAL_WEIGHTS_FILE_READ = QT_TRANSLATE_NOOP(
    "Trainer",
    "the initial weights file {path} cannot be read ({reason}). Import the "
    "network again to rewrite it."
)
NETWORK_TRAINABLE_PARAMETERS_ADD = QT_TRANSLATE_NOOP(
    "Settings",
    "the network has no trainable parameters: add a layer with weights "
    "(Linear, Conv2d, ...)."
)
TRAINING_OPTIMIZER_KNOWN = QT_TRANSLATE_NOOP(
    "Settings",
    "training.optimizer {optimizer!r} is not known."
)
