"""Issue 13 journey on one clinic, several logins in turn, each step checking what the
next person sees: the manager sets a care team in the client's file → the therapist on
it becomes a caseload leader when the session starts → front desk adds a member with a
past join date and sees the sessions follow → the therapist documents late, with the
reason on the session."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from clinicdesk.domain.enums import Role
from clinicdesk.services import groups, schedules, sessions, templates
from tests.fixtures.people import insert_staff
from tests.ui.clinic_data import seed_clients, until
from tests.ui.sessions_helpers import context_for, wait_idle, when_modal
from tests.ui.test_client_file import open_file
from ui.dialogs.add_members_dialog import AddMembersDialog
from ui.dialogs.care_team_dialog import CareTeamDialog
from ui.views.session_documentation import SessionDocumentation


def test_care_team_to_caseload_leader_to_past_join(qtbot, styled_app, gui_db, admin, ctx):
    people = seed_clients(gui_db, admin, 5)
    zoe, jose, late = people[0], people[1], people[2]
    manager = context_for(ctx, insert_staff(gui_db, Role.MANAGER, full_name="Grace Okafor"))
    tess_actor = insert_staff(gui_db, Role.THERAPIST, full_name="Tess Ng")
    tom_actor = insert_staff(gui_db, Role.THERAPIST, full_name="Tom Lee")
    tess = context_for(ctx, tess_actor)
    desk = context_for(ctx, insert_staff(gui_db, Role.FRONT_DESK, full_name="Fatou Diallo"))

    # A group with a weekly schedule: last week's session, today's, and two more.
    group = groups.create_group(gui_db, admin, name="Monday DBT")
    groups.add_members(
        gui_db, admin, group.id, [zoe.id, jose.id], joined_on=date.today() - timedelta(days=30)
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
    by_day = {
        c.starts_at.date(): c.id for c in sessions.list_sessions(gui_db, admin, group_id=group.id)
    }

    # 1. The manager opens Zoë's file and puts Tess on her care team; José gets Tom.
    window = open_file(qtbot, manager, zoe)
    panel = window.care_team_panel
    until(qtbot, lambda: panel.history is not None and panel.edit_button.isEnabled())

    def fill(dialog: CareTeamDialog) -> None:
        dialog.choose(dialog.primary, tess_actor.staff_id)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill, CareTeamDialog)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, manager)
    until(qtbot, lambda: "Primary therapist: Tess Ng" in panel.summary.text())
    window.close()
    window = open_file(qtbot, manager, jose)
    panel = window.care_team_panel
    until(qtbot, lambda: panel.history is not None)
    when_modal(
        lambda d: (
            d.choose(d.primary, tom_actor.staff_id),
            qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton),
        ),
        CareTeamDialog,
    )
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, manager)
    until(qtbot, lambda: "Tom Lee" in panel.summary.text())
    window.close()

    # 2. Tess starts last week's session from the session page: Tom, José's primary
    #    therapist, is made a co-leader — he sees it as his own session.
    past_id = by_day[first]
    page = SessionDocumentation(tess)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.load(past_id)
    until(qtbot, lambda: page.detail is not None and page.detail.can_start)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tess)
    until(qtbot, lambda: page.detail.status == "in_progress")
    assert "Tom Lee" in page.leaders.text()  # Tess sees her caseload co-leader
    detail = sessions.get_session(gui_db, tom_actor, past_id)
    assert {(x.name, x.is_primary) for x in detail.leaders} == {
        ("Tess Ng", True),
        ("Tom Lee", False),
    }
    assert detail.can_edit  # Tom may document his caseload client's note

    # 3. Front desk adds a member who started ten days ago: she is in the sessions from
    #    then on, but not in last week's session, which has started.
    dialog = AddMembersDialog(desk, groups.get_group(gui_db, admin, group.id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText(late.record_number)
    until(qtbot, lambda: dialog.model.total_count() == 1 and dialog.add_button.isEnabled())
    dialog.joined_on.set_value(date.today() - timedelta(days=10))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    until(qtbot, lambda: not dialog.isVisible())
    assert "Added" in dialog.message
    for day, sid in sorted(by_day.items()):
        roster = {r.client_id for r in sessions.get_session(gui_db, admin, sid).roster}
        assert (late.id in roster) == (day > first), day

    # 4. Tess documents last week's session for the day it really took place.
    sessions.change_session_date(
        gui_db, tess_actor, past_id, new_date=first - timedelta(days=1), reason="Moved a day."
    )
    page.load(past_id)
    until(qtbot, lambda: "reason: Moved a day." in page.when.text())
