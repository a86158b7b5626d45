"""Small hand-built graphs shared by the compiler and exporter tests."""

from __future__ import annotations

from netstudio.core.project import Project


def make_project(nodes, edges):
    """nodes: (id, type, params) triples; edges: (src, dst) or (src, dst, port)."""
    return Project.from_dict({
        "format": "netstudio", "version": 1, "name": "test",
        "graph": {"nodes": [{"id": i, "type": t, "params": p or {}} for i, t, p in nodes],
                  "edges": [{"from": e[0], "to": e[1], **({"port": e[2]} if len(e) > 2 else {})}
                            for e in edges]},
        # A folder that does not exist: the checker reports it (a settings error, which does not
        # stop compiling) and cannot tell the dataset's input shape or class count, so these
        # small test graphs are not held to MNIST's.
        "data": {"dataset": "folder", "path": "/nonexistent/netstudio-test-data"}})


def skip_project():
    """input -> a -> relu -> b ; Add(b, a) ; Concat(add, input) -> flatten -> fc.

    ``a`` has two consumers, the Add is a skip connection, the Concat has ordered ports.
    """
    nodes = [("input", "Input", {"shape": [2, 6, 6]}),
             ("a", "Conv2d", {"out_channels": 3, "kernel_size": 3, "padding": 1}),
             ("relu", "ReLU", None),
             ("b", "Conv2d", {"out_channels": 3, "kernel_size": 3, "padding": 1}),
             ("add", "Add", None),
             ("cat", "Concat", {"dim": 0}),
             ("flat", "Flatten", None),
             ("fc", "Linear", {"out_features": 4})]
    edges = [("input", "a"), ("a", "relu"), ("relu", "b"), ("b", "add"), ("a", "add"),
             ("input", "cat", 1), ("add", "cat", 0), ("cat", "flat"), ("flat", "fc")]
    return make_project(nodes, edges)
