"""A project with blocks as the Checker sees it: its flat graph, kept from one check to the
next so that the next check can compare and re-check only what an edit changed.

``flatten`` makes new connection objects on every call, and the Checker tells connections
apart by identity (changes.py: a splice among 6,000 connections costs a few list passes).
``FlatView.update`` hands the Checker the flat graph with the connections of the last one
wherever they are equal, so an edit inside or around a block looks to it like the same edit
in a network without blocks. The view is one project object whose settings follow the real
project's on every update.
"""

from __future__ import annotations

import copy
from typing import Any

from netstudio.core.graph.blocks import Flat
from netstudio.core.graph.model import Edge, Graph


class FlatView:
    def __init__(self, project: Any) -> None:
        self.project = project  # the project with blocks this view stands for
        self.view = copy.copy(project)
        self._edges: dict[Edge, Edge] = {}

    def update(self, project: Any, flat: Flat) -> Any:
        """The flat project for ``project`` as flattened in ``flat``; the same object on
        every call, its settings read from ``project`` now."""
        known = self._edges
        edges: list[Edge] = []
        first: dict[Edge, Edge] = {}
        for e in flat.graph.edges:
            if e in first:  # a second equal connection: a new one (never taken for the first)
                edges.append(e)
                continue
            e = known.get(e, e)
            first[e] = e
            edges.append(e)
        self._edges = first
        graph = Graph(flat.graph.nodes.values(), edges)
        graph.duplicate_ids = list(flat.graph.duplicate_ids)
        view = self.view
        view.__dict__.update(project.__dict__)
        view.graph = graph
        view.blocks = {}
        view.unflattened = project  # the search section names layers inside definitions
        return view
