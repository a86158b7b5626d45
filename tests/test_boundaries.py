"""The core and the headless command never load Qt."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6", "netstudio.gui")


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


def test_core_modules_do_not_import_qt():
    modules = sorted(
        "netstudio." + ".".join(p.relative_to(ROOT / "netstudio").with_suffix("").parts)
        for p in (ROOT / "netstudio" / "core").rglob("*.py")
        if p.name != "__init__.py"
    )
    code = "\n".join(f"import {m}" for m in modules)
    loaded = _loaded_after(code)
    leaked = {m for m in loaded if m.split(".")[0] in QT_MODULES or m.startswith("netstudio.gui")}
    assert not leaked, f"core imported Qt: {sorted(leaked)}"


def test_core_sources_never_name_qt():
    # Catches imports hidden in functions, which the import probe above would not run.
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|pyqtgraph|shiboken6|netstudio\.gui)\b",
                         re.MULTILINE)
    for path in (ROOT / "netstudio" / "core").rglob("*.py"):
        match = pattern.search(path.read_text(encoding="utf-8"))
        assert match is None, f"{path}: {match.group(0).strip() if match else ''}"


def test_cli_check_does_not_import_qt():
    code = ("import netstudio.cli as c, netstudio.cli.check, netstudio.cli.export, "
            "netstudio.cli.train")
    loaded = _loaded_after(code)
    assert not {m for m in loaded if m.split(".")[0] in QT_MODULES}
