"""installer/: the files the bundle and the platform installers are made from.

Fast checks for the default run; building and running the bundle is ``make installer``
(installer/smoke_test.py), which CI runs after the tests.
"""

from __future__ import annotations

import configparser
import hashlib
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
DESKTOP = INSTALLER / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = INSTALLER / "linux" / f"{DESKTOP_ID}.metainfo.xml"
SVG = ROOT / "clinicdesk" / "resources" / "icons" / "clinicdesk.svg"


def test_the_icons_were_rendered_from_the_current_svg():
    stamp = (INSTALLER / "icons" / "SOURCE.sha256").read_text().split()[0]
    assert stamp == hashlib.sha256(SVG.read_bytes()).hexdigest(), "run `make icons`"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = INSTALLER / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
    scalable = INSTALLER / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    assert scalable.read_bytes() == SVG.read_bytes()
    assert (INSTALLER / "icons" / "clinicdesk.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (INSTALLER / "icons" / "clinicdesk.icns").read_bytes()[:4] == b"icns"


def test_one_application_id_everywhere():
    spec = (INSTALLER / "clinicdesk.spec").read_text()
    assert f'APP_ID = "{DESKTOP_ID}"' in spec
    assert f'APP_ID = "{DESKTOP_ID}"' in (INSTALLER / "make_icons.py").read_text()
    inno = (INSTALLER / "windows" / "clinicdesk.iss").read_text()
    assert f'AppUserModelID: "{DESKTOP_ID}"' in inno
    assert f"ID={DESKTOP_ID}" in (INSTALLER / "linux" / "install.sh").read_text()


def test_the_desktop_entry_starts_clinicdesk_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "clinicdesk"
    assert section["Icon"] == DESKTOP_ID and section["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True)
        assert done.returncode == 0, done.stdout


def test_the_appstream_metadata_describes_the_same_application():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.findtext("icon") == DESKTOP_ID
    assert root.find("releases/release").get("version") == _version()
    if shutil.which("appstreamcli"):
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True
        )
        assert done.returncode == 0, done.stdout


def test_the_windows_installer_script_points_at_files_that_exist():
    script = (INSTALLER / "windows" / "clinicdesk.iss").read_text()
    for key in ("SetupIconFile", "LicenseFile"):
        (line,) = [s for s in script.splitlines() if s.startswith(f"{key}=")]
        assert (INSTALLER / "windows" / line.split("=", 1)[1].replace("\\", "/")).is_file()
    assert 'Source: "..\\..\\dist\\clinicdesk\\*"' in script


def _version() -> str:
    from clinicdesk import __version__

    return __version__


def test_the_hooks_find_the_run_time_files_and_the_modules_imported_by_name():
    pytest.importorskip("PyInstaller", reason="the 'installer' extra is not installed")
    sys.path.insert(0, str(INSTALLER.parent / "scripts"))
    import i18n_tools

    list(i18n_tools.compile_all(i18n_tools.ROOT, i18n_tools.ROOT))  # as installer/build.py
    package = runpy.run_path(str(INSTALLER / "hooks" / "hook-clinicdesk.py"))
    destinations = {Path(dest) / Path(src).name for src, dest in package["datas"]}
    for needed in (
        "clinicdesk/resources/qss/app.qss",
        "clinicdesk/resources/fonts/DejaVuSans.ttf",
        "clinicdesk/resources/icons/clinicdesk.svg",
        "clinicdesk/resources/translations/clinicdesk_fr.qm",
        "clinicdesk/resources/locale/nl/LC_MESSAGES/clinicdesk.mo",
        "clinicdesk/db/migrations/env.py",
        "clinicdesk/db/migrations/versions/0001_initial_schema.py",
    ):
        assert Path(needed) in destinations, needed
    assert {"alembic.op", "alembic.context", "clinicdesk.demo.builder"} <= set(
        package["hiddenimports"]
    )
    ui = runpy.run_path(str(INSTALLER / "hooks" / "hook-ui.py"))
    from ui.main_window import TABS

    assert {factory.module for _n, _t, factory, _k in TABS} <= set(ui["hiddenimports"])
