"""The layer library: one LayerSpec per layer type, declared once and used everywhere.

The palette, the property forms, shape inference, the checker, the compiler and the code
exporter all read these declarations. Adding a layer is one ``register(LayerSpec(...))`` in a
module under netstudio/core/layers/builtin/.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Shape = tuple[int, ...]


class ShapeError(Exception):
    """A layer cannot accept its input. ``message`` says why, ``fix`` what to change."""

    def __init__(self, message: str, fix: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix
        self.field = field


@dataclass(frozen=True)
class Param:
    """One constructor argument of a layer, as the property form shows it.

    kind: "int", "float", "bool", "choice", "int_or_pair" (an int or [h, w]), "shape"
    (a list of ints), "str". ``inferred`` marks sizes that follow from the input shape
    (in_features, in_channels, ...): optional in files, read-only in the GUI.
    ``optional`` means None is an allowed value (e.g. Upsample's size or scale_factor).
    """

    name: str
    kind: str
    default: Any = None
    help: str = ""
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] = ()
    inferred: bool = False
    optional: bool = False


@dataclass(frozen=True)
class LayerSpec:
    """Everything netstudio knows about one layer type.

    infer(params, in_shapes) -> out_shape          raises ShapeError
    build(params, in_shapes) -> torch.nn.Module    params already resolved (see resolve)
    resolve(params, in_shapes) -> dict             params with defaults and inferred sizes
    count_params(params, in_shapes) -> int
    flops(params, in_shapes, out_shape) -> int     multiply-adds x2, per sample
    Shapes are per sample (no batch dimension).
    """

    type: str
    category: str
    description: str
    params: tuple[Param, ...] = ()
    infer: Callable[[dict[str, Any], Sequence[Shape]], Shape] | None = None
    build: Callable[[dict[str, Any], Sequence[Shape]], Any] | None = None
    resolve: Callable[[dict[str, Any], Sequence[Shape]], dict[str, Any]] | None = None
    count_params: Callable[[dict[str, Any], Sequence[Shape]], int] | None = None
    flops: Callable[[dict[str, Any], Sequence[Shape], Shape], int] | None = None
    min_inputs: int = 1
    max_inputs: int | None = 1  # None: any number (Add, Concat)
    is_loss_sensitive: bool = False  # Softmax-like outputs the checker looks at
    torch_name: str | None = None  # "nn.Conv2d" for code export; None for netstudio's own
    extras: dict[str, Any] = field(default_factory=dict)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_REGISTRY: dict[str, LayerSpec] = {}


def register(spec: LayerSpec) -> LayerSpec:
    if spec.type in _REGISTRY:
        raise ValueError(f"layer type {spec.type!r} is registered twice")
    _REGISTRY[spec.type] = spec
    return spec


def _ensure_loaded() -> None:
    if not _REGISTRY:
        import netstudio.core.layers.builtin  # noqa: F401  (registers on import)


def get_layer(type_name: str) -> LayerSpec | None:
    _ensure_loaded()
    return _REGISTRY.get(type_name)


def list_layers() -> list[LayerSpec]:
    _ensure_loaded()
    return list(_REGISTRY.values())


def categories() -> list[str]:
    seen: list[str] = []
    for spec in list_layers():
        if spec.category not in seen:
            seen.append(spec.category)
    return seen
