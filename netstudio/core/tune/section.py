"""Reading the project's ``search`` section: a SearchSpec and every problem as a Diagnostic.

    spec, found = read_search(project)    # spec None when the section is unusable

Each problem names its key (``search.trials``, ``search.space.nodes.conv1.out_channels``)
and says what to do. Values are checked by the rules that use them: a training setting by
the training section's own check, a layer parameter by its layer's declaration, so a value
``check`` accepts here is one a trial can train with. Whether the points of the space keep
the network's shapes is the checker's (netstudio.core.checks.search).
"""

from __future__ import annotations

import difflib
from typing import Any

from netstudio.core.diagnostics import ERROR, WARNING, Diagnostic, diagnostic
from netstudio.core.layers.registry import get_layer
from netstudio.core.settings.fields import WHOLE_UP_TO, finite, is_int, is_number, show
from netstudio.core.text import QT_TRANSLATE_NOOP, Template, Text
from netstudio.core.tune.space import (
    DEFAULTS,
    DIRECTIONS,
    FIXED_TRAINING,
    KINDS,
    MAX_GRID,
    METRICS,
    PRUNERS,
    SAMPLERS,
    SEARCHABLE_DATA,
    Dimension,
    SearchSpec,
    find_node,
    split_path,
)

EXAMPLE_ENTRY = '{"type": "float", "low": 0.0001, "high": 0.01, "log": true}'

NOT_OBJECT = QT_TRANSLATE_NOOP("Search", "{field} must be an object with the search settings "
                               "and its \"space\", got {value}.")
SEE_TUNING_DOCS = QT_TRANSLATE_NOOP("Search", "write it like the example in docs/tuning.md, "
                                    "or remove it")
NOT_ONE_OF = QT_TRANSLATE_NOOP("Search", "{field} is {value}, but it must be one of: {choices}.")
USE_ONE_OF = QT_TRANSLATE_NOOP("Search", "use one of: {choices}")
NOT_WHOLE = QT_TRANSLATE_NOOP("Search", "{field} must be a whole number >= {minimum}{or_null}, "
                              "got {value}.")
NOT_POSITIVE = QT_TRANSLATE_NOOP("Search", "{field} must be a number greater than 0 or null, "
                                 "got {value}.")
CHANGE = QT_TRANSLATE_NOOP("Search", "change {field}")
OR_NULL = QT_TRANSLATE_NOOP("Search", " or null")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("Search", "Unknown key {field} in the search section; it is "
                                "kept but not used.")
DID_YOU_MEAN = QT_TRANSLATE_NOOP("Search", "did you mean '{suggestion}'?")
CHECK_SPELLING = QT_TRANSLATE_NOOP("Search", "check its spelling or remove it")
NO_SPACE = QT_TRANSLATE_NOOP("Search", "{field} is empty or missing: the search has nothing "
                             "to vary.")
ADD_DIMENSION = QT_TRANSLATE_NOOP("Search", "add what to vary, e.g. \"training.lr\": {example}")
UNKNOWN_PATH = QT_TRANSLATE_NOOP("Search", "{field}: '{path}' is not a value a search can vary.")
SEARCHABLE_PATHS = QT_TRANSLATE_NOOP("Search", "use training.<setting>, data.augment, "
                                     "data.normalize, nodes.<node id>.<parameter> or "
                                     "blocks.<block>.<node id>.<parameter>")
UNKNOWN_SETTING = QT_TRANSLATE_NOOP("Search", "{field}: the {section} section has no setting "
                                    "'{key}' a search can vary.")
SEARCHABLE_SETTINGS = QT_TRANSLATE_NOOP("Search", "searchable {section} settings: {names}")
FIXED_SETTING = QT_TRANSLATE_NOOP("Search", "{field}: {path} cannot be searched: {why}.")
REMOVE_ENTRY = QT_TRANSLATE_NOOP("Search", "remove this entry from search.space")
UNKNOWN_NODE = QT_TRANSLATE_NOOP("Search", "{field}: the network has no node '{node_id}'.")
USE_NODE_ID = QT_TRANSLATE_NOOP("Search", "use the id of a layer on the canvas")
UNKNOWN_PARAM = QT_TRANSLATE_NOOP("Search", "{field}: {node_id} ({type}) has no parameter "
                                  "'{param}'.")
