"""``netstudio runs FILE [--json] [--show RUN] [--diff RUN [OTHER]]``: a project's stored runs.

Lists the runs in FILE's store (``foo.runs/`` beside ``foo.nsproj.json``), shows one, or shows
how a run's network and settings differ from the project file's (or another run's). Folders
that are not usable runs are named on stderr with the reason and skipped. A run whose model.pt
no longer fits its network snapshot is listed with its problem ("problem" in --json, a "!"
after its status and a line below the table); torch is imported only to check a run whose
files changed since it was recorded (core.runs.weights_check), never for the others. Runs a
Save As in the app has still to copy into the store are named below the table ("pending").
``--copy-pending`` first copies what a Save As in the app left to copy into the store (the
app does it when it opens the project). Exit codes: 0 done, 1 a pending run could not be
copied, 2 unusable FILE, unknown RUN or unusable run folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from netstudio.cli.terminal import escape, out, print_json

LIST_KEYS = ("id", "name", "status", "created", "epochs", "test_accuracy", "test_loss", "path",
             "parent", "problem")


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "runs", help="list a project's stored runs, show one, or compare one",
        description="List the runs recorded for a project (its foo.runs/ folder), show one "
        "(--show RUN), or show how a run's network and settings differ from the project's "
        "(--diff RUN) or from another run's (--diff RUN OTHER). RUN is a run id (or a unique "
        "start of one) or a run folder. Exit status: 0 done, 1 a run --copy-pending cannot "
        "copy, 2 unusable file or unknown run.")
    p.add_argument("file", help="project file (.nsproj.json), or its .runs folder")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--show", metavar="RUN", help="print one run: record, settings, results")
    p.add_argument("--diff", metavar="RUN", nargs="+",
                   help="RUN against the project file, or RUN OTHER: what changed")
    p.add_argument("--copy-pending", action="store_true",
                   help="first copy the runs a Save As in the app left to copy into this "
                   "store (those that have ended), then list; exit 1 if one cannot be copied")
    return p


def run(args: argparse.Namespace) -> int:
    from netstudio.core.runs import RunError

    store = _store(args.file)
    if store is None:
        return 2
    try:
        if args.show is not None:
            return _show(store, args.show, args.json)
        if args.diff:
            return _diff(store, args)
    except RunError as e:
        print(f"netstudio: {escape(str(e))}", file=sys.stderr)
        return 2
    code = _copy_pending(store) if args.copy_pending else 0
    listing = store.list()
    for skipped in listing.skipped:
        print(f"netstudio: skipped {escape(str(skipped.path))}: {escape(skipped.reason)}",
              file=sys.stderr)
    from netstudio.core.runs import weights_problem

    problems = {r.id: weights_problem(r) for r in listing.runs}
    pending = _pending(store)
    if args.json:
        rows = [{**_row(r), "problem": problems[r.id]} for r in listing.runs]
        print_json({"runs": rows, "skipped": [
            {"path": str(s.path), "reason": s.reason} for s in listing.skipped],
            "pending": pending})
    else:
        text = _table(store, listing.runs, problems)
        if pending:
            lines = [f"{len(pending)} run(s) still to be copied here by a Save As (the app "
                     "copies them when it opens the project):"]
            lines += [f"  {escape(p['id'])} from {escape(p['from'])}"
                      + (" (still training)" if p["training"] else "") for p in pending]
            text += "\n\n" + "\n".join(lines)
        out(text)
    return code


def _copy_pending(store: Any) -> int:
    """--copy-pending: what the app does when it opens the project (core.runs.carry_pending);
    1 when a run could not be copied (or another process is copying into the store)."""
    from netstudio.core.runs import carry_pending

    result = carry_pending(store, wait=True)
    if result.copied:
        print(f"netstudio: copied {len(result.copied)} run(s) into {escape(str(store.path))}",
              file=sys.stderr)
    if result.waiting:
        print(f"netstudio: {len(result.waiting)} run(s) still training; copy them when they "
              "have ended", file=sys.stderr)
    for failure in result.failed:
        print(f"netstudio: {escape(str(failure))}", file=sys.stderr)
    if result.busy:
        print(f"netstudio: {escape(str(store.path))}: another netstudio is copying runs into "
              "this store; try again when it is done", file=sys.stderr)
    return 1 if result.failed or result.busy else 0


def _pending(store: Any) -> list[dict[str, Any]]:
    """The runs a Save As left in the store's ledger (core.runs.copying): not copied yet."""
    from netstudio.core.runs import pending_carries
    from netstudio.core.runs.files import is_held
    from netstudio.core.runs.layout import WRITER_LOCK

    return [{"id": run_id, "from": str(source),
             "training": is_held(source / run_id / WRITER_LOCK)}
            for source, ids in pending_carries(store).items() for run_id in ids]


def _store(file: str) -> Any:
    """FILE's store (FILE may be the store folder itself); None after saying why not."""
    from netstudio.cli.check import load_project_or_report
    from netstudio.core.runs import RunStore

    path = Path(file)
    if path.is_dir() and path.name.endswith(".runs"):
        return RunStore(path)
    if load_project_or_report(file) is None:
        return None
    return RunStore.for_project(path)


def _row(r: Any) -> dict[str, Any]:
    s = r.record.summary
    return {"id": r.id, "name": r.name, "status": r.status, "created": r.record.created,
            "epochs": s.get("epochs", 0), "test_accuracy": s.get("test_accuracy"),
            "test_loss": s.get("test_loss"), "path": str(r.path.resolve()),
            "parent": r.record.parent}


