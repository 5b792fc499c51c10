"""What a client's file shows of their group sessions (in-transaction helpers)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.domain.enums import AttendanceStatus, Feature, Role, SessionStatus, SignatureMeaning
from clinicdesk.services import schedules, session_history, sessions
from clinicdesk.services.session_history import AttendanceCounts
from tests.fixtures.sessions import PASSWORD

A = AttendanceStatus


@pytest.fixture
def therapist(make_staff):
    return make_staff(Role.THERAPIST, full_name="Tess Therapist")


def run_session(db, kit, leader, marks: dict, *, day_offset: int, sign=True):
    at = datetime.combine(clock.today() + timedelta(days=day_offset), time(10))
    detail = kit.session(at)
    kit.enrol(detail.id, *marks)
    sessions.start_session(db, leader, detail.id)
    for client_id, status in marks.items():
        sessions.record_attendance(db, leader, detail.id, client_id=client_id, status=status)
        sessions.set_individual_note(
            db, leader, detail.id, client_id=client_id, text=f"note {status.value}"
        )
    if sign:
        sessions.sign_session(db, leader, detail.id, password=PASSWORD)
    return detail


def test_only_completed_sessions_appear(db, kit, therapist, make_client, make_staff):
    ana = make_client("Ana", "A")
    done = run_session(db, kit, therapist, {ana.id: A.PRESENT}, day_offset=1)
    run_session(db, kit, therapist, {ana.id: A.ABSENT}, day_offset=2, sign=False)  # in progress
    trainee = make_staff(Role.THERAPIST, Feature.REQUIRES_REVIEW)
    run_session(db, kit, trainee, {ana.id: A.EXCUSED}, day_offset=3)  # pending review
    upcoming = kit.session(datetime.combine(clock.today() + timedelta(days=4), time(9)))
    kit.enrol(upcoming.id, ana.id)
    with db.read() as s:
        history = session_history.history_for_client(s, ana.id)
        counts = session_history.attendance_counts(s, ana.id)
    assert [h.session_id for h in history] == [done.id]
    h = history[0]
    assert h.status == SessionStatus.COMPLETED and h.individual_note == "note present"
    assert [(sig.name, sig.role, sig.meaning) for sig in h.signatures] == [
        ("Tess Therapist", "Therapist", SignatureMeaning.LEADER)
    ]
    assert counts == AttendanceCounts(present=1, attended=1, total=1)


def test_counts_and_order(db, kit, therapist, make_client):
    ana, ben = make_client("Ana", "A"), make_client("Ben", "B")
    statuses = [A.PRESENT, A.ABSENT, A.EXCUSED, A.LATE, A.LEFT_EARLY, A.PRESENT]
    for i, status in enumerate(statuses, start=1):
        run_session(db, kit, therapist, {ana.id: status, ben.id: A.ABSENT}, day_offset=i)
    with db.read() as s:
        counts = session_history.attendance_counts(s, ana.id)
        history = session_history.history_for_client(s, ana.id)
        nobody = session_history.history_for_client(s, make_client().id)
    assert counts == AttendanceCounts(
        present=2, absent=1, excused=1, late=1, left_early=1, attended=4, total=6
    )
    assert [h.starts_at for h in history] == sorted((h.starts_at for h in history), reverse=True)
    assert nobody == ()


def test_withdrawn_enrolments_do_not_appear(db, kit, therapist, make_client):
    ana, ben = make_client(), make_client()
    detail = kit.session(datetime.combine(clock.today() + timedelta(days=1), time(10)))
    kit.enrol(detail.id, ana.id, ben.id)
    schedules.remove_attendee(db, kit.admin, detail.id, client_id=ben.id)
    sessions.start_session(db, therapist, detail.id)
    kit.document(therapist, detail.id)
    sessions.sign_session(db, therapist, detail.id, password=PASSWORD)
    with db.read() as s:
        assert session_history.history_for_client(s, ben.id) == ()
        assert session_history.attendance_counts(s, ben.id).total == 0
        assert len(session_history.history_for_client(s, ana.id)) == 1
