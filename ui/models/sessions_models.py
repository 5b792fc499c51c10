"""Table models over the session services' records: board cards, templates, schedules.

Every model is a ``RecordTableModel`` that declares its columns; nothing here calls a
service. The roster (editable attendance) lives in ``roster_model``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import time
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSortFilterProxyModel, QTime

from clinicdesk import clock
from clinicdesk.domain.enums import SessionStatus
from clinicdesk.services.schedules import DoubleBooking
from clinicdesk.services.sessions import SessionCard
from clinicdesk.services.templates import (
    ScheduleTemplateRecord,
    SessionTemplateRecord,
    SlotPreview,
)
from ui import labels
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec, Index, RecordRole


def time_range(card: SessionCard) -> str:
    """ "09:00–10:30" in the user's locale."""
    locale = QLocale()
    fmt = QLocale.FormatType.ShortFormat
    start = locale.toString(QTime(card.starts_at.time()), fmt)
    end = locale.toString(QTime(card.ends_at.time()), fmt)
    return f"{start}–{end}"


def weekday_name(weekday: int) -> str:
    """Monday = 0, in the user's language."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


class SessionCardsModel(RecordTableModel[SessionCard]):
    """A day's sessions (board lanes and the review queue)."""

    class Column(IntEnum):
        COL_TIME = 0
        COL_TITLE = 1
        COL_GROUP = 2
        COL_LEADERS = 3
        COL_STATUS = 4
        COL_ENROLLED = 5

    columns = {
        Column.COL_TIME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Time"), time_range, sort_key=lambda c: c.starts_at
        ),
        Column.COL_TITLE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Session"), lambda c: c.title),
        Column.COL_GROUP: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Group"), lambda c: c.group_name or ""
        ),
        Column.COL_LEADERS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Leaders"), lambda c: ", ".join(c.leaders)
        ),
        Column.COL_STATUS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda c: labels.session_status(c.status),
            sort_key=lambda c: c.status,
        ),
        Column.COL_ENROLLED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Enrolled"), lambda c: c.enrolled_count, align=RIGHT
        ),
    }


class LaneFilter(QSortFilterProxyModel):
    """One board lane: the cards whose status is in ``statuses``."""

    def __init__(self, statuses: frozenset[SessionStatus], parent=None) -> None:
        super().__init__(parent)
        self._statuses = statuses

    def set_statuses(self, statuses: frozenset[SessionStatus]) -> None:
        self.beginFilterChange()
        self._statuses = statuses
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        card = self.sourceModel().index(source_row, 0, source_parent).data(RecordRole)
        return card is not None and card.status in self._statuses


class SessionTemplatesModel(RecordTableModel[SessionTemplateRecord]):
    """Session templates (name, duration, location, group)."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_DURATION = 1
        COL_LOCATION = 2
        COL_GROUP = 3
        COL_CAPACITY = 4
        COL_ARCHIVED = 5

    columns = {
        Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Name"), lambda t: t.name),
        Column.COL_DURATION: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Minutes"), lambda t: t.duration_minutes, align=RIGHT
        ),
        Column.COL_LOCATION: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Location"), lambda t: t.location
        ),
        Column.COL_GROUP: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Group"), lambda t: t.group_name or ""
        ),
        Column.COL_CAPACITY: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Places"), lambda t: t.capacity, align=RIGHT
        ),
        Column.COL_ARCHIVED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Archived"), lambda t: t.archived
        ),
    }


class ScheduleTemplatesModel(RecordTableModel[ScheduleTemplateRecord]):
    """Schedule templates with their size (weeks × weekly sessions)."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_WEEKS = 1
        COL_PER_WEEK = 2
        COL_TOTAL = 3
        COL_ARCHIVED = 4

    columns = {
        Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.name),
        Column.COL_WEEKS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Weeks"), lambda s: s.weeks, align=RIGHT
        ),
        Column.COL_PER_WEEK: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Per week"), lambda s: len(s.occurrences), align=RIGHT
        ),
        Column.COL_TOTAL: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Sessions"), lambda s: s.sessions_per_run, align=RIGHT
        ),
        Column.COL_ARCHIVED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Archived"), lambda s: s.archived
        ),
    }


