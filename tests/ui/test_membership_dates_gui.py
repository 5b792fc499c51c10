"""Join and leave dates from the GUI (issue 13): a past join date enrols the client in
the group's sessions from that date, a planned leave date withdraws them from the
sessions after it; sessions already started keep their attendance."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.services import groups, schedules, sessions, templates
from tests.fixtures.people import insert_staff
from tests.ui.clinic_data import seed_clients, until
from tests.ui.sessions_helpers import context_for, wait_idle
from ui.dialogs.add_members_dialog import AddMembersDialog
from ui.dialogs.end_membership_dialog import EndMembershipDialog


def _rosters(db, admin, group_id):
    """Session start → the client ids actively on its roster."""
    out = {}
    for card in sessions.list_sessions(db, admin, group_id=group_id):
        detail = sessions.get_session(db, admin, card.id)
        out[detail.starts_at.date()] = {r.client_id for r in detail.roster}
    return out


def test_front_desk_enters_a_past_join_and_a_planned_leave(qtbot, styled_app, gui_db, admin, ctx):
    people = seed_clients(gui_db, admin, 4)
    regular, late = people[0], people[1]
    group = groups.create_group(gui_db, admin, name="Tuesday DBT")
    groups.add_members(
        gui_db, admin, group.id, [regular.id], joined_on=date.today() - timedelta(days=30)
    )
    skills = templates.create_session_template(
        gui_db, admin, name="DBT skills", duration_minutes=60, group_id=group.id
    )
    first = date.today() - timedelta(days=7)
    schedule = templates.create_schedule_template(
        gui_db,
        admin,
        name="DBT weekly",
        weeks=4,
        occurrences=[templates.OccurrenceSpec(first.weekday(), time(10), skills.id)],
    )
    schedules.assign_schedule(gui_db, admin, schedule.id, start_date=first, group_id=group.id)
    days = [first + timedelta(days=7 * i) for i in range(4)]
    # Last week's session was run and documented: its attendance is history.
    tess = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    past = next(
        c
        for c in sessions.list_sessions(gui_db, admin, group_id=group.id)
        if c.starts_at.date() == days[0]
    )
    sessions.start_session(gui_db, tess, past.id)
    sessions.record_attendance(
        gui_db, tess, past.id, client_id=regular.id, status=AttendanceStatus.PRESENT
    )

    desk = context_for(ctx, insert_staff(gui_db, Role.FRONT_DESK, full_name="Fatou Diallo"))
    record = groups.get_group(gui_db, admin, group.id)
    dialog = AddMembersDialog(desk, record)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText(late.record_number)
    until(qtbot, lambda: dialog.model.total_count() == 1 and dialog.add_button.isEnabled())
    assert dialog.selected_ids() == [late.id]
    # She started ten days ago (typed, as a receptionist would).
    dialog.joined_on.set_value(date.today() - timedelta(days=10))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    until(qtbot, lambda: not dialog.isVisible())
    rosters = _rosters(gui_db, admin, group.id)
    assert late.id not in rosters[days[0]]  # already held: attendance is history
    assert all(late.id in rosters[d] for d in days[1:])
    assert rosters[days[0]] == {regular.id}

    # A planned leave: she stops after the next session.
    member = next(m for m in groups.list_members(gui_db, admin, group.id) if m.client_id == late.id)
    assert member.joined_on == date.today() - timedelta(days=10)
    end = EndMembershipDialog(desk, record, member)
    qtbot.addWidget(end)
    end.show()
    end.left_on.set_value(days[1] + timedelta(days=1))
    qtbot.mouseClick(end.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, desk)
    until(qtbot, lambda: end.result is not None)
    rosters = _rosters(gui_db, admin, group.id)
    assert late.id in rosters[days[1]]
    assert late.id not in rosters[days[2]] and late.id not in rosters[days[3]]
    assert rosters[days[0]] == {regular.id}  # untouched
    detail = sessions.get_session(gui_db, admin, past.id)
    assert [r.attendance for r in detail.roster] == [AttendanceStatus.PRESENT]


def test_a_leaving_date_before_the_join_date_is_refused_in_the_dialog(
    qtbot, styled_app, gui_db, admin, ctx
):
    zoe = seed_clients(gui_db, admin, 1)[0]
    group = groups.create_group(gui_db, admin, name="Grief circle")
    groups.add_members(gui_db, admin, group.id, [zoe.id], joined_on=date.today())
    member = groups.list_members(gui_db, admin, group.id)[0]
    end = EndMembershipDialog(ctx, groups.get_group(gui_db, admin, group.id), member)
    qtbot.addWidget(end)
    end.show()
    end.left_on.set_value(date.today() - timedelta(days=3))
    qtbot.mouseClick(end.ok_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: end.error.isVisible())
    assert "cannot be before the joining date" in end.error.text()
    assert groups.list_members(gui_db, admin, group.id)[0].left_on is None
