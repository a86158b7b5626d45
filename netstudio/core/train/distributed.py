"""Data-parallel training across processes started by torchrun (Qt-free).

torchrun sets WORLD_SIZE, RANK and LOCAL_RANK (plus MASTER_ADDR/MASTER_PORT) in each process.

    ctx = from_env()                  # None outside torchrun (or with a single process)
    ctx.setup(device)                 # the process group: nccl on CUDA, else gloo
    Trainer(..., distributed=ctx)     # shards the data, wraps the model in DDP
    ctx.shutdown()                    # destroy the process group

Every rank holds the whole dataset and draws the same shuffled permutation each epoch (same
seed); ``shard`` gives each rank an equal slice of it, so all ranks run the same number of
batches and DDP's gradient all-reduce never waits for a rank that has finished.
``training.batch_size`` is per process: one optimizer step sees batch_size × world_size samples.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import torch
import torch.distributed as dist


@dataclass
class DistContext:
    world_size: int
    rank: int
    local_rank: int
    backend: str = ""
    device: torch.device | None = field(default=None)

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def setup(self, device: torch.device) -> torch.device:
        """Join the process group (once); returns this rank's device (cuda:LOCAL_RANK on GPU)."""
        if device.type == "cuda":
            device = torch.device("cuda", self.local_rank)
            torch.cuda.set_device(device)
        self.device = device
        self.backend = "nccl" if device.type == "cuda" else "gloo"
        if not dist.is_initialized():
            dist.init_process_group(self.backend, rank=self.rank, world_size=self.world_size,
                                    device_id=device if device.type == "cuda" else None)
        return device

    def shard(self, perm: torch.Tensor) -> torch.Tensor:
        return shard(perm, self.rank, self.world_size)

    def reduce_sums(self, values: list[float | torch.Tensor], device: torch.device
                    ) -> list[float]:
        """Sum numbers over all ranks (one all_reduce); used only at reporting points."""
        t = torch.stack([torch.as_tensor(v, dtype=torch.float64, device=device).reshape(())
                         for v in values])
        dist.all_reduce(t)
        return t.tolist()

    def explain(self, exc: BaseException) -> str | None:
        """A message for a failed exchange with the other processes, else None."""
        text = str(exc)
        if isinstance(exc, dist.DistError) or any(k in text for k in (
                "gloo", "NCCL", "nccl", "Connection reset", "Connection closed")):
            # "[/path/pair.cc:561] Connection closed by peer [ip]:port. This is ..." -> the gist
            first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
            gist = re.sub(r"^\[[^\]]*\]\s*", "", first).split(". ")[0][:160]
            return (f"Training failed on rank {self.rank}: another training process stopped "
                    "or crashed, or the connection between them failed; see the other "
                    f"processes' messages and torchrun's summary ({gist}).")
        return None

    def barrier(self) -> None:
        if dist.is_initialized():
            dist.barrier()

    def shutdown(self) -> None:
        if dist.is_initialized():
            dist.destroy_process_group()


def from_env(env: Mapping[str, str] | None = None) -> DistContext | None:
    """The torchrun settings of this process, or None when it runs alone."""
    env = os.environ if env is None else env
    try:
        world = int(env.get("WORLD_SIZE", "1"))
        rank = int(env.get("RANK", "0"))
        local = int(env.get("LOCAL_RANK", str(rank)))
    except ValueError:
        return None
    if world <= 1:
        return None
    return DistContext(world_size=world, rank=rank, local_rank=local)


def shard(perm: torch.Tensor, rank: int, world_size: int) -> torch.Tensor:
    """Rank ``rank``'s contiguous slice of ``perm``: the slices are disjoint and equally long;
    the last ``len(perm) % world_size`` entries (different ones each epoch) are left out."""
    per = len(perm) // world_size
    return perm[rank * per:(rank + 1) * per]


def report_batches(batches: int, per_epoch: int = 50) -> frozenset[int]:
    """The batch indices (0-based) after which all ranks report: evenly spread, always the
    last. Reports need an all_reduce, so they must fall on the same batches on every rank
    (a clock-based schedule would differ between ranks)."""
    every = max(1, -(-batches // per_epoch))
    return frozenset(range(every - 1, batches, every)) | {batches - 1}
