"""The table model every list of records in ClinicDesk is built from.

``RecordTableModel`` holds all records in memory (groups, sessions, staff, members of
a group: up to some thousands). The one list that can reach 100,000 rows, the client
directory, is ``ui.models.clients_model.ClientsModel``: keyset pages from
``clients.search_clients`` fetched as the view scrolls (copy that for another list
without an upper bound).

A concrete model declares its columns and nothing else::

    class GroupsModel(RecordTableModel[GroupRow]):
        class Column(IntEnum):
            COL_NAME = 0
            COL_MEMBERS = 1

        columns = {
            Column.COL_NAME: ColumnSpec(QT_TRANSLATE_NOOP("Columns", "Name"), lambda g: g.name),
            Column.COL_MEMBERS: ColumnSpec(
                QT_TRANSLATE_NOOP("Columns", "Members"), lambda g: g.member_count, align=RIGHT
            ),
        }

Records must be frozen (they are shared with the worker that loaded them) and carry
their id in ``id`` (override ``id_of`` otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ui.models.columns import ColumnsMixin, IdRole, Index, RecordRole
from ui.models.formatting import sort_value

R = TypeVar("R")


def _default_id(record: object) -> Hashable:
    return record.id  # type: ignore[attr-defined]


class RecordTableModel(ColumnsMixin, QAbstractTableModel, Generic[R]):
    """A table over an in-memory list of frozen records.

    Sorting (``view.setSortingEnabled(True)``) happens in the model, by each column's
    ``sort_key``, and keeps the selection. For filtering wrap it in a
    ``QSortFilterProxyModel`` and read rows back with ``index.data(RecordRole)``.
    """

    def __init__(
        self,
        records: Iterable[R] = (),
        parent=None,
        *,
        id_of: Callable[[R], Hashable] = _default_id,
    ) -> None:
        super().__init__(parent)
        self._id_of = id_of
        self._records: list[R] = list(records)
        self._rows: dict[Hashable, int] = {}
        self._reindex()

    # ------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Plain bounds checks: ``checkIndex`` would call back into Python for rowCount
        # and columnCount on every one of the many calls a paint makes.
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= column < len(self._specs)):
            return None
        if index.model() is not self:
            return None
        record = self._records[row]
        if role == RecordRole:
            return record
        if role == IdRole:
            return self._id_of(record)
        return self.cell_data(record, column, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        spec = self._spec(column)
        key_of = spec.sort_key or spec.value
        keyed = [(sort_value(key_of(r)), r) for r in self._records]
        present = [kr for kr in keyed if kr[0] is not None]
        missing = [r for k, r in keyed if k is None]  # empty values last, either order
        present.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
        self._replace_order([r for _k, r in present] + missing)

    # --------------------------------------------------------- record API

    def set_records(self, records: Iterable[R]) -> None:
        """Replace everything (a fresh load from the service)."""
        self.beginResetModel()
        self._records = list(records)
        self._reindex()
        self.endResetModel()

    def id_of(self, record: R) -> Hashable:
        return self._id_of(record)

    def records(self) -> tuple[R, ...]:
        return tuple(self._records)

    def record_at(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: Hashable) -> int | None:
        return self._rows.get(record_id)

    def index_of(self, record_id: Hashable, column: int = 0) -> QModelIndex:
        row = self.row_of(record_id)
        return QModelIndex() if row is None else self.index(row, column)

    def update_record(self, record: R) -> bool:
        """Swap in a newer version of a shown record (same id); False if not shown."""
        row = self.row_of(self._id_of(record))
        if row is None:
            return False
        self._records[row] = record
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def append_records(self, records: Iterable[R]) -> None:
        new = list(records)
        if not new:
            return
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._records.extend(new)
        self._reindex()
        self.endInsertRows()

    def remove_ids(self, record_ids: Iterable[Hashable]) -> None:
        rows = sorted({r for i in record_ids if (r := self.row_of(i)) is not None}, reverse=True)
        for row in rows:  # from the bottom, so earlier row numbers stay valid
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self.endRemoveRows()
        if rows:
            self._reindex()

    # ------------------------------------------------------------ helpers

    def _reindex(self) -> None:
        self._rows = {self._id_of(r): i for i, r in enumerate(self._records)}

    def _replace_order(self, ordered: list[R]) -> None:
        """Reorder rows and move persistent indexes (selection, current) along."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._id_of(self._records[i.row()]) for i in old_persistent]
        self._records = ordered
        self._reindex()
        pairs = zip(old_ids, old_persistent, strict=True)
        new_persistent = [self.index(self._rows[rid], i.column()) for rid, i in pairs]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()
