"""The start-up check that runs before Qt loads its platform plugin (Linux).

A Debian machine without ``libxcb-icccm4`` and ``libxcb-keysyms1`` used to abort
(SIGABRT) with Qt's hint about ``xcb-cursor0``; now one line names the missing
libraries and the command that installs them.
"""

from __future__ import annotations

import logging
import sys

import pytest

from ui import display_check, launcher, logfile

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

MISSING = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libX11.so.6", "libx11-6"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libfontconfig.so.1", "libfontconfig1"),
    ],
)
def test_debian_package_names(soname: str, package: str):
    assert display_check.debian_package(soname) == package


def test_reads_what_the_xcb_plugin_is_linked_against():
    qt = display_check._qt_dir()
    assert qt is not None
    needed = display_check.elf_needed(qt / "plugins" / "platforms" / "libqxcb.so")
    assert "libQt6XcbQpa.so.6" in needed
    xcb_qpa = display_check.elf_needed(qt / "lib" / "libQt6XcbQpa.so.6")
    assert set(xcb_qpa) >= MISSING
    assert display_check.elf_needed(qt.parent / "__init__.py") == []  # not ELF


@pytest.fixture
def loader(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pretend the libraries in MISSING are not installed; record what was tried."""
    tried: list[str] = []

    def loadable(name: str) -> bool:
        tried.append(name)
        return name not in MISSING

    monkeypatch.setattr(display_check, "_loadable", loadable)
    return tried


def test_missing_display_libraries_give_one_line_with_the_fix(loader: list[str]):
    line = display_check.check({"DISPLAY": ":0"})
    assert line is not None and "\n" not in line
    assert "libxcb-icccm.so.4" in line and "libxcb-keysyms.so.1" in line
    assert line.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")
    assert "libxcb-cursor.so.0" in loader  # checked, present, not named
    assert "libxcb-cursor" not in line


def test_qts_own_libraries_count_as_present(loader: list[str]):
    display_check.check({"DISPLAY": ":0"})
    assert not any(name.startswith("libQt6") for name in loader)


def test_headless_platforms_need_no_x11_libraries(loader: list[str]):
    assert display_check.check({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_check.check({"QT_QPA_PLATFORM": "minimal;xcb"}) is None
    assert not any("xcb" in name for name in loader)


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(display_check, "_loadable", lambda name: True)
    line = display_check.check({"QT_QPA_PLATFORM": "xcb"})
    assert line is not None and "DISPLAY is not set" in line
    assert display_check.check({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}) is None


def test_the_check_can_be_skipped(loader: list[str]):
    assert display_check.check({"DISPLAY": ":0", display_check.SKIP_ENV: "1"}) is None
    assert loader == []


@pytest.fixture
def log_handlers():
    """The launcher logs the line too: remove the handler it adds afterwards."""
    root = logging.getLogger()
    yield
    for handler in [h for h in root.handlers if getattr(h, "clinicdesk_log", False)]:
        root.removeHandler(handler)
        handler.close()


def test_the_launcher_stops_with_the_line_instead_of_starting_qt(
    loader: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
    log_handlers: None,
):  # fmt: skip
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    started = []
    monkeypatch.setattr("ui.app.run", lambda *a, **k: started.append(a) or 0)
    assert launcher.main([]) == 1
    assert started == []
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "sudo apt install libxcb-icccm4 libxcb-keysyms1" in err
    assert "libxcb-icccm.so.4" in logfile.log_file().read_text()


def test_in_a_bundle_the_libraries_it_carries_count_as_present(loader, tmp_path, monkeypatch):
    """A PyInstaller bundle collects the X11 libraries; a desktop without them is fine."""
    for name in MISSING:
        (tmp_path / name).write_bytes(b"\x7fELF")  # what the bundle carries
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert display_check.check({"DISPLAY": ":0"}) is None
    assert not MISSING & set(loader)  # not even tried: the bundle has them
