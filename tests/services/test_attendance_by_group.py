"""Attendance counts per group in the client's file (Kipu's chart counts, issue 13)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from clinicdesk.domain.enums import AttendanceStatus as A
from clinicdesk.domain.enums import Role
from clinicdesk.services import client_file, sessions, settings
from tests.fixtures.sessions import PASSWORD


def _held(db, kit, leader, client_id, group_id, day, status):
    at = datetime.combine(date.today() + timedelta(days=day), time(10))
    detail = kit.session(at, group_id=group_id)
    kit.enrol(detail.id, client_id)
    sessions.start_session(db, leader, detail.id)
    sessions.record_attendance(db, leader, detail.id, client_id=client_id, status=status)
    sessions.sign_session(db, leader, detail.id, password=PASSWORD)


def test_counts_per_group(db, admin, kit, make_staff, make_client, make_group):
    tess = make_staff(Role.THERAPIST)
    zoe = make_client("Zoë", "Dubois")
    dbt, grief = make_group(name="DBT skills"), make_group(name="Grief circle")
    for day, status in enumerate([A.PRESENT, A.ABSENT, A.LATE], start=1):
        _held(db, kit, tess, zoe.id, dbt.id, day, status)
    for day, status in enumerate([A.EXCUSED, A.PRESENT], start=10):
        _held(db, kit, tess, zoe.id, grief.id, day, status)
    _held(db, kit, tess, zoe.id, None, 20, A.LEFT_EARLY)  # a one-off without a group

    settings.update_setting(db, admin, "show_attendance_counts", True)
    f = client_file.open_client_file(db, admin, zoe.id)
    by = {g.group_name: g.counts for g in f.attendance_by_group}
    assert list(by) == ["DBT skills", "Grief circle", ""]
    assert (by["DBT skills"].present, by["DBT skills"].absent, by["DBT skills"].late) == (1, 1, 1)
    assert (by["DBT skills"].attended, by["DBT skills"].total) == (2, 3)
    assert (by["Grief circle"].excused, by["Grief circle"].attended) == (1, 1)
    assert (by[""].left_early, by[""].total) == (1, 1)
    # The per-group counts add up to the overall totals.
    assert sum(g.counts.total for g in f.attendance_by_group) == f.attendance.total == 6

    settings.update_setting(db, admin, "show_attendance_counts", False)
    assert client_file.open_client_file(db, admin, zoe.id).attendance_by_group == ()
