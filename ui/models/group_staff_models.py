"""Staff lists on the group page: the group's actors and its access grants."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clinicdesk.services.access import GroupGrantRecord
from clinicdesk.services.clients import StaffRef
from ui.models.base import RecordTableModel
from ui.models.columns import ColumnSpec


class ActorsModel(RecordTableModel[StaffRef]):
    """Staff who co-manage the group (they do not reach members' files)."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_ROLE = 1

    columns = {
        Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.full_name),
        Column.COL_ROLE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Role"), lambda s: s.role),
    }


class GrantsModel(RecordTableModel[GroupGrantRecord]):
    """Practitioners who reach the files of the group's current members (seed 002)."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_ROLE = 1
        COL_GRANTED_BY = 2
        COL_GRANTED_AT = 3

    columns = {
        Column.COL_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Practitioner"), lambda g: g.staff.full_name
        ),
        Column.COL_ROLE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Role"), lambda g: g.staff.role),
        Column.COL_GRANTED_BY: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Granted by"),
            lambda g: g.granted_by.full_name if g.granted_by else None,
        ),
        Column.COL_GRANTED_AT: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Since"), lambda g: g.granted_at
        ),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, id_of=lambda g: g.staff.id)
