"""What installer/clinicdesk.spec does besides PyInstaller's analysis.

* ``third_party_notices``: the licence of every distribution the analysis put in the
  bundle (found from the modules and libraries it collected, not from a list), their
  licence files, Python's, Qt's (the PySide6 wheels carry no licence text), the fonts',
  and on Debian/Ubuntu the copyright file of every system library collected, plus
  ``THIRD-PARTY-NOTICES.txt`` with the LGPL-3.0 terms for PySide6/Qt and psycopg.
* ``check_display_libraries``: the build fails, naming the packages to install, when a
  library Qt's X11 plugin needs is missing on the build machine (PyInstaller would
  only warn, and the bundle would abort on any machine lacking it too).
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENSE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.I)

# Copyleft components whose terms the notices spell out.
LGPL = {
    "PySide6_Essentials": (
        "PySide6 (Qt for Python) and the Qt 6 libraries",
        "https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{version}); Qt: "
        "https://download.qt.io/official_releases/qt/",
    ),
    "shiboken6": (
        "Shiboken6 (PySide6's binding runtime)",
        "https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{version})",
    ),
    "psycopg": ("psycopg 3", "https://github.com/psycopg/psycopg (tag {version})"),
    "psycopg-binary": (
        "psycopg 3 binary (with libpq)",
        "https://github.com/psycopg/psycopg (tag {version})",
    ),
}

# Qt's licence texts (LGPL-3.0 incorporates GPL-3.0), committed in installer/licenses.
QT_LICENSE_FILES = ("LGPL-3.0.txt", "GPL-3.0.txt")


def _distributions(top_level: Iterable[str]) -> list[metadata.Distribution]:
    by_package = metadata.packages_distributions()
    names = sorted({d for top in top_level for d in by_package.get(top, [])})
    return [metadata.distribution(n) for n in names if n.lower() != "clinicdesk"]


def _top_level(pure: Iterable[tuple], binaries: Iterable[tuple]) -> set[str]:
    tops = {entry[0].split(".")[0] for entry in pure}
    for entry in binaries:
        dest = entry[0].replace("\\", "/")
        tops.add(dest.split("/")[0].split(".")[0])
    return tops


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip().splitlines()
    if text and len(text[0]) < 120:
        return text[0]
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []]
    licences = [c for c in classifiers if "License" in c or "GPL" in c]
    return ", ".join(licences) or "see its licence files"


def _licence_files(dist: metadata.Distribution) -> list[Path]:
    found = []
    for file in dist.files or []:
        name = str(file)
        if ".dist-info/" in name and ("/licenses/" in name or LICENSE_NAME.search(name)):
            found.append(Path(str(dist.locate_file(file))))
    return [p for p in found if p.is_file()]


def _system_copyrights(binaries: Iterable[tuple], out: Path) -> list[str]:
    """Debian/Ubuntu: the copyright file of each collected library from the system."""
    if shutil.which("dpkg") is None:
        return []
    sources = sorted(
        {str(Path(e[1]).resolve()) for e in binaries if str(e[1]).startswith(("/usr/", "/lib"))}
    )
    packages: set[str] = set()
    for source in sources:
        done = subprocess.run(["dpkg", "-S", source], capture_output=True, text=True)
        if done.returncode == 0:
            packages.add(done.stdout.split(":", 1)[0].strip())
    names = []
    for package in sorted(packages):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            target = out / "system" / f"{package}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(copyright_file, target)
            names.append(package)
    return names


def third_party_notices(pure, binaries, out: Path, version: str) -> list[tuple[str, str, str]]:
    """Write the notices into ``out``; return PyInstaller ``datas`` entries for them."""
    if out.exists():
        shutil.rmtree(out)
    licenses = out / "licenses"
    licenses.mkdir(parents=True)
    rows = []
    lgpl_parts = []
    for dist in _distributions(_top_level(pure, binaries)):
        name, dist_version = dist.metadata["Name"], dist.version
        rows.append((name, dist_version, _licence_of(dist)))
        folder = licenses / name
        for file in _licence_files(dist):
            folder.mkdir(exist_ok=True)
            shutil.copyfile(file, folder / file.name)
        key = next((k for k in LGPL if k.lower() == name.lower().replace("_", "-")
                    or k.lower() == name.lower()), None)  # fmt: skip
        if key:
            what, source = LGPL[key]
            lgpl_parts.append(
                f"  * {what} {dist_version}: source {source.format(version=dist_version)}"
            )
            if key in ("PySide6_Essentials", "shiboken6"):
                folder.mkdir(exist_ok=True)
                for text in QT_LICENSE_FILES:
                    shutil.copyfile(ROOT / "installer" / "licenses" / text, folder / text)

    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (licenses / "Python").mkdir()
        shutil.copyfile(python_licence, licenses / "Python" / "LICENSE.txt")
    rows.append(("Python", sys.version.split()[0], "PSF-2.0"))
    fonts = licenses / "fonts"
    fonts.mkdir()
    for text in (ROOT / "clinicdesk" / "resources" / "fonts").glob("LICENSE-*.txt"):
        shutil.copyfile(text, fonts / text.name)
    rows.append(("DejaVu Sans fonts", "2.37", "Bitstream-Vera AND LicenseRef-Arev"))
    rows.append(("Droid Sans Fallback font", "", "Apache-2.0"))
    system = _system_copyrights(binaries, licenses)

    width = max(len(r[0]) for r in rows) + 2
    table = "\n".join(f"  {n:<{width}}{v:<12}{lic}" for n, v, lic in sorted(rows))
    (out / "THIRD-PARTY-NOTICES.txt").write_text(
        NOTICE.format(
            version=version,
            lgpl="\n".join(lgpl_parts) or "  (none)",
            table=table,
            system=(
                "System libraries from the build machine (Debian/Ubuntu packages; their\n"
                "copyright files are in licenses/system/):\n  " + ", ".join(system) + "\n"
            )
            if system
            else "",
        ),
        encoding="utf-8",
    )
    return data_toc([(out / "THIRD-PARTY-NOTICES.txt", "."), (licenses, "licenses")])


TOP_LEVEL = ("LICENSE.txt", "THIRD-PARTY-NOTICES.txt", "licenses", "share", "install.sh")


def move_to_top(bundle: Path) -> None:
    """Move the notices (and share/: desktop entry, metainfo, icons) from the contents
    folder (``_internal``) to the bundle's top, next to the executable."""
    contents = bundle / "_internal"
    for name in TOP_LEVEL:
        source = contents / name
        if source.exists():
            target = bundle / name
            if target.exists():
                shutil.rmtree(target) if target.is_dir() else target.unlink()
            shutil.move(str(source), str(target))
    script = bundle / "install.sh"
    if script.exists():
        script.chmod(0o755)


