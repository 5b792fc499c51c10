"""Screenshots of the window on small screens and under a dark system palette (not a test).

``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_desktop_screenshots
[light|dark] [WIDTHxHEIGHT]`` writes ``docs/screenshots/<scheme>_<size>_<what>.png``
(``<scheme>_<size>_<lang>_<what>.png`` with ``CLINICDESK_LANG=fr`` or ``nl``)
from the demo clinic: the login window, then every tab of the main window as it opens
on a screen of that size (first run: the window fits the screen), and a session's
documentation page.

"dark" hands Qt a dark *system* palette before the theme is applied — what a dark
desktop does — and the theme follows it. Each run is one process (one screen size).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time as clock
from pathlib import Path

from tests.ui.shots import OUT


def dark_system_palette():
    """A typical dark desktop palette (as KDE's Breeze Dark or GNOME's dark style)."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role = QPalette.ColorRole
    for r, value in {
        role.Window: "#2a2e32",
        role.WindowText: "#fcfcfc",
        role.Base: "#1b1e20",
        role.AlternateBase: "#232629",
        role.Text: "#fcfcfc",
        role.Button: "#31363b",
        role.ButtonText: "#fcfcfc",
        role.Highlight: "#3daee9",
        role.HighlightedText: "#fcfcfc",
        role.ToolTipBase: "#31363b",
        role.ToolTipText: "#fcfcfc",
    }.items():
        p.setColor(r, QColor(value))
    return p


def main(argv: list[str]) -> int:
    scheme = argv[0] if argv else "light"
    width, height = (int(v) for v in (argv[1] if len(argv) > 1 else "1366x768").split("x"))
    home = Path(tempfile.mkdtemp(prefix="clinicdesk-shots-"))
    os.environ["CLINICDESK_HOME"] = str(home)
    os.environ["CLINICDESK_FAST_HASH"] = "1"
    screens = home / "screens.json"
    screens.write_text(
        json.dumps({"screens": [{"name": "Laptop", "width": width, "height": height}]})
    )
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], "-platform", f"offscreen:configfile={screens}"])
    if scheme == "dark":
        app.setPalette(dark_system_palette())

    from clinicdesk import i18n as core_i18n
    from clinicdesk.demo import build_demo_clinic
    from clinicdesk.services import auth
    from ui import i18n, theme
    from ui.app import open_database
    from ui.context import AppContext
    from ui.dialogs.login import LoginDialog
    from ui.executor import Executor
    from ui.gc_guard import GuiThreadCollector
    from ui.main_window import MainWindow
    from ui.models.columns import IdRole

    i18n.install(app)  # CLINICDESK_LANG, else the system's language
    language = core_i18n.current()
    chosen = theme.apply(app)
    assert chosen == scheme, (chosen, scheme)
    app.setProperty("collector", GuiThreadCollector(app))
    OUT.mkdir(parents=True, exist_ok=True)
    db = open_database(str(home / "clinic.sqlite3"), create=True)  # a fresh demo clinic
    executor = Executor()
    demo = build_demo_clinic(db)
    prefix = f"{scheme}_{width}x{height}" + ("" if language == "en" else f"_{language}")

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def idle() -> None:
        wait(200)
        deadline = clock.monotonic() + 10
        while executor.busy and clock.monotonic() < deadline:
            wait(50)
        wait(400)

    def shot(widget, name: str) -> None:
        widget.grab().save(str(OUT / f"{prefix}_{name}.png"))

    login = LoginDialog(
        db,
        executor,
        clinic_name="Riverside Community Clinic",
        username="frontdesk",
        demo_accounts=demo.accounts if hasattr(demo, "accounts") else (),
    )
    login.show()
    idle()
    shot(login, "login")
    login.close()

    actor = auth.login(db, username="admin", password="demo")
    window = MainWindow(AppContext(db, actor, executor))
    window.show()
    idle()
    for index, name in enumerate(("groups", "members", "sessions", "settings")):
        window.tabs.setCurrentIndex(index)
        idle()
        if name == "groups":
            view = window.current_page().view
            view.selectRow(0)
            idle()
        shot(window, name)
        if name == "sessions":
            board = window.current_page().board
            if board.model.rowCount():  # a session's documentation page
                window.current_page().open_record(board.model.index(0, 0).data(IdRole))
                idle()
                shot(window, "session")
    window.close()
    executor.shutdown()
    db.dispose()
    print(f"{prefix}: screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
