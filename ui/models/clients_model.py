"""The client directory as a keyset-paged table model (100,000 clients, page by page).

The directory service pages by keyset (``search_clients(after=...)``), so this model
keeps only the rows scrolled through so far and asks for the next page when the view
reaches the bottom (``canFetchMore``/``fetchMore``). A new search is one service call
that returns its first page and the match count together (``with_total``: one
permission check, one snapshot, one hand-off back to the GUI thread). Every query runs
off the GUI thread through ``AppContext.run``; a new search supersedes the one still
running, and the rows of the old search stay on screen until the new first page
arrives (no flicker while typing).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal

from clinicdesk.services import clients
from clinicdesk.services.clients import ClientRecord, ClientSortKey
from ui import labels
from ui.models.columns import ColumnsMixin, ColumnSpec, IdRole, Index, RecordRole, SortRole

# ``AppContext.run`` (the model takes the function, not the context: models stay small).
RunService = Callable[..., bool]

# The roles ``data`` answers (as plain ints: the view passes ints); any other is None.
_DISPLAY, _RECORD, _ID = int(Qt.ItemDataRole.DisplayRole), int(RecordRole), int(IdRole)
_ROLES = frozenset(
    {
        _DISPLAY,
        int(Qt.ItemDataRole.TextAlignmentRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.DecorationRole),
        int(SortRole),
        _RECORD,
        _ID,
    }
)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class ClientsModel(ColumnsMixin, QAbstractTableModel):
    """Directory rows in last-name order, loaded a page at a time in the background.

    Signals:
      ``search_finished(text)`` — the first page of a search arrived (with its count:
      ``total_count()`` is already up to date);
      ``count_changed(n)`` — how many clients match the current search in total.
    """

    search_finished = Signal(str)
    count_changed = Signal(int)
    page_loaded = Signal(int)  # rows now loaded

    class Column(IntEnum):
        COL_LAST_NAME = 0
        COL_FIRST_NAME = 1
        COL_PREFERRED = 2
        COL_DOB = 3
        COL_RECORD = 4
        COL_STATUS = 5

    columns = {
        Column.COL_LAST_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Last name"), lambda c: c.last_name
        ),
        Column.COL_FIRST_NAME: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "First name"), lambda c: c.first_name
        ),
        Column.COL_PREFERRED: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Preferred name"), lambda c: c.preferred_name
        ),
        Column.COL_DOB: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Date of birth"), lambda c: c.date_of_birth
        ),
        Column.COL_RECORD: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Record no."), lambda c: c.record_number
        ),
        Column.COL_STATUS: ColumnSpec(
            QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: labels.client_status(c.status)
        ),
    }

    def __init__(
        self,
        run: RunService,
        parent=None,
        *,
        page_size: int = 200,
        include_inactive: bool = True,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._page_size = page_size
        self._include_inactive = include_inactive
        self._rows: list[ClientRecord] = []
        self._positions: dict[uuid.UUID, int] = {}
        self._text = ""
        self._next_after: ClientSortKey | None = None
        self._total = 0
        self._generation = 0
        self._in_flight = False
        self._searched = False
        # Key per model instance: two pickers open at once must not supersede each other.
        self._page_key = ("clients.page", id(self))

    # ------------------------------------------------------------ Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A paint asks about seven roles of every visible cell: answer with plain int
        # comparisons, and check the index here rather than with ``checkIndex`` (which
        # calls back into Python for rowCount and columnCount on every call).
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._specs)):
            return None
        if role not in _ROLES or index.model() is not self:
            return None
        record = self._rows[row]
        if role == _DISPLAY:
            return self.display_cells(record)[column]
        if role == _RECORD:
            return record
        if role == _ID:
            return record.id
        return self.cell_data(record, column, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._in_flight and self._next_after is not None

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._start_page(self._next_after)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The directory has one order (last name, first name); headers do not re-sort."""

    # --------------------------------------------------------------- API

    def search(self, text: str) -> None:
        """Show the clients matching ``text`` (everyone when empty)."""
        self._generation += 1  # pages still loading for an older search are dropped
        self._text = text
        self._start_page(None)

    def refresh(self) -> None:
        self.search(self._text)

    @property
    def text(self) -> str:
        return self._text

    @property
    def searched(self) -> bool:
        """True once the first search has answered (so "no clients" is meaningful)."""
        return self._searched

    @property
    def loading(self) -> bool:
        return self._in_flight

    def total_count(self) -> int:
        return self._total

    def record_at(self, row: int) -> ClientRecord:
        return self._rows[row]

    def row_of(self, client_id: uuid.UUID) -> int | None:
        return self._positions.get(client_id)

    def records(self, rows: Iterable[int]) -> list[ClientRecord]:
        return [self._rows[r] for r in rows]

    def update_record(self, record: ClientRecord) -> bool:
        """Swap in an edited client; False when it is not among the loaded rows."""
        row = self._positions.get(record.id)
        if row is None:
            return False
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    # ------------------------------------------------------------ loading

    def _start_page(self, after: ClientSortKey | None) -> None:
        self._in_flight = True
        text, limit, inactive = self._text, self._page_size, self._include_inactive
        self._run(
            lambda db, actor: clients.search_clients(
                db,
                actor,
                text=text,
                limit=limit,
                after=after,
                include_inactive=inactive,
                with_total=after is None,  # a new search: its count comes with its first page
            ),
            on_done=partial(self._page_arrived, self._generation, after is None),
            on_error=partial(self._page_failed, self._generation),
            key=self._page_key,
            supersede=True,
        )

    def _page_arrived(self, generation: int, first: bool, page: Any) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        self._next_after = page.next_after
        rows = list(page.rows)
        if first:
            self.beginResetModel()
            self._rows = rows
            self._positions = {r.id: i for i, r in enumerate(rows)}
            self._total = int(page.total or 0)
            self.endResetModel()
            self._searched = True
            self.count_changed.emit(self._total)
            self.search_finished.emit(self._text)
        elif rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self._positions.update({r.id: start + i for i, r in enumerate(rows)})
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        from ui import errors  # late: errors pulls in QMessageBox, models stay light

        errors.show_error(None, exc)
