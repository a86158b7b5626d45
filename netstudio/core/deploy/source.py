"""Open a stored run: the project snapshot that trained, its weights and its metrics.

A run folder follows the run store's layout (docs/project-format.md, runs): ``project.nsproj.json``,
``model.pt`` (state_dict, loads with weights_only=True), ``metrics.json``, ``run.json``,
``variants/``. ``open_run`` is the one place that reads it here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.deploy import DeployError

PROJECT_FILE = "project.nsproj.json"
WEIGHTS_FILE = "model.pt"


@dataclass
class RunSource:
    """A trained network ready to compress or serve."""

    run_dir: Path
    run_id: str
    project: Any  # netstudio.core.project.Project (its path: where relative data paths start)
    state_dict: dict[str, Any]
    metrics: dict[str, Any] = field(default_factory=dict)

    def build(self) -> Any:
        """The compiled network with the run's trained weights, in eval mode."""
        from netstudio.core.compiler import CompileError, compile_project

        try:
            net = compile_project(self.project, seed=self.project.training.get("seed"))
        except CompileError as e:
            raise DeployError(f"{self.run_dir}: the run's network cannot be built ({e}).",
                              unusable=True) from None
        try:
            net.load_state_dict(self.state_dict, strict=True)
        except RuntimeError as e:
            lines = str(e).splitlines()
            raise DeployError(f"{self.run_dir}: {WEIGHTS_FILE} does not fit the run's network "
                              f"({(lines[1] if len(lines) > 1 else lines[0]).strip()}).",
                              unusable=True) from None
        return net.eval()

    @property
    def test_samples(self) -> int | None:
        """How many test images the run was tested on (a --subset run: fewer than all)."""
        n = (self.metrics.get("samples") or {}).get("test")
        return n if isinstance(n, int) and n > 0 else None

    @property
    def train_samples(self) -> int | None:
        n = (self.metrics.get("samples") or {}).get("train")
        return n if isinstance(n, int) and n > 0 else None


def open_run(path: str | Path, project_file: str | Path | None = None) -> RunSource:
    """Read a run folder. ``project_file``: the project to use when the folder has no
    snapshot (a folder written by an older ``netstudio train --out``). Raises DeployError."""
    from netstudio.core.project import Project, ProjectError

    run_dir = Path(path)
    if not run_dir.is_dir():
        raise DeployError(f"{run_dir}: no such run folder. Give a run folder (it holds "
                          f"{PROJECT_FILE} and {WEIGHTS_FILE}) or FILE --run ID.", unusable=True)
    snapshot = run_dir / PROJECT_FILE
    source_file = snapshot if snapshot.is_file() else (Path(project_file) if project_file
                                                       else None)
    if source_file is None:
        raise DeployError(f"{run_dir}: no {PROJECT_FILE} in this folder: is it a run folder? "
                          "For a run written by an older netstudio, name its project too: "
                          "FILE --run DIR.", unusable=True)
    try:
        project = Project.load(source_file)
    except ProjectError as e:
        raise DeployError(str(e), unusable=True) from None
    if project_file is not None and source_file == snapshot:
        project.path = Path(project_file)  # relative data paths: from the real project
    elif run_dir.parent.name.endswith(".runs"):  # DIR/foo.runs/<id>/: the project is in DIR
        project.path = run_dir.parent.parent / (run_dir.parent.name[:-5] + ".nsproj.json")
    weights = run_dir / WEIGHTS_FILE
    if not weights.is_file():
        raise DeployError(f"{run_dir}: no {WEIGHTS_FILE}: this run has no trained weights "
                          "(did it fail or stop before the end?).", unusable=True)
    import torch

    try:
        state = torch.load(weights, map_location="cpu", weights_only=True)
    except Exception as e:
        raise DeployError(f"{weights}: cannot be read as PyTorch weights "
                          f"({type(e).__name__}).", unusable=True) from None
    if isinstance(state, dict) and isinstance(state.get("model"), dict):
        state = state["model"]
    if not isinstance(state, dict):
        raise DeployError(f"{weights}: holds no state_dict.", unusable=True)
    return RunSource(run_dir, _run_id(run_dir), project, state, _read_json(run_dir / "metrics.json"))


def find_run(project_file: str | Path, run: str) -> Path:
    """``FILE --run ID``: the folder of run ID in FILE's store (``foo.runs/ID``), or RUN
    itself when it is a folder path."""
    given = Path(run)
    if given.is_dir():
        return given
    project_path = Path(project_file)
    name = project_path.name
    for suffix in (".nsproj.json", ".json"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    store = project_path.with_name(name + ".runs")
    folder = store / run
    if not folder.is_dir():
        known = sorted(p.name for p in store.iterdir() if p.is_dir()) if store.is_dir() else []
        hint = f" Runs there: {', '.join(known[-5:])}." if known else ""
        raise DeployError(f"no run {run!r} in {store}.{hint}", unusable=True)
    return folder


def _run_id(run_dir: Path) -> str:
    record = _read_json(run_dir / "run.json")
    rid = record.get("id")
    return str(rid) if rid else run_dir.resolve().name


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}
