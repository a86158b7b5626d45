"""core.export.service: the one export path (CLI and app): guards first, code that compiles,
atomic files with the usual mode, and formats registered from outside."""

from __future__ import annotations

import os
import stat

import pytest
import torch

from netstudio.core.compiler import compile_project
from netstudio.core.export import ExportError, pycode, service
from netstudio.core.project import Project

MLP = {"format": "netstudio", "version": 1, "name": "tiny",
       "graph": {"nodes": [{"id": "input", "type": "Input", "params": {"shape": [1, 28, 28]}},
                           {"id": "flat", "type": "Flatten"},
                           {"id": "fc", "type": "Linear", "params": {"out_features": 10}}],
                 "edges": [{"from": "input", "to": "flat"}, {"from": "flat", "to": "fc"}]}}


def wide_add(n: int, name: str = "wide") -> Project:
    raw = {**MLP, "name": name, "graph": {
        "nodes": [MLP["graph"]["nodes"][0], {"id": "add", "type": "Add"},
                  *MLP["graph"]["nodes"][1:]],
        "edges": [{"from": "input", "to": "add"} for _ in range(n)]
        + [{"from": "add", "to": "flat"}, {"from": "flat", "to": "fc"}]}}
    return Project.from_dict(raw)


def run_generated(path, x):
    namespace = {"__name__": "generated"}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    model = namespace["build_model"]()
    return model, model(x)


def test_an_add_of_5000_inputs_and_a_nul_in_the_name_export_code_that_runs(tmp_path):
    project = wide_add(5000, name="big\0add\x1b[2J")
    out = tmp_path / "wide.py"
    result = service.export(project, "python", out)
    assert result.files == (out,)
    x = torch.rand(2, 1, 28, 28)
    model, _ = run_generated(out, x)
    net = compile_project(project, seed=project.training.get("seed"))
    model.load_state_dict(pycode.generated_state_dict(net, project))
    assert torch.allclose(net(x), model(x), rtol=1e-4, atol=1e-2)  # 5,000 terms summed


def test_generated_code_that_would_not_compile_is_never_written(tmp_path, monkeypatch):
    monkeypatch.setattr(pycode, "export_python", lambda p, a=None: "x = (\n")
    out = tmp_path / "m.py"
    with pytest.raises(ExportError) as info:
        service.export(Project.from_dict(MLP), "python", out)
    assert info.value.kind == "format" and info.value.exit_code == 1
    assert "would not run" in str(info.value) and not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_guards_come_before_any_writing(tmp_path):
    project = Project.from_dict(MLP)
    project.save(tmp_path / "p.nsproj.json")
    cases = {tmp_path: "is a folder", tmp_path / "nope" / "m.py": "does not exist",
             tmp_path / "p.nsproj.json": "the project file itself"}
    for out, message in cases.items():
        with pytest.raises(ExportError, match=message) as info:
            service.export(project, "python", out)
        assert info.value.kind == "output" and info.value.exit_code == 2
    with pytest.raises(ExportError, match="needs trained weights") as info:
        service.export(project, "weights", tmp_path / "w.pt")
    broken = Project.from_dict({**MLP, "graph": {**MLP["graph"], "edges": []}})
    with pytest.raises(ExportError) as info:
        service.export(broken, "python", tmp_path / "m.py")
    assert info.value.kind == "graph" and info.value.diagnostics
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.nsproj.json"]


@pytest.mark.slow
def test_binary_exports_get_the_usual_file_mode(tmp_path):
    old = os.umask(0o022)
    try:
        project = Project.from_dict(MLP)
        out = service.export(project, "torch_export", tmp_path / "m.pt2").files[0]
        trained = compile_project(project)
        weights = service.export(project, "weights", tmp_path / "w.pt", net=trained).files[0]
    finally:
        os.umask(old)
    for path in (out, weights):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path  # was 0600 for .pt2/.onnx
    assert torch.export.load(out) is not None
    assert set(torch.load(weights, weights_only=True)) == set(trained.state_dict())


def test_a_format_registered_from_outside_is_offered_and_guarded(tmp_path):
    def write(job):
        return [service.atomic_write_text(job.out, f"{len(job.net.state_dict())} tensors")]

    fmt = service.ExportFormat("tensor_count", "Tensor count", ".txt", write, cli=False)
    service.register_format(fmt)
    try:
        assert fmt in service.formats() and fmt not in service.formats(cli_only=True)
        out = service.export(Project.from_dict(MLP), "tensor_count", tmp_path / "n.txt")
        assert out.files[0].read_text() == "2 tensors"
    finally:
        service.unregister_format("tensor_count")
    assert "tensor_count" not in [f.name for f in service.formats()]
