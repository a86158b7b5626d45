"""The training script at the bottom of an exported Python file.

It follows what netstudio's Trainer does with the same settings (netstudio.core.train: config,
optim, trainer): the optimizer and its defaults, the learning-rate schedule, L1 on weights,
gradient clipping, the targets for each loss, and the input scaling, so that weights trained in
netstudio and weights trained by the script mean the same thing. What it leaves out (a
validation split, early stopping, mixed precision) is said in the file.
"""

from __future__ import annotations

import json
import string
from typing import Any

from netstudio.core.analysis import Analysis
from netstudio.core.export import ExportError
from netstudio.core.export.codetext import literal, wrap_call
from netstudio.core.optim.registry import (
    CODE_CONTEXT,
    Call,
    Code,
    OptimizerSpec,
    RunContext,
    check_optimizer,
    check_schedule,
    get_optimizer,
    get_schedule,
)
from netstudio.core.project import Project
from netstudio.core.text import message_of

TORCHVISION_DATASETS = {"mnist": "MNIST", "fashion_mnist": "FashionMNIST", "kmnist": "KMNIST",
                        "cifar10": "CIFAR10"}


def training_script(project: Project, analysis: Analysis) -> str:
    from netstudio.core.data.preprocess import scaling_mode
    from netstudio.core.settings.training import ConfigError, parse_config, with_recipe

    try:
        cfg = parse_config(project.training)
    except ConfigError as e:
        raise ExportError(message_of(e)) from e
    training = with_recipe(project.training)
    reconstruction = cfg.task == "reconstruction"
    if reconstruction:
        target = "images.reshape(outputs.shape)  # an autoencoder reproduces its input"
    elif cfg.loss in ("CrossEntropyLoss", "NLLLoss"):
        target = "labels"
    else:  # MSE/BCE on class scores: compare with one-hot labels
        target = "F.one_hot(labels, outputs.shape[-1]).to(outputs.dtype)"
    dataset = str(project.data.get("dataset", "mnist"))
    normalize = scaling_mode(str(project.data.get("normalize", "auto")), cfg.task)
    input_shape = tuple(int(s) for s in analysis.nodes[analysis.inputs[0]].shape or ())
    optimizer, opt_spec = _optimizer(training)
    schedule, per_batch, per_epoch = _schedule(training, opt_spec)
    notes = _left_out(cfg)
    l1 = (f"loss = loss + {cfg.l1!r} * sum(p.abs().sum() for p in model.parameters() "
          "if p.dim() > 1)\n") if cfg.l1 > 0 else ""
    clip = (f"nn.utils.clip_grad_norm_(model.parameters(), {cfg.grad_clip!r})\n"
            if cfg.grad_clip is not None else "")
    step = "            optimizer.step()\n"
    if opt_spec.needs_closure:
        step = _CLOSURE_STEP.format(name=opt_spec.name,
                                    l1=("                again = again" + l1[11:]) if l1 else "",
                                    clip="                " + clip if clip else "")
    return _TRAINING.substitute(
        task=cfg.task,
        epochs=cfg.epochs,
        batch_size=cfg.batch_size,
        lr=repr(float(cfg.lr)),
        seed=cfg.seed,
        device=json.dumps(cfg.device),
        input_shape=repr(input_shape),
        data_block=_data_block(TORCHVISION_DATASETS.get(dataset, "MNIST"), normalize),
        loss=cfg.loss,
        optimizer=optimizer,
        schedule=schedule,
        target=target,
        l1=("            # L1 penalty on the weights (not the biases), as netstudio trains\n"
            "            " + l1) if l1 else "",
        clip="            " + clip if clip else "",
        step=step,
        per_batch=per_batch,
        per_epoch=per_epoch,
        evaluate=_EVAL_RECON if reconstruction else _EVAL_CLASSES,
        notes="".join(f"# {line}\n" for line in notes),
    )


def _optimizer(training: dict[str, Any]) -> tuple[str, OptimizerSpec]:
    """The optimizer line from the optimizer library: the arguments the file sets (torch's
    defaults are the library's), so the script trains as netstudio does."""
    resolved = check_optimizer(training)
    spec = get_optimizer(resolved.name)
    assert spec is not None  # parse_config accepted it
    call = render_call(spec.call(resolved.given, Code("args.lr")), "model.parameters()", [])
    return _statement(f"optimizer = {call}"), spec


