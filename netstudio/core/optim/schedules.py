"""Every ``torch.optim.lr_scheduler`` schedule that needs no code from the user, plus warm-up
then cosine (LinearLR and CosineAnnealingLR in a SequentialLR).

``training.schedule`` is {"type": NAME, ...arguments}; every argument is optional. Lengths are
in epochs unless they say batches; a schedule stepped per batch spreads itself over the run.
Not offered: LambdaLR and MultiplicativeLR (they take a Python function), ChainedScheduler
(combine schedules in code; warmup_cosine is the common case).
"""

from __future__ import annotations

from typing import Any

from netstudio.core.optim.registry import (
    Call,
    Option,
    RunContext,
    ScheduleSpec,
    register_schedule,
)
from netstudio.core.text import QT_TRANSLATE_NOOP

BASE_ABOVE_MAX = QT_TRANSLATE_NOOP("Settings", "must not exceed max_lr")

S = "lr_scheduler."


def _or(v: Any, default: Any) -> Any:
    return default if v is None else v


def _declare(name: str, title: str, description: str, params: list[Option], make: Any,
             **kw: Any) -> None:
    register_schedule(ScheduleSpec(name, title, description, tuple(params), make, **kw))


_GAMMA = Option("gamma", "float", 0.7,
                QT_TRANSLATE_NOOP("Optimizers", "Multiply the learning rate by this."), min=0,
                min_open=True, torch_default=False)
_ETA_MIN = Option("eta_min", "float", 0.0,
                  QT_TRANSLATE_NOOP("Optimizers", "The lowest learning rate."), min=0)

