"""Recurrence: a weekly schedule expanded into concrete session slots.

A schedule template is a set of weekly occurrences (weekday + start time + session
template) repeated for N weeks. Expansion starts on the assignment's start date
(inclusive): week 1 is the seven days from the start date, whatever weekday that is,
so a schedule started on a Wednesday runs Wednesday → Tuesday each week. Times are the
clinic's local wall-clock time ("Tuesdays at 10:00" stays 10:00 across DST changes).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from clinicdesk.domain.errors import ValidationError
from clinicdesk.i18n import _

MAX_WEEKS = 104
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One weekly occurrence: ``weekday`` 0 = Monday … 6 = Sunday (as ``date.weekday()``)."""

    weekday: int
    start_time: time
    template: Hashable  # the session template's id (or any key the caller uses)


@dataclass(frozen=True, slots=True)
class Slot:
    """A concrete session-to-be: the day, the local start time, and its template."""

    day: date
    start_time: time
    template: Hashable

    @property
    def starts_at(self) -> datetime:
        """Naive clinic-local start, as ``GroupSession.starts_at`` stores it."""
        return datetime.combine(self.day, self.start_time)


def check_weeks(weeks: int) -> int:
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(
            _("A schedule runs for 1 to {MAX_WEEKS} weeks.").format(MAX_WEEKS=MAX_WEEKS),
            field="weeks",
        )
    return weeks


def check_occurrence(weekday: int, start_time: time) -> None:
    if not isinstance(weekday, int) or isinstance(weekday, bool) or not 0 <= weekday <= 6:
        raise ValidationError(_("The day of the week must be Monday to Sunday."), field="weekday")
    if not isinstance(start_time, time):
        raise ValidationError(_("Each occurrence needs a start time."), field="start_time")


def end_date(start: date, weeks: int) -> date:
    """The last day covered by ``weeks`` weeks from ``start`` (inclusive)."""
    return start + timedelta(days=7 * check_weeks(weeks) - 1)


def expand(occurrences: Iterable[Occurrence], start: date, weeks: int) -> list[Slot]:
    """Every slot of the schedule from ``start`` for ``weeks`` weeks, in time order.

    Duplicate occurrences collapse to one slot (the same template cannot run twice at
    the same moment).
    """
    check_weeks(weeks)
    slots: set[Slot] = set()
    for occ in occurrences:
        check_occurrence(occ.weekday, occ.start_time)
        first = start + timedelta(days=(occ.weekday - start.weekday()) % 7)
        for week in range(weeks):
            day = first + timedelta(weeks=week)
            slots.add(Slot(day, occ.start_time.replace(tzinfo=None), occ.template))
    return sorted(slots, key=lambda s: (s.day, s.start_time, str(s.template)))
