"""Before Qt loads its platform plugin: can a window open here at all?

On Linux, Qt's ``xcb`` platform plugin needs a dozen X11 libraries that a minimal
system may lack. When one is missing Qt prints a hint about ``xcb-cursor0`` (often
not the library that is missing) and aborts the process (SIGABRT). This module runs
first, without importing Qt: it reads the libraries the plugin and Qt's GUI modules
are linked against (their ELF ``DT_NEEDED`` entries), tries to load each one that is
not shipped with Qt, and returns one line naming what is missing and the Debian/Ubuntu
command that installs it.

Nothing here imports PySide6's extension modules: they are the ones that would fail.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

SKIP_ENV = "CLINICDESK_SKIP_DISPLAY_CHECK"

# Libraries whose Debian package name does not follow "soname → libnameN".
_DEBIAN_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
}

# Platforms that never need X11 or Wayland libraries.
_HEADLESS = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package shipping ``soname``: ``libxcb-icccm.so.4`` → ``libxcb-icccm4``."""
    if soname in _DEBIAN_PACKAGES:
        return _DEBIAN_PACKAGES[soname]
    found = re.fullmatch(r"(lib.+?)\.so\.(\d+)(?:\..*)?", soname)
    if not found:
        return soname
    base, version = found.group(1).lower().replace("_", "-"), found.group(2)
    return f"{base}-{version}" if base[-1].isdigit() else f"{base}{version}"


def elf_needed(path: Path) -> list[str]:
    """The ``DT_NEEDED`` entries of an ELF shared object (empty if it is not ELF)."""
    with path.open("rb") as f:
        ident = f.read(16)
        if ident[:4] != b"\x7fELF":
            return []
        wide = ident[4] == 2
        order = "<" if ident[5] == 1 else ">"
        if wide:
            f.seek(0x28)
            (shoff,) = struct.unpack(order + "Q", f.read(8))
            f.seek(0x3A)
        else:
            f.seek(0x20)
            (shoff,) = struct.unpack(order + "I", f.read(4))
            f.seek(0x2E)
        shentsize, shnum = struct.unpack(order + "HH", f.read(4))
        f.seek(shoff)
        table = f.read(shentsize * shnum)
        section = order + ("IIQQQQIIQQ" if wide else "IIIIIIIIII")
        sections = [
            struct.unpack_from(section, table, i * shentsize) for i in range(shnum)
        ]  # (name, type, flags, addr, offset, size, link, info, align, entsize)
        needed: list[str] = []
        for sh in sections:
            if sh[1] != 6:  # SHT_DYNAMIC
                continue
            f.seek(sh[4])
            dynamic = f.read(sh[5])
            strtab = sections[sh[6]]
            f.seek(strtab[4])
            strings = f.read(strtab[5])
            entry = order + ("qQ" if wide else "iI")
            size = struct.calcsize(entry)
            for offset in range(0, len(dynamic) - size + 1, size):
                tag, value = struct.unpack_from(entry, dynamic, offset)
                if tag == 0:  # DT_NULL
                    break
                if tag == 1:  # DT_NEEDED
                    needed.append(strings[value : strings.index(b"\0", value)].decode())
        return needed


def _qt_dir() -> Path | None:
    """PySide6's ``Qt`` folder, found without importing PySide6's extension modules."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return qt if qt.is_dir() else None


def _chosen_platforms(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order (``QT_QPA_PLATFORM``, else Qt's rule)."""
    wanted = env.get("QT_QPA_PLATFORM", "").strip()
    if wanted:
        return [name.split(":", 1)[0].strip() for name in wanted.split(";") if name.strip()]
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def _loadable(name: str) -> bool:
    """Can the dynamic loader find and load ``name`` (system folders, LD_LIBRARY_PATH)?"""
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(
    binaries: Iterable[Path], shipped: Iterable[Path], bundled: Iterable[Path] = ()
) -> list[str]:
    """Libraries ``binaries`` need that cannot be loaded.

    A library in one of the ``shipped`` folders (Qt's own) counts as present and what
    it needs in turn is checked too; one in a ``bundled`` folder (the libraries a
    PyInstaller bundle collected, with their own dependencies) just counts as present.
    """
    follow = [p for p in shipped if p.is_dir()]
    trusted = [p for p in bundled if p.is_dir()]
    missing: list[str] = []
    seen: set[str] = set()
    queue = [p for p in binaries if p.is_file()]
    while queue:
        for name in elf_needed(queue.pop()):
            if name in seen:
                continue
            seen.add(name)
            ours = next((f / name for f in follow if (f / name).is_file()), None)
            if ours is not None:
                queue.append(ours)
            elif not any((f / name).is_file() for f in trusted) and not _loadable(name):
                missing.append(name)
    return missing


def check(env: Mapping[str, str] | None = None) -> str | None:
    """``None`` when Qt can start here, else one line saying what is wrong and the fix."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or env.get(SKIP_ENV) == "1":
        return None
    qt = _qt_dir()
    if qt is None:
        return None
    platform = _chosen_platforms(env)[0]
    binaries = [qt / "lib" / f"libQt6{m}.so.6" for m in ("Core", "Gui", "Widgets")]
    if platform not in _HEADLESS:
        plugin = "wayland" if platform.startswith("wayland") else platform
        binaries.append(qt / "plugins" / "platforms" / f"libq{plugin}.so")
    frozen = getattr(sys, "_MEIPASS", None)
    # A PyInstaller bundle keeps the other libraries it collected at its top.
    missing = missing_libraries(binaries, [qt / "lib"], [Path(frozen)] if frozen else [])
    if missing:
        packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
        return (
            f"ClinicDesk cannot open its window: the system libraries {', '.join(missing)} "
            f"are missing. On Debian/Ubuntu install them with: sudo apt install {packages}"
        )
    if platform == "xcb" and not env.get("DISPLAY"):
        return (
            "ClinicDesk cannot open its window: there is no display (DISPLAY is not set). "
            "Start it from a desktop session, or use the `clinicdesk` commands "
            "(clinicdesk --help) on a machine without one."
        )
    return None


def refuse_if_unusable() -> bool:
    """Print (and log) the problem and return True when Qt could not open a window."""
    problem = check()
    if problem is None:
        return False
    print(problem, file=sys.stderr)
    try:
        import logging

        from ui import logfile

        logfile.configure()
        logging.getLogger(__name__).error("%s", problem)
    except OSError:
        pass  # the line on stderr is what matters
    return True
