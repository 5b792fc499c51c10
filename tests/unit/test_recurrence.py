"""Recurrence expansion: start date inclusive, week 1 = the seven days from the start."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from clinicdesk.domain.errors import ValidationError
from clinicdesk.domain.recurrence import Occurrence, Slot, end_date, expand

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
T10 = time(10, 0)


def days(slots: list[Slot]) -> list[date]:
    return [s.day for s in slots]


@pytest.mark.parametrize(
    ("start", "weekday", "weeks", "expected"),
    [
        # Start on the occurrence's weekday: the start date itself is the first slot.
        (date(2026, 1, 5), MON, 3, [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]),
        # Start mid-week (Wednesday): Monday falls in week 1 on the following Monday.
        (date(2026, 1, 7), MON, 2, [date(2026, 1, 12), date(2026, 1, 19)]),
        # Start on Sunday, occurrence Saturday: six days later.
        (date(2026, 1, 4), SAT, 1, [date(2026, 1, 10)]),
        # Month boundary.
        (date(2026, 1, 28), FRI, 2, [date(2026, 1, 30), date(2026, 2, 6)]),
        # Year boundary.
        (date(2025, 12, 29), THU, 2, [date(2026, 1, 1), date(2026, 1, 8)]),
        # Leap day (2028-02-29 is a Tuesday).
        (date(2028, 2, 22), TUE, 2, [date(2028, 2, 22), date(2028, 2, 29)]),
        (date(2028, 2, 27), TUE, 2, [date(2028, 2, 29), date(2028, 3, 7)]),
        # Non-leap February runs straight into March.
        (date(2027, 2, 26), MON, 2, [date(2027, 3, 1), date(2027, 3, 8)]),
    ],
)
def test_one_occurrence(start, weekday, weeks, expected):
    assert days(expand([Occurrence(weekday, T10, "t")], start, weeks)) == expected


def test_week_one_is_the_seven_days_from_the_start():
    start = date(2026, 1, 7)  # Wednesday
    occ = [Occurrence(w, T10, "t") for w in range(7)]
    slots = expand(occ, start, 1)
    assert days(slots) == [date(2026, 1, 7 + i) for i in range(7)]
    assert all(start <= d <= end_date(start, 1) for d in days(slots))


def test_several_occurrences_sorted_by_time():
    a, b = "a", "b"
    slots = expand(
        [Occurrence(TUE, time(14, 0), b), Occurrence(TUE, time(9, 30), a), Occurrence(MON, T10, a)],
        date(2026, 1, 5),
        2,
    )
    assert [(s.day, s.start_time, s.template) for s in slots] == [
        (date(2026, 1, 5), T10, a),
        (date(2026, 1, 6), time(9, 30), a),
        (date(2026, 1, 6), time(14, 0), b),
        (date(2026, 1, 12), T10, a),
        (date(2026, 1, 13), time(9, 30), a),
        (date(2026, 1, 13), time(14, 0), b),
    ]
    assert slots[0].starts_at == datetime(2026, 1, 5, 10, 0)


def test_duplicates_collapse():
    occ = Occurrence(MON, T10, "a")
    assert len(expand([occ, occ], date(2026, 1, 5), 4)) == 4


def test_end_date():
    assert end_date(date(2026, 1, 7), 1) == date(2026, 1, 13)
    assert end_date(date(2025, 12, 29), 2) == date(2026, 1, 11)


@pytest.mark.parametrize("weeks", [0, -1, 105, True, 2.0])
def test_weeks_out_of_range(weeks):
    with pytest.raises(ValidationError):
        expand([Occurrence(MON, T10, "a")], date(2026, 1, 5), weeks)


@pytest.mark.parametrize("weekday", [-1, 7, None])
def test_bad_weekday(weekday):
    with pytest.raises(ValidationError):
        expand([Occurrence(weekday, T10, "a")], date(2026, 1, 5), 1)


def test_104_weeks():
    slots = expand([Occurrence(SUN, T10, "a")], date(2026, 1, 1), 104)
    assert len(slots) == 104
    assert slots[-1].day <= end_date(date(2026, 1, 1), 104)
