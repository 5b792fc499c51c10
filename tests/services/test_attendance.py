"""Attendance counts, a group's attendance report and the CSV export."""

from __future__ import annotations

import csv
import io
from datetime import time, timedelta

import pytest

from clinicdesk import clock
from clinicdesk.domain.enums import AttendanceStatus, Role
from clinicdesk.domain.errors import PermissionDenied, ValidationError
from clinicdesk.services import attendance, groups, schedules, sessions
from clinicdesk.services.attendance import neutralise_cell
from tests.fixtures.clinic import audit_entries
from tests.fixtures.sessions import PASSWORD

A = AttendanceStatus


@pytest.fixture
def setup(db, kit, admin, make_client, make_group, make_staff):
    """A group with three members and a weekly schedule; two sessions held and signed."""
    therapist = make_staff(Role.THERAPIST)
    group = make_group("=Thursday group")
    ana = make_client("Ana", "=cmd|' /C calc'!A0")
    ben = make_client("Ben", "Brown")
    cy = make_client("Cy", "Clark")
    groups.add_members(db, admin, group.id, [ana.id, ben.id, cy.id])
    start = clock.today() + timedelta(days=1)
    t = kit.template("Process group", 60)
    sched = kit.schedule([(start.weekday(), time(10), t.id)], weeks=3)
    schedules.assign_schedule(db, admin, sched.id, start_date=start, group_id=group.id)
    cards = sessions.list_sessions(db, admin, group_id=group.id)
    marks = [
        {ana.id: A.PRESENT, ben.id: A.ABSENT, cy.id: A.LATE},
        {ana.id: A.PRESENT, ben.id: A.EXCUSED, cy.id: A.LEFT_EARLY},
    ]
    for card, session_marks in zip(cards[:2], marks, strict=True):
        sessions.start_session(db, therapist, card.id)
        for client_id, status in session_marks.items():
            sessions.record_attendance(db, therapist, card.id, client_id=client_id, status=status)
        sessions.sign_session(db, therapist, card.id, password=PASSWORD)
    return {
        "group": group,
        "clients": (ana, ben, cy),
        "start": start,
        "end": start + timedelta(days=20),
        "therapist": therapist,
    }


def test_group_attendance_report(db, admin, setup):
    ana, ben, cy = setup["clients"]
    report = attendance.group_attendance(
        db, admin, setup["group"].id, start=setup["start"], end=setup["end"]
    )
    assert report.sessions_held == 2 and len(report.sessions) == 2
    by_id = {m.client_id: m for m in report.members}
    assert (by_id[ana.id].present, by_id[ana.id].rate) == (2, 1.0)
    assert (by_id[ben.id].absent, by_id[ben.id].excused, by_id[ben.id].rate) == (1, 1, 0.0)
    assert (by_id[cy.id].late, by_id[cy.id].left_early, by_id[cy.id].attended) == (1, 1, 2)
    assert [m.last_name for m in report.members][1:] == ["Brown", "Clark"]
    assert audit_entries(db, "read_group_attendance")
    with pytest.raises(ValidationError):
        attendance.group_attendance(
            db, admin, setup["group"].id, start=setup["end"], end=setup["start"]
        )


def test_client_counts_need_file_access(db, admin, setup, make_staff):
    ana, _, _ = setup["clients"]
    counts = attendance.client_attendance_counts(db, admin, ana.id)
    assert (counts.present, counts.total) == (2, 2)
    with pytest.raises(PermissionDenied):
        attendance.client_attendance_counts(db, make_staff(Role.FRONT_DESK), ana.id)


def test_csv_export_names_the_group_and_neutralises_formulas(db, admin, setup):
    text = attendance.export_attendance_csv(db, admin, group_id=setup["group"].id)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 6
    assert {r["group"] for r in rows} == {"'=Thursday group"}
    assert {r["last_name"] for r in rows} == {"'=cmd|' /C calc'!A0", "Brown", "Clark"}
    assert {r["attendance"] for r in rows} == {
        "present",
        "absent",
        "late",
        "excused",
        "left_early",
    }
    everything = attendance.export_attendance_csv(db, admin)
    assert everything.count("\r\n") == 7
    none = attendance.export_attendance_csv(
        db, admin, start=clock.today() - timedelta(days=30), end=clock.today()
    )
    assert none.splitlines() == [",".join(attendance.CSV_COLUMNS)]
    assert len(audit_entries(db, "export_attendance")) == 3


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (None, ""),
        (3, "3"),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


def test_unsigned_sessions_do_not_count(db, kit, admin, setup):
    card = sessions.list_sessions(db, admin, group_id=setup["group"].id)[2]
    therapist = setup["therapist"]
    sessions.start_session(db, therapist, card.id)
    ana = setup["clients"][0]
    sessions.record_attendance(db, therapist, card.id, client_id=ana.id, status=A.ABSENT)
    report = attendance.group_attendance(
        db, admin, setup["group"].id, start=setup["start"], end=setup["end"]
    )
    assert report.sessions_held == 2
    assert {m.client_id: m.absent for m in report.members}[ana.id] == 0
