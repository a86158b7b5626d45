"""Splits: the train / validation / test tensors of one dataset, in memory, as loaded.

Images are uint8 ``[N, C, H, W]`` on the CPU and labels int64 ``[N]``; the Trainer moves them to
its device once and scales them there (see ``normalize``). Splitting is seeded, so a run repeats.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import torch

from netstudio.core.data.catalog import DatasetInfo


@dataclass(frozen=True, eq=False)  # holds tensors: compare by identity
class Splits:
    info: DatasetInfo
    train_x: torch.Tensor
    train_y: torch.Tensor
    val_x: torch.Tensor | None = None
    val_y: torch.Tensor | None = None
    test_x: torch.Tensor | None = None
    test_y: torch.Tensor | None = None
    # per-channel statistics of the training images in [0, 1], for "standardize"
    mean: tuple[float, ...] = (0.5,)
    std: tuple[float, ...] = (0.5,)

    @property
    def sizes(self) -> dict[str, int]:
        return {name: (0 if x is None else len(x)) for name, x in
                (("train", self.train_x), ("val", self.val_x), ("test", self.test_x))}

    def subset(self, n: int) -> Splits:
        """The first n samples of each split: quick runs and tests (--subset)."""
        def cut(t: torch.Tensor | None) -> torch.Tensor | None:
            return None if t is None else t[:n]
        return replace(self, train_x=self.train_x[:n], train_y=self.train_y[:n],
                       val_x=cut(self.val_x), val_y=cut(self.val_y),
                       test_x=cut(self.test_x), test_y=cut(self.test_y))


def channel_stats(images: torch.Tensor) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per-channel mean and std of uint8 [N, C, H, W] images scaled to [0, 1]."""
    sample = images[:10000].to(torch.float64) / 255.0
    mean = sample.mean(dim=(0, 2, 3))
    std = sample.std(dim=(0, 2, 3)).clamp_min(1e-3)
    return tuple(round(float(m), 4) for m in mean), tuple(round(float(s), 4) for s in std)


def split_off(x: torch.Tensor, y: torch.Tensor, fraction: float, seed: int
              ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """Randomly move ``fraction`` of (x, y) into a second part: (x_keep, y_keep, x_part, y_part).

    The kept part stays in the original order (so --subset stays "the first N")."""
    n = len(x)
    k = int(round(n * fraction))
    if k <= 0:
        return x, y, x[:0], y[:0]
    g = torch.Generator().manual_seed(seed)
    perm = torch.randperm(n, generator=g)
    part = perm[:k].sort().values
    keep = perm[k:].sort().values
    return x[keep], y[keep], x[part], y[part]
