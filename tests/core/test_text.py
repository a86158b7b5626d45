"""Core sentences as data: a Text is its English sentence, remembers its template and values,
renders through any translator, and survives copies; every layer's words are translatable."""

from __future__ import annotations

import copy
import json
import pickle

from netstudio.core.layers.registry import list_layers
from netstudio.core.text import QT_TRANSLATE_NOOP, Template, plain

GREETING = QT_TRANSLATE_NOOP("Test", "{node} has {count:,} weights ({why}).")
WHY = QT_TRANSLATE_NOOP("Test", "too many")


def test_a_text_is_its_english_sentence_and_keeps_its_values():
    t = GREETING(node="fc1", count=12345, why=WHY())
    assert t == "fc1 has 12,345 weights (too many)." and isinstance(t, str)
    assert t.template is GREETING and t.args["count"] == 12345
    assert json.dumps({"m": t}) == '{"m": "fc1 has 12,345 weights (too many)."}'
    assert type(plain({"a": [t]})["a"][0]) is str


def test_render_translates_the_sentence_and_its_nested_values():
    table = {GREETING.source: "{node} 有 {count:,} 个权重（{why}）。", WHY.source: "太多"}
    t = GREETING(node="fc1", count=12345, why=WHY())
    assert t.render(lambda tpl: table[tpl.source]) == "fc1 有 12,345 个权重（太多）。"
    broken = {GREETING.source: "{nod} 有 {count} 个权重", WHY.source: "太多"}  # a typo
    assert t.render(lambda tpl: broken[tpl.source]) == "fc1 has 12,345 weights (太多)."


def test_copies_and_pickles_keep_the_template():
    t = GREETING(node="fc1", count=1, why=WHY())
    for other in (copy.deepcopy(t), pickle.loads(pickle.dumps(t))):
        assert other == t and other.template.source == GREETING.source
        assert other.args["why"].template.source == WHY.source
    assert pickle.loads(pickle.dumps(WHY)).context == "Test"


def test_a_template_without_fields_is_its_sentence():
    assert WHY == "too many" and isinstance(WHY, str) and WHY.context == "Test"


def test_every_layer_word_is_translatable():
    plain_words = [(s.type, w) for s in list_layers()
                   for w in (s.category, s.description, *(p.help for p in s.params))
                   if w and not isinstance(w, Template)]
    assert not plain_words, "declare them with QT_TRANSLATE_NOOP(\"Layers\", ...)"