@dataclass(frozen=True, slots=True)
class OccurrenceRow:
    """One weekly occurrence being edited (``id`` is local to the editor)."""

    id: uuid.UUID
    weekday: int
    start_time: time
    session_template_id: uuid.UUID
    session_template_name: str


class OccurrencesModel(RecordTableModel[OccurrenceRow]):
    """The weekly occurrences of a schedule template, in the editor."""

    class Column(IntEnum):
        COL_DAY = 0
        COL_TIME = 1
        COL_TEMPLATE = 2

    columns = {
        Column.COL_DAY: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Day"),
            lambda o: weekday_name(o.weekday),
            sort_key=lambda o: o.weekday,
        ),
        Column.COL_TIME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Time"), lambda o: o.start_time),
        Column.COL_TEMPLATE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Session template"), lambda o: o.session_template_name
        ),
    }


class SlotPreviewModel(RecordTableModel[SlotPreview]):
    """The dates a schedule would create sessions on (the recurrence preview)."""

    class Column(IntEnum):
        COL_DATE = 0
        COL_DAY = 1
        COL_TIME = 2
        COL_TITLE = 3

    columns = {
        Column.COL_DATE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Date"), lambda s: s.day),
        Column.COL_DAY: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Day"), lambda s: weekday_name(s.day.weekday())
        ),
        Column.COL_TIME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Time"), lambda s: s.start_time),
        Column.COL_TITLE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Session"), lambda s: s.title),
    }

    def __init__(self, records=(), parent=None) -> None:
        # Slots have no id of their own; a template starts once per start time.
        super().__init__(records, parent, id_of=lambda s: (s.session_template_id, s.starts_at))


class ConflictsModel(RecordTableModel[DoubleBooking]):
    """Double bookings an assignment would create."""

    class Column(IntEnum):
        COL_CLIENT = 0
        COL_WHEN = 1
        COL_OTHER = 2

    columns = {
        Column.COL_CLIENT: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Client"), lambda c: c.client_name or ""
        ),
        Column.COL_WHEN: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "When"), lambda c: c.starts_at),
        Column.COL_OTHER: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Already in"), lambda c: c.other_title
        ),
    }

    def __init__(self, records=(), parent=None) -> None:
        super().__init__(records, parent, id_of=lambda c: (c.client_id, c.session_id))


__all__ = [
    "ConflictsModel",
    "LaneFilter",
    "OccurrenceRow",
    "OccurrencesModel",
    "ScheduleTemplatesModel",
    "SessionCardsModel",
    "SessionTemplatesModel",
    "SlotPreviewModel",
    "time_range",
    "weekday_name",
]


class ReviewQueueModel(RecordTableModel[SessionCard]):
    """Sessions to review, with their date and how long they have waited."""

    class Column(IntEnum):
        COL_DATE = 0
        COL_AGE = 1
        COL_TITLE = 2
        COL_GROUP = 3
        COL_LEADERS = 4
        COL_TIME = 5

    columns = {
        Column.COL_DATE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Date"),
            lambda c: c.starts_at.date(),
            sort_key=lambda c: c.starts_at,
        ),
        Column.COL_AGE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Waiting"),
            lambda c: _age_text((clock.today() - c.starts_at.date()).days),
            sort_key=lambda c: c.starts_at,
            align=RIGHT,
        ),
        Column.COL_TITLE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Session"), lambda c: c.title),
        Column.COL_GROUP: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Group"), lambda c: c.group_name or ""
        ),
        Column.COL_LEADERS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Leaders"), lambda c: ", ".join(c.leaders)
        ),
        Column.COL_TIME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Time"), time_range, sort_key=lambda c: c.starts_at
        ),
    }


def _age_text(days: int) -> str:
    from ui.models.my_work_model import age_text

    return age_text(days)
