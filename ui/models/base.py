"""The two table models every list in ClinicDesk is built from.

``RecordTableModel``  — all records in memory (groups, sessions, staff: hundreds).
``LazyIdTableModel``  — only ids in memory, rows fetched a page at a time as the view
                        scrolls (members: 100,000 clients).

A concrete model declares its columns and nothing else::

    class GroupsModel(RecordTableModel[GroupRow]):
        class Column(IntEnum):
            COL_NAME = 0
            COL_MEMBERS = 1

        columns = {
            Column.COL_NAME: ColumnSpec(QT_TR_NOOP("Name"), lambda g: g.name),
            Column.COL_MEMBERS: ColumnSpec(
                QT_TR_NOOP("Members"), lambda g: g.member_count, align=RIGHT
            ),
        }

Records must be frozen (they are shared with the worker that loaded them) and carry
their id in ``id`` (override ``id_of`` otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import partial
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

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


class LazyIdTableModel(ColumnsMixin, QAbstractTableModel, Generic[R]):
    """A huge table that holds only ids; records are loaded a page at a time.

    The tab asks its service for the ordered ids (cheap: one indexed column) and
    hands them to ``set_ids``. Views call ``canFetchMore``/``fetchMore`` as the user
    scrolls; each page calls ``loader(ids) -> records`` (a service function that
    reads a page of rows by primary key). With an ``executor`` the pages load in the
    background; without one the loader runs inline (keep pages small then).

    Sorting is the service's job: clicking a header emits ``sort_requested`` and the
    tab re-queries ids in the new order.
    """

    sort_requested = Signal(int, Qt.SortOrder)
    page_loaded = Signal(int)  # rows now available

    def __init__(
        self,
        loader: Callable[[Sequence[Hashable]], Iterable[R]],
        parent=None,
        *,
        page_size: int = 200,
        executor=None,
        id_of: Callable[[R], Hashable] = _default_id,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._page_size = page_size
        self._executor = executor
        self._id_of = id_of
        self._ids: list[Hashable] = []
        self._positions: dict[Hashable, int] = {}
        self._records: dict[Hashable, R] = {}
        self._revealed = 0
        self._in_flight = False
        self._generation = 0

    # ------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._revealed

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        record_id = self._ids[index.row()]
        if role == IdRole:
            return record_id
        record = self._records.get(record_id)
        if role == RecordRole:
            return record
        if record is None:  # removed or no longer visible to this user since listing
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr("(not available)")
            return None
        return self.cell_data(record, index.column(), role)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._in_flight and self._revealed < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        start = self._revealed
        page = self._ids[start : start + self._page_size]
        if self._executor is None:
            self._insert_page(start, list(self._loader(page)))
            return
        self._in_flight = True
        generation = self._generation
        self._executor.run_in_background(
            self._loader,
            page,
            # partials of bound methods: skipped by the executor if this model is gone
            on_done=partial(self._page_arrived, generation, start),
            on_error=partial(self._page_failed, generation),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(column, order)

    # --------------------------------------------------------- record API

    def set_ids(self, ids: Iterable[Hashable]) -> None:
        """Show these rows, in this order; the first page loads straight away."""
        self.beginResetModel()
        self._generation += 1  # pages still loading for the old list are dropped
        self._ids = list(ids)
        self._positions = {rid: i for i, rid in enumerate(self._ids)}
        self._records = {}
        self._revealed = 0
        self._in_flight = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def total_count(self) -> int:
        """All matching rows, loaded or not (for "200 of 100,000 shown")."""
        return len(self._ids)

    def id_at(self, row: int) -> Hashable:
        return self._ids[row]

    def record_at(self, row: int) -> R | None:
        """The record on ``row``; None while it is not loaded or no longer available."""
        return self._records.get(self._ids[row])

    def row_of(self, record_id: Hashable) -> int | None:
        """Position in the full list (may be beyond ``rowCount`` until revealed)."""
        return self._positions.get(record_id)

    def reveal(self, row: int) -> None:
        """Load synchronously up to ``row`` (to select a record far down the list)."""
        row = min(row, len(self._ids) - 1)
        while self._revealed <= row:
            start = self._revealed
            page = self._ids[start : start + self._page_size]
            self._insert_page(start, list(self._loader(page)))

    def reload_ids(self, record_ids: Iterable[Hashable]) -> None:
        """Re-read shown rows after an edit (synchronously: a handful of ids)."""
        wanted = [i for i in record_ids if i in self._positions]
        wanted = [i for i in wanted if self._positions[i] < self._revealed]
        if not wanted:
            return
        fresh = {self._id_of(r): r for r in self._loader(wanted)}
        last = self.columnCount() - 1
        for record_id in wanted:
            if record_id in fresh:
                self._records[record_id] = fresh[record_id]
            else:
                self._records.pop(record_id, None)
            row = self._positions[record_id]
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # ------------------------------------------------------------ helpers

    def _insert_page(self, start: int, records: list[R]) -> None:
        count = min(self._page_size, len(self._ids) - start)
        for record in records:
            self._records[self._id_of(record)] = record
        self.beginInsertRows(QModelIndex(), start, start + count - 1)
        self._revealed = start + count
        self.endInsertRows()
        self.page_loaded.emit(self._revealed)

    def _page_arrived(self, generation: int, start: int, records) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        if start == self._revealed:  # else reveal() loaded this page meanwhile
            self._insert_page(start, list(records))

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._in_flight = False
        from ui import errors  # late: errors pulls in QMessageBox, models stay light

        errors.show_error(None, exc)
