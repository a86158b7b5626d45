"""The weights a project's network starts from (``"initial_weights": "NAME.weights.pt"``).

An import brings the source's weights along in a file next to the project: a ``torch.save``d
dict whose keys are ``"<node id>.<tensor name>"`` (``"conv1.weight"``,
``"layer1/0/bn1.running_mean"`` inside blocks), the same keys as the compiled network's
state_dict without its ``layers.`` prefix. It is read with ``weights_only=True`` (a weights
file cannot run code). ``compile_project`` applies it: each node takes its tensors when they
fit; a node whose layer changed since (e.g. a classifier set to 10 classes) keeps its fresh
initialisation and is listed in the report.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.train import messages as msg

SUFFIX = ".weights.pt"


class WeightsError(Exception):
    """The project's initial weights file cannot be used; the message says what to do."""


@dataclass
class WeightsReport:
    path: Path
    loaded: list[str] = field(default_factory=list)  # node ids
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (node id, why)

    def summary(self) -> str:
        text = f"initial weights from {self.path.name}: {len(self.loaded)} layer(s) loaded"
        if self.skipped:
            listing = "; ".join(f"{n} ({why})" for n, why in self.skipped[:5])
            more = f" and {len(self.skipped) - 5} more" if len(self.skipped) > 5 else ""
            text += f", {len(self.skipped)} kept fresh weights: {listing}{more}"
        return text


def weights_file_for(project_path: str | os.PathLike[str]) -> Path:
    """'nets/resnet18.nsproj.json' -> 'nets/resnet18.weights.pt'."""
    p = Path(project_path)
    stem = p.name.split(".")[0] or "project"
    return p.with_name(stem + SUFFIX)


def resolve(project: Any) -> Path | None:
    name = getattr(project, "initial_weights", None)
    if not name:
        return None
    p = Path(name).expanduser()
    if not p.is_absolute():
        base = project.path.parent if getattr(project, "path", None) else Path.cwd()
        p = base / p
    return p


def save(state: dict[str, dict[str, Any]], path: str | os.PathLike[str]) -> Path:
    """Write ``{node: {tensor name: tensor}}`` atomically."""
    import torch

    from netstudio.core.files import atomic_path

    flat = {f"{node}.{key}": value.detach().cpu().contiguous()
            for node, tensors in state.items() for key, value in tensors.items()}
    target = Path(path)
    with atomic_path(target) as tmp:
        torch.save(flat, tmp)
    return target


def load(path: Path) -> dict[str, dict[str, Any]]:
    """``{node: {tensor name: tensor}}`` from a weights file; WeightsError when unusable."""
    import torch

    if not path.is_file():
        raise WeightsError(msg.INITIAL_WEIGHTS_FILE_MISSING(path=path))
    try:
        flat = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    except Exception as e:  # noqa: BLE001  (any unreadable file)
        raise WeightsError(msg.INITIAL_WEIGHTS_FILE_READ(path=path, reason=_line(e))) from None
    if not isinstance(flat, dict) or not all(isinstance(k, str) and isinstance(v, torch.Tensor)
                                             for k, v in flat.items()):
        raise WeightsError(msg.INITIAL_WEIGHTS_FILE_HOLDS(path=path))
    out: dict[str, dict[str, Any]] = {}
    for key, value in flat.items():
        node, _, name = key.partition(".")
        out.setdefault(node, {})[name] = value
    return out


def apply(net: Any, state: dict[str, dict[str, Any]], path: Path | None = None
          ) -> WeightsReport:
    """Load each node's tensors into ``net.layers`` where they fit."""
    import torch

    report = WeightsReport(path or Path("(memory)"))
    for node_id, module in net.layers.items():
        tensors = state.get(node_id)
        if tensors is None:
            continue
        own = module.state_dict()
        if set(own) != set(tensors):
            report.skipped.append((node_id, "its layer has other tensors now"))
            continue
        changed = [k for k in own if tuple(own[k].shape) != tuple(tensors[k].shape)]
        if changed:
            k = changed[0]
            report.skipped.append((node_id, f"{k} is {list(own[k].shape)} now, "
                                            f"{list(tensors[k].shape)} in the file"))
            continue
        with torch.no_grad():
            module.load_state_dict({k: v.to(own[k].dtype) for k, v in tensors.items()})
        report.loaded.append(node_id)
    return report


def apply_initial_weights(net: Any, project: Any) -> WeightsReport | None:
    """Apply the project's initial weights file, if it names one (WeightsError if unusable)."""
    path = resolve(project)
    if path is None:
        return None
    return apply(net, load(path), path)


def _line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0][:200] if text else type(e).__name__
