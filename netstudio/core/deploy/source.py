"""A stored run as deploy needs it: the project that trained, its weights, its metrics.

Runs are opened through the run store (netstudio.core.runs): a run folder, or a run id (or
unique start of one) in a project's store (``FILE --run ID``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg
from netstudio.core.text import message_of


@dataclass
class RunSource:
    """A trained network ready to compress or serve."""

    run_dir: Path
    run_id: str
    project: Any  # Project; its path: where relative data paths start (the source project)
    state_dict: dict[str, Any]
    metrics: dict[str, Any] = field(default_factory=dict)

    def build(self) -> Any:
        """The compiled network with the run's trained weights, in eval mode."""
        from netstudio.core.compiler import CompileError, compile_project

        try:
            net = compile_project(self.project, seed=self.project.training.get("seed"))
        except CompileError as e:
            raise DeployError(msg.RUN_NETWORK_BUILT(run_dir=self.run_dir, error=message_of(e)),
                              unusable=True) from None
        try:
            net.load_state_dict(self.state_dict, strict=True)
        except RuntimeError as e:
            lines = str(e).splitlines()
            raise DeployError(msg.WEIGHTS_DO_FIT_RUN(run_dir=self.run_dir,
                                                     strip=(lines[1] if len(lines) > 1 else lines[0]).strip()),
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


def open_run(path: str | Path) -> RunSource:
    """Open a run folder through the run store. Raises DeployError (unusable input)."""
    from netstudio.core.runs import Run, RunError

    if Path(path).is_file() and Path(path).name.endswith(".nsproj.json"):
        raise DeployError(msg.PROJECT_FILE_NEEDS_RUN(file=path), unusable=True)
    try:
        return _source(Run.open(path))
    except RunError as e:
        raise DeployError(msg.RUN_FOLDER_HOLDS_RUN(error=message_of(e)), unusable=True) from None


def find_run(project_file: str | Path, run: str) -> Path:
    """``FILE --run ID``: the folder of run ID (an id, the start of one, or a folder) in
    FILE's run store."""
    from netstudio.core.runs import RunError, RunStore

    if Path(project_file).is_dir():
        raise DeployError(msg.RUN_ID_NEEDS_PROJECT_FILE(folder=project_file, run=run),
                          unusable=True)
    try:
        return RunStore.for_project(project_file).get(run).path
    except RunError as e:
        raise DeployError(message_of(e), unusable=True) from None


def _source(run: Any) -> RunSource:
    from netstudio.core.runs import RunError

    if run.status not in ("finished", "stopped"):
        raise RunError(msg.RUN_ONLY_FINISHED_STOPPED(path=run.path, status=run.status))
    project = run.project()
    source = run.record.source
    # relative data paths are read from the project's own folder, as when it trained
    project.path = Path(source) if source else run.path.parent / "project.nsproj.json"
    return RunSource(run.path, run.id, project, run.state_dict(), run.metrics())
