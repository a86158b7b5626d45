"""What runs inside the opaque "Module" and "Function" nodes that importers create.

A project file is untrusted: opening or checking it must never run code it names. So:

* a **Function** node names a tensor function from a fixed list of pure tensor operations
  (``SAFE_NAMES`` below: ``torch.permute``, ``torch.nn.functional.pad``, ``Tensor.mean``,
  ``operator.getitem``, ...); anything else is refused, never looked up. Its arguments are
  plain JSON in which a few one-key objects stand for what JSON cannot say (``ARGUMENT_KINDS``).
* a **Module** node is either a ``torch.nn`` layer class (looked up in ``torch.nn`` only, built
  from JSON keyword arguments) or a submodule of the user's own Python file. User code runs
  only when a network is built (train, export, feature maps), only for files the user allowed
  in this session (``trust_code``, or the ``NETSTUDIO_TRUST_CODE`` environment variable), and
  never for ``check``: its shapes are the ones recorded when it was imported.

Shapes of Function and torch.nn Module nodes come from running them on the meta device (no
memory, no computation), cached.
"""

from __future__ import annotations

import contextvars
import functools
import json
import operator
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from netstudio.core.layers import opaque_messages as msg
from netstudio.core.text import message_of


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---- the functions a Function node may call ----------------------------------------------------
# Pure tensor operations: no files, no global state, no Python callbacks.
TENSOR_OPS = _words("""
abs absolute acos arccos asin arcsin atan arctan atan2 arctan2 add sub subtract mul multiply div
divide true_divide floor_divide remainder fmod neg negative reciprocal pow float_power exp exp2
expm1 log log2 log10 log1p sqrt rsqrt square sin cos tan sinh cosh tanh sigmoid relu erf erfc
sign sgn floor ceil round trunc frac clamp clip clamp_min clamp_max maximum minimum max min amax
amin argmax argmin mean nanmean sum nansum prod std var norm logsumexp cumsum cumprod softmax
log_softmax matmul mm bmm einsum outer dot inner transpose permute reshape view flatten
unflatten squeeze unsqueeze cat concat concatenate stack hstack vstack chunk split tensor_split
unbind narrow select index_select gather roll flip fliplr flipud rot90 t movedim moveaxis
swapaxes swapdims expand expand_as repeat repeat_interleave tile contiguous clone detach where
masked_fill eq ne lt le gt ge logical_and logical_or logical_not logical_xor bitwise_not topk
sort argsort nan_to_num lerp addmm addcmul addcdiv baddbmm zeros_like ones_like full_like
type_as float double half bfloat16 view_as reshape_as diag diagonal triu tril cdist
cosine_similarity pairwise_distance atleast_1d atleast_2d atleast_3d broadcast_to squeeze_copy
unsqueeze_copy permute_copy view_copy alias sym_size hardtanh
""")
FUNCTIONAL_OPS = _words("""
relu relu6 elu selu celu gelu silu mish hardswish hardsigmoid hardtanh leaky_relu prelu rrelu
softplus softsign softshrink hardshrink tanhshrink sigmoid tanh logsigmoid softmax log_softmax
softmin glu normalize pad interpolate upsample upsample_nearest upsample_bilinear grid_sample
affine_grid pixel_shuffle pixel_unshuffle channel_shuffle adaptive_avg_pool1d
adaptive_avg_pool2d adaptive_avg_pool3d adaptive_max_pool1d adaptive_max_pool2d avg_pool1d
avg_pool2d avg_pool3d max_pool1d max_pool2d max_pool3d lp_pool1d lp_pool2d dropout dropout1d
dropout2d dropout3d alpha_dropout feature_alpha_dropout linear bilinear conv1d conv2d conv3d
conv_transpose1d conv_transpose2d conv_transpose3d layer_norm group_norm instance_norm
batch_norm local_response_norm rms_norm embedding one_hot cosine_similarity pairwise_distance
unfold fold scaled_dot_product_attention
""")
ATEN_EXTRA = _words("""
convolution _convolution native_layer_norm _native_batch_norm_legit_no_training
_native_batch_norm_legit batch_norm _log_softmax _softmax mean sum addmm _to_copy to copy
max_pool2d_with_indices adaptive_avg_pool2d _adaptive_avg_pool2d avg_pool2d hardswish
hardsigmoid _unsafe_view clone native_dropout
""")
OPERATOR_OPS = _words("""
add sub mul truediv floordiv mod pow neg pos matmul getitem iadd isub imul itruediv ifloordiv
imatmul ipow and_ or_ xor invert eq ne lt le gt ge abs
""")
# name prefixes of a Function node's "function" param
PREFIXES = ("torch.nn.functional.", "torch.", "Tensor.", "operator.", "aten.")