_declare("step", QT_TRANSLATE_NOOP("Optimizers", "Step decay (StepLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "lr x gamma every step_size epochs."),
         [Option("step_size", "int", 1,
                 QT_TRANSLATE_NOOP("Optimizers", "Epochs between two decays."), min=1,
                 torch_default=False), _GAMMA],
         lambda v, c: Call(S + "StepLR", {"step_size": v["step_size"], "gamma": v["gamma"]}))
_declare("multistep", QT_TRANSLATE_NOOP("Optimizers", "Decay at milestones (MultiStepLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "lr x gamma at each milestone epoch."),
         [Option("milestones", "ints", [2, 3],
                 QT_TRANSLATE_NOOP("Optimizers", "Epochs after which the rate decays."), min=1,
                 torch_default=False),
          Option("gamma", "float", 0.1,
                 QT_TRANSLATE_NOOP("Optimizers", "Multiply the learning rate by this."), min=0,
                 min_open=True)],
         lambda v, c: Call(S + "MultiStepLR", {"milestones": list(v["milestones"]),
                                               "gamma": v["gamma"]}))
_declare("exponential", QT_TRANSLATE_NOOP("Optimizers", "Exponential decay (ExponentialLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "lr x gamma after every epoch."),
         [Option("gamma", "float", 0.9,
                 QT_TRANSLATE_NOOP("Optimizers", "Multiply the learning rate by this."), min=0,
                 min_open=True, torch_default=False)],
         lambda v, c: Call(S + "ExponentialLR", {"gamma": v["gamma"]}))
_declare("cosine", QT_TRANSLATE_NOOP("Optimizers", "Cosine decay (CosineAnnealingLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "Cosine from lr down to eta_min over the run (per "
                                         "epoch)."),
         [_ETA_MIN],
         lambda v, c: Call(S + "CosineAnnealingLR", {"T_max": c.epochs,
                                                     "eta_min": v["eta_min"]}))
_declare("cosine_restarts",
         QT_TRANSLATE_NOOP("Optimizers", "Cosine with restarts (CosineAnnealingWarmRestarts)"),
         QT_TRANSLATE_NOOP("Optimizers", "Cosine from lr to eta_min, then back to lr: cycles of "
                                         "T_0 epochs, each T_mult times longer than the last (per "
                                         "batch)."),
         [Option("T_0", "int", 1,
                 QT_TRANSLATE_NOOP("Optimizers", "Epochs in the first cycle."),
                 min=1, torch_default=False),
          Option("T_mult", "int", 1,
                 QT_TRANSLATE_NOOP("Optimizers", "Each cycle is this many times longer."), min=1),
          _ETA_MIN],
         lambda v, c: Call(S + "CosineAnnealingWarmRestarts", {
             "T_0": v["T_0"] * c.steps_per_epoch, "T_mult": v["T_mult"],
             "eta_min": v["eta_min"]}),
         per_batch=True)
_declare("linear", QT_TRANSLATE_NOOP("Optimizers", "Linear ramp (LinearLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "From lr x start_factor to lr x end_factor over "
                                         "total_iters epochs."),
         [Option("start_factor", "float", 1 / 3,
                 QT_TRANSLATE_NOOP("Optimizers", "Factor at the start."), min=0, max=1,
                 min_open=True),
          Option("end_factor", "float", 1.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Factor at the end."), min=0, max=1),
          Option("total_iters", "int", 5,
                 QT_TRANSLATE_NOOP("Optimizers", "Epochs the ramp lasts."), min=1)],
         lambda v, c: Call(S + "LinearLR", dict(v)))
_declare("constant_factor", QT_TRANSLATE_NOOP("Optimizers", "Reduced start (ConstantLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "lr x factor for the first total_iters epochs, then lr."),
         [Option("factor", "float", 1 / 3,
                 QT_TRANSLATE_NOOP("Optimizers", "Factor at the start."), min=0, max=1),
          Option("total_iters", "int", 5,
                 QT_TRANSLATE_NOOP("Optimizers", "Epochs at the reduced rate."), min=1)],
         lambda v, c: Call(S + "ConstantLR", dict(v)))
_declare("polynomial", QT_TRANSLATE_NOOP("Optimizers", "Polynomial decay (PolynomialLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "lr x (1 - epoch / total_iters) ^ power, down to 0 at "
                                         "total_iters."),
         [Option("total_iters", "int", None,
                 QT_TRANSLATE_NOOP("Optimizers", "Epochs until the rate reaches 0 (default: the "
                                                 "whole run)."), min=1, optional=True),
          Option("power", "float", 1.0,
                 QT_TRANSLATE_NOOP("Optimizers", "1 is a straight line."), min=0)],
         lambda v, c: Call(S + "PolynomialLR", {"total_iters": _or(v["total_iters"], c.epochs),
                                                "power": v["power"]}))
def _rise(pct: float, c: RunContext) -> float:
    """OneCycleLR divides by (pct_start x total steps - 1): a rise of exactly one batch (a
    run of a few batches) would divide by zero, so it gets half a batch more."""
    total = c.epochs * c.steps_per_epoch  # a number when building, Code when exporting
    if isinstance(total, int) and total > 1 and abs(pct * total - 1) < 1e-9:
        return min(0.99, 1.5 / total)
    return pct


_declare("onecycle", QT_TRANSLATE_NOOP("Optimizers", "One cycle (OneCycleLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "Up from max_lr / div_factor to max_lr over the first "
                                         "pct_start of the run, then down to almost 0 (per "
                                         "batch). Fast convergence: netstudio's fast recipe."),
         [Option("max_lr", "float", None,
                 QT_TRANSLATE_NOOP("Optimizers", "The peak learning rate (default: training.lr)."),
                 min=0, min_open=True, optional=True),
          Option("pct_start", "float", 0.3,
                 QT_TRANSLATE_NOOP("Optimizers", "Share of the run spent rising."), min=0, max=1,
                 min_open=True, max_open=True),
          Option("anneal_strategy", "choice", "cos",
                 QT_TRANSLATE_NOOP("Optimizers", "Shape of the curve."),
                 choices=("cos", "linear")),
          Option("div_factor", "float", 25.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Start at max_lr / div_factor."), min=0,
                 min_open=True),
          Option("final_div_factor", "float", 1e4,
                 QT_TRANSLATE_NOOP("Optimizers", "End at the start rate / final_div_factor."),
                 min=0, min_open=True),
          Option("three_phase", "bool", False,
                  QT_TRANSLATE_NOOP("Optimizers", "Come down symmetrically before the final "
                                                  "decay.")),
          Option("cycle_momentum", "bool", True,
                 QT_TRANSLATE_NOOP("Optimizers", "Cycle the momentum (or Adam's beta1) against "
                                                 "the rate (only optimizers that have one)."))],
         lambda v, c: Call(S + "OneCycleLR", {
             "max_lr": _or(v["max_lr"], c.lr), "epochs": c.epochs,
             "steps_per_epoch": c.steps_per_epoch, "pct_start": _rise(v["pct_start"], c),
             "anneal_strategy": v["anneal_strategy"], "div_factor": v["div_factor"],
             "final_div_factor": v["final_div_factor"], "three_phase": v["three_phase"],
             "cycle_momentum": v["cycle_momentum"] and c.has_momentum}),
         per_batch=True)
_declare("cyclic", QT_TRANSLATE_NOOP("Optimizers", "Cyclic (CyclicLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "Back and forth between base_lr and max_lr, step_size_up "
                                         "batches each way (per batch)."),
         [Option("base_lr", "float", None,
                 QT_TRANSLATE_NOOP("Optimizers", "The lowest rate (default: training.lr / 10)."),
                 min=0, optional=True),
          Option("max_lr", "float", None,
                 QT_TRANSLATE_NOOP("Optimizers", "The highest rate (default: training.lr)."), min=0,
                 min_open=True, optional=True),
          Option("step_size_up", "int", 2000,
                 QT_TRANSLATE_NOOP("Optimizers", "Batches going up."), min=1),
          Option("mode", "choice", "triangular",
                 QT_TRANSLATE_NOOP("Optimizers", "triangular2 halves the amplitude every cycle; "
                                                 "exp_range shrinks it by gamma every batch."),
                 choices=("triangular", "triangular2", "exp_range")),
          Option("gamma", "float", 1.0,
                 QT_TRANSLATE_NOOP("Optimizers", "For exp_range."), min=0, max=1, min_open=True),
          Option("cycle_momentum", "bool", True,
                 QT_TRANSLATE_NOOP("Optimizers", "Cycle the momentum (or Adam's beta1) against "
                                                 "the rate (only optimizers that have one)."))],
         lambda v, c: Call(S + "CyclicLR", {
             "base_lr": _or(v["base_lr"], c.lr / 10), "max_lr": _or(v["max_lr"], c.lr),
             "step_size_up": v["step_size_up"], "mode": v["mode"], "gamma": v["gamma"],
             "cycle_momentum": v["cycle_momentum"] and c.has_momentum}),
         per_batch=True,
         check=lambda v: [("base_lr", BASE_ABOVE_MAX())] if (
             v["base_lr"] is not None and v["max_lr"] is not None
             and v["base_lr"] > v["max_lr"]) else [])
_declare("plateau", QT_TRANSLATE_NOOP("Optimizers", "Reduce on plateau (ReduceLROnPlateau)"),
         QT_TRANSLATE_NOOP("Optimizers", "lr x factor when the validation loss has not improved "
                                         "for patience epochs."),
         [Option("factor", "float", 0.1,
                 QT_TRANSLATE_NOOP("Optimizers", "Multiply the learning rate by this."),
                 min=0, max=1,
                 min_open=True, max_open=True),
          Option("patience", "int", 2,
                 QT_TRANSLATE_NOOP("Optimizers", "Epochs without improvement before reducing."),
                 min=0,
                 torch_default=False),
          Option("threshold", "float", 1e-4,
                 QT_TRANSLATE_NOOP("Optimizers", "Smallest change that counts as improvement."),
                 min=0),
          Option("cooldown", "int", 0,
                 QT_TRANSLATE_NOOP("Optimizers", "Epochs to wait after a reduction."), min=0),
          Option("min_lr", "float", 0.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Never below this."), min=0)],
         lambda v, c: Call(S + "ReduceLROnPlateau", dict(v)),
         monitors_loss=True)


def _warmup_cosine(v: dict[str, Any], c: RunContext) -> Call:
    warm = c.named("warmup_steps", c.steps(v["warmup"]))
    return Call(S + "SequentialLR", {
        "schedulers": [
            Call(S + "LinearLR", {"start_factor": v["start_factor"], "end_factor": 1.0,
                                  "total_iters": warm}, var="warmup"),
            Call(S + "CosineAnnealingLR", {"T_max": c.rest(warm),
                                           "eta_min": v["eta_min"]}, var="decay")],
        "milestones": [warm]})


_declare("warmup_cosine", QT_TRANSLATE_NOOP("Optimizers", "Warm-up, then cosine (LinearLR + "
                                                          "CosineAnnealingLR)"),
         QT_TRANSLATE_NOOP("Optimizers", "A linear rise from lr x start_factor to lr over the "
                                         "first `warmup` share of the run, then cosine down to "
                                         "eta_min (per batch)."),
         [Option("warmup", "float", 0.1,
                 QT_TRANSLATE_NOOP("Optimizers", "Share of the run spent warming up."),
                 min=0, max=1,
                 min_open=True, max_open=True),
          Option("start_factor", "float", 0.01,
                 QT_TRANSLATE_NOOP("Optimizers", "Factor of lr at the start."), min=0, max=1,
                 min_open=True),
          _ETA_MIN],
         _warmup_cosine, per_batch=True)
