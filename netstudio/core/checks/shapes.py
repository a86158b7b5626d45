"""Shapes: each layer's output shape, parameter count and FLOPs from its inputs' shapes, by the
layer's own rules (core/layers), and the hints layers give about legal but odd settings."""

from __future__ import annotations

from netstudio.core.checks.context import Context, NodeInfo
from netstudio.core.diagnostics import ERROR, Diagnostic
from netstudio.core.layers.registry import LayerSpec, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

PROBLEM = QT_TRANSLATE_NOOP("Checks", "{node} {problem}.")
NOT_CHECKED = QT_TRANSLATE_NOOP("Checks", "{node} ({type}) could not be checked: {error}.")
CHECK_ITS_PARAMS = QT_TRANSLATE_NOOP("Checks", "check its parameters")


def infer_node(ctx: Context, nid: str) -> None:
    """ctx.infos[nid], once its inputs' shapes are known; a node whose input has no shape
    (an error upstream, already reported) gets none, so one mistake gives one message."""
    in_shapes = []
    for src in ctx.preds[nid]:
        info = ctx.infos.get(src)
        if info is None or info.shape is None:
            return
        in_shapes.append(info.shape)
    # A node with its own error still shows what it receives (the property panel uses it).
    failed = NodeInfo(None, tuple(in_shapes), 0, 0, {})
    spec: LayerSpec | None = ctx.specs.get(nid)
    if spec is None or spec.infer is None or nid in ctx.bad:
        ctx.infos[nid] = failed
        return
    node = ctx.graph.nodes[nid]
    try:
        shape = spec.infer(node.params, in_shapes)
        resolved = spec.resolve(node.params, in_shapes) if spec.resolve else dict(node.params)
        n_params = spec.count_params(resolved, in_shapes) if spec.count_params else 0
        flops = spec.flops(resolved, in_shapes, shape) if spec.flops else 0
    except ShapeError as e:
        ctx.diagnostics.append(_from_shape_error(nid, e, ERROR))
        ctx.infos[nid] = failed
        return
    except Exception as e:  # noqa: BLE001  (a broken spec must not stop the checker)
        ctx.report(ERROR, "internal", NOT_CHECKED, CHECK_ITS_PARAMS, node=nid, type=spec.type,
                   error=f"{type(e).__name__}: {e}")
        ctx.infos[nid] = failed
        return
    ctx.infos[nid] = NodeInfo(tuple(shape), tuple(in_shapes), int(n_params), int(flops),
                              resolved)
    hints = spec.extras.get("hints")
    if hints is not None:
        try:
            for severity, hint in hints(resolved, in_shapes):
                ctx.diagnostics.append(_from_shape_error(nid, hint, severity))
        except Exception:  # noqa: BLE001, S110  (a hint is optional; never fail on it)
            pass


def _from_shape_error(nid: str, e: ShapeError, severity: str) -> Diagnostic:
    args = {"node": nid, **e.values}
    return Diagnostic(severity, nid, PROBLEM(node=nid, problem=e.text), e.fix, e.field, e.code,
                      args)
