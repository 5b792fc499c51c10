"""The list of client groups on the left of the Groups tab."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, Qt

from clinicdesk.services.groups import GroupRecord
from ui import labels
from ui.models.base import RecordTableModel
from ui.models.columns import RIGHT, ColumnSpec, Index
from ui.models.formatting import display_text

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
# Roles a view asks of every cell it paints or measures that this model never answers.
_UNANSWERED = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)


def _members(group: GroupRecord) -> str:
    # "12 / 15" when the group has a capacity, so a full group is visible at a glance.
    if group.capacity is None:
        return str(group.member_count)
    return f"{group.member_count} / {group.capacity}"


def _name(group: GroupRecord) -> str:
    if not group.archived:
        return group.name
    return QCoreApplication.translate("GroupsModel", "{name} (archived)").format(name=group.name)


class GroupsModel(RecordTableModel[GroupRecord]):
    """Groups by name with their kind and current member count.

    A clinic has thousands of groups and the view asks about ten roles of every cell
    it paints or measures (the Kind and Members columns size to their contents), so
    ``data`` answers the painting roles from a per-record cache of the cell texts,
    filled on first request, and leaves the rest to the generic implementation.
    """

    class Column(IntEnum):
        COL_NAME = 0
        COL_KIND = 1
        COL_MEMBERS = 2

    columns = {
        Column.COL_NAME: ColumnSpec(
            QT_TR_NOOP("Name"), _name, sort_key=lambda g: g.name, tooltip=lambda g: g.description
        ),
        Column.COL_KIND: ColumnSpec(QT_TR_NOOP("Kind"), lambda g: labels.kind(g.kind)),
        Column.COL_MEMBERS: ColumnSpec(
            QT_TR_NOOP("Members"),
            _members,
            sort_key=lambda g: g.member_count,
            align=RIGHT,
            header_tooltip=QT_TR_NOOP("Current members (and capacity, when limited)"),
        ),
    }

    def __init__(self, records: Iterable[GroupRecord] = (), parent=None, **kwargs) -> None:
        # id(record) -> (record, cell texts); the record is kept so its id stays unique,
        # and a swapped-in newer record (update_record) is a different object: a miss.
        self._texts: dict[int, tuple[GroupRecord, tuple[str, ...]]] = {}
        self._alignments = tuple(int(spec.align) for spec in self._specs)
        super().__init__(records, parent, **kwargs)
        self.modelAboutToBeReset.connect(self._texts.clear)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._records) and 0 <= column < len(self._alignments)):
            return None
        if role == _DISPLAY:
            return self._cell_texts(self._records[row])[column]
        if role == _ALIGNMENT:
            return self._alignments[column]
        if role in _UNANSWERED:
            return None
        return super().data(index, role)

    def rows_by_text(self, column: int) -> dict[str, int]:
        """The first row showing each distinct text of ``column`` (to size the column)."""
        value = self._specs[column].value
        rows: dict[str, int] = {}
        for row, record in enumerate(self._records):
            rows.setdefault(display_text(value(record)), row)
        return rows

    def _cell_texts(self, record: GroupRecord) -> tuple[str, ...]:
        entry = self._texts.get(id(record))
        if entry is None or entry[0] is not record:
            if len(self._texts) > 2 * len(self._records) + 64:
                self._texts.clear()  # records replaced one by one: drop the old ones
            entry = (record, tuple(display_text(spec.value(record)) for spec in self._specs))
            self._texts[id(record)] = entry
        return entry[1]
