"""Assigning a schedule to a group from the dialog: nothing pre-selected, a preview of
which sessions of which group gain whom, capacity blocking the confirmation, and the
new series as an explicit choice (issue 13)."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QDate, Qt

from clinicdesk.services import groups, schedules, sessions, templates
from tests.ui.clinic_data import seed_clients
from tests.ui.sessions_helpers import wait_idle
from ui.dialogs.assign_schedule import AssignScheduleDialog


def _setup(db, admin):
    people = seed_clients(db, admin, 6)
    a = groups.create_group(db, admin, name="Anxiety A", capacity=4)
    b = groups.create_group(db, admin, name="Bereavement B")
    groups.add_members(db, admin, a.id, [p.id for p in people[:3]])
    groups.add_members(db, admin, b.id, [p.id for p in people[3:5]])
    skills = templates.create_session_template(
        db, admin, name="Skills", duration_minutes=60, group_id=a.id
    )
    schedule = templates.create_schedule_template(
        db,
        admin,
        name="Skills weekly",
        weeks=3,
        occurrences=[templates.OccurrenceSpec(0, time(10), skills.id)],
    )
    monday = date.today() + timedelta(days=14)
    monday -= timedelta(days=monday.weekday())
    schedules.assign_schedule(db, admin, schedule.id, start_date=monday, group_id=a.id)
    return a, b, schedule, monday


def _choose_group(dialog, group_id):
    index = next(i for i in range(dialog.group.count()) if dialog.group.itemData(i) == group_id)
    dialog.group.setCurrentIndex(index)


def test_group_assignment_previews_then_confirms_a_new_series(
    qtbot, styled_app, gui_db, admin, ctx, qtmodeltester
):
    a, b, schedule, monday = _setup(gui_db, admin)
    dialog = AssignScheduleDialog(ctx, schedule)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ctx)
    dialog.start.setDate(QDate(monday))
    dialog.to_group.setChecked(True)
    # Nothing pre-selected: no preview, no confirmation until a group is chosen.
    assert dialog.group.currentData() is None
    assert not dialog.preview_button.isEnabled() and not dialog.assign_button.isEnabled()
    _choose_group(dialog, b.id)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    # The schedule's sessions are group A's: B's two members would join, 5 of 4 places.
    assert dialog.changes.rowCount() == 3
    group_cell = dialog.changes.index(0, dialog.changes.Column.COL_GROUP).data()
    assert group_cell == "Anxiety A — another group"
    places = dialog.changes.index(0, dialog.changes.Column.COL_PLACES).data()
    assert places == "5 of 4 ⚠ 1 over"
    summary = dialog.changes_summary.text()
    assert "sessions of another group: Anxiety A" in summary
    assert "past their capacity" in summary
    assert not dialog.assign_button.isEnabled()
    qtmodeltester.check(dialog.changes)

    # The explicit other choice: a new series for group B.
    dialog.new_series.setChecked(True)
    assert not dialog.changes_panel.isVisible()  # the old preview is stale
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.changes.rowCount() == 3
    assert dialog.changes.index(0, dialog.changes.Column.COL_GROUP).data() == "Bereavement B"
    assert "3 new sessions will be created." in dialog.changes_summary.text()
    assert dialog.assign_button.isEnabled()
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.result is not None and dialog.result.enrolled == 6
    cards = sessions.list_sessions(gui_db, admin, group_id=b.id)
    assert len(cards) == 3 and all(c.enrolled_count == 2 for c in cards)
    assert all(c.enrolled_count == 3 for c in sessions.list_sessions(gui_db, admin, group_id=a.id))
