"""Shared set-up of the screenshot scripts (``tests/ui/make_*screenshots.py``).

Each script runs offscreen on a throw-away clinic under a temporary CLINICDESK_HOME,
on a 1920×1080 virtual screen, with the real style sheet and garbage collection kept
on the GUI thread as in the application.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

OUT = Path(
    os.environ.get("CLINICDESK_SHOTS_OUT")
    or Path(__file__).resolve().parents[2] / "docs" / "screenshots"
)


def offscreen_app():
    """(QApplication, home folder) — call before importing anything from ``ui``."""
    home = Path(tempfile.mkdtemp(prefix="clinicdesk-shots-"))
    os.environ["CLINICDESK_HOME"] = str(home)
    os.environ["CLINICDESK_FAST_HASH"] = "1"
    screens = home / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "Desk", "width": 1920, "height": 1080}]}))
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], "-platform", f"offscreen:configfile={screens}"])

    from ui import theme
    from ui.gc_guard import GuiThreadCollector

    theme.apply(app)
    app.setProperty("collector", GuiThreadCollector(app))
    OUT.mkdir(parents=True, exist_ok=True)
    return app, home


def open_clinic(home: Path):
    """(database, executor) for a new clinic file in ``home``."""
    from ui.app import open_database
    from ui.executor import Executor

    return open_database(str(home / "clinic.sqlite3"), create=True), Executor()


def save_shot(widget, name: str) -> None:
    """A test's screenshot, only when ``CLINICDESK_SHOTS_OUT`` names a folder: a plain
    test run never writes into the repository."""
    out = os.environ.get("CLINICDESK_SHOTS_OUT")
    if out:
        widget.grab().save(str(Path(out) / name))
