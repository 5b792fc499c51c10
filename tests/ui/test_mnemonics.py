"""No two visible controls in one window share an Alt+letter (mnemonic).

Alt+A used to be both "Archive" and "Add member" on the group page: Qt then cycles
focus between them instead of pressing either. This walks every tab, every page of
every tab, an open session and an open group, and the dialogs, and fails on any letter
claimed twice among what is visible at once (menu-bar titles included).
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from tests.ui.session_data import seed_day
from tests.ui.sessions_helpers import context_for, wait_idle
from tests.ui.test_window_size import _pages, _records
from ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def duplicates(window: QWidget) -> dict[str, list[str]]:
    """Letters claimed by more than one visible control of ``window``."""
    claims: dict[str, list[str]] = defaultdict(list)
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar) and menu_bar() is not None and menu_bar().isVisible():
        for action in menu_bar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                claims[letter].append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        text = ""
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        if letter := mnemonic(text):
            claims[letter].append(f"{type(widget).__name__} {text!r}")
    return {k: v for k, v in claims.items() if len(v) > 1}


def test_mnemonic_parsing():
    assert mnemonic("&Archive") == "a" and mnemonic("Add &member") == "m"
    assert mnemonic("Tom && Jerry") is None and mnemonic("R&&D &Notes") == "n"


def _session_states(ctx, demo):
    """The session page in each status (different buttons show in each)."""
    for key in ("mindful", "relapse", "anxiety", "dbt", "anger"):
        ctx.hub.open_requested.emit("session", demo.sessions[key])
        yield f"session {key}"


# Each language's translators place their own "&"; French and Dutch for the two roles
# whose screens differ most.
@pytest.mark.parametrize(
    ("who", "language"),
    [
        ("admin", "en"),
        ("therapist", "en"),
        ("reviewer", "en"),
        ("admin", "fr"),
        ("therapist", "fr"),
        ("admin", "nl"),
        ("therapist", "nl"),
    ],
)
def test_no_window_state_shares_a_mnemonic(qtbot, styled_app, ctx, gui_language, who, language):
    gui_language(language)
    demo = seed_day(ctx.db, ctx.actor)
    if who != "admin":
        ctx = context_for(ctx, getattr(demo, who))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems = {}
    states = (_pages(window), _records(window, ctx, demo), _session_states(ctx, demo))
    for name in itertools.chain(*states):
        wait_idle(qtbot, ctx)
        QApplication.processEvents()
        found = duplicates(window)
        if found:
            problems[name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
