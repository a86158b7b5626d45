"""Shapes: each layer's output shape, parameter count and FLOPs from its inputs' shapes, by the
layer's own rules (core/layers), and the hints layers give about legal but odd settings."""

from __future__ import annotations

from netstudio.core.checks import memo
from netstudio.core.checks.context import Context, NodeInfo, Shape
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
    spec: LayerSpec | None = ctx.specs.get(nid)
    if spec is not None and spec.infer is not None and nid not in ctx.bad:
        key = ctx.param_keys.get(nid)
        key = (key, *in_shapes) if key is not None else None
        answer = memo.get("shape", spec, key)
        if answer is None:
            answer = _ask(spec, ctx.graph.nodes[nid].params, in_shapes)
            if not isinstance(answer, Exception) or isinstance(answer, ShapeError):
                memo.put("shape", spec, key, answer)
        if not isinstance(answer, Exception):
            info, hints = answer
            ctx.infos[nid] = info
            for severity, hint in hints:
                ctx.diagnostics.append(_from_shape_error(nid, hint, severity))
            return
        if isinstance(answer, ShapeError):
            ctx.diagnostics.append(_from_shape_error(nid, answer, ERROR))
        else:  # a broken spec must not stop the checker
            ctx.report(ERROR, "internal", NOT_CHECKED, CHECK_ITS_PARAMS, node=nid,
                       type=spec.type, error=f"{type(answer).__name__}: {answer}")
    # A node with its own error still shows what it receives (the property panel uses it).
    ctx.infos[nid] = NodeInfo(None, tuple(in_shapes), 0, 0, {})


def _ask(spec: LayerSpec, params: dict, in_shapes: list[Shape]
         ) -> tuple[NodeInfo, list[tuple[str, ShapeError]]] | Exception:
    """The layer's rules on these params and input shapes: its NodeInfo and hints, or the
    ShapeError (or unexpected exception) they raised. Depends on nothing else (memo.py)."""
    assert spec.infer is not None  # checked by the caller
    try:
        shape = spec.infer(params, in_shapes)
        resolved = spec.resolve(params, in_shapes) if spec.resolve else dict(params)
        n_params = spec.count_params(resolved, in_shapes) if spec.count_params else 0
        flops = spec.flops(resolved, in_shapes, shape) if spec.flops else 0
    except Exception as e:  # noqa: BLE001  (reported by the caller)
        return e.with_traceback(None)  # remembered: without the frames it was raised in
    info = NodeInfo(tuple(shape), tuple(in_shapes), int(n_params), int(flops), resolved)
    hints = spec.extras.get("hints")
    found: list[tuple[str, ShapeError]] = []
    if hints is not None:
        try:
            found = list(hints(resolved, in_shapes))
        except Exception:  # noqa: BLE001, S110  (a hint is optional; never fail on it)
            found = []
    return info, found


def _from_shape_error(nid: str, e: ShapeError, severity: str) -> Diagnostic:
    args = {"node": nid, **e.values}
    return Diagnostic(severity, nid, PROBLEM(node=nid, problem=e.text), e.fix, e.field, e.code,
                      args)
