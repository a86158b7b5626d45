"""Block, BlockInput, BlockOutput: the nodes of blocks (netstudio.core.graph.blocks).

They are never built or shape-checked themselves: the checker and the compiler see the flat
graph in which each Block node is replaced by its definition's layers. They are declared so
the canvas, the property panel and the layer reference know them.
"""

from __future__ import annotations

from netstudio.core.layers.builtin._base import declare
from netstudio.core.layers.registry import Param, ShapeError
from netstudio.core.text import QT_TRANSLATE_NOOP

FLAT_ONLY = QT_TRANSLATE_NOOP("Layers", "is part of a block; blocks are checked as the layers "
                              "they stand for")


def _flat_only(p, ins):
    raise ShapeError(FLAT_ONLY, code="block")


def _no_module(p, ins):
    raise ShapeError(FLAT_ONLY, code="block")


CATEGORY = QT_TRANSLATE_NOOP("Layers", "Blocks")

declare("Block", CATEGORY, QT_TRANSLATE_NOOP("Layers", "A block: a named group of layers "
                                             "defined once and used here; editing its "
                                             "definition changes every use."),
        [Param("block", "str", "", QT_TRANSLATE_NOOP("Layers", "The name of the block "
                                                      "definition it uses."))],
        infer=_flat_only, build=_no_module, flops=lambda p, ins, out: 0, min_inputs=1,
        max_inputs=None, palette=False, shapes="its inputs -> what its BlockOutput gives")
declare("BlockInput", CATEGORY, QT_TRANSLATE_NOOP("Layers", "An input of the block it is in: "
                                                  "what the block's instance receives on "
                                                  "port N."),
        [Param("port", "int", 0, QT_TRANSLATE_NOOP("Layers", "Which input of the instance (0 = "
                                                    "the first)."), min=0)],
        infer=_flat_only, build=_no_module, flops=lambda p, ins, out: 0, min_inputs=0,
        max_inputs=0, palette=False, shapes="the instance's input N -> the same")
declare("BlockOutput", CATEGORY, QT_TRANSLATE_NOOP("Layers", "The output of the block it is "
                                                   "in: what the block gives."),
        [], infer=_flat_only, build=_no_module, flops=lambda p, ins, out: 0, palette=False,
        shapes="any shape -> the same shape")
