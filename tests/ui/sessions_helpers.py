"""Helpers for the Sessions/Settings GUI tests: waiting for jobs, answering modal dialogs.

Import the fixtures into a test module (``from tests.ui.sessions_helpers import
shown_errors  # noqa: F401``) — pytest collects fixtures from a module's namespace.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from clinicdesk.services.records import Actor
from tests.fixtures.people import TEST_PASSWORD
from ui import errors
from ui.context import AppContext
from ui.widgets.password_dialog import PasswordDialog


@pytest.fixture
def shown_errors(monkeypatch) -> list[str]:
    """The text of each error box, collected instead of blocking in ``exec()``."""
    texts: list[str] = []

    def present(box: QMessageBox) -> None:
        texts.append(box.text())

    monkeypatch.setattr(errors, "_present", present)
    return texts


def context_for(ctx: AppContext, actor: Actor) -> AppContext:
    """The same database, executor and hub, another logged-in person."""
    return AppContext(ctx.db, actor, ctx.executor, hub=ctx.hub, workstation=ctx.workstation)


def wait_idle(qtbot, ctx: AppContext, timeout: int = 10_000) -> None:
    """Until every background job finished and its callback ran."""
    qtbot.waitUntil(lambda: not ctx.executor.busy, timeout=timeout)
    qtbot.wait(20)


def when_modal(
    handler: Callable[[QWidget], None], kind: type = QDialog, *, attempts: int = 250
) -> None:
    """Call ``handler(dialog)`` once a modal ``kind`` is up (e.g. inside ``exec()``)."""
    left = [attempts]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            try:
                handler(widget)
            except BaseException:
                widget.reject()  # fail the test instead of hanging in exec()
                raise
            return
        left[0] -= 1
        if left[0] > 0:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def answer_password(qtbot, password: str = TEST_PASSWORD) -> None:
    """Type the password into the next password dialog and press its OK button."""

    def fill(dialog: PasswordDialog) -> None:
        qtbot.keyClicks(dialog.password, password)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill, PasswordDialog)
