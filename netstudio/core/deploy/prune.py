"""Pruning: global magnitude (unstructured) and channel pruning that shrinks the layers.

Unstructured: torch.nn.utils.prune's global L1 pruning over every Conv/Linear weight and a
recurrent layer's weight matrices; the zeros stay in place (same shapes, same file size;
what shrinks is the count of non-zeros).

Structured: netstudio has the graph, so channels are removed through it. A Conv2d/Conv1d or
Linear whose output runs through channel-wise layers only (activations, pooling, dropout,
batch norm) into one Conv or Linear (directly or through a Flatten) loses its weakest output
channels (smallest L1 norm of the filter, Li et al. 2017). The project is rebuilt with the
smaller ``out_channels``/``out_features``, and the kept slices of every weight involved (the
layer's filters and bias, the batch norm's statistics, the next layer's input columns) are
copied into it. The result is an ordinary, smaller project that trains, exports and serves.
A layer that feeds a merge (Add, Concat), a reshape or the output is left whole.
A project with blocks (version 2, e.g. an imported ResNet) is pruned as the flat graph the
compiler runs (layers named by their path, ``layer1/0/conv1``): each instance of a block
loses its own channels, so the smaller project has its blocks expanded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from netstudio.core.deploy import messages as msg

PRODUCERS = ("Conv2d", "Conv1d", "Linear")
CHANNEL_WISE = ("ReLU", "LeakyReLU", "ELU", "GELU", "SiLU", "Sigmoid", "Tanh", "MaxPool2d",
                "AvgPool2d", "AdaptiveAvgPool2d", "MaxPool1d", "Dropout", "Dropout2d",
                "BatchNorm1d", "BatchNorm2d")
BATCH_NORMS = ("BatchNorm1d", "BatchNorm2d")
WIDTH_PARAM = {"Conv2d": "out_channels", "Conv1d": "out_channels", "Linear": "out_features"}
INPUT_PARAM = {"Conv2d": "in_channels", "Conv1d": "in_channels", "Linear": "in_features"}


def prunable_weights(net: nn.Module) -> list[tuple[nn.Module, str]]:
    """Every Conv/Linear weight, and the input and hidden weight matrices of recurrent
    layers (LSTM, GRU, RNN: in a recurrent network they hold most of the parameters)."""
    found: list[tuple[nn.Module, str]] = []
    for m in net.modules():
        if isinstance(m, nn.Conv1d | nn.Conv2d | nn.ConvTranspose2d | nn.Linear):
            found.append((m, "weight"))
        elif isinstance(m, nn.RNNBase):
            found += [(m, name) for name in m._flat_weights_names if name.startswith("weight")]
    return found


def prune_unstructured(net: nn.Module, sparsity: float, keep_masks: bool = False) -> nn.Module:
    """Zero the ``sparsity`` share of all prunable weights with the smallest magnitude
    (one global threshold). ``keep_masks``: leave torch's masks on (for fine-tuning; call
    ``finish_unstructured`` afterwards)."""
    import torch.nn.utils.prune as tprune

    params = prunable_weights(net)
    if not params:
        raise ValueError(msg.NETWORK_CONV_LINEAR_WEIGHTS())
    tprune.global_unstructured(params, pruning_method=tprune.L1Unstructured,
                               amount=float(sparsity))
    if not keep_masks:
        finish_unstructured(net)
    return net


def finish_unstructured(net: nn.Module) -> nn.Module:
    """Make the pruning permanent: plain weights with zeros, no masks or hooks."""
    import torch.nn.utils.prune as tprune

    for module, name in prunable_weights(net):
        if tprune.is_pruned(module) and hasattr(module, f"{name}_mask"):
            tprune.remove(module, name)
    return net


def weight_sparsity(net: nn.Module) -> float:
    """Share of zeros among the prunable weights."""
    total = zeros = 0
    for module, name in prunable_weights(net):
        w = getattr(module, name)
        total += w.numel()
        zeros += int((w == 0).sum())
    return zeros / total if total else 0.0


def count_params(state: dict[str, Any]) -> tuple[int, int]:
    """(parameters, non-zero parameters) of a state_dict (buffers such as running statistics
    are not parameters and are skipped)."""
    total = nonzero = 0
    for key, t in state.items():
        if not isinstance(t, torch.Tensor) or not t.is_floating_point():
            continue
        if key.rsplit(".", 1)[-1] in ("running_mean", "running_var"):
            continue
        total += t.numel()
        nonzero += int((t != 0).sum())
    return total, nonzero


# ---- structured ------------------------------------------------------------------------

@dataclass(frozen=True)
class Chain:
    """A prunable layer, the channel-wise layers after it and the layer that reads it."""

    producer: str
    through: tuple[str, ...]
    consumer: str
    flatten: str | None  # a Flatten between them: the consumer reads channels x positions
    channels: int


def prunable_chains(project: Any, analysis: Any = None) -> list[Chain]:
    """Every layer whose output channels can be removed (see the module docstring)."""
    from netstudio.core.analysis import analyze

    analysis = analysis or analyze(project)
    graph = project.graph
    chains: list[Chain] = []
    for node_id in analysis.order:
        node = graph.node(node_id)
        info = analysis.nodes[node_id]
        if node.type not in PRODUCERS or info.shape is None:
            continue
        if node.type != "Linear" and int(info.resolved.get("groups", 1)) != 1:
            continue
        if node.type == "Linear" and len(info.shape) != 1:
            continue
        chain = _follow(graph, analysis, node_id)
        if chain is not None:
            chains.append(chain)
    return chains


def _follow(graph: Any, analysis: Any, start: str) -> Chain | None:
    through: list[str] = []
    flatten = None
    cur = start
    while True:
        outs = graph.outputs_of(cur)
        if len(outs) != 1:
            return None  # the output itself, or read by several layers
        nxt = outs[0].dst
        if len(graph.inputs_of(nxt)) != 1:
            return None
        kind = graph.node(nxt).type
        if kind in CHANNEL_WISE and flatten is None:
            through.append(nxt)
        elif kind == "Flatten" and flatten is None:
            in_shape = analysis.nodes[cur].shape
            out_shape = analysis.nodes[nxt].shape
            if not in_shape or not out_shape or len(out_shape) != 1:
                return None
            flatten = nxt
        elif kind in ("Conv2d", "Conv1d") and flatten is None:
            if int(analysis.nodes[nxt].resolved.get("groups", 1)) != 1:
                return None
            return Chain(start, tuple(through), nxt, None, analysis.nodes[start].shape[0])
        elif kind == "Linear":
            shape = analysis.nodes[cur].shape
            if flatten is None and (shape is None or len(shape) != 1):
                return None
            return Chain(start, tuple(through), nxt, flatten, analysis.nodes[start].shape[0])
        else:
            return None
        cur = nxt


def prune_channels(project: Any, state: dict[str, Any], sparsity: float
                   ) -> tuple[Any, dict[str, Any], dict[str, tuple[int, int]]]:
    """Remove ``sparsity`` of the output channels of every prunable layer.

    Returns the smaller project (a copy), its state_dict, and per pruned layer (channels
    before, after). Raises ValueError when nothing in the network can be pruned this way.
    """
    from netstudio.core.analysis import analyze
    from netstudio.core.graph.blocks import flat_project, has_blocks

    if not 0 < sparsity < 1:
        raise ValueError(msg.SHARE_CHANNELS_REMOVE_BETWEEN())
    if has_blocks(project):  # each instance is pruned on its own: its layers get their own sizes
        project = flat_project(project)
    analysis = analyze(project)
    chains = prunable_chains(project, analysis)
    if not chains:
        raise ValueError(msg.LAYER_NETWORK_LOSE_CHANNELS())
    new_state = {k: v.clone() for k, v in state.items()}
    new_project = type(project).from_dict(project.to_dict())
    new_project.path = project.path
    changes: dict[str, tuple[int, int]] = {}
    for chain in chains:
        keep = _keep(new_state[f"layers.{chain.producer}.weight"], sparsity)
        _slice_out(new_state, chain.producer, keep)
        for node_id in chain.through:
            if project.graph.node(node_id).type in BATCH_NORMS:
                _slice_batch_norm(new_state, node_id, keep)
                _set_param(new_project, node_id, "num_features", len(keep), only_if_set=True)
        if chain.flatten is not None:
            positions = _positions(analysis, chain)
            _slice_in_flat(new_state, chain.consumer, keep, chain.channels, positions)
            _set_param(new_project, chain.consumer, "in_features", len(keep) * positions,
                       only_if_set=True)
        else:
            _slice_in(new_state, chain.consumer, keep)
            kind = project.graph.node(chain.consumer).type
            _set_param(new_project, chain.consumer, INPUT_PARAM[kind], len(keep),
                       only_if_set=True)
        kind = project.graph.node(chain.producer).type
        _set_param(new_project, chain.producer, WIDTH_PARAM[kind], len(keep))
        changes[chain.producer] = (chain.channels, len(keep))
    return new_project, new_state, changes


def _keep(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    n = weight.shape[0]
    k = max(1, int(round(n * (1.0 - sparsity))))
    importance = weight.detach().abs().reshape(n, -1).sum(dim=1)
    return importance.topk(k).indices.sort().values


def _positions(analysis: Any, chain: Chain) -> int:
    last = chain.through[-1] if chain.through else chain.producer
    shape = analysis.nodes[last].shape
    n = 1
    for s in shape[1:]:
        n *= int(s)
    return n


def _slice_out(state: dict[str, Any], node_id: str, keep: torch.Tensor) -> None:
    for name in ("weight", "bias"):
        key = f"layers.{node_id}.{name}"
        if key in state:
            state[key] = state[key].index_select(0, keep).clone()


def _slice_batch_norm(state: dict[str, Any], node_id: str, keep: torch.Tensor) -> None:
    for name in ("weight", "bias", "running_mean", "running_var"):
        key = f"layers.{node_id}.{name}"
        if key in state:
            state[key] = state[key].index_select(0, keep).clone()


def _slice_in(state: dict[str, Any], node_id: str, keep: torch.Tensor) -> None:
    key = f"layers.{node_id}.weight"
    state[key] = state[key].index_select(1, keep).clone()


def _slice_in_flat(state: dict[str, Any], node_id: str, keep: torch.Tensor, channels: int,
                   positions: int) -> None:
    key = f"layers.{node_id}.weight"
    w = state[key]
    blocks = w.reshape(w.shape[0], channels, positions).index_select(1, keep)
    state[key] = blocks.reshape(w.shape[0], -1).clone()


def _set_param(project: Any, node_id: str, name: str, value: int,
               only_if_set: bool = False) -> None:
    node = project.graph.node(node_id)
    if only_if_set and name not in node.params:
        return  # inferred from the input: the analysis works it out again
    params = dict(node.params)
    params[name] = int(value)
    project.graph.set_params(node_id, params)