TAKES = QT_TRANSLATE_NOOP("Search", "{type} takes: {names}")
INFERRED = QT_TRANSLATE_NOOP("Search", "{field}: {param} of {node_id} follows from the "
                             "incoming shape, so it cannot be searched.")
SEARCH_UPSTREAM = QT_TRANSLATE_NOOP("Search", "search the size of the layer before it instead")
NOT_SEARCHABLE_KIND = QT_TRANSLATE_NOOP("Search", "{field}: {param} of {node_id} is {requirement}"
                                        "; a search varies numbers, true/false or choices.")
NOT_A_RANGE = QT_TRANSLATE_NOOP("Search", "{field} must be an object like {example}, "
                                "got {value}.")
WRITE_LIKE = QT_TRANSLATE_NOOP("Search", "write it like {example}")
BAD_KIND = QT_TRANSLATE_NOOP("Search", "{field}: \"type\" is {value}; it must be \"float\", "
                             "\"int\" or \"categorical\".")
SET_KIND = QT_TRANSLATE_NOOP("Search", "set \"type\" to \"float\" (a range of numbers), \"int\" "
                             "(whole numbers) or \"categorical\" (a list of choices)")
NEEDS_BOUNDS = QT_TRANSLATE_NOOP("Search", "{field}: a {kind} range needs numbers \"low\" and "
                                 "\"high\", got low {low} and high {high}.")
SET_BOUNDS = QT_TRANSLATE_NOOP("Search", "set \"low\" and \"high\" to numbers")
WHOLE_BOUNDS = QT_TRANSLATE_NOOP("Search", "{field}: an int range needs whole numbers, got "
                                 "low {low} and high {high}.")
USE_WHOLE_OR_FLOAT = QT_TRANSLATE_NOOP("Search", "use whole numbers, or \"type\": \"float\"")
LOW_ABOVE_HIGH = QT_TRANSLATE_NOOP("Search", "{field}: low ({low}) is greater than high "
                                   "({high}).")
SWAP = QT_TRANSLATE_NOOP("Search", "swap low and high")
LOG_NOT_POSITIVE = QT_TRANSLATE_NOOP("Search", "{field}: a log range needs low > 0, got low "
                                     "{low}.")
POSITIVE_LOW = QT_TRANSLATE_NOOP("Search", "make low a small positive number such as "
                                 "{suggestion}, or set \"log\": false")
BAD_LOG = QT_TRANSLATE_NOOP("Search", "{field}: \"log\" must be true or false, got {value}.")
SET_LOG = QT_TRANSLATE_NOOP("Search", "set \"log\" to true (search on a log scale) or false")
BAD_STEP = QT_TRANSLATE_NOOP("Search", "{field}: \"step\" must be a number > 0 (a whole number "
                             "for an int range), got {value}.")
FIX_STEP = QT_TRANSLATE_NOOP("Search", "change \"step\", or remove it")
LOG_AND_STEP = QT_TRANSLATE_NOOP("Search", "{field}: a range cannot have both \"log\": true and "
                                 "a \"step\".")
LOG_OR_STEP = QT_TRANSLATE_NOOP("Search", "remove \"step\" or \"log\"")
BAD_CHOICES = QT_TRANSLATE_NOOP("Search", "{field}: \"choices\" must be a non-empty list of "
                                "numbers, texts, true/false or null, got {value}.")
LIST_CHOICES = QT_TRANSLATE_NOOP("Search", "list the values to try, e.g. \"choices\": [32, 64, "
                                 "128]")
REPEATED_CHOICE = QT_TRANSLATE_NOOP("Search", "{field}: the choice {value} is listed more than "
                                    "once.")
LIST_ONCE = QT_TRANSLATE_NOOP("Search", "list each choice once")
BAD_VALUE = QT_TRANSLATE_NOOP("Search", "{field}: the {what} {value} cannot be used: {reason}")
FIX_VALUE = QT_TRANSLATE_NOOP("Search", "change the {what} to a value {path} accepts")
LOW_WORD = QT_TRANSLATE_NOOP("Search", "low")
HIGH_WORD = QT_TRANSLATE_NOOP("Search", "high")
CHOICE_WORD = QT_TRANSLATE_NOOP("Search", "choice")
MUST_BE = QT_TRANSLATE_NOOP("Search", "{node_id}'s {param} must be {requirement}.")
GRID_NEEDS_STEP = QT_TRANSLATE_NOOP("Search", "{field}: a grid search needs a list of values, "
                                    "but this is a continuous float range.")
