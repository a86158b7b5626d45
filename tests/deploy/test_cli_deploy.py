"""The command-line contract of compress and variants: flags, JSON keys, exit codes."""

from __future__ import annotations

import json
import shutil

import pytest

from netstudio.cli import main

ROW = ["name", "kind", "path", "test_accuracy", "size_bytes", "params", "nonzero_params",
       "latency_ms_batch1", "images_per_second_batch64"]


@pytest.mark.slow
def test_variants_json_lists_the_original_first(measured_run, capsys):
    assert main(["variants", str(measured_run), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["variants"]
    assert [r["name"] for r in rows] == ["original", "int8"]
    assert list(rows[0])[:len(ROW)] == ROW
    assert rows[1]["size_bytes"] < rows[0]["size_bytes"] / 3
    assert rows[1]["path"].endswith("variants/int8/model.onnx")


@pytest.mark.slow
def test_compress_prune_json_and_by_project_and_id(run_copy, tmp_path, capsys):
    # FILE --run ID: the run kept in the project's store, foo.runs/<id>/
    store = tmp_path / "cnn.runs"
    store.mkdir()
    shutil.move(run_copy, store / "r1")
    project = tmp_path / "cnn.nsproj.json"
    shutil.copyfile(store / "r1" / "project.nsproj.json", project)
    assert main(["compress", str(project), "--run", "r1", "--prune", "0.5", "--json",
                 "--test-limit", "500"]) == 0
    rows = json.loads(capsys.readouterr().out)["variants"]
    pruned = next(r for r in rows if r["name"] == "pruned-50")
    assert rows[0]["name"] == "original" and pruned["kind"] == "pruned"
    assert pruned["nonzero_params"] <= 0.51 * pruned["params"]
    assert main(["variants", str(project), "--run", "r1", "--test-limit", "500"]) == 0
    table = capsys.readouterr().out
    assert "pruned-50" in table and "ms/image" in table


@pytest.mark.parametrize("args", [
    ["compress", "{run}", "--prune", "1.5"],
    ["compress", "{run}", "--prune", "half"],
    ["compress", "{run}"],
    ["compress", "{run}", "--quantize", "int8", "--finetune", "1"],
    ["compress", "{run}", "--quantize", "int8", "--name", "a/b"],
    ["compress", "{run}", "--sweep", "0.5,2"],
    ["compress", "{missing}", "--quantize", "int8"],
    ["variants", "{missing}"],
    ["variants", "{file}", "--run", "nope"],
    ["export", "{file}", "--run", "nope", "--bundle", "{missing}"],
    ["export", "{run}", "--run", "r1", "--format", "onnx"],
])
def test_unusable_input_exits_2_with_a_message(args, tmp_path, capsys):
    (tmp_path / "f.nsproj.json").write_text("{}")
    run = tmp_path / "run"
    run.mkdir()
    filled = [a.format(run=run, missing=tmp_path / "missing", file=tmp_path / "f.nsproj.json")
              for a in args]
    try:
        code = main(filled)
    except SystemExit as e:  # argparse refusing a flag value
        code = e.code
    assert code == 2
    assert "netstudio" in capsys.readouterr().err


def test_a_folder_without_a_run_is_named(tmp_path, capsys):
    assert main(["variants", str(tmp_path)]) == 2
    assert "project.nsproj.json" in capsys.readouterr().err


def _in_store(run_copy, tmp_path):
    """The run kept in a project's store (foo.runs/r1/): FILE --run ID names it."""
    store = tmp_path / "cnn.runs"
    store.mkdir()
    shutil.move(run_copy, store / "r1")
    project = tmp_path / "cnn.nsproj.json"
    shutil.copyfile(store / "r1" / "project.nsproj.json", project)
    return project


@pytest.mark.slow
def test_export_takes_a_project_and_run_id_like_every_run_command(run_copy, tmp_path, capsys):
    project = _in_store(run_copy, tmp_path)
    out = tmp_path / "bundle"
    assert main(["export", str(project), "--run", "r1", "--bundle", str(out)]) == 0
    meta = json.loads((out / "metadata.json").read_text())
    assert meta["variant"] == "int8"  # the run has an int8 variant: shipped by default
    onnx_file = tmp_path / "net.onnx"
    assert main(["export", str(project), "--run", "r1", "--format", "onnx", "-o",
                 str(onnx_file)]) == 0
    import onnx

    onnx.checker.check_model(str(onnx_file))


@pytest.mark.parametrize("args", [["compress", "--quantize", "int8", "--test-limit", "0"],
                                  ["variants", "--test-limit", "-5"]])
def test_a_test_limit_below_one_is_refused_before_anything_runs(run_copy, args, capsys):
    with pytest.raises(SystemExit) as e:
        main([args[0], str(run_copy), *args[1:]])
    assert e.value.code == 2 and "--test-limit" in capsys.readouterr().err
    assert not (run_copy / "variants" / "int8-0").exists()


@pytest.mark.parametrize(("model", "metadata", "words"), [
    (b"junk", {"input_shape": [1, 28, 28]}, "model.onnx: not a readable ONNX model"),
    (None, {"input_shape": "abc"}, "input_shape"),
])
def test_serving_a_damaged_model_or_metadata_exits_2(tmp_path, capsys, model, metadata, words):
    import onnx
    from onnx import TensorProto, helper

    if model is None:  # a valid model, bad metadata
        x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1, 28, 28])
        y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 1, 28, 28])
        graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x], [y])
        model = helper.make_model(graph).SerializeToString()
        onnx.checker.check_model(onnx.load_from_string(model))
    (tmp_path / "model.onnx").write_bytes(model)
    (tmp_path / "metadata.json").write_text(json.dumps(metadata))
    import socket

    with socket.socket() as taken:  # were the model served, binding would fail: exit 1
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        assert main(["serve", str(tmp_path), "--port", port]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
