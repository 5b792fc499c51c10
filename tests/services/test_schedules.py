"""Assigning schedules: sessions found or created, enrolments, double booking, groups."""

from __future__ import annotations

import time as wall_time
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from clinicdesk import clock
from clinicdesk.db.models import (
    AssignmentSession,
    Enrolment,
    GroupSession,
    ScheduleAssignment,
)
from clinicdesk.domain.enums import AttendanceStatus, EnrolmentSource, Role
from clinicdesk.domain.errors import Conflict, Locked, NotFound, ValidationError
from clinicdesk.services import groups, schedules, sessions
from clinicdesk.services.schedules import DoubleBookingConflict
from tests.fixtures.clinic import audit_entries, row_count
from tests.fixtures.sessions import PASSWORD

T10 = time(10, 0)


def active_enrolments(db, client_id=None) -> list[tuple]:
    with db.read() as s:
        q = (
            select(GroupSession.starts_at, Enrolment.client_id, Enrolment.source)
            .join(GroupSession, GroupSession.id == Enrolment.session_id)
            .where(Enrolment.withdrawn_at.is_(None))
            .order_by(GroupSession.starts_at)
        )
        if client_id is not None:
            q = q.where(Enrolment.client_id == client_id)
        return list(s.execute(q).all())


def test_assign_to_clients_creates_and_reuses_sessions(db, kit, make_client, future_monday):
    ana, ben = make_client("Ana", "A"), make_client("Ben", "B")
    t = kit.template("Coping", 60)
    sched = kit.schedule([(0, T10, t.id), (2, time(14), t.id)], weeks=3)
    first = schedules.assign_schedule(
        db, kit.admin, sched.id, start_date=future_monday, client_ids=[ana.id]
    )
    assert (first.sessions_created, first.sessions_total, first.enrolled, first.conflicts) == (
        6,
        6,
        6,
        (),
    )
    # The same schedule again from the same date reuses every session.
    second = schedules.assign_schedule(
        db, kit.admin, sched.id, start_date=future_monday, client_ids=[ana.id, ben.id]
    )
    assert (second.sessions_created, second.sessions_total, second.enrolled) == (0, 6, 6)
    assert row_count(db, GroupSession) == 6
    assert row_count(db, AssignmentSession) == 12
    assert len(active_enrolments(db, ana.id)) == 6 and len(active_enrolments(db, ben.id)) == 6
    with db.read() as s:
        starts = sorted(s.scalars(select(GroupSession.starts_at)))
    assert starts[0] == datetime.combine(future_monday, T10)
    assert starts[-1] == datetime.combine(future_monday + timedelta(days=16), time(14))
    entry = audit_entries(db, "assign_schedule")[0]
    assert '"enrolments":6' in entry.details and "Ana" not in entry.details


def test_validation(db, kit, make_client, future_monday):
    t = kit.template()
    sched = kit.schedule([(0, T10, t.id)], weeks=1)
    with pytest.raises(ValidationError, match="at least one client or a group"):
        schedules.assign_schedule(db, kit.admin, sched.id, start_date=future_monday)
    import uuid

    with pytest.raises(NotFound):
        schedules.assign_schedule(
            db, kit.admin, sched.id, start_date=future_monday, client_ids=[uuid.uuid4()]
        )
    from clinicdesk.services import templates

    templates.archive_schedule_template(db, kit.admin, sched.id)
    with pytest.raises(ValidationError, match="archived"):
        schedules.assign_schedule(
            db, kit.admin, sched.id, start_date=future_monday, client_ids=[make_client().id]
        )
    assert row_count(db, GroupSession) == 0 and row_count(db, ScheduleAssignment) == 0


def test_double_booking_refused_then_flagged(db, kit, make_client, future_monday):
    ana, ben = make_client("Ana", "Alvarez"), make_client("Ben", "Brown")
    art = kit.template("Art therapy", 60)
    music = kit.template("Music group", 90)
    art_sched = kit.schedule([(0, T10, art.id)], weeks=2)
    music_sched = kit.schedule([(0, time(10, 30), music.id)], weeks=2)
    schedules.assign_schedule(
        db, kit.admin, art_sched.id, start_date=future_monday, client_ids=[ana.id]
    )
    with pytest.raises(DoubleBookingConflict) as refused:
        schedules.assign_schedule(
            db, kit.admin, music_sched.id, start_date=future_monday, client_ids=[ana.id, ben.id]
        )
    err = refused.value
    assert isinstance(err, Conflict)
    assert "2 double bookings" in err.message and "Ana A." in err.message
    assert "Art therapy" in err.message and "Nothing was assigned" in err.message
    assert {c.client_id for c in err.conflicts} == {ana.id}
    assert len(active_enrolments(db, ben.id)) == 0
    assert row_count(db, GroupSession) == 2  # the music sessions were not kept

    flagged = schedules.assign_schedule(
        db,
        kit.admin,
        music_sched.id,
        start_date=future_monday,
        client_ids=[ana.id, ben.id],
        allow_double_booking=True,
    )
    assert len(flagged.conflicts) == 2 and flagged.enrolled == 4
    c = flagged.conflicts[0]
    assert (c.client_name, c.starts_at) == ("Ana A.", datetime.combine(future_monday, time(10, 30)))


