"""Data-parallel training under torchrun: index sharding, and real 2-process gloo runs."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from netstudio.core.compiler import compile_project
from netstudio.core.project import Project
from netstudio.core.train.distributed import from_env, report_batches, shard

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("n", [0, 1, 7, 64, 513, 1000])
@pytest.mark.parametrize("world", [1, 2, 3, 8])
def test_shards_are_disjoint_equal_and_cover_all_but_the_remainder(n, world):
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(n + world))
    parts = [shard(perm, r, world) for r in range(world)]
    assert len({len(p) for p in parts}) == 1  # equal batch counts on every rank: no hang
    seen = torch.cat(parts).tolist()
    assert len(seen) == len(set(seen))  # disjoint
    assert len(seen) == n - n % world  # covering, but for the remainder left out
    assert set(seen) <= set(perm.tolist())


def test_report_batches_are_spread_and_include_the_last():
    assert report_batches(1) == {0}
    assert report_batches(10) == set(range(10))
    r = report_batches(422)
    assert 421 in r and 40 <= len(r) <= 52
    assert report_batches(422) == r  # the same on every rank: it depends on the count only


def test_from_env_only_with_two_or_more_processes():
    assert from_env({}) is None
    assert from_env({"WORLD_SIZE": "1", "RANK": "0"}) is None
    ctx = from_env({"WORLD_SIZE": "4", "RANK": "3", "LOCAL_RANK": "1"})
    assert (ctx.world_size, ctx.rank, ctx.local_rank, ctx.is_main) == (4, 3, 1, False)


def test_a_lost_peer_is_named_plainly_and_other_errors_are_left_alone():
    ctx = from_env({"WORLD_SIZE": "2", "RANK": "0"})
    msg = ctx.explain(RuntimeError(
        "[/src/gloo/transport/tcp/pair.cc:561] Connection closed by peer [127.0.0.1]:21386. "
        "This is typically caused by a remote worker crashing."))
    assert msg.startswith("Training failed on rank 0: another training process")
    assert "(Connection closed by peer [127.0.0.1]:21386)" in msg and "pair.cc" not in msg
    assert ctx.explain(RuntimeError("mat1 and mat2 shapes cannot be multiplied")) is None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _torchrun(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node=2",
           "--master_addr=127.0.0.1", f"--master_port={_free_port()}", *args]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_torchrun_trains_mlp_on_two_processes(tmp_path):
    out = tmp_path / "run"
    p = _torchrun("-m", "netstudio", "train", "samples/mlp.nsproj.json", "--epochs", "1",
                  "--subset", "512", "--out", str(out), "--device", "cpu")
    assert p.returncode == 0, p.stderr[-3000:]
    assert "Traceback" not in p.stderr
    assert p.stderr.count("training MLP") == 1  # only rank 0 prints
    assert "on 2 processes (gloo, cpu), batch 64 per process" in p.stderr
    m = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert m["status"] == "finished"
    assert m["test_accuracy"] > 0.2  # 10 classes: chance is 0.1
    assert m["distributed"] == {"world_size": 2, "backend": "gloo", "batch_size_per_process": 64,
                                "train_samples_per_process": 256}
    # each rank ran its own 256 samples: 4 optimizer steps of 64, not 8 over all 512
    ck = torch.load(out / "checkpoint.pt", weights_only=True)
    assert ck["step"] == 4 and ck["epoch"] == 1
    state = torch.load(out / "model.pt", weights_only=True)
    assert not any(k.startswith("module.") for k in state)
    model = compile_project(Project.load(ROOT / "samples" / "mlp.nsproj.json"))
    model.load_state_dict(state, strict=True)


AGREEMENT = textwrap.dedent("""
    import json, sys, torch
    from pathlib import Path
    from netstudio.core.data.catalog import DatasetInfo
    from netstudio.core.data.splits import Splits
    from netstudio.core.train.callbacks import Callback
    from netstudio.core.train.distributed import from_env
    from netstudio.core.train.trainer import Trainer

    ctx = from_env()
    info = DatasetInfo("toy", "toy", (1, 4, 4), 2, ("a", "b"))
    g = torch.Generator().manual_seed(0)
    x, y = torch.rand(2048, 1, 4, 4, generator=g), torch.randint(0, 2, (2048,), generator=g)

    def fit(train_x, callbacks=(), seed=0):
        # seed: a different initialisation per rank, which DDP must overwrite with rank 0's
        torch.manual_seed(seed)
        model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16, 2))
        # 128 batches per rank and epoch: reports at fixed batches (every 3rd), not all
        cfg = {"epochs": 3, "batch_size": 8, "device": "cpu", "lr": 0.01}
        data = Splits(info, train_x, y, x[:33], y[:33], x[:32], y[:32])
        trainer = Trainer(model, cfg, data, callbacks, distributed=ctx)
        result = trainer.fit()
        weights = [round(float(p.sum()), 5) for p in trainer.model.parameters()]
        return result.status.value, [h.val_loss for h in result.history], weights

    ok, val_losses, weights = fit(x, seed=ctx.rank)

    # the loss is NaN on rank 1 only: every rank must end as diverged
    bad = x.clone()
    bad[:] = float("nan")
    diverged = fit(bad if ctx.rank == 1 else x)[0]

    class StopOnRank1(Callback):
        def on_batch_end(self, trainer, e):
            if ctx.rank == 1:  # at its first report; the ranks agree at the next one
                trainer.stop()
    stopped = fit(x, [StopOnRank1()])[0]  # one rank's stop() stops every rank
    row = {"rank": ctx.rank, "ok": ok, "val_losses": val_losses, "weights": weights,
           "diverged": diverged, "stopped": stopped}
    Path(sys.argv[1], f"rank{ctx.rank}.json").write_text(json.dumps(row))
    ctx.shutdown()
""")


def test_ranks_agree_and_one_ranks_divergence_or_stop_ends_every_rank(tmp_path):
    script = tmp_path / "agree.py"
    script.write_text(AGREEMENT, encoding="utf-8")
    p = _torchrun(str(script), str(tmp_path), timeout=90)
    assert p.returncode == 0, p.stderr[-3000:]
    rows = [json.loads((tmp_path / f"rank{r}.json").read_text()) for r in (0, 1)]
    r0, r1 = rows
    assert r0["ok"] == r1["ok"] == "finished"
    # DDP: the same weights on both ranks (rank 0's start, averaged gradients), and the
    # validation figures summed over the ranks' slices are the same everywhere
    assert r0["weights"] == r1["weights"]
    assert r0["val_losses"] == r1["val_losses"] and len(r0["val_losses"]) == 3
    assert all(r["diverged"] == "diverged" and r["stopped"] == "stopped" for r in rows), rows

