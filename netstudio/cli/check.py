"""``netstudio check FILE [--json]``: shapes, parameter counts and problems of a project.

Exit codes: 0 no errors (warnings allowed), 1 the graph has errors, 2 the file cannot be used.
torch is imported inside ``run`` only, so ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
from typing import Any

from netstudio.cli.terminal import error, escape, out, print_json

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "check", help="check a project: shapes, parameters and problems",
        description="Infer every node's output shape and parameter count, and list the "
        "problems found (errors, warnings) with what to do about each. "
        "Exit status: 0 no errors, 1 graph errors, 2 unusable file.")
    p.add_argument("file", help="project file (.nsproj.json)")
    p.add_argument("--json", action="store_true",
                   help="print a machine-readable JSON report instead of the table")
    return p


def run(args: argparse.Namespace) -> int:
    project = load_project_or_report(args.file, notes=False)  # the report lists them
    if project is None:
        return 2
    from netstudio.core.analysis import analyze

    try:
        analysis = analyze(project)
    except Exception as e:  # analyze promises not to raise; if it does, say so plainly
        error(f"internal error while checking {args.file} ({type(e).__name__}: {e}). "
              "Please report it with the file.")
        return 1
    if args.json:
        print_json(report_dict(project, analysis))
    else:
        out(report_text(project, analysis))
    return 0 if analysis.ok else 1


def load_project_or_report(path: str, notes: bool = True) -> Any:
    """The project at ``path``, or None after printing why it cannot be used (exit code 2).
    With ``notes``, what loading repaired (Project.load_notes) is printed as warnings."""
    from netstudio.core.project import Project, ProjectError

    try:
        project = Project.load(path)
    except ProjectError as e:
        error(str(e))
        return None
    for note in project.load_notes if notes else ():
        error(f"warning: {path}: {note}.")
    return project


def report_dict(project: Any, analysis: Any) -> dict[str, Any]:
    nodes: dict[str, Any] = {}
    for node_id, node in project.graph.nodes.items():
        info = analysis.nodes.get(node_id)
        shape = list(info.shape) if info is not None and info.shape is not None else None
        nodes[node_id] = {"type": node.type, "shape": shape,
                          "params": int(info.params) if info is not None else 0}
    from netstudio.core.text import plain

    diagnostics = [{"severity": "warning", "node": None, "message": note + ".",
                    "fix": "save the project to keep the repair", "field": None,
                    "code": "repaired-on-load", "args": {}} for note in project.load_notes]
    diagnostics += [{"severity": d.severity, "node": d.node, "message": d.message, "fix": d.fix,
                     "field": d.field, "code": d.code, "args": plain(d.args)}
                    for d in _sorted(analysis.diagnostics)]
    return {"ok": bool(analysis.ok), "total_params": int(analysis.total_params),
            "nodes": nodes, "diagnostics": diagnostics}


def report_text(project: Any, analysis: Any) -> str:
    rows = [("node", "type", "output shape", "params")]
    for node_id, node in project.graph.nodes.items():
        info = analysis.nodes.get(node_id)
        shape = "?" if info is None or info.shape is None else _shape(info.shape)
        params = "-" if info is None else f"{info.params:,}"
        rows.append((escape(node_id), escape(node.type), shape, params))
    lines = [escape(f"{project.name} ({project.path or 'unsaved'})"),
             escape(_settings_line(project)), ""]
    lines += _table(rows, right_align=(3,))
    size_mb = analysis.total_params * 4 / 1e6  # float32 weights
    lines += ["",
              f"total: {analysis.total_params:,} parameters, "
              f"{_human(analysis.total_flops)}FLOPs per sample, "
              f"model size {size_mb:.2f} MB (float32)"]
    if any(info is None or info.shape is None for info in
           (analysis.nodes.get(n) for n in project.graph.nodes)):
        lines.append("(nodes shown with ? have no shape because of an error; they are not counted)")
    diags = _sorted(analysis.diagnostics)
    errors = sum(d.severity == "error" for d in diags)
    warnings = sum(d.severity == "warning" for d in diags)
    notes = project.load_notes
    lines += ["", f"{errors} error(s), {warnings + len(notes)} warning(s)"]
    for note in notes:
        lines.append(f"  warning (file): {escape(note)}.")
        lines.append("          fix: save the project to keep the repair")
    for d in diags:
        lines.append(f"  {d.severity:<7} {escape(where(d) + d.message)}")
        if d.fix:
            lines.append(f"          fix: {escape(d.fix)}")
    if errors == 0:
        lines.append("OK: the network can be built and trained.")
    return "\n".join(lines)


def _settings_line(project: Any) -> str:
    from netstudio.core.settings.training import with_recipe

    raw, d = project.training, project.data
    t = with_recipe(raw, "cpu")  # what a run on this machine's CPU gets
    optimizer = t.get("optimizer", "Adam")
    if isinstance(optimizer, dict):  # {"type": "SGD", "momentum": 0.9, ...}
        optimizer = optimizer.get("type", "?")
    schedule = t.get("schedule")
    parts = [f"data: {d.get('dataset', 'mnist')}",
             f"{t.get('task', 'classification')} with {t.get('loss', 'CrossEntropyLoss')}",
             f"{optimizer} lr {t.get('lr', 0.001)}",
             f"batch {t.get('batch_size', 64)}", f"{t.get('epochs', 3)} epochs",
             f"seed {t.get('seed', 0)}"]
    if isinstance(schedule, dict) and schedule.get("type"):
        parts.insert(3, f"{schedule['type']} schedule")
    if isinstance(raw.get("recipe"), str):
        parts.insert(2, f"{raw['recipe']} recipe (CPU)")
    return "; ".join(parts)


def where(d: Any) -> str:
    """"conv1: " before a message, unless the message already starts with the node id."""
    if d.node is not None and d.message.startswith(d.node):
        return ""
    if d.node is None and (getattr(d, "field", None) or "").startswith(("data.", "training.")):
        return "(settings): "
    if d.node is None and getattr(d, "is_search", False):
        return "(search): "
    return f"{d.node or '(graph)'}: "


def _sorted(diags: Any) -> list[Any]:
    return sorted(diags, key=lambda d: SEVERITY_ORDER.get(d.severity, 3))


def _shape(shape: tuple[int, ...]) -> str:
    return "[" + ", ".join(str(s) for s in shape) + "]"


def _human(n: float) -> str:
    for unit in ("", "K", "M", "G", "T"):
        if abs(n) < 1000:
            return f"{n:.3g} {unit}" if unit else f"{n:.0f} "
        n /= 1000
    return f"{n:.3g} P"


def _table(rows: list[tuple[str, ...]], right_align: tuple[int, ...] = ()) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, row in enumerate(rows):
        cells = [c.rjust(w) if i in right_align else c.ljust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        out.append("  ".join(cells).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return out
