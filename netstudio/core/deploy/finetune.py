"""A short fine-tune after pruning, through the normal training engine (core/train)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg
from netstudio.core.text import message_of


def finetune(net: Any, source: Any, splits: Any, epochs: int,
             on_epoch: Callable[[int, int, float | None], None] | None = None,
             stop: Any = None) -> Any:
    """Train ``net`` (already holding the pruned weights) for ``epochs`` more epochs with the
    run's own settings, on as many training images as the run used. ``stop``: a
    threading.Event checked between batches. Returns the network (on the CPU, eval mode)."""
    import dataclasses
    import threading

    from netstudio.core.settings.training import ConfigError, parse_config
    from netstudio.core.train.callbacks import Callback
    from netstudio.core.train.trainer import Trainer

    project = source.project
    try:
        config = parse_config(project.training, epochs=int(epochs))
    except ConfigError as e:
        raise DeployError(msg.RUN_TRAINING_SETTINGS_USED(error=message_of(e)),
                          unusable=True) from None
    n = source.train_samples or len(splits.train_x)
    # the run's training images; no test pass at the end (the variant is measured after)
    splits = dataclasses.replace(splits, train_x=splits.train_x[:n], train_y=splits.train_y[:n],
                                 test_x=None, test_y=None)

    class Report(Callback):
        def on_epoch_end(self, trainer: Any, e: Any) -> None:
            if on_epoch is not None:
                on_epoch(e.epoch, e.epochs, e.val_accuracy)

        def on_batch_end(self, trainer: Any, e: Any) -> None:
            if stop is not None and stop.is_set():
                trainer.stop()

    trainer = Trainer(net, config, splits, [Report()],
                      normalize=project.data.get("normalize", "auto"))
    cancel = stop if stop is not None else threading.Event()
    if cancel.is_set():
        raise DeployError(msg.CANCELLED())
    result = trainer.fit()
    if result.status.value == "stopped":
        raise DeployError(msg.CANCELLED())
    if not result.ok:
        raise DeployError(msg.FINE_TUNING_FAILED(message=result.message))
    return net.cpu().eval()
