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
from netstudio.core.export.codetext import wrap_call
from netstudio.core.project import Project

TORCHVISION_DATASETS = {"mnist": "MNIST", "fashion_mnist": "FashionMNIST", "kmnist": "KMNIST",
                        "cifar10": "CIFAR10"}


def training_script(project: Project, analysis: Analysis) -> str:
    from netstudio.core.data.preprocess import scaling_mode
    from netstudio.core.settings.training import ConfigError, parse_config

    try:
        cfg = parse_config(project.training)
    except ConfigError as e:
        raise ExportError(str(e)) from e
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
    schedule, per_batch, per_epoch = _schedule(cfg)
    notes = _left_out(cfg)
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
        optimizer=_optimizer(cfg),
        schedule=schedule,
        target=target,
        l1=(f"            # L1 penalty on the weights (not the biases), as netstudio trains\n"
            f"            loss = loss + {cfg.l1!r} * sum(p.abs().sum() for p in "
            "model.parameters() if p.dim() > 1)\n") if cfg.l1 > 0 else "",
        clip=(f"            nn.utils.clip_grad_norm_(model.parameters(), {cfg.grad_clip!r})\n"
              if cfg.grad_clip is not None else ""),
        per_batch=per_batch,
        per_epoch=per_epoch,
        evaluate=_EVAL_RECON if reconstruction else _EVAL_CLASSES,
        notes="".join(f"# {line}\n" for line in notes),
    )


def _optimizer(cfg: Any) -> str:
    """The optimizer line, with the same defaults as netstudio.core.train.optim."""
    args = ["model.parameters()", "lr=args.lr"]
    wd = float(cfg.weight_decay)
    if cfg.optimizer in ("SGD", "RMSprop") and cfg.momentum:
        args.append(f"momentum={float(cfg.momentum)!r}")
    if cfg.optimizer == "SGD" and cfg.nesterov:
        args.append("nesterov=True")
    if cfg.optimizer == "AdamW":
        args.append(f"weight_decay={wd if wd else 0.01!r}")  # AdamW's usual decoupled decay
    elif wd:
        args.append(f"weight_decay={wd!r}")
    return _statement(f"optimizer = torch.optim.{cfg.optimizer}({', '.join(args)})")


def _schedule(cfg: Any) -> tuple[str, str, str]:
    """(set-up line, per-batch step, per-epoch step) for training.schedule."""
    spec = cfg.schedule
    if not spec:
        return "", "", ""
    kind = spec["type"]
    sched = "torch.optim.lr_scheduler"
    if kind == "step":
        setup = (f"{sched}.StepLR(optimizer, step_size={max(1, int(spec.get('step_size', 1)))}, "
                 f"gamma={float(spec.get('gamma', 0.7))!r})")
    elif kind == "cosine":
        setup = (f"{sched}.CosineAnnealingLR(optimizer, T_max=args.epochs, "
                 f"eta_min={float(spec.get('eta_min', 0.0))!r})")
    elif kind == "onecycle":
        max_lr = repr(float(spec["max_lr"])) if "max_lr" in spec else "args.lr"
        setup = (f"{sched}.OneCycleLR(optimizer, max_lr={max_lr}, epochs=args.epochs, "
                 "steps_per_epoch=len(train_loader), "
                 f"pct_start={float(spec.get('pct_start', 0.3))!r})")
        return _statement(f"scheduler = {setup}"), "            scheduler.step()\n", ""
    else:  # plateau: netstudio watches the validation loss; this script has only a test set
        setup = (f"{sched}.ReduceLROnPlateau(optimizer, factor="
                 f"{float(spec.get('factor', 0.1))!r}, patience={int(spec.get('patience', 2))})")
        return (_statement(f"scheduler = {setup}"), "",
                "        scheduler.step(train_loss)  # netstudio uses the validation loss\n")
    return _statement(f"scheduler = {setup}"), "", "        scheduler.step()\n"


def _statement(code: str) -> str:
    """One statement at main()'s indentation, wrapped to 100 columns."""
    return "".join(f"    {line}\n" for line in wrap_call(code, indent=4))


def _left_out(cfg: Any) -> list[str]:
    notes = []
    if cfg.early_stopping:
        notes.append(f"netstudio also stops early ({json.dumps(cfg.early_stopping)}); "
                     "this script runs every epoch.")
    if cfg.amp:
        notes.append("netstudio trains with bfloat16 autocast on a GPU (amp); this script "
                     "uses float32.")
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
$clip            optimizer.step()
$per_batch            loss_sum += loss.item()
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
