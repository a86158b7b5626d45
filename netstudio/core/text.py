"""Sentences from the Qt-free core that the command line prints and the GUI translates.

Each sentence is declared once, as a Template: a context and English source text with named
``{fields}``, marked by a call named ``QT_TRANSLATE_NOOP`` so that pyside6-lupdate collects it
into resources/translations/*.ts like any GUI string::

    LOOP = QT_TRANSLATE_NOOP("Checks", "These layers form a loop: {path}.")

Calling a template with its values gives a Text: a ``str`` holding the English sentence (what
the command line prints, what tests compare) that also remembers its template and values, so
that ``netstudio.gui.i18n.core_text`` can show it in the user's language. A value may itself be
a Text (a requirement, a reason): it is translated too. A template without fields (a layer's
description) is itself a ``str`` and is used as it is. Build sentences only from templates:
``text + "..."`` gives a plain str that stays English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any


class Template(str):
    """One translatable sentence: ``context`` (a group name in the .ts) and its English
    ``source`` with ``{name}`` fields filled by ``str.format``. It is also a ``str`` (its
    source), so a sentence without fields (a layer's description) is used as it is, and
    ``core_text`` translates it; call it with values to fill its fields."""

    context: str

    def __new__(cls, context: str, source: str) -> Template:
        self = super().__new__(cls, source)
        self.context = context
        return self

    @property
    def source(self) -> str:
        return str.__str__(self)

    def __call__(self, **args: Any) -> Text:
        return Text(self, args)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Template, (self.context, self.source))

    def __repr__(self) -> str:
        return f"Template({self.context!r}, {self.source!r})"


def QT_TRANSLATE_NOOP(context: str, source: str) -> Template:  # noqa: N802 (lupdate's name)
    """Declare a Template. pyside6-lupdate finds calls by this name in any Python file."""
    return Template(context, source)


class Text(str):
    """An English sentence made from ``template`` and ``args``; see the module docstring."""

    template: Template
    args: Mapping[str, Any]

    def __new__(cls, template: Template, args: Mapping[str, Any]) -> Text:
        self = super().__new__(cls, template.source.format(**args))
        self.template = template
        self.args = dict(args)
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and deepcopy keep the template
        return (Text, (self.template, self.args))

    def render(self, translate: Callable[[Template], str]) -> str:
        """The sentence with ``translate(template) -> source text`` applied to it and, first,
        to every Text among its values. Falls back to English when a translation is broken
        (a missing or misspelt field)."""
        values = {k: v.render(translate) if isinstance(v, Text)
                  else translate(v) if isinstance(v, Template) else v
                  for k, v in self.args.items()}
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.source.format(**values)


def shape_text(shape: Any) -> str:
    """A shape as messages write it, whatever the language: [1, 28, 28]."""
    return "[" + ", ".join(str(int(d)) for d in shape) + "]"


def plain(value: Any) -> Any:
    """``value`` with every Text turned into a plain str (JSON, logs, equality in tests)."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def message_of(error: BaseException) -> str:
    """The sentence an exception carries, keeping its Text (``str(error)`` returns a plain
    str, which the GUI cannot translate): ``error.message`` when it is one, else the Text it
    was raised with, else ``str(error)``."""
    message = getattr(error, "message", None)
    if isinstance(message, Text | Template):
        return message
    if len(error.args) == 1 and isinstance(error.args[0], Text | Template):
        return error.args[0]
    return str(error)


def join_texts(separator: str, items: Sequence[Any]) -> Text:
    """``separator.join(items)`` as a Text, so that each item that is a Text stays
    translatable (a list of problems under one heading)."""
    escaped = separator.replace("{", "{{").replace("}", "}}")
    source = escaped.join(f"{{p{i}}}" for i in range(len(items)))
    return Template("Joined", source)(**{f"p{i}": item for i, item in enumerate(items)})


def recognise(sentence: str, templates: Sequence[Template]) -> Text | None:
    """The Text that ``sentence`` is, if one of ``templates`` makes it (with the values read
    back from it), else None. For English that comes back from outside: another program's
    answer (the HTTP service) or a sentence kept in a file (an imported layer's reason), so
    that the app can show it in the user's language. Values are read back as strings (as
    numbers where the field has a number format)."""
    for template in templates:
        found = _pattern(template).fullmatch(sentence)
        if found is None:
            continue
        values: dict[str, Any] = {}
        for name, spec in _fields(template):
            value: Any = found.group(name)
            if spec:
                try:
                    value = int(value) if spec[-1] in "dn" else float(value)
                except ValueError:
                    break
            values[name] = value
        else:
            text = template(**values)
            if text == sentence:
                return text
    return None


_PATTERNS: dict[tuple[str, str], Any] = {}


def _fields(template: Template) -> list[tuple[str, str]]:
    import string

    seen: dict[str, str] = {}
    for _, name, spec, _ in string.Formatter().parse(template.source):
        if name is not None and name not in seen:
            seen[name] = spec or ""
    return list(seen.items())


def _pattern(template: Template) -> Any:
    import re
    import string

    key = (template.context, template.source)
    if key not in _PATTERNS:
        parts, seen = [], set()
        for literal, name, _, _ in string.Formatter().parse(template.source):
            parts.append(re.escape(literal))
            if name is None:
                continue
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
        _PATTERNS[key] = re.compile("".join(parts), re.DOTALL)
    return _PATTERNS[key]


def text_to_dict(value: Any) -> dict[str, Any] | None:
    """A Text (or Template) as plain JSON data, to keep beside its English in a file (a run's
    failure message in run.json): {"context", "source", "args"}; nested Texts likewise, under
    {"text": ...}. None for a plain str (nothing to translate)."""
    if isinstance(value, Text):
        return {"context": value.template.context, "source": value.template.source,
                "args": {k: _arg_to_json(v) for k, v in value.args.items()}}
    if isinstance(value, Template):
        return {"context": value.context, "source": value.source, "args": {}}
    return None


def text_from_dict(raw: Any, english: str) -> str:
    """The Text that ``text_to_dict`` kept, when it still makes ``english`` (the file's own
    sentence, which a person or an older netstudio may have changed); else ``english``."""
    try:
        text = _text_from_json(raw)
    except (TypeError, KeyError, ValueError, IndexError, AttributeError, RecursionError):
        return english
    return text if text is not None and text == english else english


def _arg_to_json(value: Any) -> Any:
    if isinstance(value, Text | Template):
        return {"text": text_to_dict(value)}
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else str(value)
    return str(value)


def _text_from_json(raw: Any) -> Any:
    if not isinstance(raw, Mapping):
        return None
    template = Template(str(raw["context"]), str(raw["source"]))
    args = raw.get("args") or {}
    values = {str(k): _text_from_json(v["text"]) if isinstance(v, Mapping) else v
              for k, v in args.items()}
    if not values and "{" not in template.source:
        return template
    return template(**values)
