"""Minutes attended for late and left-early clients (issue 18), end to end: recorded by
the leader, sealed when signed, in the chart copy, the session-note PDF, the attendance
report PDF and the attendance CSV; required for signing when the clinic asks."""

from __future__ import annotations

import csv
import io
from datetime import date, time, timedelta

import pytest

from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.domain.errors import PermissionDenied, ValidationError
from clinicdesk.services import (
    attendance,
    client_file,
    groups,
    printouts,
    schedules,
    sessions,
    settings,
    time_attended,
)
from tests.fixtures.clinic import audit_entries
from tests.fixtures.sessions import PASSWORD
from tests.printing.pdf_reading import all_text as _all_text

A = AttendanceStatus


def all_text(pdf: bytes) -> str:
    """The PDF's text with line breaks inside table cells joined up."""
    return " ".join(_all_text(pdf).split())


@pytest.fixture
def held(db, kit, admin, make_client, make_group, make_staff):
    """A group session in progress: Ana late, Ben left early, Cy present."""
    therapist = make_staff(Role.THERAPIST)
    group = make_group("Thursday group")
    ana = make_client("Ana", "Ruiz")
    ben = make_client("Ben", "Brown")
    cy = make_client("Cy", "Clark")
    groups.add_members(db, admin, group.id, [ana.id, ben.id, cy.id])
    start = date.today() + timedelta(days=1)
    t = kit.template("Process group", 90)
    sched = kit.schedule([(start.weekday(), time(10), t.id)], weeks=1)
    schedules.assign_schedule(db, admin, sched.id, start_date=start, group_id=group.id)
    (card,) = sessions.list_sessions(db, admin, group_id=group.id)
    sessions.start_session(db, therapist, card.id)
    for client, status in ((ana, A.LATE), (ben, A.LEFT_EARLY), (cy, A.PRESENT)):
        sessions.record_attendance(db, therapist, card.id, client_id=client.id, status=status)
    return {
        "session_id": card.id,
        "group": group,
        "clients": (ana, ben, cy),
        "therapist": therapist,
        "start": start,
    }


def _row(detail, client_id):
    return next(r for r in detail.roster if r.client_id == client_id)


def test_minutes_attended_end_to_end(db, admin, held):
    sid, (ana, ben, cy), leader = held["session_id"], held["clients"], held["therapist"]
    row = time_attended.record_minutes_attended(db, leader, sid, client_id=ana.id, minutes=55)
    assert row.minutes_attended == 55
    time_attended.record_minutes_attended(db, leader, sid, client_id=ben.id, minutes=40)
    assert len(audit_entries(db, time_attended.RECORD_MINUTES)) == 2
    detail = sessions.get_session(db, leader, sid)
    assert _row(detail, ana.id).minutes_attended == 55
    assert _row(detail, cy.id).minutes_attended is None
    sessions.sign_session(db, leader, sid, password=PASSWORD)
    assert sessions.verify_session_integrity(db, admin, sid)

    # The chart copy in the client's file.
    (in_file,) = client_file.open_client_file(db, admin, ana.id).sessions
    assert (in_file.attendance, in_file.minutes_attended) == (A.LATE, 55)

    # The session-note PDF.
    note = all_text(printouts.session_note(db, admin, sid))
    assert "Late · 55 min attended" in note
    assert "Left early · 40 min attended" in note

    # The group attendance report PDF and the client's.
    period = {"start": held["start"] - timedelta(days=1), "end": held["start"] + timedelta(days=1)}
    report = all_text(printouts.group_attendance(db, admin, held["group"].id, **period))
    assert "Time attended" in report
    time_part = report.split("Time attended", 1)[1]
    assert "Ana Ruiz" in time_part and "55" in time_part and "Ben Brown" in time_part
    assert "Cy Clark" not in time_part
    mine = all_text(printouts.client_attendance(db, admin, ben.id, **period))
    assert "Left early · 40 min attended" in mine

    # The attendance CSV.
    rows = list(
        csv.DictReader(
            io.StringIO(attendance.export_attendance_csv(db, admin, group_id=held["group"].id))
        )
    )
    minutes = {r["last_name"]: r["minutes_attended"] for r in rows}
    assert minutes == {"Ruiz": "55", "Brown": "40", "Clark": ""}


def test_minutes_are_sealed_when_signed(db, admin, held):
    """A signed session's minutes are part of its seal: editing them in the database
    breaks it."""
    from sqlalchemy import update

    from clinicdesk.db.models import Enrolment

    sid, (ana, _ben, _cy), leader = held["session_id"], held["clients"], held["therapist"]
    time_attended.record_minutes_attended(db, leader, sid, client_id=ana.id, minutes=55)
    sessions.sign_session(db, leader, sid, password=PASSWORD)
    with db.engine.begin() as conn:
        conn.execute(
            update(Enrolment)
            .where(Enrolment.session_id == sid, Enrolment.client_id == ana.id)
            .values(minutes_attended=80)
        )
    assert not sessions.verify_session_integrity(db, admin, sid)


def test_only_late_or_left_early_and_within_the_session(db, held):
    sid, (ana, _ben, cy), leader = held["session_id"], held["clients"], held["therapist"]
    with pytest.raises(ValidationError, match="late or left early"):
        time_attended.record_minutes_attended(db, leader, sid, client_id=cy.id, minutes=30)
    with pytest.raises(ValidationError, match="0 to the session's 90 minutes"):
        time_attended.record_minutes_attended(db, leader, sid, client_id=ana.id, minutes=91)
    with pytest.raises(ValidationError, match="whole number"):
        time_attended.record_minutes_attended(db, leader, sid, client_id=ana.id, minutes="30")
    # Changing the status to present clears the minutes.
    time_attended.record_minutes_attended(db, leader, sid, client_id=ana.id, minutes=30)
    row = sessions.record_attendance(db, leader, sid, client_id=ana.id, status=A.PRESENT)
    assert row.minutes_attended is None


def test_only_who_may_record_attendance(db, make_staff, held):
    sid, (ana, _ben, _cy) = held["session_id"], held["clients"]
    other = make_staff(Role.THERAPIST)
    with pytest.raises(PermissionDenied):
        time_attended.record_minutes_attended(db, other, sid, client_id=ana.id, minutes=30)


def test_signing_requires_minutes_when_the_clinic_asks(db, admin, held):
    sid, (ana, ben, _cy), leader = held["session_id"], held["clients"], held["therapist"]
    settings.update_setting(db, admin, "require_minutes_attended", True)
    time_attended.record_minutes_attended(db, leader, sid, client_id=ana.id, minutes=50)
    with pytest.raises(ValidationError, match="1 client marked late or left early"):
        sessions.sign_session(db, leader, sid, password=PASSWORD)
    time_attended.record_minutes_attended(db, leader, sid, client_id=ben.id, minutes=20)
    signed = sessions.sign_session(db, leader, sid, password=PASSWORD)
    assert signed.status.value in ("completed", "pending_review")


def test_signing_without_minutes_is_fine_by_default(db, held):
    sid, leader = held["session_id"], held["therapist"]
    sessions.sign_session(db, leader, sid, password=PASSWORD)
