"""Layer types and parameters: each node names a known layer, and each parameter is allowed."""

from __future__ import annotations

import difflib
import json
from typing import Any

from netstudio.core.checks import memo
from netstudio.core.checks.context import Context
from netstudio.core.diagnostics import ERROR, WARNING
from netstudio.core.layers.registry import LayerSpec, get_layer, list_layers
from netstudio.core.settings.fields import show
from netstudio.core.text import QT_TRANSLATE_NOOP

UNKNOWN_TYPE = QT_TRANSLATE_NOOP("Checks", "{node} has the unknown layer type '{type}'.")
DID_YOU_MEAN = QT_TRANSLATE_NOOP("Checks", "did you mean '{suggestion}'?")
PICK_FROM_PALETTE = QT_TRANSLATE_NOOP("Checks", "pick a layer from the palette")
UNKNOWN_PARAM = QT_TRANSLATE_NOOP("Checks", "{node} ({type}) has an unknown parameter "
                                  "'{field}', which is ignored.")
TAKES = QT_TRANSLATE_NOOP("Checks", "{type} takes: {names}")
TAKES_NOTHING = QT_TRANSLATE_NOOP("Checks", "{type} takes no parameters; remove it")
BAD_PARAM = QT_TRANSLATE_NOOP("Checks", "{node}'s {field} is {value}, but it must be "
                              "{requirement}.")
CHANGE_OR_DEFAULT = QT_TRANSLATE_NOOP("Checks", "change {field}, or remove it to use the "
                                      "default, {default}")
CHANGE_OR_REMOVE = QT_TRANSLATE_NOOP("Checks", "change {field}, or remove it to use the default")


def check_type(ctx: Context, nid: str) -> None:
    """ctx.specs[nid] when the node's type is known (and its params checked), else an error."""
    node = ctx.graph.nodes[nid]
    spec = get_layer(node.type)
    if spec is None:
        known = [s.type for s in list_layers()]
        close = difflib.get_close_matches(str(node.type), known, n=1, cutoff=0.6)
        lowered = {k.lower(): k for k in known}
        guess = lowered.get(str(node.type).lower()) or (close[0] if close else None)
        ctx.report(ERROR, "unknown-type", UNKNOWN_TYPE,
                   DID_YOU_MEAN if guess else PICK_FROM_PALETTE, node=nid, field="type",
                   type=str(node.type), suggestion=guess or "")
        ctx.bad.add(nid)
        return
    ctx.specs[nid] = spec
    key = ctx.param_keys[nid] = memo.key_or_none(node.params)
    problems = memo.get("params", spec, key)
    if problems is None:
        problems = param_problems(node.params, spec)
        memo.put("params", spec, key, problems)
    for severity, code, message, fix, values in problems:
        ctx.report(severity, code, message, fix, node=nid, **values)
        if severity == ERROR:
            ctx.bad.add(nid)


def param_problems(params: dict[str, Any], spec: LayerSpec) -> list[tuple]:
    """(severity, code, message, fix, values) for each parameter ``spec`` does not know or
    does not allow; the values name the field. Depends on nothing else (memo.py)."""
    found: list[tuple] = []
    for name, value in params.items():
        p = spec.param(name)
        if p is None:
            names = [q.name for q in spec.params]
            close = difflib.get_close_matches(str(name), names, n=1)
            fix = DID_YOU_MEAN if close else TAKES if names else TAKES_NOTHING
            found.append((WARNING, "unknown-param", UNKNOWN_PARAM, fix, {
                "field": str(name), "type": spec.type, "suggestion": close[0] if close else "",
                "names": ", ".join(names)}))
            continue
        need = p.check(value)
        if need is not None:
            values = {"field": name, "value": show(value), "requirement": need}
            if p.default is None:
                found.append((ERROR, "bad-param", BAD_PARAM, CHANGE_OR_REMOVE, values))
            else:
                found.append((ERROR, "bad-param", BAD_PARAM, CHANGE_OR_DEFAULT,
                              {**values, "default": json.dumps(p.default)}))
    return found
