"""Start-up on a fresh Linux machine: every system library Qt's xcb plugin lacks is named,
with the one command that installs them (instead of Qt's abort naming one at best)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netstudio.gui import platform_check

ROOT = Path(__file__).resolve().parents[1]
LDD = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6XcbQpa.so.6 => /site-packages/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f00)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f00)
\tlibmystery.so.3 => not found
"""


@pytest.fixture
def fake_tools(tmp_path, monkeypatch):
    """PATH with an ldd that reports three missing xcb libraries, and apt-get."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "ldd").write_text(f"#!/bin/sh\nprintf '%s' '{LDD}'\n")  # no cat on PATH
    (bin_dir / "apt-get").write_text("#!/bin/sh\nexit 0\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    return bin_dir


def test_every_missing_library_and_one_install_command_are_named(fake_tools, monkeypatch):
    monkeypatch.setattr(platform_check, "xcb_plugin", lambda: Path("/fake/libqxcb.so"))
    message = platform_check.xcb_problem({"DISPLAY": ":0"})
    assert ("missing: libmystery.so.3, libxcb-cursor.so.0, libxcb-icccm.so.4, "
            "libxcb-keysyms.so.1.") in message
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in message
    assert "libmystery.so.3" in message and "apt-file search" in message
    (fake_tools / "apt-get").unlink()
    (fake_tools / "dnf").write_text("#!/bin/sh\n")
    (fake_tools / "dnf").chmod(0o755)
    assert ("sudo dnf install xcb-util-cursor xcb-util-keysyms xcb-util-wm"
            in platform_check.xcb_problem({"DISPLAY": ":0"}))


def test_only_the_xcb_platform_is_checked():
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"})
    assert not platform_check.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not platform_check.uses_xcb({})
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb"}) == sys.platform.startswith(
        "linux")


def test_without_ldd_the_known_libraries_are_looked_up(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no ldd
    monkeypatch.setattr(platform_check, "_findable", lambda s: s != "libxcb-icccm.so.4")
    assert platform_check.missing_libraries(Path("/fake")) == ["libxcb-icccm.so.4"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")
def test_the_app_says_so_and_exits_2_instead_of_aborting(fake_tools, tmp_path):
    plugin = platform_check.xcb_plugin()
    if plugin is None:
        pytest.skip("PySide6 has no xcb plugin here")
    env = {**os.environ, "DISPLAY": ":99", "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "netstudio"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "libxcb-icccm.so.4" in done.stderr and "sudo apt-get install" in done.stderr
    assert "Traceback" not in done.stderr
