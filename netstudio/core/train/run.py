"""train_project: a project file's whole run (check, build, load data, train, test).

    trainer = prepare_run(project, epochs=1, callbacks=[...])   # raises SetupError
    result = trainer.fit()                                      # never raises
    # or, in one call:
    result = train_project(project, ...)                        # raises SetupError

SetupError carries a learner-readable message and, for graph errors, the analysis
diagnostics (so a caller can list them per node). Nothing is trained when it is raised.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from netstudio.core.data.augment import build_augment
from netstudio.core.data.downloads import Progress
from netstudio.core.data.errors import DataError
from netstudio.core.settings.data import parse_data
from netstudio.core.settings.training import ConfigError, parse_config
from netstudio.core.text import message_of, shape_text
from netstudio.core.train import messages as msg
from netstudio.core.train.callbacks import Callback
from netstudio.core.train.checkpoint import CheckpointError
from netstudio.core.train.checkpoint import load as load_checkpoint
from netstudio.core.train.distributed import DistContext
from netstudio.core.train.events import RunResult
from netstudio.core.train.trainer import Trainer


class SetupError(Exception):
    """The run cannot start. ``kind``: "graph", "data", "config" or "checkpoint"."""

    def __init__(self, message: str, kind: str, diagnostics: tuple[Any, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.diagnostics = tuple(diagnostics)


def prepare_run(project: Any, *, callbacks: Sequence[Callback] = (), epochs: int | None = None,
                device: str | None = None, subset: int | None = None,
                checkpoint_path: str | os.PathLike[str] | None = None,
                resume_from: str | os.PathLike[str] | None = None, download: bool = False,
                progress: Progress | None = None, splits: Any = None,
                distributed: DistContext | None = None, reuse_data: bool = False) -> Trainer:
    """A Trainer ready to fit the project's network on its data.

    ``splits`` gives already loaded data; ``reuse_data`` keeps the loaded data for the next
    run with the same data settings (loading.load_splits_cached; the app); ``distributed``
    (distributed.from_env(), under torchrun) makes it one of several data-parallel ranks."""
    from netstudio.core.analysis import analyze
    from netstudio.core.compiler import CompileError, compile_project
    from netstudio.core.data.loading import load_splits, load_splits_cached

    base_dir = Path(project.path).parent if getattr(project, "path", None) else None
    try:  # the checker's own rules: what `check` accepts, this accepts
        config = parse_config(project.training, epochs=epochs, device=device)
        data_settings = parse_data(project.data, base_dir, files=splits is None)
    except (ConfigError, DataError) as e:
        raise SetupError(msg.SETTINGS_ERRORS(), "config", e.diagnostics) from None
    resume_state = None
    if resume_from is not None:
        try:
            resume_state = load_checkpoint(resume_from)  # fail early, before loading data
        except CheckpointError as e:
            raise SetupError(message_of(e), "checkpoint") from None
    analysis = analyze(project)
    errors = tuple(d for d in analysis.diagnostics  # the search section stops only a search
                   if d.severity == "error" and not d.is_search)
    if errors and all(d.is_setting for d in errors):  # the network is fine; its settings not
        raise SetupError(msg.SETTINGS_ERRORS(), "config", errors)
    if errors:
        raise SetupError(msg.GRAPH_ERRORS(), "graph", errors)
    try:
        model = compile_project(project, analysis, seed=config.seed)
    except CompileError as e:
        raise SetupError(message_of(e), "graph", e.diagnostics) from None
    if resume_state is not None and resume_from is not None:
        _check_resume(model, resume_state, Path(resume_from), config)
    try:
        if splits is None:
            load = load_splits_cached if reuse_data else load_splits
            splits = load(project.data, config.seed, base_dir=base_dir, download=download,
                          progress=progress)
    except DataError as e:
        raise SetupError(e.message, "data", e.diagnostics) from None
    augment = build_augment(data_settings.augment)
    if subset is not None:
        if subset < 1:
            raise SetupError(msg.SUBSET_TOO_SMALL(), "config")
        splits = splits.subset(subset)
    _check_fit(model, splits, config)
    try:
        return Trainer(model, config, splits, callbacks, checkpoint_path=checkpoint_path,
                       resume_from=resume_from, augment=augment,
                       normalize=data_settings.normalize, distributed=distributed)
    except ConfigError as e:
        raise SetupError(e.message, "config", e.diagnostics) from None


def _check_resume(model: Any, state: dict[str, Any], path: Path, config: Any) -> None:
    """Before any data is loaded: the checkpoint must come from this network, with the same
    optimizer and schedule (their saved state fits no other), and leave epochs to train."""
    saved = state.get("model") if isinstance(state.get("model"), dict) else {}
    have = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    got = {k: tuple(getattr(v, "shape", ())) for k, v in saved.items()}
    if got != have:
        def node(key: str) -> str:  # "layers.conv1.weight" -> "conv1"
            parts = key.split(".")
            return parts[1] if len(parts) > 2 and parts[0] == "layers" else key

        missing = sorted({node(k) for k in have.keys() - got.keys()})
        extra = sorted({node(k) for k in got.keys() - have.keys()})
        resized = sorted({node(k) for k in have.keys() & got.keys() if have[k] != got[k]})
        parts = [label(ids=", ".join(ids[:5]) + (", ..." if len(ids) > 5 else ""))
                 for label, ids in ((msg.NOT_IN_CHECKPOINT, missing),
                                    (msg.ONLY_IN_CHECKPOINT, extra),
                                    (msg.OTHER_SIZES, resized)) if ids]
        differences = parts[0]
        for part in parts[1:]:
            differences = msg.AND_ALSO(first=differences, then=part)
        raise SetupError(msg.OTHER_NETWORK(path=str(path), differences=differences),
                         "checkpoint")
    saved_cfg = state.get("config") if isinstance(state.get("config"), dict) else {}
    for key, now in (("optimizer", config.optimizer), ("schedule", config.schedule)):
        then = saved_cfg.get(key, now)
        if then != now:
            raise SetupError((msg.SETTING_ADDED if then is None else msg.OTHER_SETTING)(
                path=str(path), field=f"training.{key}", then=json.dumps(then),
                now=json.dumps(now)), "checkpoint")
    then_lr = saved_cfg.get("lr", config.lr)
    if config.schedule is not None and then_lr != config.lr:
        raise SetupError(msg.OTHER_LR(path=str(path), then=then_lr, now=config.lr),
                         "checkpoint")
    epochs = config.epochs
    done = state.get("epoch")
    if isinstance(done, int) and done >= epochs:
        raise SetupError(msg.NO_EPOCHS_LEFT(path=str(path), done=done, epochs=epochs,
                                            more=done + 1), "checkpoint")


def _check_fit(model: Any, splits: Any, config: Any) -> None:
    """The network's Input and output must suit the data; say which node to change."""
    info = splits.info
    want = tuple(splits.train_x.shape[1:])
    have = tuple(getattr(model, "input_shape", ()) or ())
    input_id = getattr(model, "input_id", "input")
    if have and have != want:
        raise SetupError(msg.INPUT_DOES_NOT_FIT(node=input_id, shape=shape_text(have),
                                                dataset=info.title, expected=shape_text(want)),
                         "data")
    out = tuple(getattr(model, "output_shape", ()) or ())
    out_id = getattr(model, "output_id", "output")
    if not out:
        return
    if config.task == "classification":
        if len(out) != 1 or out[0] != info.num_classes:
            raise SetupError(msg.OUTPUT_NOT_CLASSES(node=out_id, shape=shape_text(out),
                                                    dataset=info.title,
                                                    classes=info.num_classes), "data")
    else:
        n_out, n_in = 1, 1
        for s in out:
            n_out *= s
        for s in want:
            n_in *= s
        if n_out != n_in:
            raise SetupError(msg.OUTPUT_NOT_INPUT(node=out_id, expected=shape_text(want),
                                                  inputs=n_in, shape=shape_text(out),
                                                  outputs=n_out), "data")


def train_project(project: Any, **kwargs: Any) -> RunResult:
    """prepare_run(...) then fit(). Raises SetupError when the run cannot start."""
    return prepare_run(project, **kwargs).fit()
