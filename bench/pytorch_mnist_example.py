"""The official PyTorch MNIST example's recipe (pytorch/examples, mnist/main.py), written out
here for comparisons: what a user would run instead of netstudio.

Its network: conv 3x3 32, conv 3x3 64, 2x2 max-pool, dropout 0.25, fc 128, dropout 0.5, fc 10,
log-softmax, trained with NLL loss. Its pipeline: torchvision MNIST with ToTensor + Normalize
((0.1307,), (0.3081,)) per PIL image, DataLoader(batch_size=64, shuffle=True), a test
DataLoader with batch size 1000; Adadelta lr 1.0; StepLR(step_size=1, gamma=0.7) stepped after
each epoch; seed 1; the loss printed every 10 batches (a ``loss.item()``, as the example logs).
The files are the bundled MNIST unpacked where torchvision looks (bench/tutorial_loop.py).

    python bench/pytorch_mnist_example.py --epochs 2        # prints test accuracy per epoch
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tutorial_loop import mnist_root  # noqa: E402

MEAN, STD = 0.1307, 0.3081


class ExampleNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, 1)
        self.conv2 = nn.Conv2d(32, 64, 3, 1)
        self.dropout1 = nn.Dropout(0.25)
        self.dropout2 = nn.Dropout(0.5)
        self.fc1 = nn.Linear(9216, 128)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = self.dropout1(F.max_pool2d(x, 2))
        x = F.relu(self.fc1(torch.flatten(x, 1)))
        return F.log_softmax(self.fc2(self.dropout2(x)), dim=1)


def loaders(root: Path, device: torch.device, subset: int | None = None
            ) -> tuple[object, object]:
    from torch.utils.data import DataLoader, Subset
    from torchvision import datasets, transforms

    transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((MEAN,), (STD,))])
    train = datasets.MNIST(str(root), train=True, download=False, transform=transform)
    test = datasets.MNIST(str(root), train=False, download=False, transform=transform)
    if subset is not None:  # quick runs: the first N of each, like netstudio's --subset
        train, test = Subset(train, range(subset)), Subset(test, range(subset))
    extra = {"num_workers": 1, "pin_memory": True, "shuffle": True} if device.type == "cuda" \
        else {"shuffle": True}
    test_extra = {k: v for k, v in extra.items() if k != "shuffle"}
    return (DataLoader(train, batch_size=64, **extra),
            DataLoader(test, batch_size=1000, **test_extra))


def train_epoch(model: nn.Module, device: torch.device, loader: object,
                optimizer: torch.optim.Optimizer) -> None:
    model.train()
    for batch, (data, target) in enumerate(loader):
        data, target = data.to(device), target.to(device)
        optimizer.zero_grad()
        loss = F.nll_loss(model(data), target)
        loss.backward()
        optimizer.step()
        if batch % 10 == 0:
            loss.item()  # the example prints it here


@torch.no_grad()
def test_accuracy(model: nn.Module, device: torch.device, loader: object) -> float:
    model.eval()
    correct = total = 0
    for data, target in loader:
        data, target = data.to(device), target.to(device)
        out = model(data)
        F.nll_loss(out, target, reduction="sum").item()  # the example sums the test loss
        correct += (out.argmax(dim=1) == target).sum().item()
        total += len(target)
    return correct / total


def run(epochs: int, target: float = 1.0, device: str = "cpu", root: Path | None = None,
        on_epoch: Callable[[int, float, float], None] | None = None,
        subset: int | None = None) -> list[tuple[int, float, float]]:
    """Train up to ``epochs`` epochs, stopping once the test accuracy reaches ``target``.
    Returns (epoch, test accuracy, seconds since the start) per epoch; the clock starts
    before the datasets are opened, as a user's script would."""
    start = time.perf_counter()
    dev = torch.device(device)
    torch.manual_seed(1)
    train_loader, test_loader = loaders(root or mnist_root(), dev, subset)
    model = ExampleNet().to(dev)
    optimizer = torch.optim.Adadelta(model.parameters(), lr=1.0)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.7)
    out = []
    for epoch in range(1, epochs + 1):
        train_epoch(model, dev, train_loader, optimizer)
        acc = test_accuracy(model, dev, test_loader)
        scheduler.step()
        out.append((epoch, acc, time.perf_counter() - start))
        if on_epoch is not None:
            on_epoch(*out[-1])
        if acc >= target:
            break
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--epochs", type=int, default=14)
    p.add_argument("--device", default="cpu")
    args = p.parse_args()
    run(args.epochs, device=args.device,
        on_epoch=lambda e, a, s: print(f"epoch {e}: test accuracy {a:.2%} ({s:.1f} s)"))


if __name__ == "__main__":
    main()
