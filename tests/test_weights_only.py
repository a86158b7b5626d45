"""Untrusted weights never run code: every torch.load that netstudio writes, prints or
documents passes weights_only=True (torch 2.4/2.5 still default to unpickling anything)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from netstudio.core.export.pycode import export_python
from netstudio.core.project import Project

ROOT = Path(__file__).resolve().parents[1]
CALL = re.compile(r"torch\.load\(")


def _calls_without_weights_only(text: str) -> list[str]:
    bad = []
    for m in CALL.finditer(text):
        depth, end = 0, m.end() - 1
        for end in range(m.end() - 1, len(text)):  # to the matching parenthesis
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            if depth == 0:
                break
        call = text[m.start():end + 1]
        if "weights_only=True" not in call and "(...)" not in call:
            bad.append(call)
    return bad


def test_the_exported_training_script_loads_weights_only():
    for sample in sorted((ROOT / "samples").glob("*.nsproj.json")):
        if sample.name == "tutorial_mistakes.nsproj.json":  # has errors: no export
            continue
        code = export_python(Project.load(sample))
        loads = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)
                 and ast.unparse(n.func) == "torch.load"]
        assert loads, sample.name
        for call in loads:
            flags = {k.arg: ast.unparse(k.value) for k in call.keywords}
            assert flags.get("weights_only") == "True", (sample.name, ast.unparse(call))


def test_code_docs_and_hints_never_show_a_plain_torch_load():
    files = [*ROOT.glob("*.md"), *(ROOT / "docs").rglob("*.md"),
             *(ROOT / "netstudio").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
    found = {str(p.relative_to(ROOT)): bad for p in files
             if p.name != Path(__file__).name
             and (bad := _calls_without_weights_only(p.read_text(encoding="utf-8")))}
    assert not found, found
