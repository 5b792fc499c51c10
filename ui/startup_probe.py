"""Test and benchmark hooks for start-up (environment variables; off unless set).

* ``CLINICDESK_EXIT_AFTER_SHOW=1``: quit once the main window is shown and its first
  tab's data has arrived and been painted — the moment a user could start working.
* ``CLINICDESK_STARTUP_PROBE=FILE``: append one line per milestone to ``FILE``:
  ``<name> <time.monotonic()>`` (a clock shared by every process on the machine, so
  the benchmark compares it with the moment it started the process). Milestones:
  ``login_painted``, ``login_submitted``, ``main_ready``.
* ``CLINICDESK_PROBE_LOGIN=USERNAME`` (with ``CLINICDESK_PASSWORD``): type the login
  into the login window ``CLINICDESK_PROBE_DELAY_MS`` (default 1000) after it was
  first painted, as a quick typist would, and press Enter.

A clinic never sets these; they only read the environment at start-up.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

EXIT_AFTER_SHOW = "CLINICDESK_EXIT_AFTER_SHOW"
PROBE_FILE = "CLINICDESK_STARTUP_PROBE"
PROBE_LOGIN = "CLINICDESK_PROBE_LOGIN"
PROBE_DELAY = "CLINICDESK_PROBE_DELAY_MS"


def active() -> bool:
    return bool(os.environ.get(PROBE_FILE) or os.environ.get(EXIT_AFTER_SHOW) == "1")


def mark(name: str) -> None:
    path = os.environ.get(PROBE_FILE)
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"{name} {time.monotonic():.6f}\n")


class _FirstPaint(QObject):
    """Calls ``then`` once, after the window's first paint has finished."""

    def __init__(self, window: QWidget, then) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)  # after this paint pass (children included)
        return False


def watch_login(dialog) -> None:
    """Mark the login window's first paint; type the probe login a moment later."""
    if not os.environ.get(PROBE_FILE) and not os.environ.get(PROBE_LOGIN):
        return

    def painted() -> None:
        mark("login_painted")
        username = os.environ.get(PROBE_LOGIN)
        if username:
            delay = int(os.environ.get(PROBE_DELAY, "1000"))
            QTimer.singleShot(delay, lambda: _type_login(dialog, username))

    _FirstPaint(dialog, painted)


def _type_login(dialog, username: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(os.environ.get("CLINICDESK_PASSWORD", ""))
    mark("login_submitted")
    dialog.login_button.click()


def watch_main_window(app: QApplication, window: QWidget, executor) -> None:
    """Mark (and with EXIT_AFTER_SHOW quit at) the moment the first tab's data is painted.

    The first tab asks for its data on the first event-loop turn after ``show()``;
    once the executor is idle again the data is in the view, and a synchronous repaint
    puts it on screen.
    """
    if not active():
        return

    def check() -> None:
        if executor.busy:
            QTimer.singleShot(1, check)
            return
        window.repaint()
        mark("main_ready")
        if os.environ.get(EXIT_AFTER_SHOW) == "1":
            app.quit()

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, check))