def _schedule(training: dict[str, Any], optimizer: OptimizerSpec) -> tuple[str, str, str]:
    """(set-up lines, per-batch step, per-epoch step) for training.schedule."""
    resolved = check_schedule(training)
    spec = get_schedule(resolved.name)
    if spec is None:
        return "", "", ""
    before: list[str] = []
    ctx = RunContext(**CODE_CONTEXT, has_momentum=optimizer.has_momentum, lines=before)
    call = spec.make(resolved.values, ctx)
    kwargs = {k: v for k, v in call.kwargs.items() if not _torch_default(spec.option(k), v)}
    code = render_call(Call(call.path, kwargs), "optimizer", before)
    setup = "".join(_statement(line) for line in [*before, f"scheduler = {code}"])
    if spec.per_batch:
        return setup, "            scheduler.step()\n", ""
    if spec.monitors_loss:  # netstudio watches the validation loss; this script has a test set
        return setup, "", "        scheduler.step(train_loss)  # netstudio uses the validation loss\n"
    return setup, "", "        scheduler.step()\n"


def _torch_default(option: Any, value: Any) -> bool:
    """Whether ``value`` is torch's own default for this argument (the script may omit it)."""
    return (option is not None and option.torch_default and type(value) is type(option.default)
            and value == option.default)


def render_call(call: Call, first: str, before: list[str]) -> str:
    """``torch.optim.<path>(first, key=value, ...)``; a nested call becomes a variable set on a
    line of ``before`` (the schedulers inside a SequentialLR)."""
    def value(v: Any) -> str:
        if isinstance(v, Call):
            before.append(f"{v.var} = {render_call(v, first, before)}")
            return v.var
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        if isinstance(v, Code):
            return v.text
        return literal(v)

    args = [first, *(f"{k}={value(v)}" for k, v in call.kwargs.items())]
    return f"torch.optim.{call.path}({', '.join(args)})"


_CLOSURE_STEP = """\
            def closure() -> torch.Tensor:  # {name} evaluates the batch again
                optimizer.zero_grad()
                again = loss_fn(model(images), target_for(images, labels, outputs))
{l1}                again.backward()
{clip}                return again

            optimizer.step(closure)
"""


def _statement(code: str) -> str:
    """One statement at main()'s indentation, wrapped to 100 columns."""
    return "".join(f"    {line}\n" for line in wrap_call(code, indent=4))


def _left_out(cfg: Any) -> list[str]:
    notes = []
    if cfg.early_stopping:
        notes.append(f"netstudio also stops early ({json.dumps(cfg.early_stopping)}); "
                     "this script runs every epoch.")
    if cfg.amp is True:
        notes.append("netstudio trains with bfloat16 autocast (training.amp); this script "
                     "uses float32.")
    if cfg.compile:
        notes.append("netstudio compiles the network with torch.compile (training.compile); "
                     "this script runs it as it is.")
    return notes


def _data_block(tv_name: str, normalize: str) -> str:
    """Dataset loading that scales inputs the way netstudio's Trainer does, so weights trained
    in netstudio give the same predictions here."""
    load = [f"    train_set = datasets.{tv_name}(args.data, train=True, download=True,",
            "                                 transform=transform)",
            f"    test_set = datasets.{tv_name}(args.data, train=False, download=True,",
            "                                transform=transform)"]
    if normalize != "standardize":
        lines = ["    transform = transforms.ToTensor()  # pixels scaled to 0..1", *load]
    elif tv_name == "MNIST":
        from netstudio.core.data.bundled import MNIST_MEAN, MNIST_STD
        from netstudio.core.data.preprocess import Preprocessing

        scaling = Preprocessing("standardize", MNIST_MEAN, MNIST_STD)  # what the Trainer uses
        lines = ["    # pixels scaled to 0..1, then standardized as netstudio trains",
                 f"    mean, std = {scaling.mean}, {scaling.std}  # MNIST's own statistics",
                 "    transform = transforms.Compose([transforms.ToTensor(), "
                 "transforms.Normalize(mean, std)])", *load]
    else:
        lines = ["    transform = transforms.ToTensor()", *load,
                 "    # standardize each channel with the training images' statistics, "
                 "as netstudio trains",
                 "    pixels = torch.stack([train_set[i][0] for i in range(min(10000, "
                 "len(train_set)))])",
                 "    mean = pixels.mean(dim=(0, 2, 3)).tolist()",
                 "    std = pixels.std(dim=(0, 2, 3)).clamp_min(1e-3).tolist()",
                 "    train_set.transform = test_set.transform = transforms.Compose(",
                 "        [transforms.ToTensor(), transforms.Normalize(mean, std)])"]
    return "\n".join(lines) + "\n"


