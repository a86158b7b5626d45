"""PyTorch code for the imported Module and Function nodes (see netstudio.core.layers.opaque).

A torch.nn Module node is its class with its keyword arguments; a Function node is the
function call with its recorded arguments written out (``torch.permute(x, (0, 2, 1))``), and
the tensors it stores become an ``nn.ParameterDict`` attribute. A Module node that runs the
user's own code cannot be written without that code: export refuses it with the reason.
"""

from __future__ import annotations

from typing import Any

from netstudio.core.export import ExportError
from netstudio.core.export import messages as msg
from netstudio.core.export.codetext import literal
from netstudio.core.layers.opaque import OpaqueError, resolve_function
from netstudio.core.text import message_of

INFIX = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%",
         "pow": "**", "matmul": "@", "iadd": "+", "isub": "-", "imul": "*", "itruediv": "/"}


def module_code(node_id: str, resolved: dict[str, Any], attr: str, srcs: list[str],
                out: str) -> tuple[str, list[str]]:
    if resolved.get("code"):
        raise ExportError(msg.RUNS_YOUR_OWN_CODE(node_id=node_id, resolved=resolved['code']))
    cls = str(resolved.get("class") or "").removeprefix("torch.nn.")
    kwargs = resolved.get("kwargs") or {}
    args = ", ".join(f"{k}={literal(v)}" for k, v in kwargs.items())
    call = f"self.{attr}({', '.join(srcs)})" + _index(resolved.get("output"))
    return f"nn.{cls}({args})", [f"{out} = {call}"]


def function_code(node_id: str, resolved: dict[str, Any], attr: str, srcs: list[str],
                  out: str) -> tuple[str | None, list[str]]:
    name = str(resolved.get("function") or "")
    try:
        resolve_function(name)
    except OpaqueError as e:
        raise ExportError(msg.MESSAGE(node_id=node_id, error=message_of(e))) from None
    tensors = resolved.get("tensors") or {}
    init = None
    if tensors:
        items = ", ".join(
            f"{literal(k)}: nn.Parameter(torch.zeros({_shape(v.get('shape', []))}), "
            f"requires_grad={bool(v.get('trainable', True))})" for k, v in tensors.items())
        init = f"nn.ParameterDict({{{items}}})"

    def arg(value: Any) -> str:
        return _arg(value, srcs, attr)

    args = [arg(a) for a in resolved.get("args") or []]
    kwargs = [f"{k}={arg(v)}" for k, v in (resolved.get("kwargs") or {}).items()]
    short = name.rsplit(".", 1)[-1]
    if name.startswith("operator.") and short in INFIX and len(args) == 2 and not kwargs:
        call = f"{args[0]} {INFIX[short]} {args[1]}"
    elif name == "operator.getitem" and len(args) == 2:
        call = f"{args[0]}[{args[1]}]"
    elif name.startswith("operator."):
        call = f"operator.{short}({', '.join(args + kwargs)})"
    elif name.startswith("Tensor."):
        call = f"{args[0]}.{short}({', '.join(args[1:] + kwargs)})"
    elif name.startswith("torch.nn.functional."):
        call = f"F.{short}({', '.join(args + kwargs)})"
    elif name.startswith("aten."):
        call = f"torch.ops.{name}({', '.join(args + kwargs)})"
    else:
        call = f"{name}({', '.join(args + kwargs)})"
    index = resolved.get("output")
    if index is not None:
        call = f"({call}){_index(index)}"
    return init, [f"{out} = {call}"]


def uses_operator(lines: list[str]) -> bool:
    return any("operator." in line for line in lines)


def _arg(value: Any, srcs: list[str], attr: str) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_arg(v, srcs, attr) for v in value) + "]"
    if not isinstance(value, dict) or len(value) != 1:
        return literal(value)
    (kind, v), = value.items()
    if kind == "input":
        return srcs[v]
    if kind == "tensor":
        return f"self.{attr}[{literal(v)}]"
    if kind == "batch":
        return f"{srcs[0]}.shape[0]"
    if kind == "tuple":
        items = [_arg(x, srcs, attr) for x in v]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if kind == "slice":
        return "slice(" + ", ".join(_arg(x, srcs, attr) for x in v) + ")"
    if kind == "ellipsis":
        return "..."
    if kind == "dtype":
        return f"torch.{v}"
    raise ExportError(msg.UNKNOWN_ARGUMENT(value=value))


def _index(index: Any) -> str:
    return "" if index is None else f"[{int(index)}]"


def _shape(shape: list[int]) -> str:
    return ", ".join(str(int(d)) for d in shape) if shape else ""

