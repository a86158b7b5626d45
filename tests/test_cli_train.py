"""``netstudio train``: outputs, exit codes, resume, Ctrl-C, clear messages, no tracebacks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

from netstudio.cli import main
from netstudio.core.project import Project

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def run_cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def mlp_project(tmp_path, name="mlp.nsproj.json", training=None, data=None, out_features=10):
    raw = {
        "format": "netstudio", "version": 1, "name": "tiny MLP",
        "graph": {
            "nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                      {"id": "flat", "type": "Flatten"},
                      {"id": "fc", "type": "Linear", "params": {"out_features": out_features}}],
            "edges": [{"from": "input", "to": "flat"}, {"from": "flat", "to": "fc"}]},
        "data": data or {"dataset": "mnist"},
        "training": {"task": "classification", "loss": "CrossEntropyLoss", "optimizer": "Adam",
                     "lr": 0.01, "batch_size": 32, "epochs": 1, "seed": 0, **(training or {})},
    }
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_train_writes_metrics_model_and_checkpoint(tmp_path, capsys):
    out = tmp_path / "run"
    code, _, err = run_cli(capsys, "train", mlp_project(tmp_path), "--subset", "300",
                           "--out", out, "--device", "cpu")
    assert code == 0, err
    m = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert m["status"] == "finished" and m["device"] == "cpu"
    assert 0.5 < m["test_accuracy"] <= 1.0  # learned something on 300 samples
    assert m["samples"] == {"train": 300, "val": 300, "test": 300}
    assert len(m["history"]) == 1 and m["history"][0]["epoch"] == 1
    assert m["val_accuracy"] == m["history"][0]["val_accuracy"]
    assert len(m["per_class"]) == 10 and len(m["confusion_matrix"]) == 10
    assert sum(map(sum, m["confusion_matrix"])) == 300
    assert m["train_samples_per_second"] > 0 and m["seconds"] > 0
    state = torch.load(out / "model.pt", weights_only=True)
    assert state["layers.fc.weight"].shape == (10, 784)
    ck = torch.load(out / "checkpoint.pt", weights_only=True)
    assert ck["epoch"] == 1
    assert "Test accuracy" in err


def test_resume_continues_the_history(tmp_path, capsys):
    project = mlp_project(tmp_path)
    first = tmp_path / "a"
    assert run_cli(capsys, "train", project, "--subset", "200", "--out", first)[0] == 0
    second = tmp_path / "b"
    code, _, err = run_cli(capsys, "train", project, "--subset", "200", "--out", second,
                           "--epochs", "2", "--resume", first / "checkpoint.pt")
    assert code == 0, err
    m = json.loads((second / "metrics.json").read_text(encoding="utf-8"))
    assert [h["epoch"] for h in m["history"]] == [1, 2]
    assert m["history"][0] == json.loads((first / "metrics.json").read_text())["history"][0]


def test_the_tutorial_cnn_trains_a_little(tmp_path, capsys):
    out = tmp_path / "cnn"
    code, _, err = run_cli(capsys, "train", SAMPLES / "mnist_cnn.nsproj.json", "--subset",
                           "128", "--out", out, "--quiet")
    assert code == 0, err
    assert json.loads((out / "metrics.json").read_text())["test_accuracy"] is not None


def test_reconstruction_sample_reports_test_loss(tmp_path, capsys):
    out = tmp_path / "ae"
    code, _, err = run_cli(capsys, "train", SAMPLES / "conv_autoencoder.nsproj.json",
                           "--subset", "64", "--out", out, "--quiet")
    assert code == 0, err
    m = json.loads((out / "metrics.json").read_text())
    assert m["task"] == "reconstruction" and m["test_loss"] > 0 and m["val_loss"] > 0
    assert not [k for k in m if "accuracy" in k]  # no accuracy fields at all


def test_graph_errors_exit_1_and_train_nothing(tmp_path, capsys):
    project = Project.load(mlp_project(tmp_path))
    project.graph.nodes["fc"].params["in_features"] = 5  # disagrees with 784
    bad = tmp_path / "bad.nsproj.json"
    project.save(bad)
    out = tmp_path / "never"
    code, _, err = run_cli(capsys, "train", bad, "--out", out)
    assert code == 1
    assert "fc" in err and "error" in err
    assert not (out / "model.pt").exists() and not (out / "metrics.json").exists()


def test_wrong_number_of_classes_names_the_node(tmp_path, capsys):
    code, _, err = run_cli(capsys, "train", mlp_project(tmp_path, out_features=7), "--out",
                           tmp_path / "o")
    assert code == 1  # the checker reports it as a graph error on the node
    assert "fc" in err and "10 classes" in err


def test_diverged_run_exits_1_with_advice(tmp_path, capsys):
    project = mlp_project(tmp_path, training={"loss": "MSELoss", "optimizer": "SGD",
                                              "lr": 1e6})
    out = tmp_path / "div"
    code, _, err = run_cli(capsys, "train", project, "--subset", "300", "--out", out)
    assert code == 1
    assert "diverged" in err and "training.lr" in err
    assert json.loads((out / "metrics.json").read_text())["status"] == "diverged"


@pytest.mark.parametrize("content,match", [("{not json", "not valid JSON"),
                                           ('{"format": "other"}', "not a netstudio project")])
def test_unusable_file_exits_2(tmp_path, capsys, content, match):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run_cli(capsys, "train", path)
    assert code == 2 and match in err


def test_bad_settings_and_missing_data_exit_2(tmp_path, capsys, monkeypatch):
    code, _, err = run_cli(capsys, "train", mlp_project(tmp_path, training={"lr": "fast"}),
                           "--out", tmp_path / "o1")
    assert code == 2 and "training.lr" in err
    monkeypatch.setenv("NETSTUDIO_CACHE", str(tmp_path / "empty-cache"))
    project = mlp_project(tmp_path, name="f.json", data={"dataset": "fashion_mnist"})
    code, _, err = run_cli(capsys, "train", project, "--no-download", "--out", tmp_path / "o2")
    assert code == 2 and "empty-cache" in err and "train-images-idx3-ubyte.gz" in err
    code, _, err = run_cli(capsys, "train", mlp_project(tmp_path), "--resume",
                           tmp_path / "nothing.pt", "--out", tmp_path / "o3")
    assert code == 2 and "no such checkpoint" in err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT semantics differ on Windows")
def test_ctrl_c_stops_cleanly_and_writes_partial_metrics(tmp_path):
    project = mlp_project(tmp_path, training={"epochs": 50, "batch_size": 8})
    out = tmp_path / "stopped"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "netstudio", "train", str(project),
                             "--subset", "2000", "--out", str(out)], cwd=tmp_path, env=env,
                            stderr=subprocess.PIPE, text=True)
    first = proc.stderr.readline()  # "training ... on cpu": the loop is about to start
    assert "training" in first, first
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "Stopped" in err
    m = json.loads((out / "metrics.json").read_text())
    assert m["status"] == "stopped"
    assert m["test_accuracy"] is not None and m["samples"]["test"] == 2000  # evaluated on exit
    assert (out / "model.pt").exists()


def test_unexpected_errors_are_one_sentence(tmp_path, capsys, monkeypatch):
    import netstudio.core.train.run as run_module

    def boom(*args, **kwargs):
        raise ValueError("something odd")

    monkeypatch.setattr(run_module, "prepare_run", boom)
    code, _, err = run_cli(capsys, "train", mlp_project(tmp_path), "--out", tmp_path / "o")
    assert code == 2 and "something odd" in err


def test_out_must_be_a_folder(tmp_path, capsys):
    blocker = tmp_path / "taken"
    blocker.write_text("a file", encoding="utf-8")
    code, _, err = run_cli(capsys, "train", mlp_project(tmp_path), "--out", blocker)
    assert code == 2 and "output folder" in err
