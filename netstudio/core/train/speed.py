"""How the Trainer makes the same training faster without changing what it learns: bf16
autocast where the hardware runs it natively, channels-last memory for convolutions, and an
opt-in ``torch.compile``. Each is decided once per run, and every fallback leaves a note.

Measured in bench/bench_speed.py (docs/benchmarks.md, "CPU throughput"): on a CPU with bf16
units, bf16 autocast + channels_last trains the tutorial CNN about 2-3x faster at the same
accuracy; channels_last alone helps convolutions in float32 too.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from netstudio.core.text import QT_TRANSLATE_NOOP, Text

# What a run tells its user about how it trains (the CLI's "note:" lines, the app's status).
NO_GPU = QT_TRANSLATE_NOOP("Trainer", "training.device is \"cuda\" but no CUDA GPU is "
                           "available here: training on the CPU instead (set \"auto\" or "
                           "\"cpu\" to silence this).")
BF16_EMULATED = QT_TRANSLATE_NOOP("Trainer", "training.amp: this {device} has no native bfloat16 "
                                  "units; bf16 autocast is emulated and may be slower than "
                                  "float32.")
BF16_MISSING = QT_TRANSLATE_NOOP("Trainer", "training.amp: bfloat16 is not supported on this "
                                 "{device}; training in float32.")
NO_COMPILE = QT_TRANSLATE_NOOP("Trainer", "training.compile: {reason}; training without "
                               "compiling.")
COMPILE_FAILED = QT_TRANSLATE_NOOP("Trainer", "training.compile: compiling the network failed "
                                   "({error}); training without compiling.")
COMPILED = QT_TRANSLATE_NOOP("Trainer", "training.compile: compiled the network in {seconds} s "
                             "(the first step).")
NO_TRITON = QT_TRANSLATE_NOOP("Trainer", "Triton is not installed (pip install triton)")
NO_CXX = QT_TRANSLATE_NOOP("Trainer", "no C++ compiler was found (install g++ or clang++, or "
                           "set CXX)")


@dataclass
class Acceleration:
    """What a run uses. ``amp_dtype``: the autocast dtype (None: float32)."""

    amp_dtype: torch.dtype | None = None
    channels_last: bool = False
    compiled: bool = False
    compile_seconds: float | None = None

    def autocast(self, device: torch.device) -> Any:
        if self.amp_dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(device.type, dtype=self.amp_dtype)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": "bfloat16 autocast" if self.amp_dtype is not None else "float32",
                "channels_last": self.channels_last, "compiled": self.compiled,
                "compile_seconds": None if self.compile_seconds is None
                else round(self.compile_seconds, 2)}


def native_bf16(device: torch.device) -> bool:
    """Whether ``device`` computes in bfloat16 natively (fast), not by emulation."""
    if device.type == "cuda":
        try:
            return bool(torch.cuda.is_bf16_supported(including_emulation=False))
        except TypeError:  # an older torch without the keyword
            return bool(torch.cuda.is_bf16_supported())
    if device.type == "cpu":
        cpu = getattr(torch, "cpu", None)
        checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
        with contextlib.suppress(Exception):
            return any(bool(getattr(cpu, name)()) for name in checks if hasattr(cpu, name))
    return False


def any_bf16(device: torch.device) -> bool:
    """Whether bfloat16 autocast works at all on ``device`` (perhaps emulated, slowly)."""
    if device.type == "cuda":
        return bool(torch.cuda.is_bf16_supported())
    if device.type == "cpu":
        with contextlib.suppress(Exception):
            return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    return False


def decide_amp(setting: bool | str, device: torch.device, notes: list[str],
               convolutional: bool = True) -> torch.dtype | None:
    """training.amp: "auto" = bf16 where the device has native bf16 units (on a CPU only for
    convolution networks, where it was measured to pay), true = bf16 wherever it works (with
    a note when emulated), false = off."""
    if setting is False:
        return None
    if native_bf16(device) and (setting is True or device.type != "cpu" or convolutional):
        return torch.bfloat16
    if setting == "auto":
        return None
    if any_bf16(device):
        notes.append(BF16_EMULATED(device=device.type.upper()))
        return torch.bfloat16
    notes.append(BF16_MISSING(device=device.type.upper()))
    return None


def has_conv2d(model: nn.Module) -> bool:
    return any(isinstance(m, nn.Conv2d | nn.ConvTranspose2d) for m in model.modules())


def compiler_problem(device: torch.device) -> Text | None:
    """Why torch.compile cannot work here, or None. Inductor needs a C++ compiler for CPU
    code and Triton for GPU code."""
    if device.type == "cuda":
        if importlib.util.find_spec("triton") is None:
            return NO_TRITON()
        return None
    cxx = os.environ.get("CXX")
    if cxx and shutil.which(cxx):
        return None
    if any(shutil.which(c) for c in ("g++", "c++", "clang++")):
        return None
    return NO_CXX()


def accelerate(model: nn.Module, device: torch.device, cfg: Any, notes: list[str]
               ) -> Acceleration:
    """Decide and apply the run's speed settings (training.amp, channels_last, compile) to
    ``model`` (already on ``device``)."""
    conv = has_conv2d(model)
    acc = Acceleration(amp_dtype=decide_amp(cfg.amp, device, notes, conv))
    auto = device.type in ("cpu", "cuda") and conv
    if cfg.channels_last is True or (cfg.channels_last == "auto" and auto):
        model.to(memory_format=torch.channels_last)  # only 4-d weights change layout
        acc.channels_last = True
    compile_ = cfg.compile
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True  # fixed batch shapes: pick the fastest kernels
        if acc.amp_dtype is None:  # float32 matrix products on tensor cores (TF32)
            torch.backends.cuda.matmul.allow_tf32 = True
    if compile_:
        problem = compiler_problem(device)
        if problem is None:
            acc.compiled = True
        else:
            notes.append(NO_COMPILE(reason=problem))
    return acc


def compile_failed_note(exc: BaseException) -> Text:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return COMPILE_FAILED(error=f"{type(exc).__name__}: {text[:200]}")
