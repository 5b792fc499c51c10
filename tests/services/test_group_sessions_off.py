"""Group sessions switched off (Kipu's setting, issue 13): joining a group enrols in no
session; switched back on, nothing was lost."""

from __future__ import annotations

from datetime import date, time

from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.services import groups, schedules, sessions, settings
from tests.fixtures.sessions import PASSWORD


def _roster(db, admin, session_id):
    return {r.client_id: r.attendance for r in sessions.get_session(db, admin, session_id).roster}


def test_switched_off_then_on(db, admin, kit, make_group, make_client, make_staff, future_monday):
    tess = make_staff(Role.THERAPIST)
    group = make_group(name="DBT")
    first, second, third = (make_client(first_name=n, last_name="X") for n in ("A", "B", "C"))
    groups.add_members(db, admin, group.id, [first.id])
    template = kit.template(name="Skills", group_id=group.id)
    schedule = kit.schedule([(0, time(10), template.id)], weeks=3)
    schedules.assign_schedule(db, admin, schedule.id, start_date=future_monday, group_id=group.id)
    cards = sessions.list_sessions(db, admin, group_id=group.id)
    # A documented, signed session (its attendance must survive the switch).
    done = kit.in_progress(tess, [first.id])
    kit.document(tess, done.id, AttendanceStatus.EXCUSED)
    sessions.sign_session(db, tess, done.id, password=PASSWORD)

    settings.update_setting(db, admin, "group_sessions_enabled", False)
    result = groups.add_members(db, admin, group.id, [second.id])
    assert result.added == 1 and result.sessions_enrolled == 0
    for card in cards:
        assert set(_roster(db, admin, card.id)) == {first.id}
    # Reading documented sessions still works.
    assert _roster(db, admin, done.id) == {first.id: AttendanceStatus.EXCUSED}

    settings.update_setting(db, admin, "group_sessions_enabled", True)
    for card in cards:
        assert set(_roster(db, admin, card.id)) == {first.id}  # nothing lost, nothing added
    assert _roster(db, admin, done.id) == {first.id: AttendanceStatus.EXCUSED}
    assert len(sessions.list_sessions(db, admin, group_id=group.id)) == len(cards)
    # Back on: joining enrols again.
    groups.add_members(db, admin, group.id, [third.id], joined_on=date.today())
    for card in cards:
        assert set(_roster(db, admin, card.id)) == {first.id, third.id}
