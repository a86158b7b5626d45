"""Errors the core raises and the app shows (a broken project file, a file that cannot be
written, run-store, export, deploy and import failures) read in Chinese through core_text,
while the command line's English stays as it was."""

from __future__ import annotations

import json

import pytest

from netstudio.core.project import VERSION, Project, ProjectError

pytestmark = pytest.mark.gui


def _load_error(path) -> ProjectError:
    with pytest.raises(ProjectError) as info:
        Project.load(path)
    return info.value


def test_project_load_errors_keep_their_english(tmp_path):
    bad = tmp_path / "bad.nsproj.json"
    bad.write_text('{"format": "netstudio", "version": 99}')
    assert str(_load_error(bad)) == (f"{bad}: written by a newer netstudio (file version 99, "
                                     f"this one reads up to {VERSION}). Update netstudio to "
                                     "open it.")
    assert str(_load_error(tmp_path / "none.json")) == f"{tmp_path / 'none.json'}: no such file. " \
                                                       "Check the path."


def test_project_load_errors_read_in_chinese(chinese, tmp_path):
    from netstudio.gui.i18n import error_text

    missing = tmp_path / "none.json"
    assert error_text(_load_error(missing)) == f"{missing}：文件不存在。请检查路径。"
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    text = error_text(_load_error(broken))
    assert text.startswith(f"{broken}：不是有效的 JSON（第 1 行，第 2 列："), text
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"format": "netstudio", "version": 1,
                                 "graph": {"nodes": [{"id": "a"}], "edges": []}}))
    assert error_text(_load_error(wrong)) == f"{wrong}：节点 'a' 缺少字符串类型的 'type'。"
    blocks = tmp_path / "blocks.json"
    blocks.write_text(json.dumps({"format": "netstudio", "version": VERSION,
                                  "blocks": {"stem": {"nodes": 3}}}))
    # a sentence inside a sentence (where the block is) is translated too
    assert error_text(_load_error(blocks)) == (
        f"{blocks}：块 'stem' 必须是包含 'nodes' 和 'edges' 列表的对象。")


def test_write_errors_read_in_chinese(chinese, tmp_path):
    import errno

    from netstudio.core.files import WriteError
    from netstudio.gui.i18n import error_text

    e = WriteError(tmp_path / "x.json", OSError(errno.ENOSPC, "No space left on device"))
    assert str(e) == (f"{tmp_path / 'x.json'}: cannot be written (the disk is full (or over its "
                      "quota); free some space or choose another folder).")
    assert error_text(e) == (f"{tmp_path / 'x.json'}：无法写入（磁盘已满（或超出配额）；"
                             "请释放一些空间或选择其他文件夹）。")


def test_run_export_and_deploy_sentences_read_in_chinese(chinese, tmp_path, samples_dir):
    from netstudio.core.deploy import messages as deploy_msg
    from netstudio.core.export import service
    from netstudio.core.runs import Run, RunError
    from netstudio.gui.i18n import core_text, error_text

    with pytest.raises(RunError) as info:
        Run.open(tmp_path / "gone")
    assert str(info.value) == f"{tmp_path / 'gone'}: no such run folder."
    assert error_text(info.value) == f"{tmp_path / 'gone'}：运行文件夹不存在。"

    project = Project.load(samples_dir / "mnist_cnn.nsproj.json")
    with pytest.raises(service.ExportError) as exported:
        service.export(project, "python", tmp_path)  # a folder, not a file
    assert error_text(exported.value) == f"{tmp_path} 是一个文件夹；请给出文件名。"

    step = deploy_msg.PRUNING_CHANNELS(share=0.5)
    assert step == "pruning 50% of the channels"  # the command line's words
    assert core_text(step) == "正在剪去 50% 的通道"


def test_undo_entries_name_the_edit_in_chinese(chinese, main_window):
    from netstudio.core.graph.commands import AddNode
    from netstudio.core.graph.model import Node
    from netstudio.gui.undo import GraphUndoCommand

    w = main_window()
    command = AddNode(Node("conv9", "Conv2d", {}, (0.0, 0.0)))
    assert command.text == "Add Conv2d 'conv9'"
    w.undo_stack.push(GraphUndoCommand(command, w.project.graph))
    assert w.undo_stack.undoText() == "添加 Conv2d 'conv9'"


def test_a_list_of_build_problems_reads_in_chinese(chinese):
    from netstudio.core.compiler import CompileError
    from netstudio.core.diagnostics import ERROR, Diagnostic
    from netstudio.core.text import message_of
    from netstudio.gui.i18n import core_text, error_text

    first = Diagnostic(ERROR, "fc1", "bad size", "set it to 10")
    e = CompileError((first, Diagnostic(ERROR, None, "no output", None)))
    assert str(e) == ("the network cannot be built:\n  fc1: bad size Fix: set it to 10\n"
                      "  (graph): no output")
    # each problem is translated inside the heading (their own words are the checker's)
    assert core_text(message_of(e)) == error_text(e) == (
        "无法构建网络：\n  fc1：bad size 修改方法：set it to 10\n  (graph)：no output")
