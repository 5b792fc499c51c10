"""A group's members (and, on request, its past members) on the group page."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from clinicdesk.services.groups import MembershipRecord
from ui.models.base import RecordTableModel
from ui.models.columns import ColumnSpec


def membership_id(m: MembershipRecord) -> tuple:
    """A client can have several stays in one group; each stay is one row."""
    return (m.client_id, m.joined_on)


class MembershipsModel(RecordTableModel[MembershipRecord]):
    """One row per stay: name, record number, joined and left dates."""

    class Column(IntEnum):
        COL_LAST_NAME = 0
        COL_FIRST_NAME = 1
        COL_PREFERRED = 2
        COL_RECORD = 3
        COL_JOINED = 4
        COL_LEFT = 5

    columns = {
        Column.COL_LAST_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Last name"), lambda m: m.last_name
        ),
        Column.COL_FIRST_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "First name"), lambda m: m.first_name
        ),
        Column.COL_PREFERRED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Preferred name"), lambda m: m.preferred_name
        ),
        Column.COL_RECORD: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Record no."), lambda m: m.record_number
        ),
        Column.COL_JOINED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Joined"), lambda m: m.joined_on
        ),
        Column.COL_LEFT: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Left"), lambda m: m.left_on),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, id_of=membership_id)
