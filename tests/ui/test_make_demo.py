"""The README's first command, ``make demo``: create the demo clinic, open the app on it.

Runs the recipe's own commands (read from ``make -n demo``) in a child process, with
the start-up test hook so the window quits once it is shown, logged in as ``admin``.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_creates_the_clinic_and_opens_the_application(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    recipe = subprocess.run(
        ["make", "-n", "--no-print-directory", "demo", f"DEMO_DB={db}", "VENV=" + sys.prefix],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    commands = [
        shlex.split(line) for line in recipe.splitlines() if "clinicdesk" in line.split()[0]
    ]
    assert len(commands) == 2, recipe
    env = {
        **os.environ,
        "CLINICDESK_HOME": str(tmp_path / "home"),
        "CLINICDESK_FAST_HASH": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "CLINICDESK_EXIT_AFTER_SHOW": "1",
        "CLINICDESK_PASSWORD": "demo",
    }
    create, launch = commands
    made = subprocess.run(create, env=env, capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    assert "Riverside Community Clinic" in made.stdout and "admin" in made.stdout
    shown = subprocess.run(
        [*launch, "--user", "admin"], env=env, capture_output=True, text=True, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    assert "Traceback" not in shown.stderr
