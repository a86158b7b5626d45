"""Every ``torch.optim`` optimizer that trains a netstudio network, with its arguments.

Defaults are torch's own. Arguments about how torch runs (foreach, fused, capturable,
differentiable) are left to torch. Not offered: SparseAdam (needs sparse gradients, which no
netstudio layer makes) and Muon (only for 2-d weight matrices; convolutions and biases need a
second optimizer).
"""

from __future__ import annotations

from netstudio.core.optim.registry import OptimizerSpec, Option, register_optimizer
from netstudio.core.text import QT_TRANSLATE_NOOP, Text

NESTEROV = QT_TRANSLATE_NOOP("Settings", "Nesterov momentum needs momentum > 0 (e.g. 0.9) and "
                             "dampening 0")
ETAS = QT_TRANSLATE_NOOP("Settings", "needs 0 < etaminus < 1 < etaplus, e.g. [0.5, 1.2]")
STEP_SIZES = QT_TRANSLATE_NOOP("Settings", "the smallest step must not exceed the largest")


def _decay(default: float = 0.0) -> Option:
    return Option("weight_decay", "float", default,
                  QT_TRANSLATE_NOOP("Optimizers", "L2 penalty on the weights "
                                                  "(training.weight_decay sets it too)."), min=0)


def _betas(default: tuple[float, float] = (0.9, 0.999)) -> Option:
    return Option("betas", "float_pair", list(default),
                  QT_TRANSLATE_NOOP("Optimizers", "Decay rates of the running averages of the "
                                                  "gradient and its square."),
                  min=0, max=1, max_open=True)


def _eps(default: float = 1e-8) -> Option:
    return Option("eps", "float", default,
                  QT_TRANSLATE_NOOP("Optimizers", "Added to the denominator for numerical "
                                                  "stability."),
                  min=0)


_MAXIMIZE = Option("maximize", "bool", False,
                   QT_TRANSLATE_NOOP("Optimizers", "Maximize the objective instead of minimizing "
                                                   "it."))
_AMSGRAD = Option("amsgrad", "bool", False,
                  QT_TRANSLATE_NOOP("Optimizers", "Use the AMSGrad variant (the maximum of past "
                                                  "squared gradients)."))
_DECOUPLED = Option("decoupled_weight_decay", "bool", False,
                    QT_TRANSLATE_NOOP("Optimizers", "Apply weight decay to the weights directly "
                                                    "(AdamW style)."))


def _sgd_check(v: dict) -> list[tuple[str, Text]]:
    if v["nesterov"] and (v["momentum"] <= 0 or v["dampening"] != 0):
        return [("nesterov", NESTEROV())]
    return []


def _rprop_check(v: dict) -> list[tuple[str, Text]]:
    out = []
    lo, hi = v["etas"]
    if not 0 < lo < 1 < hi:
        out.append(("etas", ETAS()))
    if v["step_sizes"][0] > v["step_sizes"][1]:
        out.append(("step_sizes", STEP_SIZES()))
    return out


def _declare(name: str, description: str, params: list[Option], default_lr: float,
             tip: str = "", **kw: object) -> None:
    register_optimizer(OptimizerSpec(name, description, tuple(params), default_lr, tip=tip,
                                     **kw))  # type: ignore[arg-type]


_declare("SGD", QT_TRANSLATE_NOOP("Optimizers", "Stochastic gradient descent, optionally with "
                                                "(Nesterov) momentum."),
         [Option("momentum", "float", 0.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Keep this share of the previous step's "
                                                 "direction."),
                 min=0),
          Option("dampening", "float", 0.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Dampening of the momentum."), min=0, max=1),
          _decay(),
          Option("nesterov", "bool", False,
                 QT_TRANSLATE_NOOP("Optimizers", "Nesterov momentum (needs momentum > 0).")),
          _MAXIMIZE],
         0.001, QT_TRANSLATE_NOOP("Optimizers", "the classic; with momentum 0.9 and a schedule it "
                                                "generalizes well"),
         check=_sgd_check)
_declare("Adam", QT_TRANSLATE_NOOP("Optimizers", "Adaptive moment estimation: per-weight step "
                                                 "sizes from running averages of the gradient and "
                                                 "its square."),
         [_betas(), _eps(), _decay(), _AMSGRAD, _DECOUPLED, _MAXIMIZE], 0.001,
         QT_TRANSLATE_NOOP("Optimizers", "a robust default; lr 0.001 works for most networks"))
_declare("AdamW", QT_TRANSLATE_NOOP("Optimizers", "Adam with decoupled weight decay."),
         [_betas(), _eps(), _decay(0.01), _AMSGRAD, _MAXIMIZE], 0.001,
         QT_TRANSLATE_NOOP("Optimizers", "Adam whose weight decay works as intended; the usual "
                                         "choice with weight decay"))
_declare("Adadelta", QT_TRANSLATE_NOOP("Optimizers", "Adadelta: step sizes from running averages "
                                                     "of squared gradients and updates; lr 1.0 is "
                                                     "its natural scale."),
         [Option("rho", "float", 0.9,
                 QT_TRANSLATE_NOOP("Optimizers", "Decay rate of the running averages."),
                 min=0, max=1),
          _eps(1e-6), _decay(), _MAXIMIZE], 1.0,
         QT_TRANSLATE_NOOP("Optimizers", "the PyTorch MNIST example's optimizer (lr 1.0 with a "
                                         "StepLR schedule)"))
