"""The wheel carries everything the application loads, and an installed wheel runs.

A plain (non-editable) ``pip install .`` used to lose ``resources/`` (it sat outside
the packages): printing failed for want of its fonts and the GUI for its style sheet.
These tests build the wheel from the tracked files only (what a fresh clone has),
check its contents against the repository and against the names the code asks for,
then run the CLI and the GUI from the installed wheel, away from the source tree.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from clinicdesk.printing import fonts

ROOT = Path(__file__).resolve().parents[2]
SHIPPED_DIRS = ("clinicdesk/resources", "clinicdesk/db/migrations")


def _tracked_files() -> list[str]:
    if (ROOT / ".git").exists() and shutil.which("git"):
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True
        ).stdout
        return [name for name in out.split("\0") if name and (ROOT / name).is_file()]
    skip = {".venv", ".git", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache"}
    return [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*")
        if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts)
    ]


@pytest.fixture(scope="module")
def tracked() -> list[str]:
    return _tracked_files()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory, tracked: list[str]) -> Path:
    """``pip wheel`` of a copy of the tracked files (no network: no build isolation)."""
    source = tmp_path_factory.mktemp("source")
    for name in tracked:
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    (built,) = out.glob("clinicdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_shipped_file_is_in_the_wheel(tracked: list[str], wheel_files: set[str]):
    shipped = [name for name in tracked if name.startswith(SHIPPED_DIRS)]
    assert any(name.endswith("app.qss") for name in shipped)
    missing = sorted(set(shipped) - wheel_files)
    assert missing == []


def test_the_wheel_carries_the_compiled_translations(wheel_files: set[str]):
    """The build compiles each .ts/.po (setup.py); the compiled files are not in git."""
    for lang in ("fr", "nl"):
        assert f"clinicdesk/resources/translations/clinicdesk_{lang}.qm" in wheel_files
        assert f"clinicdesk/resources/locale/{lang}/LC_MESSAGES/clinicdesk.mo" in wheel_files


def test_the_licence_travels_in_the_metadata(wheel_files: set[str]):
    assert "clinicdesk-0.1.0.dist-info/licenses/LICENSE.txt" in wheel_files


# Where icon names appear as literals: call name → position of the name argument.
_ICON_ARGUMENT = {"icon": 0, "EmptyState": 0, "LazyTab": 2, "_action": 3}


def _text(node: ast.AST | None) -> str:
    ok = isinstance(node, ast.Constant) and isinstance(node.value, str)
    return node.value if ok else ""  # type: ignore[union-attr]


def _icon_names_in_code() -> set[str]:
    """Icon names the GUI code asks for, as literals (theme.icon, EmptyState, tabs)."""
    names: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                index = _ICON_ARGUMENT.get(called, -1)
                if 0 <= index < len(node.args):
                    names.add(_text(node.args[index]))
                names.update(_text(k.value) for k in node.keywords if k.arg == "icon")
            elif isinstance(node, ast.Assign) and any(
                getattr(t, "id", "") == "icon_name" for t in node.targets
            ):
                names.add(_text(node.value))
    return {n for n in names if re.fullmatch(r"[a-z][a-z0-9_-]*", n)}  # not colours


def test_every_resource_the_code_asks_for_is_in_the_wheel(wheel_files: set[str]):
    icons = _icon_names_in_code()
    assert {"clinicdesk", "group", "member", "session", "settings", "lock"} <= icons
    wanted = {f"clinicdesk/resources/icons/{name}.svg" for name in icons}
    wanted |= {f"clinicdesk/resources/fonts/{name}" for name in fonts._FILES.values()}
    wanted |= {"clinicdesk/resources/qss/app.qss", "clinicdesk/db/migrations/env.py"}
    assert sorted(wanted - wheel_files) == []


def test_only_paths_py_locates_shipped_files():
    """Loaders ask ``clinicdesk.paths``; nobody else builds a path from ``__file__``."""
    offenders = []
    for package in ("clinicdesk", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            if path.name == "paths.py" or "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            if "__file__" in text or '"resources"' in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


_GUI_CHECK = """
import os, sys
import clinicdesk, ui
assert clinicdesk.__file__.startswith(sys.argv[1]), clinicdesk.__file__
assert ui.__file__.startswith(sys.argv[1]), ui.__file__
from ui.app import application
from ui import theme
app = application()
theme.apply(app)
assert "QPushButton" in app.styleSheet()
for name in ("clinicdesk", "group", "member", "session", "settings"):
    assert not theme.icon(name).pixmap(32, 32).isNull(), name
print("gui ok")
"""


def test_the_installed_wheel_prints_and_starts_the_gui(wheel: Path, tmp_path: Path):
    """Installed into a folder of its own and run from elsewhere, with no source tree."""
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
         "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    work = tmp_path / "work"
    work.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "CLINICDESK_HOME": str(tmp_path / "home"),
        "CLINICDESK_FAST_HASH": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    # -P: the working directory is not put on sys.path; PYTHONPATH comes before the
    # development checkout's editable install.
    python = [sys.executable, "-P"]

    def run(*args: str, **extra: str) -> str:
        done = subprocess.run(
            [*python, *args],
            cwd=work,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    db = str(tmp_path / "demo.sqlite3")
    assert "gui ok" in run("-c", _GUI_CHECK, str(site))
    run("-m", "clinicdesk", "demo", "--db", db)
    out = tmp_path / "sheets.pdf"
    run(
        "-m", "clinicdesk", "print", "sign-in", "--date", _today(), "--out", str(out),
        "--db", db, "--user", "admin", CLINICDESK_PASSWORD="demo",
    )  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF")
    run(
        "-m", "ui", "--db", db, "--user", "admin",
        CLINICDESK_PASSWORD="demo", CLINICDESK_EXIT_AFTER_SHOW="1",
    )  # fmt: skip


def _today() -> str:
    from clinicdesk import clock

    return clock.today().isoformat()
