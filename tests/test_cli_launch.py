"""Launching the window where there is no screen says so instead of Qt aborting."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _env_without_display(home):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    # keep the user's settings and autosaves out of it
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    return env


def test_no_display_gives_a_clear_message(tmp_path):
    result = subprocess.run([sys.executable, "-m", "netstudio"], cwd=ROOT, capture_output=True,
                            text=True, env=_env_without_display(tmp_path), timeout=120)
    assert result.returncode == 2
    assert "no display found" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshot_needs_no_display(tmp_path):
    png = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "netstudio", "--screenshot", str(png),
         str(ROOT / "samples" / "mlp.nsproj.json")],
        cwd=ROOT, capture_output=True, text=True, env=_env_without_display(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
