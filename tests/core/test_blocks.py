"""Blocks and the project format version 2: migration from version 1, flattening, checks
across block borders, compile and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from netstudio.core.analysis import analyze
from netstudio.core.compiler import compile_project
from netstudio.core.graph.blocks import flatten
from netstudio.core.graph.grouping import expand_instance, group_nodes
from netstudio.core.project import VERSION, Project, ProjectError

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.nsproj.json"))
FREE = {"dataset": "folder", "path": "/nonexistent/netstudio-block-tests"}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name.split(".")[0])
def test_every_sample_migrates_from_version_1(path):
    raw = json.loads(path.read_text())
    assert raw["version"] == 1
    project = Project.load(path)
    saved = project.to_dict()
    assert saved["version"] == VERSION == 2 and "blocks" not in saved
    again = Project.from_dict(json.loads(json.dumps(saved)))
    assert again.to_dict() == saved
    before = analyze(project)
    assert analyze(again).total_params == before.total_params
    assert [(d.code, d.node) for d in analyze(again).diagnostics] == [
        (d.code, d.node) for d in before.diagnostics]


def test_a_version_1_blocks_key_is_not_read_as_blocks():
    raw = {"format": "netstudio", "version": 1, "graph": {"nodes": [], "edges": []},
           "blocks": {"x": 1}}
    project = Project.from_dict(raw)
    assert project.blocks == {} and project.extra == {"blocks_v1": {"x": 1}}
    with pytest.raises(ProjectError, match="newer netstudio"):
        Project.from_dict({**raw, "version": 3})


def residual_project() -> Project:
    project = Project.load(next(p for p in SAMPLES if "resnet_small" in p.name))
    project.data = dict(FREE)
    return project


B1 = ["b1_conv1", "b1_bn1", "b1_relu1", "b1_conv2", "b1_bn2", "b1_add", "b1_relu"]


def test_grouping_keeps_the_network_and_its_weights_names():
    project = residual_project()
    flat_before = compile_project(project, seed=0)
    assert group_nodes(project.graph, project.blocks, B1, "Residual", "res1") is None
    body = project.blocks["Residual"]
    assert [n.type for n in body.nodes.values()][0] == "BlockInput"
    analysis = analyze(project)
    assert not [d for d in analysis.errors if not d.is_setting]
    assert analysis.nodes["res1"].shape == analysis.nodes["stem_relu"].shape
    assert analysis.nodes["res1"].params == sum(
        analysis.nodes[f"res1/{i}"].params for i in B1)
    net = compile_project(project, analysis, seed=0)
    assert "res1/b1_conv1" in net.layers
    assert sum(p.numel() for p in net.parameters()) == sum(
        p.numel() for p in flat_before.parameters())
    # the round trip: expand puts the same layers back (under instance-prefixed ids)
    new = expand_instance(project.graph, project.blocks, "res1")
    assert isinstance(new, dict) and new["b1_conv1"] == "res1_b1_conv1"
    assert analyze(project).total_params == analysis.total_params


def test_one_definition_two_instances_and_errors_across_the_border():
    project = residual_project()
    group_nodes(project.graph, project.blocks, B1, "Residual", "res1")
    g = project.graph
    # a second use of the definition after the first
    from netstudio.core.graph.model import Edge, Node

    g.add_node(Node("res2", "Block", {"block": "Residual"}))
    for e in [e for e in g.edges if e.src == "res1"]:
        g.remove_edge(e)
        g.add_edge(Edge("res2", e.dst, e.port))
    g.add_edge(Edge("res1", "res2"))
    analysis = analyze(project)
    assert not [d for d in analysis.errors if not d.is_setting]
    assert analysis.nodes["res2/b1_conv2"].shape == analysis.nodes["res1/b1_conv2"].shape
    # editing the definition changes both instances; an error names the layer's path
    project.blocks["Residual"].node("b1_conv2").params["out_channels"] = 8
    after = analyze(project)
    errors = {d.node for d in after.errors if not d.is_setting}
    assert "res1/b1_add" in errors  # reported once, where it starts
    assert after.nodes["res2/b1_conv2"].shape is None  # and res2 is changed too (downstream)


def test_broken_blocks_are_errors_not_crashes():
    from netstudio.core.graph.model import Edge, Graph, Node

    project = residual_project()
    g = project.graph
    g.add_node(Node("ghost", "Block", {"block": "Nope"}))
    g.add_edge(Edge("stem_relu", "ghost"))
    loop = Graph([Node("in", "BlockInput"), Node("self", "Block", {"block": "Loop"}),
                  Node("out", "BlockOutput")], [Edge("in", "self"), Edge("self", "out")])
    project.blocks["Loop"] = loop
    g.add_node(Node("looped", "Block", {"block": "Loop"}))
    g.add_edge(Edge("stem_relu", "looped"))
    codes = {(d.node, d.code) for d in analyze(project).diagnostics}
    assert ("ghost", "unknown-block") in codes and ("looped/self", "block-cycle") in codes


def test_export_writes_a_class_per_block_with_the_same_outputs():
    import types

    from netstudio.core.export.pycode import export_python, generated_state_dict

    project = residual_project()
    group_nodes(project.graph, project.blocks, B1, "Residual", "res1")
    source = export_python(project)
    assert "class Residual(nn.Module):" in source and "self.res1 = Residual()" in source
    net = compile_project(project, seed=2).eval()
    module = types.ModuleType("generated")
    exec(compile(source, "generated.py", "exec"), module.__dict__)
    model = module.build_model().eval()
    model.load_state_dict(generated_state_dict(net, project), strict=True)
    x = torch.randn(2, 1, 28, 28)
    with torch.no_grad():
        assert (model(x) - net(x)).abs().max() < 1e-6


def test_blocks_round_trip_through_a_file(tmp_path):
    project = residual_project()
    group_nodes(project.graph, project.blocks, B1, "Residual", "res1")
    path = tmp_path / "b.nsproj.json"
    project.save(path)
    raw = json.loads(path.read_text())
    assert raw["version"] == 2 and list(raw["blocks"]) == ["Residual"]
    again = Project.load(path)
    assert again.to_dict() == project.to_dict()
    assert len(flatten(again).graph) == len(flatten(project).graph)
