"""Write an imported project and its weights file together, or neither.

The weights go to ``NAME.weights.pt`` next to ``NAME.nsproj.json`` (``initial_weights`` in the
project names it). Both are written to temporary files first and renamed into place only
when both are complete, so a failure leaves no half-written project behind.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

from netstudio.core.files import atomic_path
from netstudio.core.importers.network import ImportResult
from netstudio.core.initial_weights import weights_file_for
from netstudio.core.project import Project


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
    OSError (core.files.WriteError) when the files cannot be written: then neither is."""
    import torch

    target = Path(path)
    project = project_for_file(result, target)
    text = project.dumps()
    weights = weights_file_for(target) if result.weights else None
    # Both are written to temporary files first; the weights are renamed into place just
    # before the project that names them.
    with atomic_path(target) as project_tmp:
        Path(project_tmp).write_text(text, encoding="utf-8")
        if weights is not None:
            flat = {f"{node}.{key}": value.detach().cpu().contiguous()
                    for node, tensors in result.weights.items() for key, value in tensors.items()}
            with atomic_path(weights) as weights_tmp:
                torch.save(flat, weights_tmp)
    return project
