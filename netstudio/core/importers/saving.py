"""Write an imported project and its weights file together, or neither.

The weights go to ``NAME.weights.pt`` next to ``NAME.nsproj.json`` (``initial_weights`` in the
project names it). Both are written to temporary files first and renamed into place only
when both are complete, so a failure leaves no half-written project behind.
"""

from __future__ import annotations

import copy
import os
import tempfile
from pathlib import Path

from netstudio.core.importers.network import ImportResult
from netstudio.core.initial_weights import weights_file_for
from netstudio.core.project import Project, existing_mode


def project_for_file(result: ImportResult, path: Path) -> Project:
    """The result's project as it will be saved at ``path``: code paths relative to it."""
    project = copy.copy(result.project)
    project.graph = result.project.graph.copy()
    folder = path.resolve().parent
    for node in project.graph.nodes.values():
        code = node.params.get("code") if node.type == "Module" else None
        if code:
            file, _, name = code.rpartition(":")
            rel = os.path.relpath(Path(file).resolve(), folder)
            node.params = {**node.params, "code": f"{Path(rel).as_posix()}:{name}"}
    project.initial_weights = weights_file_for(path).name if result.weights else None
    project.path = path
    return project


def save_import(result: ImportResult, path: str | os.PathLike[str]) -> Project:
    """Save the project at ``path`` (and its weights next to it). Returns the saved Project;
    OSError when the files cannot be written (nothing is left behind then)."""
    import torch

    target = Path(path)
    project = project_for_file(result, target)
    weights = weights_file_for(target) if result.weights else None
    temps: list[str] = []
    try:
        if weights is not None:
            fd, tmp = tempfile.mkstemp(prefix=f".{weights.name}.", suffix=".tmp",
                                       dir=weights.parent)
            os.close(fd)
            temps.append(tmp)
            flat = {f"{node}.{key}": value.detach().cpu().contiguous()
                    for node, tensors in result.weights.items() for key, value in tensors.items()}
            torch.save(flat, tmp)
            os.chmod(tmp, existing_mode(weights))
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        temps.append(tmp)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(project.dumps())
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, existing_mode(target))
        if weights is not None:
            os.replace(temps[0], weights)
        os.replace(temps[-1], target)
        temps.clear()
    finally:
        for tmp in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return project
