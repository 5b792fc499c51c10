"""A group's waitlist on a real database (issue 18): order, promotion, capacity, bulk add,
and the rule that waiting clients are not members."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from datetime import time as clock

import pytest

from clinicdesk.db.models import ClientFileEntry, Enrolment, GroupMembership, WaitlistEntry
from clinicdesk.domain.enums import AuditOutcome, Role, WaitlistOutcome
from clinicdesk.domain.errors import Conflict, GroupFull, PermissionDenied, ValidationError
from clinicdesk.domain.permissions import Permission
from clinicdesk.services import (
    group_actions,
    group_roster,
    groups,
    schedules,
    templates,
    waitlist,
)
from tests.fixtures.clinic import audit_entries, row_count
from tests.printing.pdf_reading import all_text


def _order(db, actor, group_id):
    return [e.client_id for e in waitlist.get_waitlist(db, actor, group_id).entries]


def _scheduled_group(db, admin, make_group, capacity):
    g = make_group("Scheduled", capacity=capacity)
    session_t = templates.create_session_template(db, admin, name="Skills", duration_minutes=60)
    schedule = templates.create_schedule_template(
        db,
        admin,
        name="Weekly",
        weeks=4,
        occurrences=[templates.OccurrenceSpec(2, clock(10, 0), session_t.id)],
    )
    start = date.today() + timedelta(days=7)
    schedules.assign_schedule(db, admin, schedule.id, start_date=start, group_id=g.id)
    return g


def _active_enrolments(db, client_id):
    return row_count(
        db, Enrolment, Enrolment.client_id == client_id, Enrolment.withdrawn_at.is_(None)
    )


def test_adding_to_a_full_group_raises_group_full_and_changes_nothing(
    db, admin, make_group, bulk_clients
):
    g = make_group(capacity=2)
    a, b, c = bulk_clients(3)
    groups.add_members(db, admin, g.id, [a, b])
    with pytest.raises(GroupFull) as refused:
        groups.add_member(db, admin, g.id, c)
    assert isinstance(refused.value, Conflict)  # older callers still see a Conflict
    assert (refused.value.room, refused.value.wanted) == (0, 1)
    assert "no room for more members" in str(refused.value)
    assert row_count(db, GroupMembership) == 2 and row_count(db, WaitlistEntry) == 0


def test_waitlist_order_is_date_added_then_priority_with_a_reason(
    db, admin, make_group, bulk_clients, make_staff
):
    g = make_group(capacity=1)
    member, first, second, third = bulk_clients(4)
    groups.add_member(db, admin, g.id, member)
    result = waitlist.add_to_waitlist(db, admin, g.id, [first, second])
    waitlist.add_to_waitlist(db, admin, g.id, [third, first])  # first: already waiting
    assert (result.added, result.already_waiting) == (2, 0)
    assert _order(db, admin, g.id) == [first, second, third]

    with pytest.raises(ValidationError, match="reason"):
        waitlist.set_priority(db, admin, g.id, third, priority=5, reason="  ")
    with pytest.raises(ValidationError, match="0 \\(none\\) to 9"):
        waitlist.set_priority(db, admin, g.id, third, priority=10, reason="x")
    front_desk = make_staff(Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        waitlist.set_priority(db, front_desk, g.id, third, priority=5, reason="Discharge soon")
    assert audit_entries(db, Permission.MANAGE_ANY_GROUP.value, outcome=AuditOutcome.DENIED)

    manager = make_staff(Role.MANAGER)
    entry = waitlist.set_priority(db, manager, g.id, third, priority=5, reason="Discharge soon")
    assert (entry.position, entry.priority, entry.priority_reason) == (1, 5, "Discharge soon")
    assert _order(db, admin, g.id) == [third, first, second]
    waitlist.set_priority(db, manager, g.id, third, priority=0, reason=None)
    assert _order(db, admin, g.id) == [first, second, third]
    assert len(audit_entries(db, waitlist.WAITLIST_PRIORITY)) == 2
    # Members are not put on the waitlist.
    assert waitlist.add_to_waitlist(db, admin, g.id, [member]).already_members == 1


def test_a_place_freed_by_a_leaving_member_is_offered_to_the_first_and_confirmed(
    db, admin, make_group, bulk_clients
):
    g = _scheduled_group(db, admin, make_group, capacity=1)
    member, first, second = bulk_clients(3)
    groups.add_member(db, admin, g.id, member)
    waitlist.add_to_waitlist(db, admin, g.id, [first, second])
    assert waitlist.get_waitlist(db, admin, g.id).offer is None  # full: nothing to offer
    with pytest.raises(Conflict, match="no free place"):
        waitlist.confirm_place(db, admin, g.id, first)

    groups.remove_member(db, admin, g.id, member)
    listed = waitlist.get_waitlist(db, admin, g.id)
    assert listed.free_places == 1 and listed.offer is not None
    assert listed.offer.client_id == first
    # The second in line cannot take the place, nor can a newcomer jump the queue.
    with pytest.raises(Conflict, match="ahead on the waitlist"):
        waitlist.confirm_place(db, admin, g.id, second)
    (newcomer,) = bulk_clients(1)
    with pytest.raises(GroupFull, match="kept first for the 2 clients waiting"):
        groups.add_member(db, admin, g.id, newcomer)

    offered = waitlist.offer_place(db, admin, g.id)
    assert offered.client_id == first and offered.offered_at is not None
    joined = waitlist.confirm_place(db, admin, g.id, first)
    assert joined.client_id == first and joined.left_on is None
    # The group's schedule follows exactly as for any new member.
    assert _active_enrolments(db, first) == 4
    assert _order(db, admin, g.id) == [second]
    assert row_count(db, WaitlistEntry, WaitlistEntry.outcome == WaitlistOutcome.JOINED) == 1
    assert len(audit_entries(db, waitlist.WAITLIST_CONFIRM)) == 1
    assert len(audit_entries(db, waitlist.WAITLIST_OFFER)) == 1


def test_growing_the_capacity_offers_places(db, admin, make_group, bulk_clients):
    g = make_group(capacity=1)
    member, first, second = bulk_clients(3)
    groups.add_member(db, admin, g.id, member)
    waitlist.add_to_waitlist(db, admin, g.id, [first, second])
    version = groups.get_group(db, admin, g.id).version
    groups.update_group(db, admin, g.id, capacity=3, expected_version=version)
    listed = waitlist.get_waitlist(db, admin, g.id)
    assert listed.free_places == 2 and listed.offer.client_id == first
    waitlist.confirm_place(db, admin, g.id, first)
    assert waitlist.get_waitlist(db, admin, g.id).offer.client_id == second
    waitlist.confirm_place(db, admin, g.id, second)
    listed = waitlist.get_waitlist(db, admin, g.id)
    assert (listed.free_places, listed.entries, listed.offer) == (0, (), None)
    # No capacity at all: the first waiting client is offered a place at once.
    (later,) = bulk_clients(1)
    version = groups.get_group(db, admin, g.id).version
    groups.update_group(db, admin, g.id, capacity=None, expected_version=version)
    waitlist.add_to_waitlist(db, admin, g.id, [later])
    assert waitlist.get_waitlist(db, admin, g.id).offer.client_id == later


def test_bulk_add_fills_the_group_and_waitlists_the_rest(db, admin, make_group, bulk_clients):
    g = _scheduled_group(db, admin, make_group, capacity=5)
    existing = bulk_clients(2)
    groups.add_members(db, admin, g.id, existing)
    newcomers = bulk_clients(6)
    placed = waitlist.place_clients(db, admin, g.id, [*newcomers, existing[0]])
    assert (placed.added, placed.waitlisted, placed.already_members) == (3, 3, 1)
    assert placed.added_client_ids == tuple(newcomers[:3])
    assert placed.waitlisted_client_ids == tuple(newcomers[3:])
    assert placed.message == (
        "3 added to the group; 3 put on the waitlist (the group is full); 1 already members."
    )
    assert placed.sessions_enrolled == 3 * 4
    assert _order(db, admin, g.id) == newcomers[3:]
    assert row_count(db, GroupMembership, GroupMembership.left_on.is_(None)) == 5
    assert len(audit_entries(db, waitlist.WAITLIST_ADD)) == 3
    # Again: nobody more joins, those waiting are counted, not duplicated.
    again = waitlist.place_clients(db, admin, g.id, newcomers)
    assert (again.added, again.waitlisted, again.already_waiting) == (0, 0, 3)


def test_waitlisted_clients_never_receive_group_actions_or_enrolments(
    db, admin, make_group, bulk_clients
):
    g = _scheduled_group(db, admin, make_group, capacity=1)
    member, waiting = bulk_clients(2)
    groups.add_member(db, admin, g.id, member)
    waitlist.add_to_waitlist(db, admin, g.id, [waiting])
    result = group_actions.add_note(db, admin, g.id, title="Welcome", body="Bring a notebook.")
    assert result.recipients == 1
    assert row_count(db, ClientFileEntry, ClientFileEntry.client_id == waiting) == 0
    assert row_count(db, Enrolment, Enrolment.client_id == waiting) == 0
    assert group_actions.preview_recipients(db, admin, g.id).count == 1
    assert [m.client_id for m in groups.list_members(db, admin, g.id)] == [member]


def test_removing_from_the_waitlist_closes_the_row(db, admin, make_group, bulk_clients):
    g = make_group(capacity=1)
    member, waiting = bulk_clients(2)
    groups.add_member(db, admin, g.id, member)
    waitlist.add_to_waitlist(db, admin, g.id, [waiting])
    waitlist.remove_from_waitlist(db, admin, g.id, waiting)
    assert _order(db, admin, g.id) == []
    assert row_count(db, WaitlistEntry, WaitlistEntry.outcome == WaitlistOutcome.REMOVED) == 1
    # Back on the list later: a new row, last in line.
    waitlist.add_to_waitlist(db, admin, g.id, [waiting])
    assert row_count(db, WaitlistEntry) == 2


def test_waitlist_is_in_the_members_csv_and_the_printout(db, admin, make_group, make_client):
    g = make_group("Evening anxiety", capacity=1)
    ana = make_client("Ana", "Ruiz", record_number="R-1")
    bo = make_client("Bo", "Chen", record_number="R-2")
    groups.add_member(db, admin, g.id, ana.id)
    waitlist.add_to_waitlist(db, admin, g.id, [bo.id])
    later = date.today() + timedelta(days=12)
    text = group_roster.export_members_csv(db, admin, g.id, today=later)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["status"], r["last_name"]) for r in rows] == [
        ("member", "Ruiz"),
        ("waiting", "Chen"),
    ]
    assert rows[1]["place_in_line"] == "1" and rows[1]["days_waiting"] == "12"
    assert rows[1]["record_number"] == "R-2"
    assert audit_entries(db, group_roster.EXPORT_MEMBERS)

    pdf = all_text(group_roster.print_members(db, admin, g.id, today=later))
    assert "Evening anxiety" in pdf and "Waitlist" in pdf
    members_part, waiting_part = pdf.split("Waitlist", 1)
    assert "Ana Ruiz" in members_part and "Bo Chen" in waiting_part
    assert audit_entries(db, group_roster.PRINT_MEMBERS)


def test_front_desk_manages_the_waitlist_but_not_priorities(
    db, make_staff, make_group, bulk_clients
):
    front_desk = make_staff(Role.FRONT_DESK)
    g = make_group(capacity=1)
    member, waiting = bulk_clients(2)
    placed = waitlist.place_clients(db, front_desk, g.id, [member, waiting])
    assert (placed.added, placed.waitlisted) == (1, 1)
    assert _order(db, front_desk, g.id) == [waiting]
    with pytest.raises(PermissionDenied):
        waitlist.set_priority(db, front_desk, g.id, waiting, priority=1, reason="x")
