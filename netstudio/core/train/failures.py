"""Why a training run failed, in a sentence a learner can act on.

Errors are told apart by their type and by where they were raised, never by words in torch's
messages (a full disk once read as a shape problem because "unexpected" contains
"expected"):

- out of memory: torch.OutOfMemoryError (GPU), MemoryError, or the CPU allocator's failure
  (c10 raises it as a plain RuntimeError; its "DefaultCPUAllocator" tag is the allocator's
  name, not a description, and is the only mark it has);
- a file that could not be written (the checkpoint): an OSError, WriteError naming a full disk;
- settings and checkpoints: ConfigError, CheckpointError carry their own sentence;
- an error raised inside the network or the loss (a frame in a layer's or loss's ``forward``
  or in torch.nn.functional): the data does not fit the network; a batch-norm layer fed one
  sample and BCELoss fed values outside [0, 1] are recognised by the torch function that
  raised them;
- anything else: its type and first line.
"""

from __future__ import annotations

import os
from types import TracebackType
from typing import Any

import torch

from netstudio.core.files import WriteError
from netstudio.core.settings.training import ConfigError
from netstudio.core.text import shape_text
from netstudio.core.train import messages as msg
from netstudio.core.train.checkpoint import CheckpointError

_CPU_ALLOCATOR = "DefaultCPUAllocator"
_NN = os.sep + os.path.join("torch", "nn") + os.sep


def is_out_of_memory(exc: BaseException) -> bool:
    if isinstance(exc, torch.OutOfMemoryError | MemoryError):
        return True
    return isinstance(exc, RuntimeError) and _CPU_ALLOCATOR in str(exc)


def explain(exc: BaseException, cfg: Any, data: Any) -> Any:
    """The message of a FAILED RunResult for ``exc`` raised while training (a translatable
    Text from core/train/messages.py, or the error's own sentence)."""
    if is_out_of_memory(exc):
        return msg.OUT_OF_MEMORY(batch=cfg.batch_size)
    if isinstance(exc, ConfigError):
        return exc.message
    if isinstance(exc, CheckpointError):
        return str(exc)
    if isinstance(exc, WriteError):
        return msg.CHECKPOINT_NOT_WRITTEN(error=str(exc))
    if isinstance(exc, OSError):
        return msg.FILE_ERROR(file=exc.filename or "a file", reason=exc.strerror or str(exc))
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    raised_in = _functions(exc.__traceback__)
    if isinstance(exc, ValueError) and "_verify_batch_size" in raised_in:
        return msg.SINGLE_SAMPLE_BATCH()
    if (cfg.loss == "BCELoss" and isinstance(exc, RuntimeError)
            and "binary_cross_entropy" in raised_in):
        return msg.BCE_RANGE()
    if isinstance(exc, RuntimeError | ValueError | IndexError) and _in_network(
            exc.__traceback__):
        return msg.CANNOT_PROCESS(error=text, shape=shape_text(data.info.input_shape))
    return msg.FAILED(error=f"{type(exc).__name__}: {text}")


def _frames(tb: TracebackType | None) -> list[Any]:
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code)
        tb = tb.tb_next
    return out


def _functions(tb: TracebackType | None) -> set[str]:
    return {code.co_name for code in _frames(tb)}


def _in_network(tb: TracebackType | None) -> bool:
    """Raised while a layer or the loss computed (a module's forward, or torch.nn code)."""
    return any(code.co_name == "forward" or _NN in code.co_filename for code in _frames(tb))