def data_toc(entries: Iterable[tuple[Path, str]]) -> list[tuple[str, str, str]]:
    """``(source file or folder, destination folder)`` pairs as PyInstaller TOC entries
    (``(destination name, source, "DATA")``; folders are walked)."""
    toc = []
    for source, dest in entries:
        files = sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else [source]
        for file in files:
            relative = file.relative_to(source) if source.is_dir() else Path(file.name)
            toc.append((str(Path(dest) / relative), str(file), "DATA"))
    return toc


NOTICE = """\
ClinicDesk {version} — third-party software in this bundle
=============================================================

ClinicDesk itself is proprietary (LICENSE.txt). It includes the software below, each
under its own licence; the licence texts are in the licenses/ folder next to this file.

GNU Lesser General Public License, version 3 (LGPL-3.0)
--------------------------------------------------------
These components are used under the LGPL-3.0 (licenses/PySide6_Essentials/LGPL-3.0.txt,
which incorporates the GPL-3.0 in GPL-3.0.txt):

{lgpl}

They are dynamically linked shared libraries and Python modules kept as separate files
in this folder (PySide6/, shiboken6/, psycopg*/ under _internal/), unmodified. You may
replace them with other versions, including versions you have modified and built
yourself, as long as they are compatible with this application, and you may reverse-
engineer ClinicDesk to the extent needed to debug such modifications. The source code
of these components is available at the addresses above; on request, for three years
from the release of this version, the distributor of ClinicDesk will provide a copy of
the exact source code used.

All components
--------------
  Name, version, licence (SPDX where the project states one):
{table}

{system}"""


# ----------------------------------------------------------- display libraries

# Qt's GTK 3 platform theme: linked against GTK 3, which the bundle cannot carry (the
# build machine need not have it); PyInstaller would still collect cairo, pango and
# friends for it, and a user's GTK loaded next to those copies can crash. Without it Qt
# uses its own dialogs or the desktop portal (xdgdesktopportal), which stays.
DROPPED_PLUGINS = ("platformthemes/libqgtk3.so",)


def without_plugins(binaries: list, plugins: Iterable[str] = DROPPED_PLUGINS) -> list:
    """``binaries`` minus ``plugins`` and the libraries only they needed."""
    sys.path.insert(0, str(ROOT))
    from ui.display_check import elf_needed

    def dest(entry) -> str:
        return entry[0].replace("\\", "/")

    dropped = [e for e in binaries if dest(e).endswith(tuple(plugins))]
    if not dropped:
        return list(binaries)
    by_name: dict[str, tuple] = {}
    for entry in binaries:
        by_name.setdefault(Path(dest(entry)).name, entry)
    # Libraries the dropped plugins pull in, directly or not: candidates for removal.
    candidates: set[str] = set()
    queue = [Path(e[1]) for e in dropped]
    while queue:
        for name in elf_needed(queue.pop()):
            if name in by_name and name not in candidates:
                candidates.add(name)
                queue.append(Path(by_name[name][1]))
    kept = [e for e in binaries if e not in dropped]
    while True:
        needed = set()
        for entry in kept:
            if Path(entry[1]).is_file():
                needed.update(elf_needed(Path(entry[1])))
        unused = {
            n for n in candidates
            if n not in needed and any(Path(dest(e)).name == n for e in kept)
        }  # fmt: skip
        if not unused:
            return kept
        kept = [e for e in kept if Path(dest(e)).name not in unused]


def check_display_libraries(binaries: Iterable[tuple]) -> list[str]:
    """Names of libraries Qt's xcb plugin needs that neither the bundle nor the build
    machine has; raises SystemExit with the install command when there are any."""
    sys.path.insert(0, str(ROOT))
    from ui.display_check import _loadable, debian_package, elf_needed

    entries = list(binaries)
    collected = {Path(e[0]).name for e in entries}
    plugin = next((Path(e[1]) for e in entries if Path(e[0]).name == "libqxcb.so"), None)
    if plugin is None:
        return []  # not a Linux build
    queue = [plugin]
    by_name = {Path(e[0]).name: Path(e[1]) for e in entries}
    seen: set[str] = set()
    missing = []
    while queue:
        for name in elf_needed(queue.pop()):
            if name in seen:
                continue
            seen.add(name)
            if name in collected:
                queue.append(by_name[name])
            elif not _loadable(name):
                missing.append(name)
    if missing:
        packages = " ".join(dict.fromkeys(debian_package(n) for n in missing))
        raise SystemExit(
            f"The build machine lacks {', '.join(missing)}, which Qt's X11 plugin needs; "
            f"the bundle would not start. Install them (sudo apt install {packages}) "
            "and build again."
        )
    return []
