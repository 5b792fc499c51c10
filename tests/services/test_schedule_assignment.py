"""Assigning a schedule with a preview: which sessions, of which group, gain whom;
capacity respected; the confirmation applies exactly the preview; a new series is a
separate choice (issue 13)."""

from __future__ import annotations

import json
from datetime import time

import pytest

from clinicdesk.db.models import GroupSession
from clinicdesk.domain.errors import Conflict
from clinicdesk.services import groups, schedule_assignment, schedules, sessions
from tests.fixtures.clinic import audit_entries, row_count


@pytest.fixture
def two_groups(db, admin, kit, make_group, make_client):
    """Group A owns the schedule's sessions (capacity 4, 3 members, assigned already);
    group B has 2 members."""
    a = make_group(name="Anxiety A", capacity=4)
    b = make_group(name="Bereavement B")
    a_people = [make_client(first_name=f"A{i}", last_name="Alpha") for i in range(3)]
    b_people = [make_client(first_name=f"B{i}", last_name="Beta") for i in range(2)]
    groups.add_members(db, admin, a.id, [c.id for c in a_people])
    groups.add_members(db, admin, b.id, [c.id for c in b_people])
    template = kit.template(name="Skills", group_id=a.id)
    schedule = kit.schedule([(0, time(10), template.id)], weeks=3, name="Skills weekly")
    return a, b, a_people, b_people, template, schedule


def test_preview_names_the_other_groups_sessions_and_who_joins(
    db, admin, two_groups, future_monday
):
    a, b, _a_people, b_people, _t, schedule = two_groups
    schedules.assign_schedule(db, admin, schedule.id, start_date=future_monday, group_id=a.id)
    before = row_count(db, GroupSession)
    preview = schedule_assignment.preview_assignment(
        db, admin, schedule.id, start_date=future_monday, group_id=b.id
    )
    assert row_count(db, GroupSession) == before  # a preview writes nothing
    assert len(preview.sessions) == 3
    for p in preview.sessions:
        assert not p.new and p.other_group and p.group_name == "Anxiety A"
        assert p.enrolled == 3 and p.capacity == 4
        assert {c.client_id for c in p.gains} == {c.id for c in b_people}
        assert p.over_capacity == 1
    assert preview.other_groups == ("Anxiety A",)
    assert preview.enrolments == 6
    # Confirming refuses: the sessions would go past capacity; nothing is enrolled.
    with pytest.raises(Conflict, match="past capacity: 3 enrolled, 2 joining, 4 places"):
        schedule_assignment.confirm_assignment(db, admin, preview)
    roster = sessions.get_session(db, admin, preview.sessions[0].session_id).roster
    assert len(roster) == 3


def test_a_new_series_for_the_group_is_its_own_sessions(db, admin, two_groups, future_monday):
    a, b, _a_people, _b_people, _template, schedule = two_groups
    schedules.assign_schedule(db, admin, schedule.id, start_date=future_monday, group_id=a.id)
    preview = schedule_assignment.preview_assignment(
        db, admin, schedule.id, start_date=future_monday, group_id=b.id, new_series=True
    )
    assert all(p.new and not p.other_group and p.group_id == b.id for p in preview.sessions)
    assert preview.sessions_created == 3 and preview.enrolments == 6
    result = schedule_assignment.confirm_assignment(db, admin, preview)
    assert result.sessions_created == 3 and result.enrolled == 6
    b_sessions = [c for c in sessions.list_sessions(db, admin, group_id=b.id)]
    assert len(b_sessions) == 3 and all(c.enrolled_count == 2 for c in b_sessions)
    # Group A's sessions are untouched.
    a_sessions = sessions.list_sessions(db, admin, group_id=a.id)
    assert all(c.enrolled_count == 3 for c in a_sessions)
    details = json.loads(audit_entries(db, schedule_assignment.NEW_SERIES)[-1].details)
    assert details["group_id"] == str(b.id)


def test_confirm_applies_exactly_the_preview_or_refuses(
    db, admin, two_groups, future_monday, make_client
):
    _a, b, _a_people, _b_people, _t, schedule = two_groups
    preview = schedule_assignment.preview_assignment(
        db, admin, schedule.id, start_date=future_monday, group_id=b.id
    )
    # Nothing exists yet: the assignment creates A's sessions (the template is A's).
    assert all(p.new and p.group_name == "Anxiety A" and p.other_group for p in preview.sessions)
    # Someone joins group B after the preview: the confirmation refuses.
    late = make_client(first_name="Late", last_name="Joiner")
    groups.add_members(db, admin, b.id, [late.id])
    with pytest.raises(Conflict, match="changed since you looked"):
        schedule_assignment.confirm_assignment(db, admin, preview)
    assert row_count(db, GroupSession) == 0
    fresh = schedule_assignment.preview_assignment(
        db, admin, schedule.id, start_date=future_monday, group_id=b.id
    )
    assert all(len(p.gains) == 3 for p in fresh.sessions)
    result = schedule_assignment.confirm_assignment(db, admin, fresh)
    assert result.sessions_created == 3 and result.enrolled == 9
