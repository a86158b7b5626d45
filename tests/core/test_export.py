"""Exporters: generated Python equals the compiled net; ONNX and torch.export files load."""

from __future__ import annotations

import gzip
import runpy
import shutil
import struct
import subprocess
import sys
import types
from pathlib import Path

import pytest
import torch

from netstudio.core.compiler import compile_project
from netstudio.core.export import ExportError
from netstudio.core.export.pycode import (
    attribute_names,
    class_name,
    export_python,
    generated_state_dict,
)
from netstudio.core.project import Project
from tests.core.graphs import make_project, skip_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
GOOD = sorted(p for p in SAMPLES.glob("*.nsproj.json") if "mistakes" not in p.name)
MNIST = ROOT / "netstudio" / "datasets" / "mnist"


def load_generated(source: str) -> types.ModuleType:
    module = types.ModuleType("generated_model")
    exec(compile(source, "generated_model.py", "exec"), module.__dict__)
    return module


def assert_generated_matches(project: Project, batch: int = 2) -> str:
    source = export_python(project)
    assert "import netstudio" not in source and "from netstudio" not in source
    net = compile_project(project, seed=3).eval()
    model = load_generated(source).build_model().eval()
    model.load_state_dict(generated_state_dict(net, project), strict=True)
    x = torch.rand(batch, *net.input_shape)
    with torch.no_grad():
        assert torch.allclose(model(x), net(x), atol=1e-5)
    return source


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name.removesuffix(".nsproj.json"))
def test_generated_code_matches_every_sample(path):
    assert_generated_matches(Project.load(path))


def test_generated_code_matches_a_graph_with_skips_and_ports():
    source = assert_generated_matches(skip_project())
    assert "def forward(self, input_: torch.Tensor)" in source  # read twice: keeps a name
    assert "a = self.a(input_)" in source  # read twice: keeps a name
    assert "x = x + a" in source  # the skip connection
    assert "x = torch.cat([x, input_], dim=1)" in source  # port order, per-sample dim 0


@pytest.mark.parametrize("params", [
    {"hidden_size": 6, "bidirectional": True},
    {"hidden_size": 6, "num_layers": 2, "return": "sequence"},
    {"hidden_size": 6, "bidirectional": True, "num_layers": 2},
])
def test_generated_recurrent_layers_match(params):
    project = make_project([("input", "Input", {"shape": [5, 3]}),
                            ("lstm", "LSTM", params)], [("input", "lstm")])
    assert_generated_matches(project)


def test_mnist_cnn_source_reads_like_hand_written_code():
    source = export_python(Project.load(SAMPLES / "mnist_cnn.nsproj.json"))
    assert "class MnistCnn(nn.Module):" in source
    assert "self.conv1 = nn.Conv2d(1, 32, kernel_size=5)" in source
    assert "self.fc1 = nn.Linear(1024, 1024)" in source
    assert "x = self.conv1(x)" in source
    assert "x = torch.flatten(x, 1)" in source
    assert "def build_model() -> MnistCnn:" in source
    assert 'if __name__ == "__main__":' in source
    assert "torch.optim.Adam(" in source and "nn.CrossEntropyLoss()" in source
    # the sample trains with the fast recipe: its settings are written out, not the defaults
    assert "SEED = 0" in source and "BATCH_SIZE = 128" in source and "EPOCHS = 2" in source
    assert "torch.optim.lr_scheduler.OneCycleLR(" in source


