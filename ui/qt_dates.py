"""Plain Python dates and times from the values of Qt's date and time editors."""

from __future__ import annotations

from datetime import date, time


def py_date(value) -> date:
    """A ``datetime.date`` from a QDate, built field by field.

    Values from ``QDate.toPython()`` / ``QTime.toPython()`` end up in worker threads
    (service arguments); building them ourselves keeps them plain Python objects.
    """
    return date(value.year(), value.month(), value.day())


def py_time(value) -> time:
    """A ``datetime.time`` (minutes precision) from a QTime; see ``py_date``."""
    return time(value.hour(), value.minute())
