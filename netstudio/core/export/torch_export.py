"""Save a network as a torch.export program (.pt2): weights plus a traced graph that
``torch.export.load`` runs without netstudio."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

from netstudio.core.export import ExportError
from netstudio.core.export import messages as msg
from netstudio.core.files import atomic_path


def export_program(net: Any) -> Any:
    """torch.export the network in eval mode, with a dynamic batch dimension when possible."""
    import torch

    was_training = net.training
    net.eval()
    x = torch.rand(2, *net.input_shape)
    try:
        with warnings.catch_warnings():
            # nn.LSTM/GRU re-assign their flat weight list while traced: harmless, but noisy.
            warnings.filterwarnings("ignore", message="The tensor attributes .*_flat_weights")
            try:
                batch = torch.export.Dim("batch", min=1)
                return torch.export.export(net, (x,), dynamic_shapes=({0: batch},))
            except Exception:  # a layer pins the batch size: export for a fixed batch of 2
                return torch.export.export(net, (x,))
    except Exception as e:
        raise ExportError(msg.TORCH_EXPORT_COULD_TRACE(first_line=_first_line(e))) from e
    finally:
        net.train(was_training)


def export_torch_program(net: Any, path: str | os.PathLike[str]) -> Path:
    """Write the .pt2 atomically (a temp file in the same folder, then renamed over)."""
    import torch

    program = export_program(net)
    target = Path(path)
    with atomic_path(target) as tmp:
        torch.export.save(program, tmp)
    return target


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return f"{type(e).__name__}: {text.splitlines()[0]}" if text else type(e).__name__
