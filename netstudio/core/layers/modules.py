"""Tiny nn.Modules for the graph nodes that torch.nn has no single class for.

Every compiled node is called as ``module(*inputs)``; these wrappers make Reshape, Add, Concat
and the recurrent layers fit that rule. The code exporter may copy this file into generated
code, so it imports only torch and each class stays a few lines long. Shapes in ``shape`` and
``dim`` are per sample: the batch dimension is always first and never touched.
"""

from __future__ import annotations

import torch
from torch import nn


class Reshape(nn.Module):
    """x.reshape(batch, *shape); one entry of shape may be -1."""

    def __init__(self, shape: tuple[int, ...] | list[int]) -> None:
        super().__init__()
        self.shape = tuple(int(d) for d in shape)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.reshape(x.shape[0], *self.shape)

    def extra_repr(self) -> str:
        return f"shape={self.shape}"


class Add(nn.Module):
    """Element-wise sum of all inputs (same shapes)."""

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        out = xs[0]
        for x in xs[1:]:
            out = out + x
        return out


class Multiply(nn.Module):
    """Element-wise product of all inputs (torch broadcasting: sizes equal or 1)."""

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        out = xs[0]
        for x in xs[1:]:
            out = out * x
        return out


class Concat(nn.Module):
    """Join inputs along a per-sample dimension (0 = channels)."""

    def __init__(self, dim: int = 0) -> None:
        super().__init__()
        self.dim = int(dim)

    def forward(self, *xs: torch.Tensor) -> torch.Tensor:
        return torch.cat(xs, dim=self.dim + 1 if self.dim >= 0 else self.dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"


def _final_hidden(rnn: nn.RNNBase, h: torch.Tensor | tuple[torch.Tensor, ...]) -> torch.Tensor:
    h = h[0] if isinstance(h, tuple) else h  # LSTM returns (h_n, c_n)
    if rnn.bidirectional:  # forward direction's last step + backward direction's last step
        return torch.cat((h[-2], h[-1]), dim=1)
    return h[-1]


class RecurrentLast(nn.Module):
    """Run an RNN/LSTM/GRU (batch_first) over [batch, seq, features]; return the last state."""

    def __init__(self, rnn: nn.RNNBase) -> None:
        super().__init__()
        self.rnn = rnn

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        _, h = self.rnn(x)
        return _final_hidden(self.rnn, h)


class RecurrentSequence(nn.Module):
    """Run an RNN/LSTM/GRU (batch_first); return every step's output [batch, seq, hidden]."""

    def __init__(self, rnn: nn.RNNBase) -> None:
        super().__init__()
        self.rnn = rnn

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.rnn(x)[0]
