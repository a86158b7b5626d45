"""The doctor's rules: each reads the run's own signals (RunSignals) and returns findings.

Rules are pure functions, cheap enough to run after every epoch. Thresholds are set from real
runs (tests/core/test_doctor.py trains a network that shows each problem and a healthy one
that must not trigger it) and kept here, named, in one place.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable

from netstudio.core.explain.doctor.findings import Finding, Fix, fmt, percent
from netstudio.core.explain.doctor.signals import RunSignals
from netstudio.core.optim.advice import higher_lr, lower_lr

SPIKE = 3.0  # lr-too-high: the loss rose this many times above where it started
LOW_UPDATE = 1e-4  # lr-too-low: largest per-step update / weight size below this
FLAT = 0.10  # lr-too-low: the loss fell by less than this share
OVERFIT_RISE = 0.10  # overfitting: validation loss this much above its best ...
OVERFIT_GAP = 0.5  # ... and the training loss below this share of it
UNDERFIT_ACCURACY = 0.90  # underfitting: training accuracy below this ...
UNDERFIT_PLATEAU = 0.05  # ... and the epoch's loss improved by less than this share
DEAD = 0.5  # dead-relu: share of units that are 0 for every probe image
VANISH = 5e-4  # vanishing: relative gradient this many times below the liveliest layer's
EXPLODE = 10.0  # exploding: a layer's gradient norm grew this many times over its first
# sample (or is not finite) ...
LOSS_CLIMB = 1.5  # ... while the loss climbed to this many times its lowest before
SATURATED = 0.5  # saturated: share of sigmoid/tanh outputs at their limits
INPUT_STD = (0.5, 2.0)  # unnormalised: std of the input outside this range ...
INPUT_MEAN = 1.0  # ... or |mean| above this
IMBALANCE = 3.0  # class-imbalance: the largest class over the smallest

Rule = Callable[[RunSignals], list[Finding]]


# ---- helpers --------------------------------------------------------------------------------
def _losses(s: RunSignals) -> list[float]:
    return [loss for _, _, loss in s.batch_losses]


def _start_loss(s: RunSignals) -> float | None:
    """Where the loss started: over the first images (or, not recorded, the first report,
    which may average a blow-up in), and no more than ln(classes) for cross-entropy (an
    untrained classifier scores about that)."""
    losses = [x for x in _losses(s) if math.isfinite(x)]
    if s.first_loss is not None and math.isfinite(s.first_loss):
        losses.insert(0, s.first_loss)
    if not losses:
        return None
    start = losses[0]
    cfg = s.config
    if cfg is not None and cfg.loss == "CrossEntropyLoss" and s.class_names:
        start = min(start, math.log(max(2, len(s.class_names))))
    return start


def _lr(s: RunSignals) -> float:
    return float(getattr(s.config, "lr", 0.0) or 0.0)


def _lower_lr(s: RunSignals) -> Fix:
    """The rate the Trainer's divergence message names too (core/optim/advice.py)."""
    return Fix("set-lr", {"lr": lower_lr(_lr(s), _optimizer(s))})


def _raise_lr(s: RunSignals) -> Fix:
    return Fix("set-lr", {"lr": higher_lr(_lr(s), _optimizer(s))})


def _optimizer(s: RunSignals) -> str:
    return str(getattr(s.config, "optimizer", "") or "")


def _epoch_of_step(s: RunSignals, step: int) -> int:
    for st, ep, _ in s.batch_losses:
        if st >= step:
            return ep
    return s.batch_losses[-1][1] if s.batch_losses else 1


def _param_nodes(s: RunSignals) -> list[str]:
    seen = {x.node for smp in s.samples for x in smp.layers if x.weight_norm is not None}
    return [n for n in s.order if n in seen]


def _inputs_of(s: RunSignals, node: str) -> tuple[str, ...]:
    return next((src for n, src in s.plan if n == node), ())


def _consumers(s: RunSignals, node: str) -> list[str]:
    return [n for n, src in s.plan if node in src]


def _later_samples(s: RunSignals) -> list:
    """The samples after the very first step (the first one sees random weights)."""
    return s.samples[1:] if len(s.samples) > 1 else s.samples


