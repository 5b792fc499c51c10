"""A group's waitlist (issue 18): place in line, client, since when, how long, priority."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.services.waitlist import WaitlistEntryRecord
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec


def _name(e: WaitlistEntryRecord) -> str:
    name = f"{e.last_name}, {e.first_name}"
    if e.preferred_name and e.preferred_name != e.first_name:
        name += f" ({e.preferred_name})"
    return name


def waited_text(e: WaitlistEntryRecord, today: date | None = None) -> str:
    days = e.days_waiting(today)
    if days == 0:
        return QCoreApplication.translate("WaitlistModel", "Today")
    if days < 60:
        return WaitlistModel.tr("%n day(s)", "", days)
    return QCoreApplication.translate("WaitlistModel", "{n} weeks").format(n=days // 7)


class WaitlistModel(RecordTableModel[WaitlistEntryRecord]):
    """Waiting clients in line order (1 = offered the next free place)."""

    class Column(IntEnum):
        COL_POSITION = 0
        COL_NAME = 1
        COL_SINCE = 2
        COL_WAITED = 3
        COL_PRIORITY = 4
        COL_REASON = 5

    columns = {
        Column.COL_POSITION: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "#"), lambda e: e.position, align=RIGHT
        ),
        Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Client"), _name),
        Column.COL_SINCE: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Waiting since"), lambda e: e.added_at.date()
        ),
        Column.COL_WAITED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Waited"),
            waited_text,
            sort_key=lambda e: e.added_at,
            align=RIGHT,
        ),
        Column.COL_PRIORITY: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Priority"), lambda e: e.priority or None, align=RIGHT
        ),
        Column.COL_REASON: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Priority reason"),
            lambda e: e.priority_reason,
            tooltip=lambda e: e.priority_reason,
        ),
    }

    def __init__(self, records=(), parent=None) -> None:
        super().__init__(records, parent, id_of=lambda e: e.client_id)
