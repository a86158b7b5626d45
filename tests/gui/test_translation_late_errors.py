"""The errors added late reach a zh_CN user in Chinese: the draw pad's questions to the
served model (no connection, the service's refusals), import's reasons and notes, the import
time limit, and an opaque layer's reason kept in a project file."""

from __future__ import annotations

import re

import httpx
import numpy as np
import pytest

pytestmark = pytest.mark.gui

# three English words in a row: a sentence left untranslated (names like torch.nn or
# Conv2d, quoted values and file names are single words)
ENGLISH = re.compile(r"\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b")


def assert_chinese(text: str) -> None:
    assert re.search(r"[\u4e00-\u9fff]", text), text
    assert not ENGLISH.search(text), text


def _ask(monkeypatch, qtbot, answer) -> str:
    from netstudio.gui.deploy.server import PredictWorker

    def post(url, **kwargs):
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(httpx, "post", post)
    worker = PredictWorker()
    with qtbot.waitSignal(worker.errored, timeout=2000) as got:
        worker.predict("http://127.0.0.1:9", np.zeros((28, 28), np.float32))
    return got.args[0]


def test_the_served_models_errors_read_in_chinese(chinese, monkeypatch, qtbot):
    refused = _ask(monkeypatch, qtbot, httpx.ConnectError("[Errno 111] Connection refused"))
    assert_chinese(refused)
    assert "http://127.0.0.1:9" in refused
    assert_chinese(_ask(monkeypatch, qtbot, httpx.ReadTimeout("timed out")))
    wrong_size = httpx.Response(422, json={
        "detail": '"pixels" is 28 x 28; this model takes 32 x 32.'})
    text = _ask(monkeypatch, qtbot, wrong_size)
    assert_chinese(text)
    assert "422" in text and "32 x 32" in text
    channels = httpx.Response(422, json={
        "detail": 'image 1: wrong channels: "pixels" has 1 channel(s) but this model takes 3.'})
    assert_chinese(_ask(monkeypatch, qtbot, channels))
    # a sentence the app does not know is quoted inside a Chinese one
    unknown = _ask(monkeypatch, qtbot, httpx.Response(500, json={"detail": "Internal error"}))
    assert "Internal error" in unknown and "拒绝" in unknown
    assert_chinese(_ask(monkeypatch, qtbot, httpx.Response(502, content=b"<html>")))


def test_the_english_answers_stay_for_the_command_line(monkeypatch, qtbot):
    """Without the translators the same sentences are the English ones."""
    text = _ask(monkeypatch, qtbot, httpx.Response(422, json={"detail": '"pixels" is empty.'}))
    assert text == 'The served model refused the drawing (HTTP 422): "pixels" is empty.'


def _onnx(path, node, inputs, initializers=()):
    import onnx
    from onnx import TensorProto, helper

    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 3])
    graph = helper.make_graph([node], "g", [x], [y], list(initializers))
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)
    return path


def test_an_onnx_operator_that_cannot_be_imported_says_why_in_chinese(chinese, tmp_path):
    from onnx import helper, numpy_helper

    from netstudio.core.importers import ImportFailure
    from netstudio.core.importers.network import import_network
    from netstudio.gui.i18n import error_text

    w = numpy_helper.from_array(np.ones((4, 3), np.float32), "w")
    gemm = helper.make_node("Gemm", ["x", "w"], ["y"], alpha=2.0)
    path = _onnx(tmp_path / "gemm.onnx", gemm, ["x", "w"], [w])
    with pytest.raises(ImportFailure) as info:
        import_network(str(path))
    assert "it uses transA, alpha or beta" in str(info.value)  # the command line's English
    text = error_text(info.value)
    assert "alpha" in text and "它用到了" in text
    assert not ENGLISH.search(text.replace(str(path), "")), text


def test_the_import_time_limit_reads_in_chinese(chinese):
    import time

    from netstudio.core.importers import ImportFailure
    from netstudio.core.importers.sources import user_code_limit
    from netstudio.gui.i18n import error_text

    with pytest.raises(ImportFailure) as info, user_code_limit("slow.py:Net", seconds=0.05):
        time.sleep(2)
    assert str(info.value).startswith("slow.py:Net did not finish within 0.05 s")
    text = error_text(info.value)
    assert text.startswith("slow.py:Net 在 0.05 秒内没有完成"), text


def test_an_opaque_layers_reason_from_the_file_reads_in_chinese(chinese):
    from netstudio.core.analysis import analyze
    from netstudio.core.project import Project
    from netstudio.gui.i18n import core_text

    project = Project.from_dict({
        "format": "netstudio", "version": 2,
        "graph": {"nodes": [
            {"id": "in", "type": "Input", "params": {"shape": [4]}},
            {"id": "roll", "type": "Function", "params": {
                "function": "torch.roll", "args": [{"input": 0}, 1],
                "reason": "netstudio has no layer for torch.roll",
                "traced_inputs": [[4]], "traced_output": [4]}}],
            "edges": [{"from": "in", "to": "roll"}]}})
    found = [d for d in analyze(project).for_node("roll") if d.code == "opaque"]
    assert found and "netstudio has no layer for torch.roll" in found[0].message
    text = core_text(found[0].message)
    assert "netstudio 没有对应 torch.roll 的层" in text, text
    assert "function" not in text  # the kind of node is a word of the sentence too
    assert_chinese(text)


def test_a_reason_written_by_hand_is_shown_as_it_is():
    from netstudio.core.importers.reasons import reason_text

    assert reason_text("my own words") == "my own words"
    kept = reason_text("ONNX Einsum has no netstudio layer")
    assert kept.args == {"op_type": "Einsum"}


def test_a_reopened_runs_failure_reads_in_chinese(chinese, tmp_path):
    """run.json keeps the message's template: the runs table shows it in Chinese."""
    from PySide6.QtCore import Qt

    from netstudio.core.project import Project
    from netstudio.core.runs import RunStore
    from netstudio.core.runs.folder import Run
    from netstudio.core.train import messages as msg
    from netstudio.gui.training.runs import RunRow, RunTableModel
    from tests.core.runs_helpers import tiny_file

    path = tiny_file(tmp_path)
    run = RunStore.for_project(path).create(Project.load(path), source=path)
    run.update(status="diverged", message=msg.DIVERGED(step=12, epoch=1, lr="0.001"))
    run.release()
    model = RunTableModel()
    model.set_rows([RunRow(run=Run.open(run.path))])
    assert model.data(model.index(0, 0)) == "运行 1"  # the store's default name, translated
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    message = tip.splitlines()[1]
    assert "12" in message and "training.lr" in message
    assert_chinese(message.replace("training.lr", "").replace("training.grad_clip", ""))


def test_why_the_started_server_stopped_reads_in_chinese(chinese, tmp_path):
    """``netstudio serve`` speaks English; the app recognises the deploy package's sentence
    in its last line."""
    from netstudio.core.deploy import messages
    from netstudio.core.deploy.service_answers import server_line_text
    from netstudio.gui.i18n import core_text

    line = "netstudio: " + messages.SUCH_RUN_VARIANT_BUNDLE(folder=str(tmp_path))
    text = core_text(server_line_text(line))
    assert str(tmp_path) in text
    assert_chinese(text.replace(str(tmp_path), ""))
    assert server_line_text("uvicorn said something") == "uvicorn said something"
