"""Hostile input to serve, export --bundle and the variant store: exit codes and sentences,
never a traceback, a server that half starts or a bundle that cannot run."""

from __future__ import annotations

import json
import socket
import threading

import pytest
import torch
from torch import nn

from netstudio.cli import main
from netstudio.core.deploy.variants import MODEL, RECORD, VariantRecord, VariantStore


@pytest.mark.parametrize(("flags", "words"), [
    (["--threads", "0"], "--threads 0"),
    (["--threads", "-3"], "--threads -3"),
    (["--host", "bad..host"], "--host bad..host: not an address"),
    (["--host", "nosuchhost.invalid"], "not an address or a known host name"),
    (["--host", "192.0.2.1"], "--host 192.0.2.1: not an address of this machine"),
])
def test_serve_refuses_a_bad_host_or_thread_count_with_exit_2(measured_run, capsys, flags,
                                                                words):
    assert main(["serve", str(measured_run), "--variant", "int8", *flags]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and "serving" not in err


def test_serve_on_a_port_in_use_says_so_with_exit_1(measured_run, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", str(measured_run), "--variant", "int8", "--port",
                     str(port)]) == 1
    err = capsys.readouterr().err
    assert f"port {port} on 127.0.0.1 is in use" in err and "--port" in err
    assert "serving" not in err  # nothing announced that never listened


def _damage(run, name: str) -> None:
    """Cut the variant's model.onnx short, as a copy that stopped half way would."""
    model = run / "variants" / name / MODEL
    model.write_bytes(model.read_bytes()[:1000])


def test_a_variant_damaged_by_hand_is_named_and_never_served_or_bundled(run_copy, tmp_path,
                                                                          capsys):
    _damage(run_copy, "int8")
    records, problems = VariantStore(run_copy).list()
    assert [r.name for r in records] == ["original"]
    assert len(problems) == 1 and "int8" in problems[0] and "compress" in problems[0]
    assert main(["serve", str(run_copy), "--variant", "int8"]) == 2
    assert "a damaged variant" in capsys.readouterr().err
    bundle = tmp_path / "bundle"
    assert main(["export", str(run_copy), "--bundle", str(bundle), "--variant", "int8"]) == 2
    err = capsys.readouterr().err
    assert "a damaged variant" in err and "Traceback" not in err
    assert not bundle.exists()


def test_a_bundle_of_an_unloadable_model_is_refused(run_copy, tmp_path, capsys):
    # the record's size matches (edited too): only loading the model finds the damage
    _damage(run_copy, "int8")
    record = run_copy / "variants" / "int8" / RECORD
    data = json.loads(record.read_text())
    data["figures"]["size_bytes"] = 1000
    record.write_text(json.dumps(data))
    bundle = tmp_path / "bundle"
    assert main(["export", str(run_copy), "--bundle", str(bundle), "--variant", "int8"]) == 2
    assert "not a readable ONNX model" in capsys.readouterr().err
    assert not bundle.exists()