def test_back_to_back_and_cancelled_or_withdrawn_are_not_double_bookings(
    db, kit, make_client, future_monday
):
    ana = make_client()
    a, b, c = kit.template("A", 60), kit.template("B", 60), kit.template("C", 60)
    schedules.assign_schedule(
        db,
        kit.admin,
        kit.schedule([(0, T10, a.id)], weeks=1).id,
        start_date=future_monday,
        client_ids=[ana.id],
    )
    # Starts when A ends: no overlap.
    schedules.assign_schedule(
        db,
        kit.admin,
        kit.schedule([(0, time(11), b.id)], weeks=1).id,
        start_date=future_monday,
        client_ids=[ana.id],
    )
    # Overlapping C is fine once A is cancelled and B is withdrawn.
    cards = sessions.board(db, kit.admin, day=future_monday)
    sessions.cancel_session(db, kit.admin, cards[0].id, reason="Closed")
    schedules.remove_attendee(db, kit.admin, cards[1].id, client_id=ana.id)
    result = schedules.assign_schedule(
        db,
        kit.admin,
        kit.schedule([(0, time(10, 30), c.id)], weeks=1).id,
        start_date=future_monday,
        client_ids=[ana.id],
    )
    assert result.conflicts == () and result.enrolled == 1


def test_overlapping_occurrences_in_one_schedule_are_flagged(db, kit, make_client, future_monday):
    ana = make_client()
    a, b = kit.template("A", 120), kit.template("B", 60)
    sched = kit.schedule([(0, T10, a.id), (0, time(11), b.id)], weeks=1)
    with pytest.raises(DoubleBookingConflict, match="1 double booking"):
        schedules.assign_schedule(
            db, kit.admin, sched.id, start_date=future_monday, client_ids=[ana.id]
        )


def test_group_schedule_follows_membership(
    db, kit, admin, make_client, make_group, make_staff, future_monday
):
    therapist = make_staff(Role.THERAPIST)
    group = make_group("Tuesday group")
    ana, ben, cy = make_client("Ana", "A"), make_client("Ben", "B"), make_client("Cy", "C")
    groups.add_members(db, admin, group.id, [ana.id, ben.id])
    t = kit.template("Group therapy", 60)
    sched = kit.schedule([(1, T10, t.id)], weeks=4)
    result = schedules.assign_schedule(
        db, admin, sched.id, start_date=future_monday, group_id=group.id
    )
    assert (result.sessions_created, result.enrolled, result.clients) == (4, 8, 2)
    tuesdays = [future_monday + timedelta(days=1 + 7 * i) for i in range(4)]
    cards = sessions.list_sessions(db, admin, group_id=group.id)
    assert [c.starts_at.date() for c in cards] == tuesdays
    assert {c.group_name for c in cards} == {"Tuesday group"}

    # Session 1 happens: both attend, it is signed.
    first = cards[0].id
    sessions.start_session(db, therapist, first)
    kit.document(therapist, first, AttendanceStatus.PRESENT)
    sessions.sign_session(db, therapist, first, password=PASSWORD)

    # Ben leaves on the day of session 2; his documented attendance stays.
    groups.remove_member(db, admin, group.id, ben.id, left_on=tuesdays[1])
    ben_rows = active_enrolments(db, ben.id)
    assert [r.starts_at.date() for r in ben_rows] == [tuesdays[0]]
    with db.read() as s:
        assert (
            s.scalar(
                select(Enrolment.attendance).where(
                    Enrolment.client_id == ben.id, Enrolment.session_id == first
                )
            )
            == AttendanceStatus.PRESENT
        )
        withdrawn = s.scalar(
            select(func.count()).where(
                Enrolment.client_id == ben.id, Enrolment.withdrawn_at.is_not(None)
            )
        )
    assert withdrawn == 3  # withdrawn, not deleted

    # Cy joins from session 3: enrolled in sessions 3 and 4 only.
    groups.add_members(db, admin, group.id, [cy.id], joined_on=tuesdays[2])
    cy_rows = active_enrolments(db, cy.id)
    assert [(r.starts_at.date(), r.source) for r in cy_rows] == [
        (tuesdays[2], EnrolmentSource.GROUP_SCHEDULE),
        (tuesdays[3], EnrolmentSource.GROUP_SCHEDULE),
    ]
    # Ben comes back from session 4: his withdrawn enrolment is restored, not duplicated.
    groups.add_members(db, admin, group.id, [ben.id], joined_on=tuesdays[3])
    assert [r.starts_at.date() for r in active_enrolments(db, ben.id)] == [tuesdays[0], tuesdays[3]]
    assert audit_entries(db, "enrol_from_group_schedule")
    assert audit_entries(db, "withdraw_from_group_schedule")

    # An individually assigned client who also leaves the group keeps that assignment.
    other_t = kit.template("Individual track", 30)
    solo = kit.schedule([(3, T10, other_t.id)], weeks=1)
    schedules.assign_schedule(db, admin, solo.id, start_date=future_monday, client_ids=[ana.id])
    groups.remove_member(db, admin, group.id, ana.id, left_on=tuesdays[1])
    assert [r.source for r in active_enrolments(db, ana.id)] == [
        EnrolmentSource.GROUP_SCHEDULE,  # session 1, documented
        EnrolmentSource.SCHEDULE,
    ]


