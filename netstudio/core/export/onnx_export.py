"""Save a network as ONNX (opset chosen by torch's dynamo exporter) and check the file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from netstudio.core.export import ExportError
from netstudio.core.export import messages as msg
from netstudio.core.export.torch_export import _first_line, export_program
from netstudio.core.files import atomic_path
from netstudio.core.text import message_of


def export_onnx(net: Any, path: str | os.PathLike[str], program: Any = None) -> Path:
    """Write ``path`` atomically and validate it with ``onnx.checker``.

    The graph's input is named ``input`` (batch dimension dynamic, named "batch", when the
    network allows it) and its output ``output``. ``program``: an ``export_program(net)``
    result to reuse (tracing is the slow part).
    """
    try:
        import onnx
        import onnxscript  # noqa: F401  (the dynamo exporter needs it)
    except ImportError as e:
        raise ExportError(msg.ONNX_EXPORT_NEEDS_ONNX(error=message_of(e))) from e
    import torch

    if program is None:
        program = export_program(net)
    target = Path(path)
    with atomic_path(target) as tmp:
        try:
            onnx_program = torch.onnx.export(program, input_names=["input"],
                                             output_names=["output"], dynamo=True,
                                             verbose=False)
            onnx_program.save(tmp)
        except Exception as e:
            raise ExportError(msg.ONNX_EXPORT_FAILED_FORMAT(first_line=_first_line(e))) from e
        model = onnx.load(tmp)
        if _name_batch_dimension(model):
            onnx.save(model, tmp)
        onnx.checker.check_model(model, full_check=True)
    return target


def _name_batch_dimension(model: Any) -> bool:
    """Call the dynamic first dimension "batch" (the exporter names it s0, s77, ...)."""
    dims = [v.type.tensor_type.shape.dim for v in (*model.graph.input, *model.graph.output)]
    symbol = dims[0][0].dim_param if dims and dims[0] else ""
    if not symbol:
        return False
    for value in (*model.graph.input, *model.graph.output, *model.graph.value_info):
        for d in value.type.tensor_type.shape.dim:
            if d.dim_param == symbol:
                d.dim_param = "batch"
    return True