def test_variants_of_one_name_finished_at_once_leave_one_whole_folder(run_copy):
    store = VariantStore(run_copy)
    template = store.load("int8")
    assert template is not None
    files = {p.name: p.read_bytes() for p in template.folder.iterdir()}
    errors: list[BaseException] = []

    def finish() -> None:
        try:
            for _ in range(15):
                tmp = store.begin("int8")
                for name, data in files.items():
                    (tmp / name).write_bytes(data)
                store.commit(tmp, VariantRecord.from_dict(template.to_dict(), None))
        except BaseException as e:  # noqa: BLE001 (reported by the assertion below)
            errors.append(e)

    threads = [threading.Thread(target=finish) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.load("int8") is not None
    leftovers = [p.name for p in store.root.iterdir() if p.name.startswith(".") and p.is_dir()]
    assert leftovers == []


def test_pruning_a_recurrent_network_reaches_the_sparsity_asked_for():
    from netstudio.core.deploy.prune import prune_unstructured, weight_sparsity

    torch.manual_seed(0)
    net = nn.ModuleDict({"lstm": nn.LSTM(28, 64, batch_first=True), "fc": nn.Linear(64, 10)})
    prune_unstructured(net, 0.5)
    lstm = net["lstm"]
    zeros = sum(int((getattr(lstm, n) == 0).sum()) for n in ("weight_ih_l0", "weight_hh_l0"))
    assert zeros > 0.4 * (lstm.weight_ih_l0.numel() + lstm.weight_hh_l0.numel())
    assert weight_sparsity(net) == pytest.approx(0.5, abs=0.01)
    out, _ = lstm(torch.rand(2, 28, 28))  # still a working LSTM, masks gone
    assert out.shape == (2, 28, 64) and not hasattr(lstm, "weight_ih_l0_mask")


def test_structured_without_prune_says_what_it_goes_with(run_copy, capsys):
    assert main(["compress", str(run_copy), "--structured"]) == 2
    assert "go with --prune SHARE" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["serve"], ["export", "--bundle", "{tmp}/b"],
                                     ["variants"]])
def test_a_project_file_without_run_and_a_folder_with_run_say_which_goes_with_which(
        run_copy, tmp_path, capsys, command):
    project = tmp_path / "cnn.nsproj.json"
    project.write_text((run_copy / "project.nsproj.json").read_text())
    args = [a.format(tmp=tmp_path) for a in command[1:]]
    assert main([command[0], str(project), *args]) == 2
    assert "is a project file: name one of its runs with --run ID" in capsys.readouterr().err
    if command[0] != "export":  # export has its own check of --run with a folder
        assert main([command[0], str(run_copy), "--run", "r1", *args]) == 2
        assert "--run goes with the project file" in capsys.readouterr().err


def test_a_run_folder_that_cannot_hold_variants_says_what_to_do(run_copy, capsys):
    import shutil

    shutil.rmtree(run_copy / "variants")
    (run_copy / "variants").write_text("not a folder")  # as unwritable as a read-only folder
    assert main(["compress", str(run_copy), "--quantize", "int8"]) == 2
    err = capsys.readouterr().err
    assert "cannot write in" in err and "Copy the run folder" in err
    assert "Traceback" not in err


def test_a_run_whose_images_are_gone_says_where_they_must_be_and_still_serves(run_copy,
                                                                            capsys):
    snapshot = run_copy / "project.nsproj.json"
    project = json.loads(snapshot.read_text())
    project["data"] = {"dataset": "folder", "path": str(run_copy / "gone"),
                       "image_size": [28, 28]}
    snapshot.write_text(json.dumps(project))
    assert main(["compress", str(run_copy), "--prune", "0.3"]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "put them back" in err and "Traceback" not in err
    from netstudio.core.deploy.serving import resolve_served

    assert resolve_served(run_copy, "int8").metadata["variant"] == "int8"  # made before


@pytest.mark.slow
def test_a_variant_measured_on_fewer_test_images_gets_no_change_against_the_original(
        run_copy, capsys):
    assert main(["compress", str(run_copy), "--prune", "0.2", "--test-limit", "50",
                 "--json"]) == 0
    capsys.readouterr()
    assert main(["variants", str(run_copy), "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)["variants"]}
    assert rows["original"]["test_images"] == rows["int8"]["test_images"] > 50
    assert rows["pruned-20"]["test_images"] == 50
    assert rows["pruned-20"]["accuracy_change"] is None  # not the same test images
    assert rows["int8"]["accuracy_change"] is not None
    assert main(["variants", str(run_copy)]) == 0
    assert "pruned-20 was measured on 50 test images" in capsys.readouterr().out


def test_a_sweep_with_variant_flags_is_refused_not_silently_ignored(run_copy, capsys):
    assert main(["compress", str(run_copy), "--sweep", "0.5", "--quantize", "int8",
                 "--name", "mine"]) == 2
    assert "leave out --quantize, --name" in capsys.readouterr().err
    assert not (run_copy / "variants" / "mine").exists()
