"""Build the bundle for this platform: ``python installer/build.py`` (``make installer``).

1. checks what the build packs: the icons are up to date with their SVG, and (when the
   tools are installed) the desktop entry and AppStream metadata validate;
2. compiles the translations (``.qm``, ``.mo``) where the hook collects them, then
   runs PyInstaller on ``installer/clinicdesk.spec`` → ``dist/clinicdesk/``;
3. on Linux, packs it as ``dist/clinicdesk-<version>-linux-<arch>.tar.gz``.

The smoke test (``installer/smoke_test.py``) runs separately, on the built folder.
Windows and macOS: see installer/README.md (the same spec, then Inno Setup / a DMG).
"""

from __future__ import annotations

import hashlib
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "clinicdesk"
APP_ID = "org.clinicdesk.ClinicDesk"


def check_icons() -> None:
    svg = ROOT / "clinicdesk" / "resources" / "icons" / "clinicdesk.svg"
    stamp = ROOT / "installer" / "icons" / "SOURCE.sha256"
    digest = hashlib.sha256(svg.read_bytes()).hexdigest()
    if not stamp.is_file() or stamp.read_text().split()[0] != digest:
        raise SystemExit("The application icon changed: run `make icons` and commit the result.")


def validate_metadata() -> None:
    linux = ROOT / "installer" / "linux"
    checks = [
        ("desktop-file-validate", [str(linux / f"{APP_ID}.desktop")]),
        ("appstreamcli", ["validate", "--no-net", str(linux / f"{APP_ID}.metainfo.xml")]),
    ]
    for tool, args in checks:
        if shutil.which(tool) is None:
            print(f"({tool} not installed: skipped)")
            continue
        done = subprocess.run([tool, *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{tool} failed:\n{done.stdout}{done.stderr}")


def compile_translations() -> None:
    """The ``.qm``/``.mo`` files next to their sources, where the hook collects the
    package data from (PyInstaller bundles the source tree, not a built wheel)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import i18n_tools

    built = list(i18n_tools.compile_all(ROOT, ROOT))
    print(f"translations: {len(built)} compiled files")


def pyinstaller() -> None:
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
            "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "installer" / "clinicdesk.spec"),
        ],
        cwd=ROOT,
        check=True,
    )  # fmt: skip


def tarball() -> Path:
    sys.path.insert(0, str(ROOT))
    from clinicdesk import __version__

    name = f"clinicdesk-{__version__}-linux-{platform.machine()}"
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(BUNDLE, arcname=name)
    return target


def main() -> int:
    started = time.monotonic()
    check_icons()
    if sys.platform.startswith("linux"):
        validate_metadata()
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    compile_translations()
    pyinstaller()
    built = time.monotonic()
    print(f"bundle: {BUNDLE} ({built - started:.0f} s)")
    if sys.platform.startswith("linux"):
        archive = tarball()
        size = archive.stat().st_size / 1e6
        print(f"archive: {archive} ({size:.0f} MB, {time.monotonic() - built:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
