"""A slice of the clinic's day run across midnight, in time zones far from UTC.

The clock (``clinicdesk.clock``) is held at 23:59:59 on the clinic's wall clock, then
moved two seconds on. Kiritimati (UTC+14) reaches tomorrow while UTC is still on today;
Adak (UTC-10) is still on yesterday while UTC has moved on, so a service that asked the
system for its date instead of the clinic's clock would disagree with these answers.
The zone reaches the clock three ways: a frozen zone, ``CLINICDESK_TIME_ZONE`` (a
shared server) and ``TZ`` (the workstation's own zone).
"""

from __future__ import annotations

import time as system_time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import pytest

from clinicdesk import clock
from clinicdesk.db.models import AuditEntry
from clinicdesk.domain.enums import AttendanceStatus
from clinicdesk.domain.errors import ValidationError
from clinicdesk.services import groups, outcomes, sessions
from tests.fixtures.clinic import audit_entries

DAY = date(2026, 3, 14)  # a Saturday
JUST_BEFORE = datetime.combine(DAY, clock_time(23, 59, 59))


@pytest.fixture(params=["frozen zone", "CLINICDESK_TIME_ZONE", "TZ"])
def how(request):
    return request.param


@pytest.fixture(params=["Pacific/Kiritimati", "America/Adak"])
def clinic_clock(request, how, monkeypatch):
    zone = request.param
    if how == "CLINICDESK_TIME_ZONE":
        monkeypatch.setenv(clock.ZONE_ENV, zone)
    elif how == "TZ":
        monkeypatch.setenv("TZ", zone)
        system_time.tzset()
    try:
        with clock.frozen_clock(JUST_BEFORE, zone=zone if how == "frozen zone" else None) as held:
            assert held.at.astimezone(ZoneInfo(zone)).replace(tzinfo=None) == JUST_BEFORE
            yield held
    finally:
        monkeypatch.undo()
        system_time.tzset()


def test_membership_scores_and_session_dates_follow_the_clinic_day(
    db, admin, kit, make_client, make_group, clinic_clock
):
    ada = make_client()
    group = make_group()
    session = kit.session(datetime.combine(DAY, clock_time(18)), group_id=group.id)
    kit.enrol(session.id, ada.id)
    tomorrow = DAY + timedelta(days=1)

    # 23:59:59: still the clinic's DAY, whatever UTC says.
    assert groups.add_member(db, admin, group.id, ada.id).joined_on == DAY
    with pytest.raises(ValidationError):  # tomorrow is in the future
        outcomes.record_score(db, admin, ada.id, measure="GAD-7", taken_on=tomorrow, items=(1,) * 7)
    with pytest.raises(ValidationError, match="future"):
        sessions.change_session_date(
            db, admin, session.id, new_date=tomorrow, reason="Held after midnight"
        )
    started = sessions.start_session(db, admin, session.id)
    assert started.started_at == clinic_clock.at  # an instant, kept in UTC
    assert clinic_clock.at.tzinfo is UTC

    clinic_clock.advance(timedelta(seconds=2))  # 00:00:01, the next clinic day

    assert clock.today() == tomorrow
    row = sessions.record_attendance(
        db, admin, session.id, client_id=ada.id, status=AttendanceStatus.PRESENT
    )
    assert row.attendance == AttendanceStatus.PRESENT
    score = outcomes.record_score(
        db, admin, ada.id, measure="GAD-7", taken_on=tomorrow, items=(1,) * 7
    )
    assert score.taken_on == tomorrow
    moved = sessions.change_session_date(
        db, admin, session.id, new_date=tomorrow, reason="Held after midnight"
    )
    assert moved.documented_date == tomorrow
    assert groups.remove_member(db, admin, group.id, ada.id).left_on == tomorrow

    # Every audit entry is stamped by the same clock, in UTC.
    [entry] = audit_entries(db, "remove_group_member")
    assert entry.at == clinic_clock.at
    with db.read() as s:
        stamps = [e.at for e in s.query(AuditEntry).all()]
    assert all(at.tzinfo is not None for at in stamps)
    assert max(stamps) == clinic_clock.at
