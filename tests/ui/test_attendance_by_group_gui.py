"""The client's file shows attendance counts for each group when the clinic shows
attendance counts (issue 13)."""

from __future__ import annotations

from clinicdesk.services import settings as clinic_settings
from tests.ui.test_client_file import clinic, open_file  # noqa: F401 (fixture)


def test_the_overview_lists_counts_per_group(qtbot, styled_app, clinic, ctx, gui_db, admin):  # noqa: F811
    zoe, _group, _tess = clinic
    clinic_settings.update_setting(gui_db, admin, "show_attendance_counts", True)
    ctx.hub.settings_changed.emit()
    window = open_file(qtbot, ctx, zoe)
    text = window.overview.toPlainText()
    assert "Attendance by group" in text
    # Zoë's one completed session (late) belongs to no group.
    assert "(no group)" in text
    html = window.overview.toHtml()
    assert "Left early" in html and "1 / 1" in text
