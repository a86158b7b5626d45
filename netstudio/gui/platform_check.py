"""Before Qt starts on Linux/X11: name every system library its xcb platform plugin lacks.

When the plugin cannot load, Qt aborts with a message that names one library at best
(libxcb-cursor0), while a fresh machine often lacks several (libxcb-icccm4, libxcb-keysyms1,
...). ``xcb_problem()`` asks ``ldd`` (or, without it, ctypes.util.find_library for the
libraries the plugin is known to need) which ones are missing and returns one message that
lists them with the single apt-get or dnf command installing them all; None when nothing is
missing or xcb is not the platform Qt will use. Nothing here imports Qt's libraries.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora/RHEL package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will pick the xcb platform: on Linux with an X display, unless another
    platform is asked for or a Wayland session may serve instead."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    try:
        import PySide6  # the package only: no Qt library is loaded by this
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    """Sonames ``plugin`` (and what it links) needs that the system cannot find."""
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                                 timeout=20, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            out = None
        if out is not None:
            return sorted({row.split()[0] for row in out.splitlines()
                           if "not found" in row and row.split()})
    return sorted(soname for soname in PACKAGES if not _findable(soname))


def _findable(soname: str) -> bool:
    name = soname.removeprefix("lib").split(".so")[0]
    return ctypes.util.find_library(name) is not None


def install_command(missing: list[str]) -> str:
    """The one command that installs the packages holding ``missing`` (apt-get or dnf, as
    this machine has; both when it has neither)."""
    debian = sorted({PACKAGES[s][0] for s in missing if s in PACKAGES})
    fedora = sorted({PACKAGES[s][1] for s in missing if s in PACKAGES})
    apt = f"sudo apt-get install {' '.join(debian)}"
    dnf = f"sudo dnf install {' '.join(fedora)}"
    if not debian:
        return ""
    if shutil.which("apt-get"):
        return apt
    if shutil.which("dnf"):
        return dnf
    return f"{apt}   (Fedora/RHEL: {dnf})"


def xcb_problem(environ: dict[str, str] | None = None) -> str | None:
    """The message to show instead of Qt's abort, or None when the window can open."""
    if not uses_xcb(environ):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    command = install_command(missing)
    unknown = [s for s in missing if s not in PACKAGES]
    text = ("the desktop app cannot open a window: Qt's X11 (xcb) platform plugin needs "
            f"system libraries that are missing: {', '.join(missing)}.")
    if command:
        text += f" Install them with:\n    {command}"
    if unknown:
        text += (f"\n(Find the package holding {', '.join(unknown)} with your system's "
                 "package search, e.g. apt-file search or dnf provides.)")
    return text + ("\nThe headless commands (netstudio check|train|export) work without "
                   "them; --screenshot PNG renders offscreen.")