# ---- the rules ------------------------------------------------------------------------------
def lr_too_high(s: RunSignals) -> list[Finding]:
    lr = _lr(s)
    if s.status == "diverged":
        step = s.final_step
        return [Finding("lr-too-high", "error",
                        {"epoch": _epoch_of_step(s, step), "step": step, "lr": lr},
                        epoch=_epoch_of_step(s, step), step=step, fixes=(_lower_lr(s),),
                        template="lr-diverged")]
    start = _start_loss(s)
    if start is None or start <= 0:
        return []
    # a report's mean hides a spike among the batches it averages (on a tiny subset one
    # report can be a whole epoch): the running loss's peaks are the evidence, where recorded
    peaks = s.loss_peaks or s.batch_losses
    for step, epoch, loss in peaks:
        if not math.isfinite(loss) or loss > SPIKE * start:
            peak = max(x for _, _, x in peaks if math.isfinite(x)) if math.isfinite(loss) \
                else loss
            return [Finding("lr-too-high", "error",
                            {"start": round(start, 3), "peak": round(peak, 3), "epoch": epoch,
                             "lr": lr}, epoch=epoch, step=step, fixes=(_lower_lr(s),))]
    return []


def lr_too_low(s: RunSignals) -> list[Finding]:
    losses = _losses(s)
    start = _start_loss(s)
    steps = s.final_step
    if start is None or not s.history or steps < 20:
        return []
    end = s.history[-1].train_loss
    if not math.isfinite(end) or (start - end) / start >= FLAT or end > start * (1 + FLAT):
        return []  # it learns, or the loss went up (that is not a small step size)
    ratios = []
    for smp in _later_samples(s):
        per = [x.update_ratio for x in smp.layers if x.update_ratio is not None
               and math.isfinite(x.update_ratio)]
        if per:
            ratios.append(max(per))
    if not ratios or statistics.median(ratios) >= LOW_UPDATE or not losses:
        return []
    ratio = statistics.median(ratios)
    return [Finding("lr-too-low", "warning",
                    {"steps": steps, "start": round(start, 3), "end": round(end, 3),
                     "ratio": fmt(ratio), "lr": _lr(s)},
                    epoch=s.history[-1].epoch, step=steps,
                    fixes=(_raise_lr(s),))]


def overfitting(s: RunSignals) -> list[Finding]:
    h = [e for e in s.history if e.val_loss is not None and math.isfinite(e.val_loss)]
    if len(h) < 3:
        return []
    best = min(h, key=lambda e: e.val_loss)
    last = h[-1]
    if (last.epoch - best.epoch < 2 or last.val_loss < best.val_loss * (1 + OVERFIT_RISE)
            or last.train_loss >= best.train_loss or last.train_loss > OVERFIT_GAP * last.val_loss):
        return []  # not rising, or the training loss is as high: erratic, not memorising
    fixes = []
    hidden = _widest_hidden_activation(s)
    if hidden is not None and "Dropout" not in s.node_types.values():
        fixes.append(Fix("add-dropout", {"after": hidden, "p": 0.3}))
    cfg = s.config
    if cfg is not None and cfg.early_stopping is None:
        fixes.append(Fix("early-stopping", {"patience": 3}))
    if not s.augmented:
        fixes.append(Fix("augment", {}))
    return [Finding("overfitting", "warning",
                    {"epoch": best.epoch + 1, "best": round(best.val_loss, 3),
                     "last": round(last.val_loss, 3)}, epoch=best.epoch + 1,
                    fixes=tuple(fixes))]


def _widest_hidden_activation(s: RunSignals) -> str | None:
    """Where Dropout helps most: after the activation that follows the widest hidden layer
    (by parameter count; not the output layer)."""
    candidates = [n for n in s.order if s.node_types.get(n) in ACTIVATIONS
                  and n != s.output_id]
    if not candidates:
        hidden = [n for n in _param_nodes(s) if n != s.output_id]
        return hidden[-1] if hidden else None
    return candidates[-1]


ACTIVATIONS = ("ReLU", "LeakyReLU", "ELU", "GELU", "SiLU", "Sigmoid", "Tanh")


def underfitting(s: RunSignals) -> list[Finding]:
    h = s.history
    if len(h) < 3 or h[-1].train_accuracy is None:
        return []
    last = h[-1]
    if last.train_accuracy >= UNDERFIT_ACCURACY or not math.isfinite(last.train_loss):
        return []
    for before, after in ((h[-3], h[-2]), (h[-2], h[-1])):  # two flat epochs in a row
        if (before.train_loss - after.train_loss) / max(before.train_loss, 1e-12) \
                >= UNDERFIT_PLATEAU:
            return []
    if last.val_accuracy is not None and last.val_accuracy > last.train_accuracy + 0.05:
        return []
    fixes = []
    narrow = _narrowest_hidden_linear(s)
    if narrow is not None:
        node, width = narrow
        fixes.append(Fix("widen-layer", {"node": node, "out_features": max(64, width * 4)}))
    return [Finding("underfitting", "warning",
                    {"epochs": last.epoch, "accuracy": percent(last.train_accuracy)},
                    epoch=last.epoch, node=narrow[0] if narrow else None, fixes=tuple(fixes))]


