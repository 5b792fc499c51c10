"""Reusable widgets: empty state, debounced search, busy overlay, password prompt."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.widgets import BusyOverlay, EmptyState, PasswordDialog, SearchField, ask_password


def test_empty_state_shows_text_and_triggers_its_action(qtbot, styled_app):
    state = EmptyState("group", "No groups yet", "Create the first group.", action_text="New group")
    qtbot.addWidget(state)
    state.show()
    assert state.title() == "No groups yet" and state.accessibleName() == "No groups yet"
    with qtbot.waitSignal(state.action_triggered):
        qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    state.set_content("search", "No group matches “x”", "")
    assert not state.button.isVisible()


def test_search_field_waits_for_a_pause(qtbot, styled_app):
    field = SearchField("Search members")
    qtbot.addWidget(field)
    field.show()
    emitted: list[str] = []
    field.search_changed.connect(emitted.append)

    qtbot.keyClicks(field, "  lop")
    assert emitted == []  # still typing
    qtbot.waitUntil(lambda: emitted == ["lop"], timeout=1000)

    qtbot.keyClicks(field, "ez")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter searches at once
    assert emitted == ["lop", "lopez"]
    qtbot.wait(300)
    assert emitted == ["lop", "lopez"]  # the pending timer does not repeat it

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and emitted[-1] == ""


def test_busy_overlay_follows_a_keyed_job(qtbot, styled_app, executor):
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(500, 300)
    page.show()
    overlay = BusyOverlay(page)
    overlay.track(executor, "members.load", "Loading members…")
    gate = threading.Event()

    executor.run_in_background(gate.wait, 5, key="members.load")
    qtbot.waitUntil(overlay.isVisible)
    assert overlay.geometry() == page.rect()
    page.resize(640, 360)
    qtbot.waitUntil(lambda: overlay.geometry() == page.rect())
    gate.set()
    qtbot.waitUntil(lambda: not overlay.isVisible())


def test_ask_password_returns_the_typed_password_or_none(qtbot, styled_app):
    def type_and_confirm():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PasswordDialog)
        qtbot.keyClicks(dialog.password, "s3cret pass")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_and_confirm)
    assert ask_password(None, "Sign the session note.") == "s3cret pass"

    def cancel():
        dialog = QApplication.activeModalWidget()
        assert not dialog.ok_button.isEnabled()  # nothing typed yet
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    assert ask_password(None, "Sign the session note.") is None