def test_group_assignment_with_no_members_enrols_joiners(
    db, kit, admin, make_client, make_group, future_monday
):
    group = make_group()
    t = kit.template()
    sched = kit.schedule([(4, T10, t.id)], weeks=2)
    result = schedules.assign_schedule(
        db, admin, sched.id, start_date=future_monday, group_id=group.id
    )
    assert (result.sessions_created, result.enrolled) == (2, 0)
    ana = make_client()
    added = groups.add_members(db, admin, group.id, [ana.id], joined_on=future_monday)
    assert added.sessions_enrolled == 2
    assigned = schedules.list_assignments(db, admin, group_id=group.id)
    assert [(a.sessions, a.enrolled_clients, a.group_name) for a in assigned] == [
        (2, 1, group.name)
    ]

    ended = schedules.end_assignment(db, admin, result.assignment_id, effective=future_monday)
    assert ended.withdrawn == 2
    assert active_enrolments(db, ana.id) == []
    with pytest.raises(Conflict, match="already been ended"):
        schedules.end_assignment(db, admin, result.assignment_id)
    # Ended assignments no longer enrol joiners.
    ben = make_client()
    assert (
        groups.add_members(db, admin, group.id, [ben.id], joined_on=future_monday).sessions_enrolled
        == 0
    )


def test_ad_hoc_attendees(db, kit, make_client, make_staff):
    therapist = make_staff(Role.THERAPIST)
    ana, ben, cy = make_client(), make_client(), make_client()
    t = kit.template("Small group", 60, capacity=2)
    s0 = kit.session(datetime.combine(clock.today() + timedelta(days=1), T10), template_id=t.id)
    row = schedules.add_attendee(db, kit.admin, s0.id, client_id=ana.id)
    assert row.source == EnrolmentSource.AD_HOC
    with pytest.raises(Conflict, match="already on the session's roster"):
        schedules.add_attendee(db, kit.admin, s0.id, client_id=ana.id)
    schedules.add_attendee(db, kit.admin, s0.id, client_id=ben.id)
    with pytest.raises(Conflict, match="full"):
        schedules.add_attendee(db, kit.admin, s0.id, client_id=cy.id)
    assert schedules.remove_attendee(db, kit.admin, s0.id, client_id=ben.id).withdrawn
    schedules.add_attendee(db, kit.admin, s0.id, client_id=cy.id)

    sessions.start_session(db, therapist, s0.id)
    sessions.record_attendance(db, therapist, s0.id, client_id=ana.id, status="absent")
    with pytest.raises(Conflict, match="already been recorded"):
        schedules.remove_attendee(db, therapist, s0.id, client_id=ana.id)
    kit.document(therapist, s0.id)
    sessions.sign_session(db, therapist, s0.id, password=PASSWORD)
    with pytest.raises(Locked):
        schedules.add_attendee(db, kit.admin, s0.id, client_id=ben.id)
    assert len(audit_entries(db, "add_attendee")) == 3


def test_group_sessions_off_refuses_new_assignments(db, kit, make_client, future_monday):
    t = kit.template()
    sched = kit.schedule([(0, T10, t.id)], weeks=1)
    kit.group_sessions(False)
    with pytest.raises(Conflict, match="switched off"):
        schedules.assign_schedule(
            db, kit.admin, sched.id, start_date=future_monday, client_ids=[make_client().id]
        )
    assert row_count(db, GroupSession) == 0


def test_forty_sessions_for_five_hundred_clients(db, kit, bulk_clients, future_monday):
    clients = bulk_clients(500)
    t = kit.template("Daily group", 60)
    sched = kit.schedule([(d, T10, t.id) for d in range(5)], weeks=8)
    started = wall_time.perf_counter()
    result = schedules.assign_schedule(
        db, kit.admin, sched.id, start_date=future_monday, client_ids=clients
    )
    elapsed = wall_time.perf_counter() - started
    assert (result.sessions_created, result.enrolled) == (40, 20_000)
    assert row_count(db, Enrolment) == 20_000
    assert elapsed < 20, f"assigning took {elapsed:.1f}s"
    # Assigning again finds every enrolment and double-books nobody.
    again = schedules.assign_schedule(
        db, kit.admin, sched.id, start_date=future_monday, client_ids=clients
    )
    assert (again.enrolled, again.conflicts) == (0, ())
