"""Dates, times and durations as printed: unambiguous and independent of the OS locale.

"Tue 4 Mar 2025" cannot be misread as 3 April the way "04/03/2025" can, and spelling
the names ourselves (rather than ``strftime("%a %b")``) keeps the output identical on
every workstation, which the byte-stable PDFs rely on. Datetimes print as given: the
service layer hands printing clinic-local times.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

__all__ = [
    "format_date",
    "format_date_long",
    "format_datetime",
    "format_duration",
    "format_period",
    "format_time",
    "format_time_range",
]

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAYS_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def format_date(value: date) -> str:
    """Short date, e.g. "Tue 4 Mar 2025"."""
    return f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"


def format_date_long(value: date) -> str:
    """Long date, e.g. "Tuesday 4 March 2025"."""
    return f"{_DAYS_LONG[value.weekday()]} {value.day} {_MONTHS_LONG[value.month - 1]} {value.year}"


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
        return f"{rest} min"
    return f"{hours} h" if not rest else f"{hours} h {rest} min"


def format_time_range(
    starts_at: datetime, duration_minutes: int, *, with_duration: bool = True
) -> str:
    """Start to end, e.g. "14:30\u201316:00 (1 h 30 min)", or without the duration."""
    ends_at = starts_at + timedelta(minutes=max(duration_minutes, 0))
    clock = f"{format_time(starts_at)}\u2013{format_time(ends_at)}"
    return f"{clock} ({format_duration(duration_minutes)})" if with_duration else clock


def format_period(start: date, end: date) -> str:
    """A date range, both ends included, e.g. "1 Mar 2025 \u2013 31 Mar 2025"."""
    return (
        f"{start.day} {_MONTHS[start.month - 1]} {start.year} \u2013 "
        f"{end.day} {_MONTHS[end.month - 1]} {end.year}"
    )