# One-key objects in a Function node's "args"/"kwargs" that stand for non-JSON values.
ARGUMENT_KINDS = {
    "input": "the node's input number N (a tensor), e.g. {\"input\": 0}",
    "tensor": "a learned or stored tensor of this node, by name, e.g. {\"tensor\": \"t0\"}",
    "batch": "the batch size of the first input, {\"batch\": true}",
    "tuple": "a Python tuple, {\"tuple\": [1, 2]}",
    "slice": "a slice start:stop:step, {\"slice\": [null, 2, null]}",
    "ellipsis": "Python's ..., {\"ellipsis\": true}",
    "dtype": "a torch dtype by name, {\"dtype\": \"float32\"}",
}
DTYPES = ("float32", "float64", "float16", "bfloat16", "int64", "int32", "int16", "int8",
          "uint8", "bool")


class OpaqueError(Exception):
    """A Function/Module node that cannot be built or run; the message says why."""


def _base(name: str) -> str:
    """In-place spellings run as their plain form ("relu_" -> "relu")."""
    return name[:-1] if name.endswith("_") and not name.endswith("__") else name


def resolve_function(name: str) -> Any:
    """The callable a Function node names, from the allowed lists only; else OpaqueError."""
    import torch

    if not isinstance(name, str) or not name.startswith(PREFIXES):
        raise OpaqueError(msg.FUNCTION_NETSTUDIO_RUNS_RUNS(name=name))
    if name.startswith("torch.nn.functional."):
        short = name.removeprefix("torch.nn.functional.")
        if short in FUNCTIONAL_OPS:
            return getattr(torch.nn.functional, short)
    elif name.startswith("torch."):
        short = name.removeprefix("torch.")
        if _base(short) in TENSOR_OPS and callable(getattr(torch, _base(short), None)):
            return getattr(torch, _base(short))
    elif name.startswith("Tensor."):
        short = _base(name.removeprefix("Tensor."))
        if short in TENSOR_OPS | FUNCTIONAL_OPS and hasattr(torch.Tensor, short):
            return functools.partial(_call_method, short)
    elif name.startswith("operator."):
        short = name.removeprefix("operator.")
        if short in OPERATOR_OPS:
            return getattr(operator, short)
    else:  # aten.NAME.OVERLOAD (graphs from torch.export)
        parts = name.split(".")
        if len(parts) == 3 and parts[1].lstrip("_") and (
                _base(parts[1]) in TENSOR_OPS | FUNCTIONAL_OPS | ATEN_EXTRA):
            packet = getattr(torch.ops.aten, parts[1], None)
            op = getattr(packet, parts[2], None) if packet is not None else None
            if op is not None:
                return op
    raise OpaqueError(msg.NETSTUDIO_LIST_TENSOR_OPERATIONS(name=name))


def _call_method(name: str, tensor: Any, *args: Any, **kwargs: Any) -> Any:
    return getattr(tensor, name)(*args, **kwargs)


# ---- arguments: JSON <-> Python ----------------------------------------------------------------
def decode(value: Any, xs: Sequence[Any], tensors: Any) -> Any:
    """A JSON argument as Python, with inputs, stored tensors and markers filled in."""
    import torch

    if isinstance(value, list):
        return [decode(v, xs, tensors) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) != 1:
        raise OpaqueError(msg.ARGUMENT_ONE_KEY_OBJECT(dumps=json.dumps(value)[:60],
                                                      argument_kinds=', '.join(ARGUMENT_KINDS)))
    (kind, v), = value.items()
    if kind == "input":
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < len(xs):
            raise OpaqueError(msg.INPUT_NAMES_INPUT_NODE(v=v, count=len(xs)))
        return xs[v]
    if kind == "tensor":
        if not isinstance(v, str) or not hasattr(tensors, "get") or v not in tensors:
            raise OpaqueError(msg.TENSOR_ONE_NODE_TENSORS(dumps=json.dumps(v)))
        return tensors[v]
    if kind == "batch":
        return xs[0].shape[0]
    if kind == "tuple" and isinstance(v, list):
        return tuple(decode(x, xs, tensors) for x in v)
    if kind == "slice" and isinstance(v, list) and len(v) == 3:
        return slice(*(decode(x, xs, tensors) for x in v))
    if kind == "ellipsis":
        return Ellipsis
    if kind == "dtype" and v in DTYPES:
        return getattr(torch, v)
    raise OpaqueError(msg.UNKNOWN_ARGUMENT_ONE(dumps=json.dumps(value)[:60],
                                               argument_kinds=', '.join(ARGUMENT_KINDS)))


