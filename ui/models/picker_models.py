"""Small models for pickers: clients found by a search, colleagues, checkable staff."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.staff import StaffRef
from ui.models.base import RecordTableModel
from ui.models.columns import ColumnSpec, Index


class ClientChoiceModel(RecordTableModel[ClientRecord]):
    """Clients in a picker (search results, or the ones chosen so far)."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_BORN = 1
        COL_RECORD = 2

    columns = {
        Column.COL_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Client"),
            lambda c: (
                f"{c.last_name}, {c.first_name}"
                + (f" ({c.preferred_name})" if c.preferred_name else "")
            ),
            sort_key=lambda c: (c.last_name.casefold(), c.first_name.casefold()),
        ),
        Column.COL_BORN: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Born"), lambda c: c.date_of_birth
        ),
        Column.COL_RECORD: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Record no."), lambda c: c.record_number
        ),
    }


class StaffChoiceModel(RecordTableModel[StaffRef]):
    """Colleagues to pick from (leaders, co-leaders, the access tester)."""

    class Column(IntEnum):
        COL_NAME = 0
        COL_ROLE = 1

    columns = {
        Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Name"), lambda s: s.full_name),
        Column.COL_ROLE: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Role"), lambda s: s.role),
    }


class StaffChecklistModel(StaffChoiceModel):
    """Colleagues with a check box each (practitioner-group members and admins)."""

    def __init__(self, records: Iterable[StaffRef] = (), parent=None) -> None:
        super().__init__(records, parent)
        self._checked: set[uuid.UUID] = set()

    def set_checked(self, ids: Iterable[uuid.UUID]) -> None:
        self._checked = set(ids)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def checked_ids(self) -> list[uuid.UUID]:
        return [r.id for r in self.records() if r.id in self._checked]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            if index.row() >= self.rowCount():
                return None
            on = self.record_at(index.row()).id in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        staff_id = self.record_at(index.row()).id
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(staff_id)
        else:
            self._checked.discard(staff_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
