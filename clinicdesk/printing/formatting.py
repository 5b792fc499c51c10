"""Dates, times and durations as printed: unambiguous and independent of the OS locale.

"Tue 4 Mar 2025" cannot be misread as 3 April the way "04/03/2025" can. Day and month
names come from Babel (CLDR) in the language of ``clinicdesk.i18n.current()`` — "mar.
4 mars 2025", "di 4 mrt 2025" — never from the OS locale (``strftime``), so the output
is identical on every workstation, which the byte-stable PDFs rely on. Datetimes print
as given: the service layer hands printing clinic-local times.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from babel.dates import format_date as _babel_date

from clinicdesk import i18n
from clinicdesk.i18n import _

__all__ = [
    "babel_date",
    "format_date",
    "format_date_long",
    "format_datetime",
    "format_duration",
    "format_period",
    "format_time",
    "format_time_range",
]


def babel_date(value: date, pattern: str) -> str:
    """``value`` by a CLDR ``pattern`` ("EEE d MMM y") in the current language."""
    return _babel_date(value, pattern, locale=i18n.current())


def format_date(value: date) -> str:
    """Short date, e.g. "Tue 4 Mar 2025"."""
    return babel_date(value, "EEE d MMM y")


def format_date_long(value: date) -> str:
    """Long date, e.g. "Tuesday 4 March 2025"."""
    return babel_date(value, "EEEE d MMMM y")


def format_time(value: datetime) -> str:
    """24-hour time, e.g. "14:30": the clinical-record convention, no AM/PM to misread."""
    return f"{value.hour:02d}:{value.minute:02d}"


def format_datetime(value: datetime) -> str:
    """Date and time, e.g. "Tue 4 Mar 2025, 14:30"."""
    return f"{format_date(value)}, {format_time(value)}"


def format_duration(minutes: int) -> str:
    """A duration, e.g. "45 min", "1 h", "1 h 30 min"."""
    hours, rest = divmod(max(minutes, 0), 60)
    if not hours:
        return _("{minutes} min").format(minutes=rest)
    if not rest:
        return _("{hours} h").format(hours=hours)
    return _("{hours} h {minutes} min").format(hours=hours, minutes=rest)


def format_time_range(
    starts_at: datetime, duration_minutes: int, *, with_duration: bool = True
) -> str:
    """Start to end, e.g. "14:30\u201316:00 (1 h 30 min)", or without the duration."""
    ends_at = starts_at + timedelta(minutes=max(duration_minutes, 0))
    clock = f"{format_time(starts_at)}\u2013{format_time(ends_at)}"
    return f"{clock} ({format_duration(duration_minutes)})" if with_duration else clock


def format_period(start: date, end: date) -> str:
    """A date range, both ends included, e.g. "1 Mar 2025 \u2013 31 Mar 2025"."""
    return f"{babel_date(start, 'd MMM y')} \u2013 {babel_date(end, 'd MMM y')}"