ADD_STEP = QT_TRANSLATE_NOOP("Search", "add a \"step\" (e.g. {suggestion}), use \"categorical\" "
                             "choices, or use the random or tpe sampler")
GRID_LARGER = QT_TRANSLATE_NOOP("Search", "The grid has {size} points but search.trials is "
                                "{trials}: only {trials} of them are tried.")
RAISE_TRIALS = QT_TRANSLATE_NOOP("Search", "set search.trials to {size}, or narrow the space")
GRID_TOO_LARGE = QT_TRANSLATE_NOOP("Search", "The grid has {size} points; a grid search tries "
                                   "at most {maximum}.")
FEWER_POINTS = QT_TRANSLATE_NOOP("Search", "use larger steps or fewer choices, or the random "
                                 "or tpe sampler")
METRIC_TASK = QT_TRANSLATE_NOOP("Search", "search.metric is {metric}, but a reconstruction "
                                "task has no accuracy.")
USE_LOSS = QT_TRANSLATE_NOOP("Search", "use \"val_loss\" with \"direction\": \"minimize\"")
METRIC_NO_VAL = QT_TRANSLATE_NOOP("Search", "search.metric is {metric}, but data.val_split is "
                                  "0: there is no validation set to measure it on.")
SET_VAL_SPLIT = QT_TRANSLATE_NOOP("Search", "set data.val_split (e.g. 0.1), or use a train_ "
                                  "metric")
ODD_DIRECTION = QT_TRANSLATE_NOOP("Search", "search.direction is {direction} for {metric}: the "
                                  "search looks for the worst trials.")
SET_DIRECTION = QT_TRANSLATE_NOOP("Search", "set search.direction to \"{expected}\", or remove "
                                  "it")

_TOP_KEYS = tuple(DEFAULTS) + ("space",)


def read_search(project: Any, raw: Any = ...) -> tuple[SearchSpec | None, list[Diagnostic]]:
    """The project's search section (or ``raw``) checked: the spec (None when it cannot be
    used) and every problem found. No section at all: (None, [])."""
    raw = project.search if raw is ... else raw
    if raw is None:
        return None, []
    r = _Reader(project)
    if not isinstance(raw, dict):
        r.error("search", NOT_OBJECT, SEE_TUNING_DOCS, value=show(raw))
        return None, r.found
    for key in raw:
        if key not in _TOP_KEYS:
            close = difflib.get_close_matches(str(key), _TOP_KEYS, n=1)
            r.report(WARNING, "search-unknown-key", f"search.{key}", UNKNOWN_KEY,
                     DID_YOU_MEAN(suggestion=close[0]) if close else CHECK_SPELLING())
    settings = _settings(r, raw, project)
    dims = _space(r, raw.get("space"), settings["sampler"])
    if any(d.severity == ERROR for d in r.found) or not dims:
        return None, r.found
    spec = SearchSpec(dimensions=tuple(dims), **settings,
                      extra={k: v for k, v in raw.items() if k not in _TOP_KEYS})
    size = spec.grid_size() if spec.sampler == "grid" else None
    if size is not None and size > spec.trials and "trials" in raw:
        r.report(WARNING, "search-grid-larger", "search.trials", GRID_LARGER, RAISE_TRIALS,
                 size=size, trials=spec.trials)
    return spec, r.found


class _Reader:
    def __init__(self, project: Any) -> None:
        self.project = project
        self.found: list[Diagnostic] = []

    def report(self, severity: str, code: str, field: str, message: Template,
               fix: Template | Text | None = None, **args: Any) -> None:
        self.found.append(diagnostic(severity, code, message, fix, field=field, **args))

    def error(self, field: str, message: Template, fix: Template | Text | None = None,
              code: str = "search-bad-value", **args: Any) -> None:
        self.report(ERROR, code, field, message, fix, **args)


