"""Recurrent layers over [seq, features] per sample (batch first): RNN, LSTM, GRU."""

from __future__ import annotations

from netstudio.core.layers.builtin._base import (
    RECURRENT,
    RESHAPE_TO,
    declare,
    square_hint,
    wrong_rank,
)
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

A_SEQUENCE = QT_TRANSLATE_NOOP("Layers", "a sequence [steps, features]")
ROWS_AS_STEPS = QT_TRANSLATE_NOOP("Layers", "add a Reshape layer before it with shape {to} (rows "
                                  "as steps)")
STEPS_FEATURES = QT_TRANSLATE_NOOP("Layers", "[steps, features]")
STEP_FEATURES = QT_TRANSLATE_NOOP("Layers", "{count} features per step")
USELESS_DROPOUT = QT_TRANSLATE_NOOP("Layers", "has dropout {dropout} but only one layer: "
                                    "recurrent dropout acts between stacked layers, so here it "
                                    "does nothing")
MORE_LAYERS = QT_TRANSLATE_NOOP("Layers", "set num_layers to 2 or more, or dropout to 0")

_GATES = {"RNN": 1, "LSTM": 4, "GRU": 3}


def _params(name):
    out = [
        Param("input_size", "int", None, QT_TRANSLATE_NOOP("Layers", "Features per step (inferred "
                                                                     "from the input)."), min=1,
              inferred=True),
        Param("hidden_size", "int", 64, QT_TRANSLATE_NOOP("Layers", "Size of the hidden state (the "
                                                                    "output per step)."),
              min=1),
        Param("num_layers", "int", 1, QT_TRANSLATE_NOOP("Layers", "Recurrent layers stacked on "
                                                                  "each other."), min=1),
    ]
    if name == "RNN":
        out.append(Param("nonlinearity", "choice", "tanh",
                         QT_TRANSLATE_NOOP("Layers", "Activation inside the cell."),
                         choices=("tanh", "relu")))
    out += [
        Param("bias", "bool", True, QT_TRANSLATE_NOOP("Layers", "Learn bias weights.")),
        Param("dropout", "float", 0.0, QT_TRANSLATE_NOOP("Layers", "Dropout between stacked layers "
                                                                   "(needs num_layers > 1)."),
              min=0, max=1),
        Param("bidirectional", "bool", False,
              QT_TRANSLATE_NOOP("Layers", "Also read the sequence backwards; doubles the output "
                                          "size.")),
        Param("return", "choice", "last",
              QT_TRANSLATE_NOOP("Layers", "'last': the final hidden state [hidden]; 'sequence': "
                                          "every step [seq, hidden]."),
              choices=("last", "sequence")),
    ]
    return out


def _rank_error(name, s):
    if len(s) == 3 and s[0] == 1:
        return wrong_rank(name, s, A_SEQUENCE(), ROWS_AS_STEPS, to=f"[{s[1]}, {s[2]}]")
    hint = square_hint(s[0]) if len(s) == 1 else ""
    to = f"[{hint[4:]}" if hint.startswith("[1, ") else STEPS_FEATURES()
    return wrong_rank(name, s, A_SEQUENCE(), RESHAPE_TO, to=to)


def _recurrent(name):
    gates = _GATES[name]

    def infer(p, ins):
        (s,) = ins
        if len(s) != 2:
            raise _rank_error(name, s)
        hidden = p["hidden_size"] * (2 if p["bidirectional"] else 1)
        return (hidden,) if p["return"] == "last" else (s[0], hidden)

    def count(p, ins):
        h, dirs = p["hidden_size"], 2 if p["bidirectional"] else 1
        total, size = 0, ins[0][1]
        for _ in range(p["num_layers"]):
            total += dirs * (gates * h * (size + h) + (2 * gates * h if p["bias"] else 0))
            size = h * dirs
        return total

    def flops(p, ins, out):
        steps = ins[0][0]
        return 2 * steps * count({**p, "bias": False}, ins)

    def build(p, ins):
        from torch import nn

        from netstudio.core.layers.modules import RecurrentLast, RecurrentSequence

        kw = dict(num_layers=p["num_layers"], bias=p["bias"], batch_first=True,
                  dropout=p["dropout"], bidirectional=p["bidirectional"])
        if name == "RNN":
            kw["nonlinearity"] = p["nonlinearity"]
        rnn = getattr(nn, name)(p["input_size"], p["hidden_size"], **kw)
        return (RecurrentLast if p["return"] == "last" else RecurrentSequence)(rnn)

    return infer, count, flops, build


def _hints(p, ins):
    if p["dropout"] > 0 and p["num_layers"] == 1:
        return [("warning", ShapeError(USELESS_DROPOUT, MORE_LAYERS, field="dropout",
                                       code="suspicious-param", dropout=p["dropout"]))]
    return []


_DESC = {
    "RNN": QT_TRANSLATE_NOOP("Layers", "Simple recurrent layer: reads a sequence step by step, "
                                       "keeping a hidden state."),
    "LSTM": QT_TRANSLATE_NOOP("Layers", "Long short-term memory: a recurrent layer with gates that "
                                        "remember longer."),
    "GRU": QT_TRANSLATE_NOOP("Layers", "Gated recurrent unit: a lighter LSTM."),
}

for _name in ("RNN", "LSTM", "GRU"):
    _infer, _count, _flops, _build = _recurrent(_name)
    declare(_name, RECURRENT, _DESC[_name], _params(_name), infer=_infer, build=_build,
            count=_count, flops=_flops,
            inferred=lambda ins, p: [("input_size", ins[0][-1], STEP_FEATURES)],
            torch_name=f"nn.{_name}", wrapper=("RecurrentLast", "RecurrentSequence"),
            shapes="[steps, features] -> [hidden] ('last') or [steps, hidden] ('sequence'); "
            "hidden doubles when bidirectional",
            hints=_hints)