def _table(store: Any, runs: list[Any], problems: dict[str, str | None]) -> str:
    if not runs:
        return f"no runs in {escape(str(store.path))} yet (train with: netstudio train FILE)"
    header = ("id", "name", "status", "epochs", "test acc", "test loss", "params", "created",
              "parent")
    rows = []
    for r in runs:
        s = r.record.summary
        acc, loss = s.get("test_accuracy"), s.get("test_loss")
        status = r.status + ("!" if problems.get(r.id) else "")
        rows.append((escape(r.id), escape(r.name)[:40], status, str(s.get("epochs", "")),
                     "" if acc is None else f"{acc:.2%}",
                     "" if loss is None else f"{loss:.4f}",
                     "" if s.get("params") is None else f"{s['params']:,}",
                     escape(r.record.created[:16].replace("T", " ")),
                     escape(r.record.parent or "")))
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    lines = [f"{len(runs)} run(s) in {escape(str(store.path))}", ""]
    for row in (header, tuple("-" * w for w in widths), *rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    bad = [(r.id, problems[r.id]) for r in runs if problems.get(r.id)]
    if bad:
        lines.append("")
        lines += [f"! {escape(run_id)}: {escape(problem)}" for run_id, problem in bad]
    return "\n".join(lines)


def _show(store: Any, ref: str, as_json: bool) -> int:
    from netstudio.core.runs import weights_problem

    r = store.get(ref)
    metrics = r.metrics()
    problem = weights_problem(r)
    if as_json:
        record = r.record.to_dict()
        record.update(status=r.status, path=str(r.path), problem=problem)
        print_json({"run": record, "metrics": metrics})
        return 0
    rec, t = r.record, r.training
    lines = [f"{escape(r.name)}  ({escape(r.id)})", f"  status:   {r.status}"
             + (f" - {escape(rec.message)}" if rec.message else ""),
             f"  created:  {escape(rec.created)}"
             + (f", finished {escape(rec.finished)}" if rec.finished else ""),
             f"  folder:   {escape(str(r.path))}"]
    if problem:
        lines.append(f"  problem:  {escape(problem)}")
    if rec.parent:
        lines.append(f"  parent:   {escape(rec.parent)} (continued from it)")
    if rec.source:
        lines.append(f"  project:  {escape(rec.source)}")
    lines.append(escape(f"  device:   {rec.device or '?'}; netstudio "
                        f"{rec.versions.get('netstudio', '?')}, torch "
                        f"{rec.versions.get('torch', '?')}; seed {rec.seed}"))
    lines.append("  training: " + ", ".join(
        f"{k} {escape(json.dumps(t[k]))}" for k in
        ("optimizer", "lr", "batch_size", "epochs", "loss") if k in t))
    s = rec.summary
    results = []
    for key, label, fmt in (("epochs", "epochs", "{}"), ("test_accuracy", "test accuracy",
                                                         "{:.2%}"),
                            ("test_loss", "test loss", "{:.4f}"),
                            ("val_accuracy", "val accuracy", "{:.2%}"),
                            ("seconds", "time", "{:.1f} s"), ("params", "params", "{:,}")):
        if s.get(key) is not None:
            results.append(f"{label} {fmt.format(s[key])}")
    if results:
        lines.append("  results:  " + ", ".join(results))
    history = metrics.get("history") or []
    for h in history if isinstance(history, list) else []:
        if isinstance(h, dict):  # metrics.json is read as found: any value may be odd
            loss, acc = _number(h.get("train_loss")), _number(h.get("val_accuracy"))
            lines.append(escape(f"    epoch {h.get('epoch')}: loss "
                                + ("?" if loss is None else f"{loss:.4f}")
                                + ("" if acc is None else f", val accuracy {acc:.2%}")))
    files = [n for n in ("model.pt", "checkpoint.pt", "metrics.json", "tb")
             if (r.path / n).exists()]
    lines.append(f"  files:    {', '.join(files) or 'none'}")
    if rec.notes:
        lines.append("  notes:    " + escape(rec.notes).replace("\\n", "\n            "))
    out("\n".join(lines))
    return 0


def _diff(store: Any, args: argparse.Namespace) -> int:
    from netstudio.core.graph.diff import diff_projects
    from netstudio.core.project import Project

    refs = args.diff
    if len(refs) > 2:
        print("netstudio: --diff takes RUN (against the project) or RUN OTHER.",
              file=sys.stderr)
        return 2
    first = store.get(refs[0])
    if len(refs) == 2:
        other = store.get(refs[1])
        after, label = other.project_dict(), f"run {other.id}"
    else:
        project = Project.load(args.file) if not Path(args.file).is_dir() else None
        if project is None:
            print("netstudio: give two runs to compare when FILE is a .runs folder.",
                  file=sys.stderr)
            return 2
        after, label = project.to_dict(), escape(args.file)
    d = diff_projects(first.project_dict(), after)
    if args.json:
        print_json({"from": first.id, "to": label, **d.to_dict()})
        return 0
    lines = [f"run {escape(first.id)} -> {label}:"]
    lines += [f"  {escape(line)}" for line in d.lines()] or ["  no differences"]
    out("\n".join(lines))
    return 0



def _number(v: Any) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None