def _narrowest_hidden_linear(s: RunSignals) -> tuple[str, int] | None:
    widths = s.widths
    hidden = [(n, widths[n]) for n in s.order if s.node_types.get(n) == "Linear"
              and n != s.output_id and n in widths]
    return min(hidden, key=lambda t: t[1]) if hidden else None


def dead_relu(s: RunSignals) -> list[Finding]:
    if not s.samples:
        return []
    last = s.samples[-1]
    out = []
    for layer in last.layers:
        if layer.dead_share is not None and layer.dead_share > DEAD:
            fixes = [Fix("switch-activation", {"nodes": [layer.node], "to": "LeakyReLU"})]
            out.append(Finding("dead-relu", "warning",
                               {"node": layer.node, "share": percent(layer.dead_share)},
                               node=layer.node, epoch=last.epoch, step=last.step,
                               fixes=tuple(fixes)))
    return out


def vanishing_gradients(s: RunSignals) -> list[Finding]:
    nodes = _param_nodes(s)
    if len(nodes) < 3:
        return []
    rel: dict[str, list[float]] = {n: [] for n in nodes}
    for smp in _later_samples(s):
        # no gradient at all is not a vanishing one (dead units pass none: dead-relu names
        # them), and would make the ratio infinite
        r = {x.node: x.grad_norm / x.weight_norm for x in smp.layers
             if x.grad_norm and x.weight_norm and math.isfinite(x.grad_norm)
             and math.isfinite(x.weight_norm)}
        top = max(r.values(), default=0.0)
        if top <= 0:
            continue
        for n, v in r.items():
            rel[n].append(v / top)
    med = {n: statistics.median(v) for n, v in rel.items() if v}
    weak = [n for n in nodes if n in med and med[n] < VANISH]
    if not weak:
        return []
    first = weak[0]
    top_node = max(med, key=lambda n: med[n])
    saturating = [n for n in s.order if s.node_types.get(n) in ("Sigmoid", "Tanh")
                  and n != s.output_id]
    if saturating:
        fix = Fix("switch-activation", {"nodes": saturating, "to": "ReLU"})
    else:
        fix = Fix("add-batchnorm", {"after": first})
    last = s.samples[-1]
    return [Finding("vanishing-gradients", "warning",
                    {"node": first, "ratio": fmt(1 / med[first]), "top": top_node},
                    node=first, epoch=last.epoch, step=last.step, fixes=(fix,))]


def exploding_gradients(s: RunSignals) -> list[Finding]:
    first: dict[str, float] = {}
    worst: tuple[float, str, float, int, int] | None = None
    for smp in s.samples:
        for layer in smp.layers:
            g = layer.grad_norm
            if g is None:
                continue
            if not math.isfinite(g):
                growth = math.inf
            elif layer.node not in first:
                first[layer.node] = g
                continue
            else:
                growth = g / max(first[layer.node], 1e-12)
            if growth > EXPLODE and (worst is None or growth > worst[0]):
                worst = (growth, layer.node, g, smp.epoch, smp.step)
    if worst is None:
        return []
    growth, node, peak, epoch, step = worst
    # gradients also grow as a healthy network wakes up from its small initial weights;
    # exploding ones make the loss climb too
    before = [x for st, _, x in s.batch_losses if st < step and math.isfinite(x)]
    after = [x for st, _, x in s.batch_losses if st >= step]
    if before and after and all(math.isfinite(x) for x in after) \
            and max(after) < LOSS_CLIMB * min(before):
        return []
    return [Finding("exploding-gradients", "warning",
                    {"node": node, "growth": fmt(round(growth)) if math.isfinite(growth)
                     else "inf", "peak": fmt(peak)}, node=node, epoch=epoch, step=step,
                    fixes=(Fix("grad-clip", {"grad_clip": 1.0}),))]


