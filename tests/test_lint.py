import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


# ruff is run as a module (python -m ruff): what matters is that the package is installed
# (it is in the "test" extra), not that a ruff command is on PATH.
@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")
def test_ruff_is_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "netstudio", "tests", "bench"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
