"""The one clock (``clinicdesk.clock``): what it answers, and that nothing else is asked."""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from clinicdesk import clock

ROOT = Path(__file__).resolve().parents[2]

# Asking the system for the time anywhere but clinicdesk/clock.py (the GUI's "today"
# included: QDate.currentDate is the workstation's day, not the clinic's clock).
DIRECT = re.compile(
    r"\bdate\.today\(|\bdatetime\.(now|utcnow|today)\(|(?<![\w.])time\.time\(|QDate\.currentDate\("
    r"|QDateTime\.currentDateTime\("
)


def test_nothing_but_the_clock_asks_the_system_for_the_time():
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for package in ("clinicdesk", "ui")
        for path in sorted((ROOT / package).rglob("*.py"))
        if path != ROOT / "clinicdesk" / "clock.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if DIRECT.search(line)
    ]
    assert found == [], "use clinicdesk.clock.now()/today():\n" + "\n".join(found)


def test_now_is_aware_utc_and_today_is_the_clinic_day():
    assert clock.now().tzinfo is UTC
    with clock.frozen_clock(datetime(2026, 3, 1, 23, 59, 59), zone="Pacific/Kiritimati") as c:
        # A naive time is the clinic's wall clock: 23:59:59 at UTC+14 is 09:59:59 UTC.
        assert clock.now() == datetime(2026, 3, 1, 9, 59, 59, tzinfo=UTC)
        assert clock.today() == date(2026, 3, 1)
        c.advance(timedelta(seconds=2))
        assert clock.today() == date(2026, 3, 2)  # while it is still 1 March in UTC
        assert clock.now().date() == date(2026, 3, 1)
    assert clock.now().tzinfo is UTC  # released


def test_the_configured_zone_decides_today(monkeypatch):
    at = datetime(2026, 7, 1, 6, 0, tzinfo=UTC)
    with clock.frozen_clock(at):
        monkeypatch.setenv(clock.ZONE_ENV, "America/Adak")  # UTC-9 in July
        assert clock.today() == date(2026, 6, 30)
        monkeypatch.setenv(clock.ZONE_ENV, "Pacific/Kiritimati")
        assert clock.today() == date(2026, 7, 1)
        assert clock.local_now().utcoffset() == timedelta(hours=14)


def test_without_a_configured_zone_today_is_the_workstation_day(monkeypatch):
    monkeypatch.setenv("TZ", "America/Adak")
    time.tzset()
    try:
        with clock.frozen_clock(datetime(2026, 1, 1, 8, 0, tzinfo=UTC)):
            assert clock.zone() is None  # the operating system's zone
            assert clock.local_now().utcoffset() == timedelta(hours=-10)
            assert clock.today() == date(2025, 12, 31)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_frozen_clocks_nest_and_restore():
    with clock.frozen_clock(datetime(2026, 1, 1, tzinfo=UTC)):
        with clock.frozen_clock(datetime(2027, 1, 1, tzinfo=UTC), zone=ZoneInfo("UTC")):
            assert clock.today() == date(2027, 1, 1)
        assert clock.now() == datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "America/Adak"])
def test_a_naive_wall_time_is_read_in_the_clinic_zone(zone):
    with clock.frozen_clock(datetime(2026, 3, 1, 0, 0, 1), zone=zone):
        assert clock.local_now().replace(tzinfo=None) == datetime(2026, 3, 1, 0, 0, 1)