# ---- the settings --------------------------------------------------------------------------
def _settings(r: _Reader, raw: dict[str, Any], project: Any) -> dict[str, Any]:
    out = dict(DEFAULTS)
    for key, choices in (("sampler", SAMPLERS), ("pruner", PRUNERS), ("metric", tuple(METRICS))):
        value = raw.get(key, DEFAULTS[key])
        if value in choices and isinstance(value, str):
            out[key] = value
        else:
            r.error(f"search.{key}", NOT_ONE_OF, USE_ONE_OF, value=show(value),
                    choices=", ".join(choices))
    for key, minimum, nullable in (("trials", 1, False), ("epochs_per_trial", 1, True),
                                   ("subset", 1, True), ("seed", 0, True)):
        value = raw.get(key, DEFAULTS[key])
        if value is None and (nullable or key not in raw):
            out[key] = DEFAULTS[key]
        elif is_int(value) and minimum <= value <= 2**31 - 1:
            out[key] = value
        elif is_int(value) and value > minimum:  # say the largest, or 10**12 reads as fine
            r.error(f"search.{key}", WHOLE_UP_TO, CHANGE, value=show(value), minimum=minimum,
                    maximum=2**31 - 1)
        else:
            r.error(f"search.{key}", NOT_WHOLE, CHANGE, value=show(value), minimum=minimum,
                    or_null=OR_NULL() if nullable else "")
    timeout = raw.get("timeout_s")
    if timeout is not None and not (is_number(timeout) and finite(timeout) and timeout > 0):
        r.error("search.timeout_s", NOT_POSITIVE, CHANGE, value=show(timeout))
    else:
        out["timeout_s"] = None if timeout is None else float(timeout)
    if out["epochs_per_trial"] is None:
        epochs: Any = (project.training.get("epochs") if isinstance(project.training, dict)
                       else None)
        out["epochs_per_trial"] = epochs if is_int(epochs) and epochs >= 1 else 1
    _metric_rules(r, raw, out, project)
    return out


def _metric_rules(r: _Reader, raw: dict[str, Any], out: dict[str, Any], project: Any) -> None:
    metric = out["metric"]
    expected = METRICS[metric]
    direction = raw.get("direction")
    if direction is None:
        out["direction"] = expected
    elif direction in DIRECTIONS:
        out["direction"] = direction
        if direction != expected:
            r.report(WARNING, "search-direction", "search.direction", ODD_DIRECTION,
                     SET_DIRECTION, direction=direction, metric=metric, expected=expected)
    else:
        r.error("search.direction", NOT_ONE_OF, USE_ONE_OF, value=show(direction),
                choices=", ".join(DIRECTIONS))
        out["direction"] = expected
    training = project.training if isinstance(project.training, dict) else {}
    data = project.data if isinstance(project.data, dict) else {}
    if metric.endswith("accuracy") and training.get("task") == "reconstruction":
        r.error("search.metric", METRIC_TASK, USE_LOSS, code="search-metric-task",
                metric=metric)
    if metric.startswith("val_") and data.get("val_split") == 0:
        r.error("search.metric", METRIC_NO_VAL, SET_VAL_SPLIT, code="search-metric-no-val",
                metric=metric)


# ---- the space ------------------------------------------------------------------------------
def _space(r: _Reader, space: Any, sampler: str) -> list[Dimension]:
    if not isinstance(space, dict) or not space:
        r.error("search.space", NO_SPACE, ADD_DIMENSION, code="search-no-space",
                example=EXAMPLE_ENTRY)
        return []
    dims = []
    for path, entry in space.items():
        field = f"search.space.{path}"
        if not _path_ok(r, str(path), field):
            continue
        dim = _dimension(r, str(path), entry, field)
        if dim is None or not _values_ok(r, dim, field):
            continue
        if sampler == "grid" and dim.grid_count() is None:
            r.error(field, GRID_NEEDS_STEP, ADD_STEP, code="search-grid-needs-step",
                    suggestion=_suggest_step(dim))
            continue
        dims.append(dim)
    if sampler == "grid" and dims:
        size = SearchSpec(tuple(dims)).grid_size() or 0
        if size > MAX_GRID:
            r.error("search.space", GRID_TOO_LARGE, FEWER_POINTS, code="search-grid-too-large",
                    size=size, maximum=MAX_GRID)
    return dims