def saturated_activation(s: RunSignals) -> list[Finding]:
    if not s.samples:
        return []
    last = s.samples[-1]
    out = []
    for layer in last.layers:
        share = layer.saturated_share
        if share is None or share <= SATURATED or layer.node == s.output_id:
            continue
        fixes = []
        source = _inputs_of(s, layer.node)
        if source and s.node_types.get(source[0]) not in (None, "Input"):
            fixes.append(Fix("add-batchnorm", {"after": source[0]}))
        fixes.append(Fix("switch-activation", {"nodes": [layer.node], "to": "ReLU"}))
        out.append(Finding("saturated-activation", "warning",
                           {"node": layer.node, "share": percent(share),
                            "kind": s.node_types.get(layer.node, "")},
                           node=layer.node, epoch=last.epoch, step=last.step,
                           fixes=tuple(fixes)))
    return out


def softmax_before_ce(s: RunSignals) -> list[Finding]:
    cfg = s.config
    if cfg is None or cfg.loss != "CrossEntropyLoss" or s.node_types.get(s.output_id) != "Softmax":
        return []
    k = max(2, len(s.class_names))
    floor = -math.log(math.e / (math.e + k - 1))  # softmax of probabilities at best
    losses = [x for x in _losses(s) if math.isfinite(x)]
    node = s.output_id
    return [Finding("softmax-before-ce", "warning",
                    {"node": node, "floor": round(floor, 2),
                     "loss": round(min(losses), 3) if losses else "?"},
                    node=node, fixes=(Fix("remove-node", {"node": node}),))]


def unnormalised_input(s: RunSignals) -> list[Finding]:
    cfg = s.config
    if cfg is None or cfg.task != "classification" or s.input_std is None:
        return []
    mean, std = s.input_mean or 0.0, s.input_std
    if INPUT_STD[0] <= std <= INPUT_STD[1] and abs(mean) <= INPUT_MEAN:
        return []
    fixes = () if s.normalize == "standardize" else (Fix("standardize", {}),)
    return [Finding("unnormalised-input", "info", {"mean": round(mean, 3), "std": round(std, 3)},
                    fixes=fixes)]


def class_imbalance(s: RunSignals) -> list[Finding]:
    counts = s.class_counts
    if len(counts) < 2 or sum(counts) == 0:
        return []
    present = [(c, i) for i, c in enumerate(counts)]
    rare_count, rare = min(present)
    common_count, common = max(present)
    if rare_count > 0 and common_count / rare_count < IMBALANCE:
        return []

    def name(i: int) -> str:
        return s.class_names[i] if i < len(s.class_names) else str(i)

    return [Finding("class-imbalance", "info",
                    {"rare": name(rare), "rare_count": rare_count, "common": name(common),
                     "common_count": common_count})]


RULES: tuple[Rule, ...] = (
    lr_too_high, lr_too_low, overfitting, underfitting, dead_relu, vanishing_gradients,
    exploding_gradients, saturated_activation, softmax_before_ce, unnormalised_input,
    class_imbalance,
)
CODES = ("lr-too-high", "lr-too-low", "overfitting", "underfitting", "dead-relu",
         "vanishing-gradients", "exploding-gradients", "saturated-activation",
         "softmax-before-ce", "unnormalised-input", "class-imbalance")
_ORDER = {"error": 0, "warning": 1, "info": 2}


# A finding that explains the run hides the symptoms it causes: a diverging run also looks
# flat, overfit and underfit; a network that cannot pass gradients also underfits.
HIDES = {
    "lr-too-high": {"lr-too-low", "overfitting", "underfitting"},
    "lr-too-low": {"underfitting"},
    "vanishing-gradients": {"underfitting"},
    "dead-relu": {"underfitting"},
    "saturated-activation": {"underfitting"},
    "softmax-before-ce": {"underfitting"},
}


def diagnose(signals: RunSignals, strict: bool = True) -> list[Finding]:
    """Every finding for the run so far, most serious first (then by epoch). Not ``strict``
    (inside a training run): a rule that fails on what was recorded is left out, and the
    others still speak."""
    found: list[Finding] = []
    for rule in RULES:
        if strict:
            found.extend(rule(signals))
            continue
        try:
            found.extend(rule(signals))
        except Exception:  # noqa: BLE001, S112 - advice never ends a training run
            continue
    hidden = set().union(*(HIDES.get(f.code, set()) for f in found))
    found = [f for f in found if f.code not in hidden]
    return sorted(found, key=lambda f: (_ORDER.get(f.severity, 3), f.epoch or 0))
