"""int8 post-training quantization of an exported ONNX model with ONNX Runtime.

Static (QDQ, per-channel int8 weights, uint8 activations calibrated on training images) for
networks with convolutions; dynamic (int8 weights, activations quantized per batch at run
time) for recurrent and Linear-only networks, where static calibration buys little or the
operators (LSTM, GRU) have no static int8 kernels.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from netstudio.core.deploy import DeployError
from netstudio.core.deploy import messages as msg
from netstudio.core.files import atomic_path
from netstudio.core.text import message_of

RECURRENT_TYPES = ("LSTM", "GRU", "RNN")
CONV_TYPES = ("Conv2d", "Conv1d", "ConvTranspose2d")


def choose_method(project: Any) -> str:
    """"static" for convolutional networks, "dynamic" for recurrent or Linear-only ones."""
    types = {n.type for n in project.graph.nodes.values()}
    if types & set(RECURRENT_TYPES) or not types & set(CONV_TYPES):
        return "dynamic"
    return "static"


def quantize_int8(onnx_in: Path, onnx_out: Path, calibration: np.ndarray,
                  method: str = "static") -> Path:
    """Write the int8 model to ``onnx_out``. Raises DeployError when ONNX Runtime cannot."""
    try:
        from onnxruntime.quantization import (
            CalibrationDataReader,
            QuantFormat,
            QuantType,
            quantize_dynamic,
            quantize_static,
        )
    except ImportError as e:
        raise DeployError(msg.INT_QUANTIZATION_NEEDS_ONNXRUNTIME(error=message_of(e)), unusable=True) from None

    class Reader(CalibrationDataReader):
        def __init__(self, name: str) -> None:
            self.batches = iter(calibration[i:i + 32] for i in range(0, len(calibration), 32))
            self.name = name

        def get_next(self) -> dict[str, np.ndarray] | None:
            batch = next(self.batches, None)
            return None if batch is None else {self.name: batch}

    with tempfile.TemporaryDirectory(prefix="netstudio-quant-") as tmp:
        prepared = _pre_process(Path(onnx_in), Path(tmp) / "prepared.onnx")
        out_tmp = Path(tmp) / "int8.onnx"
        try:
            if method == "static":
                quantize_static(str(prepared), str(out_tmp), Reader("input"),
                                quant_format=QuantFormat.QDQ, per_channel=True,
                                activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8)
            elif method == "dynamic":
                quantize_dynamic(str(prepared), str(out_tmp), weight_type=QuantType.QInt8)
            else:
                raise DeployError(msg.UNKNOWN_QUANTIZATION_METHOD_STATIC(method=method), unusable=True)
        except DeployError:
            raise
        except Exception as e:
            raise DeployError(msg.ONNX_RUNTIME_COULD_QUANTIZE(error=type(e).__name__,
                                                              value=str(e).splitlines()[0] if str(e) else '')
                              ) from None
        with atomic_path(Path(onnx_out)) as target:
            shutil.copyfile(out_tmp, target)
    return Path(onnx_out)


def _pre_process(src: Path, dst: Path) -> Path:
    """Shape inference and graph clean-up before quantization, as ORT recommends; a model it
    cannot pre-process is quantized as exported."""
    from onnxruntime.quantization.shape_inference import quant_pre_process

    try:
        with open(os.devnull, "w") as null, contextlib.redirect_stdout(null):
            quant_pre_process(str(src), str(dst))
    except Exception:
        return src
    return dst
