"""What File > New starts from: the smallest network that checks clean and trains.

Input (sized for the data set) -> Flatten -> Linear (one output per class): no error before
the user did anything, and the two ends a classifier needs are already there, so building
the tutorial CNN is inserting layers between them.
"""

from __future__ import annotations

from netstudio.core.data.catalog import dataset_info
from netstudio.core.graph.edits import ROW_STEP
from netstudio.core.graph.model import Edge, Graph, Node
from netstudio.core.project import Project


def starter_graph(dataset: str = "mnist") -> Graph:
    info = dataset_info(dataset)
    shape = list(info.input_shape) if info else [1, 28, 28]
    classes = info.num_classes if info else 10
    nodes = [Node("input", "Input", {"shape": shape}, (0.0, 0.0)),
             Node("flatten", "Flatten", {}, (0.0, ROW_STEP)),
             Node("output", "Linear", {"out_features": classes}, (0.0, 2 * ROW_STEP))]
    return Graph(nodes, [Edge("input", "flatten"), Edge("flatten", "output")])


def starter_project(name: str = "Untitled") -> Project:
    project = Project(name=name)
    project.graph = starter_graph(project.dataset)
    return project