_TRAINING = string.Template('''

# ---- training settings from the netstudio project ($task) ----
EPOCHS = $epochs
BATCH_SIZE = $batch_size
LR = $lr
SEED = $seed
DEVICE = $device
INPUT_SHAPE = $input_shape
$notes

def target_for(images: torch.Tensor, labels: torch.Tensor, outputs: torch.Tensor) -> torch.Tensor:
    return $target


def main() -> None:
    from torchvision import datasets, transforms

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="data",
                        help="folder holding the dataset (downloaded there if missing)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--lr", type=float, default=LR)
    parser.add_argument("--device", default=DEVICE, help="auto, cpu or cuda")
    parser.add_argument("--weights", help="start from these weights (a .pt state_dict)")
    parser.add_argument("--save", help="save the trained weights to this .pt file")
    args = parser.parse_args()

    torch.manual_seed(SEED)
    if args.device == "auto":
        args.device = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(args.device)
$data_block    train_loader = DataLoader(train_set, batch_size=args.batch_size, shuffle=True)
    test_loader = DataLoader(test_set, batch_size=1000)

    model = build_model().to(device)
    if args.weights:
        model.load_state_dict(torch.load(args.weights, map_location=device, weights_only=True))
$optimizer$schedule    loss_fn = nn.$loss()

    for epoch in range(1, args.epochs + 1):
        model.train()
        loss_sum = 0.0
        for step, (images, labels) in enumerate(train_loader, 1):
            images = images.to(device).reshape(-1, *INPUT_SHAPE)
            labels = labels.to(device)
            outputs = model(images)
            loss = loss_fn(outputs, target_for(images, labels, outputs))
$l1            optimizer.zero_grad()
            loss.backward()
$clip$step$per_batch            loss_sum += loss.item()
            if step % 100 == 0:
                print(f"epoch {epoch} step {step}/{len(train_loader)} loss {loss.item():.4f}")
        train_loss = loss_sum / len(train_loader)
$per_epoch        evaluate(model, test_loader, loss_fn, device, epoch, train_loss)
    if args.save:
        torch.save(model.state_dict(), args.save)
        print(f"saved the trained weights to {args.save}")


@torch.no_grad()
def evaluate(model: nn.Module, loader: DataLoader, loss_fn: nn.Module, device: torch.device,
             epoch: int, train_loss: float) -> None:
    model.eval()
$evaluate

if __name__ == "__main__":
    main()
''')

_EVAL_CLASSES = '''\
    correct = total = 0
    loss_sum = 0.0
    for images, labels in loader:
        images = images.to(device).reshape(-1, *INPUT_SHAPE)
        labels = labels.to(device)
        outputs = model(images)
        loss_sum += loss_fn(outputs, target_for(images, labels, outputs)).item() * len(labels)
        correct += (outputs.argmax(dim=1) == labels).sum().item()
        total += len(labels)
    print(f"epoch {epoch}: train loss {train_loss:.4f}, test loss {loss_sum / total:.4f}, "
          f"test accuracy {100 * correct / total:.2f}%")
'''

_EVAL_RECON = '''\
    loss_sum, total = 0.0, 0
    for images, labels in loader:
        images = images.to(device).reshape(-1, *INPUT_SHAPE)
        outputs = model(images)
        loss_sum += loss_fn(outputs, target_for(images, labels, outputs)).item() * len(labels)
        total += len(labels)
    print(f"epoch {epoch}: train loss {train_loss:.4f}, "
          f"test reconstruction loss {loss_sum / total:.4f}")
'''
