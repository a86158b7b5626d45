"""Sentences of this package as translatable templates (see netstudio.core.text)."""

from netstudio.core.text import QT_TRANSLATE_NOOP

UNKNOWN_FIX = QT_TRANSLATE_NOOP("Doctor", "unknown fix {kind!r}")
NODE_LONGER_NETWORK_TRAIN = QT_TRANSLATE_NOOP(
    "Doctor",
    "the node {node_id!r} is no longer in the network; train again to "
    "get fresh advice."
)
LEARNING_RATES_GROW_START = QT_TRANSLATE_NOOP(
    "Doctor",
    "the learning rates must grow: start {start_lr:g} < end {end_lr:g}, "
    "both above 0."
)
RANGE_TEST_STEPS = QT_TRANSLATE_NOOP(
    "Explain",
    "the range test needs 10 to {max_steps:,} steps, got {steps}."
)
UNKNOWN_PROJECTION_ONE = QT_TRANSLATE_NOOP(
    "Explain",
    "unknown projection {method!r}; use one of {projections}"
)
NEEDS_LEAST_POINTS_GOT = QT_TRANSLATE_NOOP(
    "Explain",
    "{method} needs at least 5 points, got {count}"
)
NETWORK_PATH_OUTPUT = QT_TRANSLATE_NOOP(
    "Explain",
    "'{layer}' is not on the network's path to its output"
)