def _path_ok(r: _Reader, path: str, field: str) -> bool:
    section, node_id, key = split_path(path)
    project = r.project
    if section == "training":
        if key in FIXED_TRAINING:
            r.error(field, FIXED_SETTING, REMOVE_ENTRY, code="search-fixed-setting", path=path,
                    why=FIXED_TRAINING[key])
            return False
        names: tuple[str, ...] = searchable_training()
        if key not in names:
            _unknown_setting(r, field, "training", key, names)
            return False
        return True
    if section == "data":
        if key not in SEARCHABLE_DATA:
            _unknown_setting(r, field, "data", key, SEARCHABLE_DATA)
            return False
        return True
    if section in ("nodes", "blocks"):
        found = find_node(project, path)
        if found is None:
            ids: list[str] = (list(project.graph.nodes) if section == "nodes" else
                              [f"{b}.{n}" for b, g in (getattr(project, "blocks", {}) or {}
                                                       ).items() for n in g.nodes])
            close = difflib.get_close_matches(node_id, ids, n=1)
            r.error(field, UNKNOWN_NODE, DID_YOU_MEAN(suggestion=close[0]) if close
                    else USE_NODE_ID(), code="search-unknown-node", node_id=node_id)
            return False
        node = found[1]
        spec = get_layer(node.type)
        p = spec.param(key) if spec is not None else None
        if p is None:
            params = [q.name for q in spec.params] if spec is not None else []
            close = difflib.get_close_matches(key, params, n=1)
            fix = (DID_YOU_MEAN(suggestion=close[0]) if close
                   else TAKES(type=node.type, names=", ".join(params) or "-"))
            r.error(field, UNKNOWN_PARAM, fix, code="search-unknown-param", node_id=node_id,
                    type=node.type, param=key)
            return False
        if p.inferred:
            r.error(field, INFERRED, SEARCH_UPSTREAM, code="search-inferred-param",
                    node_id=node_id, param=key)
            return False
        if p.kind in ("shape", "str", "json"):
            r.error(field, NOT_SEARCHABLE_KIND, REMOVE_ENTRY, code="search-not-searchable",
                    node_id=node_id, param=key, requirement=p.requirement())
            return False
        return True
    r.error(field, UNKNOWN_PATH, SEARCHABLE_PATHS, code="search-unknown-path", path=path)
    return False


def searchable_training() -> tuple[str, ...]:
    """The training settings a search may vary: every setting the training section knows,
    except those in FIXED_TRAINING."""
    from netstudio.core.settings.training import TrainConfig

    return tuple(k for k in TrainConfig.__dataclass_fields__
                 if k != "extra" and k not in FIXED_TRAINING)


def _unknown_setting(r: _Reader, field: str, section: str, key: str,
                     names: tuple[str, ...]) -> None:
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.5)
    fix = (DID_YOU_MEAN(suggestion=f"{section}.{close[0]}") if close
           else SEARCHABLE_SETTINGS(section=section, names=", ".join(names)))
    r.error(field, UNKNOWN_SETTING, fix, code="search-unknown-setting", section=section,
            key=key)


def _dimension(r: _Reader, path: str, entry: Any, field: str) -> Dimension | None:
    if not isinstance(entry, dict):
        r.error(field, NOT_A_RANGE, WRITE_LIKE, code="search-bad-range", value=show(entry),
                example=EXAMPLE_ENTRY)
        return None
    kind = entry.get("type")
    if kind not in KINDS or not isinstance(kind, str):
        r.error(field, BAD_KIND, SET_KIND, code="search-bad-range", value=show(kind))
        return None
    if kind == "categorical":
        choices = entry.get("choices")
        if (not isinstance(choices, list) or not choices
                or not all(c is None or isinstance(c, str | bool) or (is_number(c) and finite(c))
                           for c in choices)):
            r.error(field, BAD_CHOICES, LIST_CHOICES, code="search-bad-choices",
                    value=show(choices))
            return None
        seen: list[Any] = []
        for c in choices:
            if any(c == s and type(c) is type(s) for s in seen):
                r.report(WARNING, "search-repeated-choice", field, REPEATED_CHOICE, LIST_ONCE,
                         value=show(c))
            else:
                seen.append(c)
        return Dimension(path, kind, choices=tuple(seen))
    return _range(r, path, kind, entry, field)


