"""Group sessions switched off hides the Sessions tab and the client file's sessions
section; switched back on, both return with everything in them (issue 13)."""

from __future__ import annotations

from clinicdesk.services import settings
from tests.ui.clinic_data import seed_clients, until
from tests.ui.test_client_file import open_file


def _switch(ctx, on: bool) -> None:
    settings.update_setting(ctx.db, ctx.actor, "group_sessions_enabled", on)
    ctx.hub.settings_changed.emit()


def test_the_sessions_tab_and_the_file_section_follow_the_setting(qtbot, main_window, ctx):
    zoe = seed_clients(ctx.db, ctx.actor, 1)[0]
    index = main_window._kinds["session"]
    main_window.tabs.setCurrentIndex(index)
    assert main_window.tabs.isTabVisible(index)
    window = open_file(qtbot, ctx, zoe)
    assert window.tabs.isTabVisible(2)

    _switch(ctx, False)
    assert not main_window.tabs.isTabVisible(index)
    assert main_window.tabs.currentIndex() != index  # moved off the hidden tab
    until(qtbot, lambda: window.file is not None and not window.tabs.isTabVisible(2))

    _switch(ctx, True)
    assert main_window.tabs.isTabVisible(index)
    until(qtbot, lambda: window.tabs.isTabVisible(2))