_declare("Adafactor", QT_TRANSLATE_NOOP("Optimizers", "Adafactor: Adam-like with factored second "
                                                      "moments (little memory)."),
         [Option("beta2_decay", "float", -0.8,
                 QT_TRANSLATE_NOOP("Optimizers", "Decay exponent of the second-moment average."),
                 max=0),
          Option("d", "float", 1.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Clipping threshold of the update."),
                 min=0, min_open=True),
          _decay(), _MAXIMIZE], 0.01,
         QT_TRANSLATE_NOOP("Optimizers", "for large networks where Adam's memory matters"))
_declare("Adagrad", QT_TRANSLATE_NOOP("Optimizers", "Adagrad: per-weight step sizes shrinking "
                                                    "with the sum of squared gradients."),
         [Option("lr_decay", "float", 0.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Learning-rate decay per step."), min=0),
          _decay(),
          Option("initial_accumulator_value", "float", 0.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Starting value of the sums."),
                 min=0),
          _eps(1e-10), _MAXIMIZE], 0.01,
         QT_TRANSLATE_NOOP("Optimizers", "sparse features; its steps only shrink"))
_declare("Adamax", QT_TRANSLATE_NOOP("Optimizers", "Adamax: Adam with the infinity norm."),
         [_betas(), _eps(), _decay(), _MAXIMIZE], 0.002)
_declare("NAdam", QT_TRANSLATE_NOOP("Optimizers", "Adam with Nesterov momentum."),
         [_betas(), _eps(), _decay(),
          Option("momentum_decay", "float", 0.004,
                 QT_TRANSLATE_NOOP("Optimizers", "Momentum decay."), min=0), _DECOUPLED,
          _MAXIMIZE], 0.002)
_declare("RAdam", QT_TRANSLATE_NOOP("Optimizers", "Rectified Adam: a warm-up of the adaptive step "
                                                  "built in."),
         [_betas(), _eps(), _decay(), _DECOUPLED, _MAXIMIZE], 0.001,
         QT_TRANSLATE_NOOP("Optimizers", "Adam that needs no learning-rate warm-up"))
_declare("RMSprop", QT_TRANSLATE_NOOP("Optimizers", "RMSprop: step sizes from a running average "
                                                    "of squared gradients."),
         [Option("alpha", "float", 0.99,
                 QT_TRANSLATE_NOOP("Optimizers", "Smoothing constant."), min=0, max=1),
          _eps(), _decay(),
          Option("momentum", "float", 0.0,
                 QT_TRANSLATE_NOOP("Optimizers", "Momentum factor."), min=0),
          Option("centered", "bool", False,
                 QT_TRANSLATE_NOOP("Optimizers", "Normalize by the gradient's variance.")),
          _MAXIMIZE], 0.01)
_declare("Rprop", QT_TRANSLATE_NOOP("Optimizers", "Resilient backpropagation: step sizes from the "
                                                  "signs of the gradients (meant for full "
                                                  "batches)."),
         [Option("etas", "float_pair", [0.5, 1.2],
                 QT_TRANSLATE_NOOP("Optimizers", "Factors that shrink and grow the step (etaminus "
                                                 "< 1 < etaplus)."), min=0, min_open=True),
          Option("step_sizes", "float_pair", [1e-6, 50.0],
                 QT_TRANSLATE_NOOP("Optimizers", "Smallest and largest step."),
                 min=0),
          _MAXIMIZE], 0.01, check=_rprop_check)
_declare("ASGD", QT_TRANSLATE_NOOP("Optimizers", "Averaged stochastic gradient descent."),
         [Option("lambd", "float", 1e-4, QT_TRANSLATE_NOOP("Optimizers", "Decay term."), min=0),
          Option("alpha", "float", 0.75,
                 QT_TRANSLATE_NOOP("Optimizers", "Power for the lr update."), min=0),
          Option("t0", "float", 1e6,
                 QT_TRANSLATE_NOOP("Optimizers", "Step at which averaging starts."), min=0),
          _decay(), _MAXIMIZE], 0.01)
_declare("LBFGS", QT_TRANSLATE_NOOP("Optimizers", "L-BFGS: a quasi-Newton method; each step "
                                                  "evaluates the batch several times (meant for "
                                                  "full batches and small networks)."),
         [Option("max_iter", "int", 20,
                 QT_TRANSLATE_NOOP("Optimizers", "Iterations per step."), min=1),
          Option("max_eval", "int", None,
                 QT_TRANSLATE_NOOP("Optimizers", "Function evaluations per step (default max_iter "
                                                 "x 1.25)."), min=1, optional=True),
          Option("tolerance_grad", "float", 1e-7,
                 QT_TRANSLATE_NOOP("Optimizers", "Stop when the gradient is this small."),
                 min=0),
          Option("tolerance_change", "float", 1e-9,
                 QT_TRANSLATE_NOOP("Optimizers", "Stop when the loss changes less."),
                 min=0),
          Option("history_size", "int", 100,
                 QT_TRANSLATE_NOOP("Optimizers", "Updates kept to estimate the curvature."),
                 min=1),
          Option("line_search_fn", "choice", None,
                 QT_TRANSLATE_NOOP("Optimizers", "A line search instead of fixed steps."),
                 choices=("strong_wolfe",), optional=True)],
         1.0, QT_TRANSLATE_NOOP("Optimizers", "large batches of a small network"),
         needs_closure=True)