def test_lstm_source_uses_last_step():
    source = export_python(Project.load(SAMPLES / "lstm_rows.nsproj.json"))
    assert "self.lstm = nn.LSTM(28, 128, batch_first=True)" in source
    assert "x, _ = self.lstm(x)" in source and "x = x[:, -1]" in source
    assert "x = x.reshape(x.shape[0], 28, 28)" in source


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed")
def test_generated_code_passes_ruff(tmp_path):
    for path in GOOD:
        (tmp_path / path.name.replace(".nsproj.json", ".py")).write_text(
            export_python(Project.load(path)), encoding="utf-8")
    for i, (settings, _) in enumerate(SETTINGS):
        project = Project.load(SAMPLES / "mlp.nsproj.json")
        project.training.update(settings)
        (tmp_path / f"settings_{i}.py").write_text(export_python(project), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--line-length", "100",
         "--select", "E,F,W,I,UP,B,SIM", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_long_constructor_lines_are_wrapped_between_arguments():
    nodes = [("input", "Input", {"shape": [2, 12, 12]}),
             ("a_rather_long_convolution_name", "Conv2d",
              {"out_channels": 4, "kernel_size": [3, 5], "stride": [2, 1], "padding": [1, 2],
               "dilation": [1, 2], "bias": False}),
             ("flat", "Flatten", None), ("fc", "Linear", {"out_features": 3})]
    project = make_project(nodes, [("input", "a_rather_long_convolution_name"),
                                   ("a_rather_long_convolution_name", "flat"), ("flat", "fc")])
    source = assert_generated_matches(project)
    assert max(len(line) for line in source.splitlines()) <= 100
    assert "kernel_size=(3, 5)" in source  # a tuple is never split


def test_upsample_with_a_size_drops_the_default_scale_factor():
    project = make_project([("input", "Input", {"shape": [1, 6, 5]}),
                            ("up", "Upsample", {"size": 3, "mode": "bilinear"})],
                           [("input", "up")])
    source = assert_generated_matches(project)
    assert "nn.Upsample(size=3, mode=\"bilinear\")" in source


def test_names_are_valid_python():
    assert class_name("MNIST CNN") == "MnistCnn"
    assert class_name("LeNet-5") == "LeNet5"
    assert class_name("5 layers") == "Net5Layers"
    assert class_name("手写数字") == "Net"
    names = attribute_names(["conv-1", "conv_1", "1st", "forward", "class", "x"])
    assert list(names.values()) == ["conv_1", "conv_1_", "n_1st", "forward_", "class_", "x_"]
    assert all(n.isidentifier() for n in names.values())


def test_export_refuses_a_graph_with_errors():
    with pytest.raises(ExportError, match="fc1"):
        export_python(Project.load(SAMPLES / "tutorial_mistakes.nsproj.json"))


def _write_idx_subset(root: Path, n_train: int, n_test: int) -> None:
    """A tiny MNIST in torchvision's layout (root/MNIST/raw), cut from the bundled files."""
    raw = root / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for split, n in (("train", n_train), ("t10k", n_test)):
        with gzip.open(MNIST / f"{split}-images-idx3-ubyte.gz") as f:
            images = f.read(16 + n * 784)
        with gzip.open(MNIST / f"{split}-labels-idx1-ubyte.gz") as f:
            labels = f.read(8 + n)
        (raw / f"{split}-images-idx3-ubyte").write_bytes(
            struct.pack(">IIII", 2051, n, 28, 28) + images[16:16 + n * 784])
        (raw / f"{split}-labels-idx1-ubyte").write_bytes(
            struct.pack(">II", 2049, n) + labels[8:8 + n])


def run_script(tmp_path, monkeypatch, capsys, project, epochs=1):
    """Write the project's script and run it like ``python model.py`` on a tiny MNIST."""
    pytest.importorskip("torchvision")
    if not (tmp_path / "data").exists():
        _write_idx_subset(tmp_path / "data", n_train=96, n_test=50)
    script = tmp_path / "model.py"
    source = export_python(project)
    script.write_text(source, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [
        str(script), "--data", str(tmp_path / "data"), "--epochs", str(epochs),
        "--batch-size", "32", "--device", "cpu", "--save", str(tmp_path / "trained.pt")])
    with torch.random.fork_rng():  # the script seeds the global RNG
        runpy.run_path(str(script), run_name="__main__")
    return source, capsys.readouterr().out


@pytest.mark.parametrize("sample", ["mlp", "conv_autoencoder"])
def test_generated_training_script_runs(tmp_path, monkeypatch, capsys, sample):
    source, out = run_script(tmp_path, monkeypatch, capsys,
                             Project.load(SAMPLES / f"{sample}.nsproj.json"))
    # inputs scaled as netstudio's Trainer does: standardized for classification, 0..1 for
    # reconstruction (the target is the image itself)
    assert ("transforms.Normalize(mean, std)" in source) == (sample == "mlp")
    expected = "test accuracy" if sample == "mlp" else "test reconstruction loss"
    assert "epoch 1: train loss" in out and expected in out, out
    saved = torch.load(tmp_path / "trained.pt", weights_only=True)
    assert saved.keys() == load_generated(source).build_model().state_dict().keys()


SETTINGS = [
    ({"optimizer": "SGD", "momentum": 0.9, "nesterov": True, "l1": 1e-5, "grad_clip": 1.0,
      "schedule": {"type": "onecycle", "pct_start": 0.2}},
     ["torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9, nesterov=True)",
      "OneCycleLR(", "pct_start=0.2", "p.dim() > 1", "clip_grad_norm_(model.parameters(), 1.0)"]),
    ({"optimizer": "AdamW", "loss": "BCEWithLogitsLoss", "schedule": {"type": "plateau"},
      "early_stopping": {"patience": 2}},
     ["torch.optim.AdamW(model.parameters(), lr=args.lr)",  # torch's weight decay, 0.01
      "ReduceLROnPlateau(optimizer, patience=2)", "scheduler.step(train_loss)",
      "F.one_hot(labels", "# netstudio also stops early"]),
    ({"optimizer": "RMSprop", "weight_decay": 0.001, "schedule": {"type": "cosine"}},
     ["torch.optim.RMSprop(model.parameters(), lr=args.lr, weight_decay=0.001)",
      "CosineAnnealingLR(optimizer, T_max=args.epochs)"]),
]


@pytest.mark.parametrize("settings, expected", SETTINGS)
def test_training_script_follows_the_training_settings(tmp_path, monkeypatch, capsys, settings,
                                                        expected):
    project = Project.load(SAMPLES / "mlp.nsproj.json")
    project.training.update(settings)
    source, out = run_script(tmp_path, monkeypatch, capsys, project, epochs=2)
    for text in expected:
        assert text in source, text
    assert out.count("test accuracy") == 2, out


def test_step_schedule_of_the_cnn_sample_is_in_its_script():
    project = Project.load(SAMPLES / "mnist_cnn.nsproj.json")
    project.training["schedule"] = {"type": "step", "step_size": 1, "gamma": 0.5}
    source = export_python(project)
    assert "StepLR(optimizer, step_size=1, gamma=0.5)" in source
    assert "        scheduler.step()\n" in source  # once per epoch, not per batch


def test_bad_training_settings_refuse_to_export():
    project = Project.load(SAMPLES / "mlp.nsproj.json")
    project.training["lr"] = "fast"
    with pytest.raises(ExportError, match="training.lr"):
        export_python(project)
