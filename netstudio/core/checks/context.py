"""What the checks share while one project is analyzed: the graph's adjacency, the layer specs,
the shapes found so far, and the Diagnostics reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netstudio.core.diagnostics import Diagnostic, diagnostic
from netstudio.core.layers.registry import LayerSpec
from netstudio.core.text import Template, Text

Shape = tuple[int, ...]


@dataclass(frozen=True)
class NodeInfo:
    shape: tuple[int, ...] | None  # per-sample output shape, None if not inferable
    in_shapes: tuple[tuple[int, ...], ...]
    params: int  # trainable parameter count
    flops: int  # per sample
    resolved: dict  # params with defaults and inferred sizes (build input)


NO_INFO = NodeInfo(None, (), 0, 0, {})


@dataclass
class Context:
    """One analysis run. Checks read the graph through it and report into ``diagnostics``."""

    project: Any
    diagnostics: list[Diagnostic] = field(default_factory=list)
    infos: dict[str, NodeInfo] = field(default_factory=dict)
    bad: set[str] = field(default_factory=set)  # nodes with an error of their own: no shape
    data_ok: bool = True  # False: the data section cannot describe the dataset
    preds: dict[str, list[str]] = field(default_factory=dict)  # inputs in port order
    succs: dict[str, list[str]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # topological order (loops left out)
    in_cycle: set[str] = field(default_factory=set)
    inputs: tuple[str, ...] = ()
    specs: dict[str, LayerSpec] = field(default_factory=dict)
    outputs: tuple[str, ...] = ()
    param_keys: dict[str, tuple | None] = field(default_factory=dict)  # memo.params_key

    @property
    def graph(self) -> Any:
        return self.project.graph

    @property
    def data(self) -> dict[str, Any]:
        return self.project.data if isinstance(self.project.data, dict) else {}

    @property
    def training(self) -> dict[str, Any]:
        return self.project.training if isinstance(self.project.training, dict) else {}

    def report(self, severity: str, code: str, message: Template,
               fix: Template | Text | None = None, *, node: str | None = None,
               field: str | None = None, **args: Any) -> None:
        self.diagnostics.append(diagnostic(severity, code, message, fix, node=node,
                                           field=field, **args))
