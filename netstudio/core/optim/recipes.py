"""Training recipes: named sets of training settings (``training.recipe``).

A recipe fills in the settings the file does not give; every key the file sets wins. It never
touches the network. The batch size may depend on the device the run trains on.

"fast": the shortest way to a good network. A one-cycle schedule (Smith & Topin, 2018: a short
warm-up to a high peak rate, then a long decay to almost 0) reaches in 2 epochs what a constant
or step-decayed rate needs 3 or more for; a batch size large enough to keep the device busy
(bigger batches are faster per image on a CPU with bf16 units and much faster on a GPU) with
the peak rate raised to match. Mixed precision (``training.amp`` "auto") is the default anyway.
"""

from __future__ import annotations

from typing import Any

RECIPES = ("fast",)

# The measured choice (docs/benchmarks.md, "Fast recipe"): the tutorial CNN reaches >= 99.2%
# MNIST test accuracy in 2 epochs with seeds 0, 1 and 2.
FAST_BATCH = {"cpu": 128, "cuda": 512}
FAST_LR = {"cpu": 0.003, "cuda": 0.005}
FAST_EPOCHS = 2
FAST_PCT_START = 0.25


def recipe_settings(name: str, device_type: str = "cpu") -> dict[str, Any]:
    """The settings recipe ``name`` gives on ``device_type`` ("cpu", "cuda", ...)."""
    if name != "fast":
        raise KeyError(name)
    kind = "cuda" if device_type == "cuda" else "cpu"
    return {"optimizer": "Adam", "lr": FAST_LR[kind], "batch_size": FAST_BATCH[kind],
            "epochs": FAST_EPOCHS,
            "schedule": {"type": "onecycle", "pct_start": FAST_PCT_START}}


RECIPE_KEYS = ("optimizer", "lr", "batch_size", "epochs", "schedule")