def encode(value: Any, tensor_ref: Any) -> Any:
    """Python -> JSON for recording an argument. ``tensor_ref(value)`` returns the JSON for a
    tensor (an input or a stored tensor) or raises OpaqueError."""
    import torch

    if isinstance(value, torch.Tensor):
        return tensor_ref(value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise OpaqueError(msg.ARGUMENT_WRITTEN_PROJECT_FILE(value=value))
        return value
    if isinstance(value, torch.dtype):
        name = str(value).removeprefix("torch.")
        if name not in DTYPES:
            raise OpaqueError(msg.DTYPE_SUPPORTED(name=name))
        return {"dtype": name}
    if isinstance(value, slice):
        return {"slice": [encode(v, tensor_ref) for v in (value.start, value.stop, value.step)]}
    if value is Ellipsis:
        return {"ellipsis": True}
    if isinstance(value, tuple):  # torch.Size included
        return {"tuple": [encode(v, tensor_ref) for v in value]}
    if isinstance(value, list):
        return [encode(v, tensor_ref) for v in value]
    raise OpaqueError(msg.ARGUMENT_TYPE_WRITTEN_PROJECT(error=type(value).__name__))


# ---- modules ---------------------------------------------------------------------------------
_CONTAINERS = {"Module", "Sequential", "ModuleList", "ModuleDict", "ParameterList",
               "ParameterDict", "DataParallel", "Container"}


def torch_nn_class(name: str) -> type:
    """``torch.nn.X`` as a class, only for torch's own layer classes (no containers)."""
    from torch import nn

    short = name.removeprefix("torch.nn.") if isinstance(name, str) else ""
    cls = getattr(nn, short, None) if short.isidentifier() else None
    if (not isinstance(cls, type) or not issubclass(cls, nn.Module) or short in _CONTAINERS
            or not cls.__module__.startswith("torch.nn.modules.")):
        raise OpaqueError(msg.TORCH_NN_LAYER_CLASS(name=name))
    return cls


class FunctionModule:
    """Factory for the nn.Module of a Function node (the class is made once, lazily, so this
    file imports without torch)."""

    _cls: type | None = None

    @classmethod
    def make(cls, function: str, args: list, kwargs: dict, tensors: dict,
             output: int | None) -> Any:
        if cls._cls is None:
            cls._cls = _function_module_class()
        return cls._cls(function, args, kwargs, tensors, output)


def _function_module_class() -> type:
    import torch
    from torch import nn

    class Function(nn.Module):
        """Runs one allowed tensor function with recorded arguments."""

        def __init__(self, function: str, args: list, kwargs: dict, tensors: dict,
                     output: int | None) -> None:
            super().__init__()
            self.function = function
            self.fn = resolve_function(function)
            self.args, self.kwargs, self.output = list(args), dict(kwargs), output
            self.stored = nn.ParameterDict()
            for name, spec in tensors.items():
                shape = [int(d) for d in spec.get("shape", [])]
                trainable = bool(spec.get("trainable", True))
                value = torch.zeros(shape) if not trainable else torch.randn(shape) * 0.02
                self.stored[name] = nn.Parameter(value, requires_grad=trainable)

        def forward(self, *xs: torch.Tensor) -> torch.Tensor:
            out = self.fn(*decode(self.args, xs, self.stored),
                          **{k: decode(v, xs, self.stored) for k, v in self.kwargs.items()})
            return out[self.output] if self.output is not None else out

        def extra_repr(self) -> str:
            return self.function

    return Function


def select_output(module: Any, index: int | None) -> Any:
    """``module`` whose tuple output is cut down to element ``index`` (None: as it is)."""
    if index is None:
        return module
    from torch import nn

    class Select(nn.Module):
        def __init__(self, inner: nn.Module, i: int) -> None:
            super().__init__()
            self.inner, self.index = inner, i

        def forward(self, *xs: Any) -> Any:
            return self.inner(*xs)[self.index]

    return Select(module, int(index))


# ---- user code: runs only when allowed -------------------------------------------------------
_TRUSTED: set[Path] = set()
# The folder relative code paths are read from while a network is built (the project's).
BASE_DIR: contextvars.ContextVar[Path | None] = contextvars.ContextVar("netstudio_base_dir",
                                                                      default=None)


def trust_code(path: str | os.PathLike[str]) -> Path:
    """Allow Module nodes to run code from ``path`` for the rest of this process."""
    resolved = Path(path).expanduser().resolve()
    _TRUSTED.add(resolved)
    return resolved


def is_trusted(path: Path) -> bool:
    env = os.environ.get("NETSTUDIO_TRUST_CODE", "")
    allowed = set(_TRUSTED) | {Path(p).expanduser().resolve() for p in env.split(os.pathsep)
                               if p.strip()}
    return path.resolve() in allowed


def code_path(code: str, base: Path | None = None) -> tuple[Path, str]:
    """'my_net.py:Net' -> (absolute file, 'Net'), relative to ``base`` (the project folder)."""
    file, _, name = code.rpartition(":")
    if not file or not name:
        raise OpaqueError(msg.CODE_FILE_PY_NAME(code=code))
    p = Path(file).expanduser()
    if not p.is_absolute():
        p = (base if base is not None else BASE_DIR.get() or Path.cwd()) / p
    return p, name


def build_code_module(code: str, path: str) -> Any:
    """The submodule ``path`` of a fresh instance of the user's class ``code``."""
    file, name = code_path(code)
    if not is_trusted(file):
        raise OpaqueError(
            msg.RUNS_PYTHON_CODE_WHICH(file=file))
    from netstudio.core.importers.sources import ImportFailure, instantiate_user_model

    try:
        root = instantiate_user_model(file, name)
    except ImportFailure as e:
        raise OpaqueError(message_of(e)) from None
    try:
        return root.get_submodule(path) if path else root
    except AttributeError:
        raise OpaqueError(msg.SUBMODULE_ANY_MORE_IMPORT(name=file.name, name2=name, path=path)) from None