def _range(r: _Reader, path: str, kind: str, entry: dict[str, Any], field: str
           ) -> Dimension | None:
    low: Any = entry.get("low")
    high: Any = entry.get("high")
    if not (is_number(low) and finite(low) and is_number(high) and finite(high)):
        r.error(field, NEEDS_BOUNDS, SET_BOUNDS, code="search-bad-range", kind=kind,
                low=show(low), high=show(high))
        return None
    if kind == "int" and not (_whole(low) and _whole(high)):
        r.error(field, WHOLE_BOUNDS, USE_WHOLE_OR_FLOAT, code="search-bad-range",
                low=show(low), high=show(high))
        return None
    if low > high:
        r.error(field, LOW_ABOVE_HIGH, SWAP, code="search-low-above-high", low=show(low),
                high=show(high))
        return None
    log = entry.get("log", False)
    if not isinstance(log, bool):
        r.error(field, BAD_LOG, SET_LOG, code="search-bad-range", value=show(log))
        return None
    if log and low <= 0:
        r.error(field, LOG_NOT_POSITIVE, POSITIVE_LOW, code="search-log-not-positive",
                low=show(low), suggestion=show(_small_positive(high)))
        return None
    step = entry.get("step")
    if step is not None:
        if not (is_number(step) and finite(step) and step > 0) or (
                kind == "int" and not _whole(step)):
            r.error(field, BAD_STEP, FIX_STEP, code="search-bad-step", value=show(step))
            return None
        if log:
            r.error(field, LOG_AND_STEP, LOG_OR_STEP, code="search-log-and-step")
            return None
    if kind == "int":
        return Dimension(path, kind, int(low), int(high), None if step is None else int(step),
                         log)
    return Dimension(path, kind, float(low), float(high),
                     None if step is None else float(step), log)


def _values_ok(r: _Reader, dim: Dimension, field: str) -> bool:
    """Every corner value (low, high, each choice) is one the setting or parameter accepts."""
    words = {"low": LOW_WORD(), "high": HIGH_WORD(), "choice": CHOICE_WORD()}
    labelled = ([("choice", c) for c in dim.choices] if dim.kind == "categorical"
                else [("low", dim.low), ("high", dim.high)])
    ok = True
    for what, value in labelled:
        reason = value_problem(r.project, dim.path, value)
        if reason is not None:
            r.error(field, BAD_VALUE, FIX_VALUE, code="search-bad-value-for-path",
                    what=words[what], value=show(value), reason=reason, path=dim.path)
            ok = False
    return ok


def value_problem(project: Any, path: str, value: Any) -> Text | None:
    """Why ``path`` cannot take ``value`` (the rule's own sentence), or None."""
    section, node_id, key = split_path(path)
    if section in ("nodes", "blocks"):
        node = find_node(project, path)
        spec = get_layer(node[1].type) if node is not None else None
        p = spec.param(key) if spec is not None else None
        need = p.check(value) if p is not None else None
        return None if need is None else MUST_BE(node_id=node_id, param=key, requirement=need)
    if section == "training":
        from netstudio.core.settings.training import check_training

        raw = dict(project.training) if isinstance(project.training, dict) else {}
        found = check_training(_with(raw, key, value))
    else:
        from netstudio.core.settings.data import check_data

        raw = dict(project.data) if isinstance(project.data, dict) else {}
        found = check_data(_with(raw, key, value), None, files=False)
    mine = [d for d in found if d.severity == ERROR and (d.field or "").startswith(path)]
    return mine[0].message if mine else None  # type: ignore[return-value]


def _with(raw: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    if value is None:
        raw.pop(key, None)
    else:
        raw[key] = value
    return raw


def _whole(v: Any) -> bool:
    return is_int(v) or (isinstance(v, float) and v.is_integer())


def _small_positive(high: Any) -> float:
    try:
        return float(f"{float(high) / 100:.1g}") if float(high) > 0 else 1e-4
    except (OverflowError, TypeError, ValueError):
        return 1e-4


def _suggest_step(dim: Dimension) -> str:
    span = float(dim.high or 0) - float(dim.low or 0)
    return show(float(f"{span / 4:.1g}") if span > 0 else 0.1)
