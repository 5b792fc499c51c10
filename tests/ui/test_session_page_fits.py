"""The session page and the group page at 1366×768 and 1024×600: every visible button
gets at least its size hint (no clipped or elided text — the action bar, the group's
actions, "Review queue (2)" on the navigation bar), and the notes stay usable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar

from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import context_for, wait_idle
from ui.main_window import MainWindow


def clipped_buttons(window) -> list[str]:
    found = []
    for b in window.findChildren(QAbstractButton):
        if not b.isVisibleTo(window) or not b.text() or isinstance(b.parent(), QTabBar):
            continue
        hint = b.sizeHint()
        if b.width() + 1 < hint.width() or b.height() + 1 < hint.height():
            found.append(f"{b.text()!r} {b.size().toTuple()} < {hint.toTuple()}")
    return found


@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1024, 600)], ids=["1366", "1024"])
def test_session_and_group_pages_fit(qtbot, styled_app, ctx, size):
    demo = seed_day(ctx.db, ctx.actor)
    me = context_for(ctx, demo.reviewer)  # has "Review queue (1)" on the bar
    window = MainWindow(me)
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    problems = {}
    for kind, key in (("session", "relapse"), ("session", "anxiety"), ("group", None)):
        record = demo.sessions[key] if key else demo.group_id
        me.hub.open_requested.emit(kind, record)
        wait_idle(qtbot, me)
        QApplication.processEvents()
        assert window.size() == size
        found = clipped_buttons(window)
        if found:
            problems[f"{kind} {key or ''}"] = found
        if kind == "session":
            doc = window.current_page().documentation
            assert doc.side_tabs.isVisible() and doc.side_tabs.tabBar().isVisible()
            assert doc.group_edit.height() >= 3 * doc.group_edit.fontMetrics().lineSpacing()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
